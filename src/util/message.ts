// Rule messages as values, ESLint-style: a template (`meta.messages`) plus data. A template is plain text in which a
// backtick span marks code: `` `{{tool}}` filtered `` says the tool name is code. It is parsed into parts (plain
// text and code); each renderer formats the parts its own way (Markdown code spans, plain terminal text, SARIF …).
//
// Placeholders: `{{name}}` is the value (an array reads `a, b, c`; inside a code span, each element is its own span);
// `{{name:item:items}}` is the number with a real plural: `1 item`, `2 items`.

/** A piece of rendered text: plain, or a code value. */
export type Part = string | { code: string };
/** Text with code markers, ready for any renderer. */
export type RichText = Part[];

/** A finding's message: a template id of its rule's `meta.messages` and the values to put in. */
export interface Message {
  id: string;
  data: Record<string, unknown>;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)(?::([^:}]*):([^}]*))?\s*\}\}/g;

/** `1 item`, `2 items`. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function scalar(v: unknown): string {
  if (v === null || v === undefined) return '–';
  if (Array.isArray(v)) return v.map(scalar).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function fill(text: string, data: Record<string, unknown>): string {
  return text.replace(PLACEHOLDER, (_m, name: string, one?: string, many?: string) => {
    const v = data[name];
    if (one !== undefined && many !== undefined) {
      const n = typeof v === 'number' ? v : Number(v);
      return plural(Number.isFinite(n) ? n : 0, one, many);
    }
    return scalar(v);
  });
}

/** Splits authored text (a template, a `why` or `fix`) into plain stretches and backtick code spans. */
export function spans(text: string): { text: string; code: boolean }[] {
  const out: { text: string; code: boolean }[] = [];
  const re = /`([^`]*)`/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), code: false });
    out.push({ text: m[1], code: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), code: false });
  return out;
}

/** A template filled with data, as parts. Without data, authored Markdown-ish text (`why`, `fix`) as parts. */
export function formatMessage(template: string, data: Record<string, unknown> = {}): RichText {
  const out: RichText = [];
  for (const s of spans(template)) {
    if (!s.code) {
      const t = fill(s.text, data);
      if (t) out.push(t);
      continue;
    }
    // A span that is one placeholder holding a list: one code span per element.
    const whole = /^\{\{\s*([A-Za-z0-9_]+)\s*\}\}$/.exec(s.text);
    const v = whole ? data[whole[1]] : undefined;
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        if (i > 0) out.push(', ');
        out.push({ code: scalar(x) });
      });
      continue;
    }
    out.push({ code: fill(s.text, data) });
  }
  return out;
}

/** Authored text (a `why`, a `fix`, a recommendation) as parts: backtick spans are code, nothing is filled in. */
export function marked(text: string): RichText {
  return spans(text).map((s) => (s.code ? { code: s.text } : s.text));
}

/** Parts as plain text (no markers): the JSON report's `title`, the terminal, annotations. */
export function toPlain(parts: RichText): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.code)).join('');
}

/** Marks a value as code in `rich` text. */
export function c(value: unknown): { code: string } {
  return { code: scalar(value) };
}

/**
 * A line of rich text from a template literal: interpolated values are plain, `c(v)` marks code, and an array of
 * `c(…)` or of nested `rich` lines reads as a comma-separated list. `rich\`${c(host)} ×${n}\``.
 */
export function rich(strings: TemplateStringsArray, ...values: unknown[]): RichText {
  const out: RichText = [];
  strings.forEach((s, i) => {
    if (s) out.push(s);
    if (i >= values.length) return;
    const v = values[i];
    const list = Array.isArray(v) ? v : [v];
    list.forEach((x, j) => {
      if (j > 0) out.push(', ');
      if (Array.isArray(x))
        out.push(...(x as RichText)); // a nested `rich` line (a list of rich items)
      else if (typeof x === 'object' && x !== null && 'code' in x) out.push(x as { code: string });
      else out.push(scalar(x));
    });
  });
  return out;
}
