// Report safety: redact secrets from log text, and make untrusted text inert in Markdown (no mentions, no issue
// links, no HTML, no breaking out of a code span, fence, table or `<details>` block).

// A secret starts a word: after a non-word character, or right after a JSON escape (`\n`, `\t`, `\u003e`), since logs
// carry JSON-encoded text (`"line one\nghp_…"`). A value cut short (a log excerpt ends in `…`) still hides its first
// characters: patterns that need a minimum length also match a shorter run that ends at the cut.
const START = String.raw`(?<![A-Za-z0-9_](?<!\\[bfnrt])(?<!\\u[0-9A-Fa-f]{4}))`;
const secret = (source: string, flags = 'g') => new RegExp(START + source, flags);
const KEYS = String.raw`(?:aws_?)?secret_?access_?key|client_secret|api[_-]?key|apikey|password|passwd|secret`;
/** `=`, `: `, `": "`, also JSON in JSON strings (`\"SecretAccessKey\": \"…\"`, escaped once per level). */
const SEP = String.raw`\\*["']?\s*[:=]\s*\\*["']?`;
/** The start of another secret: a value never runs over it (`token abc'password=…`, `Bearer x/secret: y`). */
const NEXT = String.raw`(?:${KEYS})${SEP}|Authorization${SEP}|(?:Bearer|token)\s|(?:AccountKey|SharedAccessSignature|sig)=|(?:mcp_)?session=`;
const value = (chars: string) => String.raw`(?:(?!${NEXT})${chars})`;

// Values stop at a backslash: in JSON-encoded text it starts an escape (`\t`), and the next word may be another secret.
// The order matters for the same reason: a pattern with a wide value runs after those whose start it could swallow.
const SECRET_PATTERNS: [RegExp, string][] = [
  [
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/gi,
    '[REDACTED PRIVATE KEY]',
  ],
  [secret(String.raw`github_pat_[A-Za-z0-9_]+`), 'github_pat_[REDACTED]'],
  [secret(String.raw`(gh[pousr])_[A-Za-z0-9_]+`), '$1_[REDACTED]'],
  // The header (with its scheme) first: a bearer token's characters (`/`, `=`) could swallow a header name after it.
  [
    secret(
      String.raw`(Authorization${SEP})(?:(?:Bearer|Basic|Digest|token)\s+)?${value(String.raw`[^\s",\\]`)}+`,
      'gi',
    ),
    '$1[REDACTED]',
  ],
  [
    secret(
      String.raw`(Bearer|token)\s+(?:${value('[A-Za-z0-9._~+/=-]')}{8,}|${value('[A-Za-z0-9._~+/=-]')}+(?=…))`,
      'gi',
    ),
    '$1 [REDACTED]',
  ],
  // Key ids and keys are matched in any case: destination hosts and repository names are lowercased.
  [secret(String.raw`(AKIA|ASIA)(?:[0-9A-Z]{16}\b|[0-9A-Z]+(?=…))`, 'gi'), '$1[REDACTED]'],
  [
    secret(String.raw`(AccountKey|SharedAccessSignature|sig)=${value(String.raw`[^;&\s"\\]`)}+`, 'gi'),
    '$1=[REDACTED]',
  ],
  [secret(String.raw`(${KEYS})(${SEP})${value(String.raw`[^\s"',;&\\]`)}{4,}`, 'gi'), '$1$2[REDACTED]'],
  // Session ids: in gateway v0.1.x the session id was the gateway API key itself (FORMATS.md §3.4).
  [secret(String.raw`((?:mcp_)?session=)${value(String.raw`[^,\s\\]`)}+`, 'gi'), '$1[REDACTED]'],
  // Last: its `-` would otherwise swallow the start of a secret joined to it (`xoxb-…-session=…`).
  [secret(String.raw`(?:xox[abeprs]|xapp)-[A-Za-z0-9-]+`), 'xox?-[REDACTED]'],
];

/**
 * A word that every match of SECRET_PATTERNS contains (in any case): a text without one holds no secret, and is
 * returned after one scan instead of one per pattern (a report redacts every string of every run and finding).
 */
const MAY_HOLD_SECRET =
  /-----begin|github_pat_|gh[pousr]_|authorization|bearer|token|akia|asia|accountkey|sharedaccesssignature|sig=|secret|api[_-]?key|password|passwd|session=|xox[abeprs]-|xapp-/i;

/** Every pattern of SECRET_PATTERNS applied in turn: what redact() does to a text that may hold a secret. */
export function redactEveryPattern(text: string): string {
  let out = text;
  for (const [re, repl] of SECRET_PATTERNS) out = out.replace(re, repl);
  return out;
}

export function redact(text: string): string {
  return MAY_HOLD_SECRET.test(text) ? redactEveryPattern(text) : text;
}

/**
 * `redact` for inline text with code spans (titles): each span's content and each stretch between spans on its own, so
 * a value redacted again never swallows the backtick that closes its span.
 */
export function redactInline(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? '`' + redact(part.slice(1, -1)) + '`' : redact(part)))
    .join('');
}

/**
 * A log value shortened for a message: redacted first, then cut with `…` (a secret cut short is never left to match
 * no pattern), so that a title built from it is safe whatever is done with it later.
 */
export function clip(text: string, max: number): string {
  const r = redact(text);
  return r.length > max ? r.slice(0, max) + '…' : r;
}

/** `redact` over every string of a JSON-like value, object keys included (details maps are keyed by tool names). */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    // A loop, not fromEntries(entries().map()): the report of 500 runs redacts some 100,000 values.
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const key = redact(k);
      const v = redactDeep((value as Record<string, unknown>)[k]);
      // A key from a log may be `__proto__`: kept as a key (as fromEntries does), never taken for the prototype.
      if (key === '__proto__')
        Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
    }
    return out as T;
  }
  return value;
}

const WJ = '\u2060'; // word joiner: invisible, breaks mention, reference and autolink recognition

/** Neutralises `@user`, `@org/team`, `#123`, `owner/repo#123`, `GH-123` and bare URLs in plain Markdown text. */
export function neutralize(text: string): string {
  return (
    text
      .replace(/@(?=[A-Za-z0-9])/g, '@' + WJ)
      .replace(/#(?=\d)/g, '#' + WJ)
      // No word boundary required: GFM also autolinks `www.` after `_` or `*`, which escaping leaves next to it (`\_www.`).
      .replace(/GH-(?=\d)/gi, (m) => m[0] + m[1] + WJ + m.slice(2))
      .replace(/(https?|ftp):\/\//gi, '$1:' + WJ + '//')
      .replace(/www\./gi, (m) => m.slice(0, 3) + WJ + '.')
  );
}

/** Escapes Markdown and HTML control characters in plain text (outside code). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()|~!&]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '\\' + c,
  );
}

/** Untrusted plain text for Markdown: redacted, one line, escaped, neutralised. */
export function plain(text: string, max = 300): string {
  const one = redact(text)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '');
  return neutralize(escapeMarkdown(one.length > max ? one.slice(0, max) + '…' : one));
}

/** An inline code span for an untrusted value: no backticks, no newlines, pipes escaped (safe in table cells). */
export function code(value: string, max = 120): string {
  let v = redact(value)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/`/g, 'ˋ');
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

/**
 * Inline text from the engine (titles) where untrusted values sit inside code spans made by `code()`. The text between
 * the spans is escaped like plain text, so a value a rule forgot to wrap still cannot link, emphasise or add HTML.
 */
export function inline(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : neutralize(escapeMarkdown(part))))
    .join('');
}
