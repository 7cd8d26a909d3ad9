// The post-filter tool result of `MCP tool call response … result=⟨json⟩` (FORMATS.md §4.2, §8.5): the repositories
// its items come from, read structurally (item fields `html_url`, `repository_url`, `repository.full_name`, also in
// JSON nested in `content[].text`), never from free text. Extracted while parsing so results are not kept.
import { parseRedactedJson } from './common.js';

// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const API_REPOS_PATH = /\/repos\/([^/]+)\/([^/?#]+)/;
const JSON_TEXT_START = /^\s*[[{]/;
const ISERROR_TRUE = /"isError":\s*true/;

const NON_REPO_OWNERS = new Set([
  'orgs',
  'users',
  'settings',
  'sponsors',
  'apps',
  'marketplace',
  'topics',
  'collections',
  'features',
  'enterprises',
  'advisories',
  'organizations',
  'notifications',
  'login',
  'search',
]);
const MAX_DEPTH = 12;
const HAS_REPO_KEY = /html_url|repository_url|full_name/;
const REDACTED = /\[REDACTED\]/;
/**
 * References to other repositories that are metadata of an in-scope item, not data of those repositories: a pull
 * request's branch refs (`head.repo` is the fork the change came from) and a repository's fork/template lineage.
 */
const REF_KEYS = new Set(['head', 'base', 'parent', 'source', 'template_repository']);

/**
 * The usual form of an item URL, `https://github.com/⟨owner⟩/⟨repo⟩…`, read without the URL parser (one per item of
 * every result). Anything else (other characters, ports, `.` segments, percent-encoding) takes the URL parser.
 */
const PLAIN_HTML_URL =
  /^https?:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)(?:[/?#]|$)/;

export function repoFromHtmlUrl(url: string): string | null {
  const m = PLAIN_HTML_URL.exec(url);
  if (m && m[2] !== '.' && m[2] !== '..' && m[3] !== '.' && m[3] !== '..') {
    if (m[1].startsWith('gist.') || m[1].startsWith('api.') || NON_REPO_OWNERS.has(m[2].toLowerCase()))
      return null;
    return `${m[2]}/${m[3]}`;
  }
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.hostname.startsWith('gist.') || u.hostname.startsWith('api.')) return null;
  const parts = u.pathname.split('/').filter(Boolean);
  if (parts.length < 2 || NON_REPO_OWNERS.has(parts[0].toLowerCase())) return null;
  return `${parts[0]}/${parts[1]}`;
}

function repoFromApiUrl(url: string): string | null {
  const m = API_REPOS_PATH.exec(url);
  return m ? `${m[1]}/${m[2]}` : null;
}

/** Collects repositories named by item fields, descending into JSON nested in `content[].text`. */
export function reposInResult(
  value: unknown,
  out: Set<string>,
  depth = 0,
  state: { unparsed: boolean } = { unparsed: false },
): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) reposInResult(value[i], out, depth + 1, state);
    return;
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj.html_url === 'string') {
    const r = repoFromHtmlUrl(obj.html_url);
    if (r) out.add(r.toLowerCase());
  }
  if (typeof obj.repository_url === 'string') {
    const r = repoFromApiUrl(obj.repository_url);
    if (r) out.add(r.toLowerCase());
  }
  const repo = obj.repository;
  if (repo && typeof repo === 'object' && typeof (repo as Record<string, unknown>).full_name === 'string') {
    out.add(((repo as Record<string, unknown>).full_name as string).toLowerCase());
  }
  // `for…in` over a parsed JSON object visits its own keys in Object.entries' order, without an array per object.
  for (const k in obj) {
    if (!Object.hasOwn(obj, k)) continue;
    const v = obj[k];
    if (k === 'text' && typeof v === 'string' && JSON_TEXT_START.test(v)) {
      const nested = parseRedactedJson(v);
      if (nested !== undefined) reposInResult(nested, out, depth + 1, state);
      // Free text is never a source of repositories; JSON-looking text naming repositories that does not parse
      // (redacted) was not checked.
      else if (HAS_REPO_KEY.test(v) && REDACTED.test(v)) state.unparsed = true;
    } else if (typeof v === 'object' && !REF_KEYS.has(k)) reposInResult(v, out, depth + 1, state);
  }
}

export interface ToolResultRepos {
  repos: string[];
  isError: boolean;
  unparsed?: true;
}

/** Parses a result only when it can name a repository (byte-cheap check first); free text yields nothing. */
export function toolResultRepos(result: string): ToolResultRepos {
  const isError = ISERROR_TRUE.test(result);
  if (!HAS_REPO_KEY.test(result)) return { repos: [], isError };
  const value = parseRedactedJson(result);
  // A redacted line (since 2026-08-06) may not parse: the result was not checked, which the report says. (Other
  // text that does not parse, e.g. a line cut at the line cap, is noted where it is cut.)
  if (value === undefined)
    return REDACTED.test(result) ? { repos: [], isError, unparsed: true } : { repos: [], isError };
  const found = new Set<string>();
  const state = { unparsed: false };
  reposInResult(value, found, 0, state);
  const top = value as Record<string, unknown> | null;
  const out: ToolResultRepos = {
    repos: [...found],
    isError: !!top && typeof top === 'object' && top.isError === true,
  };
  if (state.unparsed) out.unparsed = true;
  return out;
}
