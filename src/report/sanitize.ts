// Report safety: redact secrets from log text, and make untrusted text inert in Markdown (no mentions, no issue
// links, no HTML, no breaking out of a code span, fence, table or `<details>` block).

const SECRET_PATTERNS: [RegExp, string][] = [
  [/\bgithub_pat_[A-Za-z0-9_]+/g, 'github_pat_[REDACTED]'],
  [/\b(gh[pousr])_[A-Za-z0-9_]+/g, '$1_[REDACTED]'],
  [/\b(Bearer|token)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [REDACTED]'],
  [/\b(Authorization\s*[:=]\s*)("?)[^\s",}]+(?:\s+[^\s",}]+)?/gi, '$1$2[REDACTED]'],
  [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/g, '$1[REDACTED]'],
  [/\b(AccountKey|SharedAccessSignature|sig)=[^;&\s"]+/gi, '$1=[REDACTED]'],
  [/\b(aws_secret_access_key|secret_access_key|client_secret|api[_-]?key|apikey|password|passwd|secret)(["']?\s*[:=]\s*["']?)[^\s"',;&}]{4,}/gi, '$1$2[REDACTED]'],
  [/\bxox[abprs]-[A-Za-z0-9-]+/g, 'xox?-[REDACTED]'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g, '[REDACTED PRIVATE KEY]'],
  // Session ids: in gateway v0.1.x the session id was the gateway API key itself (FORMATS.md §3.4).
  [/\b(session=)[^,\s]+/g, '$1[REDACTED]'],
];

export function redact(text: string): string {
  let out = text;
  for (const [re, repl] of SECRET_PATTERNS) out = out.replace(re, repl);
  return out;
}

const WJ = '\u2060'; // word joiner: invisible, breaks mention, reference and autolink recognition

/** Neutralises `@user`, `@org/team`, `#123`, `owner/repo#123`, `GH-123` and bare URLs in plain Markdown text. */
export function neutralize(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9])/g, '@' + WJ)
    .replace(/#(?=\d)/g, '#' + WJ)
    .replace(/\bGH-(?=\d)/gi, (m) => m[0] + m[1] + WJ + m.slice(2))
    .replace(/(https?|ftp):\/\//gi, '$1:' + WJ + '//')
    .replace(/\bwww\./gi, 'www' + WJ + '.');
}

/** Escapes Markdown and HTML control characters in plain text (outside code). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()|~!&]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '\\' + c));
}

/** Untrusted plain text for Markdown: redacted, one line, escaped, neutralised. */
export function plain(text: string, max = 300): string {
  const one = redact(text).replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  return neutralize(escapeMarkdown(one.length > max ? one.slice(0, max) + '…' : one));
}

/** An inline code span for an untrusted value: no backticks, no newlines, pipes escaped (safe in table cells). */
export function code(value: string, max = 120): string {
  let v = redact(value).replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '').replace(/`/g, 'ˋ');
  if (v.length > max) v = v.slice(0, max) + '…';
  if (v.trim() === '') v = '∅';
  return '`' + v.replace(/\|/g, '¦') + '`';
}

/** A fenced block for log excerpts, with a fence longer than any backtick run inside. */
export function fence(lines: string[], info = 'text'): string {
  const body = lines.map((l) => redact(l).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')).join('\n');
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}${info}\n${body}\n${f}`;
}

/** Inline text from the engine (titles) where untrusted values sit inside code spans made by `code()`. */
export function inline(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .split(/(`[^`]*`)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : neutralize(part.replace(/[<>&|]/g, (c) => (c === '|' ? '\\|' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'))),
    )
    .join('');
}
