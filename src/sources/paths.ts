// Path normalisation shared by the zip and directory sources.

/** `/`-separated, no leading `./`; null for absolute or `..` paths (refused). */
export function normalizeEntryPath(name: string): string | null {
  let p = name.replace(/\\/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p)) return null;
  const parts = p.split('/').filter((s) => s !== '' && s !== '.');
  if (parts.some((s) => s === '..')) return null;
  if (parts.length === 0) return null;
  return parts.join('/');
}
