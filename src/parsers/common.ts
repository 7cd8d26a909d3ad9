// Helpers shared by the parsers: locations, excerpts, the `wasm error:` grammar, small JSON readers.
import type { Readable } from 'node:stream';
import type { Loc, WasmErrorInfo } from '../model/types.js';
import { directRead } from '../util/direct-read.js';

// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const WASM_ERROR = /wasm error: (.*)$/;
const WASM_FUNCTION_CALL_FAILED =
  /WASM function call failed: (module closed with (?:exit_code\((\d+)\)|context deadline exceeded|context canceled))/;
const STACK_FRAME_MODULE = /^\t([A-Za-z0-9_-]+)\.(?:\$?[\w.$]+)\(/;
const WASM_GUARD_IS_UNAVAILABLE = /WASM guard '([^']*)' is unavailable after a previous trap/;

export const EXCERPT_MAX = 400;

/**
 * High-volume events (every tool call, every filter count) keep an excerpt only for the first few of their kind in a
 * file: evidence cites the first ones, and the rest would only be garbage on the hot path.
 */
export class ExcerptBudget {
  private readonly used = new Map<string, number>();
  constructor(private readonly perKind = 5) {}
  /** `text` may be a function, called only when the excerpt is kept (no decoding otherwise). */
  loc(kind: string, file: string, line: number, text: string | (() => string)): Loc {
    const n = this.used.get(kind) ?? 0;
    if (n >= this.perKind) return { file, line, excerpt: '' };
    this.used.set(kind, n + 1);
    return loc(file, line, typeof text === 'function' ? text() : text);
  }
}

/**
 * A copy of `s` that does not keep its parent alive. V8 represents substrings and regex captures as slices of the
 * whole line: an event holding a tool name cut from a 10 KiB RPC line would otherwise retain the line.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Interns the small, repeated names events carry (tools, servers), detached from their lines. */
export class Interner {
  private readonly pool = new Map<string, string>();
  get(s: string): string {
    let v = this.pool.get(s);
    if (v === undefined) {
      v = detach(s);
      if (this.pool.size < 10_000) this.pool.set(v, v);
    }
    return v;
  }
}

export function loc(file: string, line: number, text: string): Loc {
  return { file, line, excerpt: detach(text.length > EXCERPT_MAX ? text.slice(0, EXCERPT_MAX) + '…' : text) };
}

/**
 * Parses the error text of a trap or of any wrapper carrying one:
 * `… WASM function call failed: wasm error: ⟨cause⟩\nwasm stack trace:\n\t⟨module⟩.⟨func⟩(…)`.
 * Returns null when the text carries no wasm error (host-function panics `(recovered by wazero)` are not traps).
 */
export function parseWasmError(
  firstLine: string,
  continuation: readonly string[] = [],
): WasmErrorInfo | null {
  const m = WASM_ERROR.exec(firstLine);
  let cause: string | null = m ? m[1].trim() : null;
  if (cause === null) {
    const closed = WASM_FUNCTION_CALL_FAILED.exec(firstLine);
    if (closed && closed[2] !== '0') cause = closed[1];
  }
  if (cause === null || cause === '' || cause.includes('(recovered by wazero)')) return null;
  let module: string | null = null;
  for (const l of continuation) {
    const f = STACK_FRAME_MODULE.exec(l);
    if (f) {
      module = f[1];
      break;
    }
  }
  return { cause, module };
}

/** The error that cause a trap's blast radius: `WASM guard 'x' is unavailable after a previous trap`. */
export function afterTrapGuard(text: string): string | null {
  const m = WASM_GUARD_IS_UNAVAILABLE.exec(text);
  return m ? m[1] : null;
}

const TOO_LARGE = new Error('too large');

/** Reads a small JSON file (capped), returning null and a reason on failure. */
export async function readSmallJson(
  stream: Readable,
  maxBytes = 16 * 1024 * 1024,
): Promise<{ value: unknown; error: string | null }> {
  const chunks: Buffer[] = [];
  let len = 0;
  const tooLarge = () => {
    stream.destroy();
    return { value: null, error: `larger than ${maxBytes} bytes` };
  };
  // Read directly when the source allows (a zip entry in memory is then inflated in one call, not through a stream);
  // its chunks may be reused memory, so they are copied.
  const direct = directRead(stream);
  if (direct) {
    try {
      await direct.readDirect((c) => {
        len += c.length;
        if (len > maxBytes) throw TOO_LARGE;
        chunks.push(Buffer.from(c));
      });
    } catch (err) {
      if (err === TOO_LARGE) return tooLarge();
      throw err;
    }
  } else {
    for await (const c of stream as AsyncIterable<Buffer>) {
      len += c.length;
      if (len > maxBytes) return tooLarge();
      chunks.push(c);
    }
  }
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\x00/g, '');
  if (text.trim() === '') return { value: null, error: null };
  try {
    return { value: JSON.parse(text), error: null };
  } catch (err) {
    return { value: null, error: `invalid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
}

/** readSmallJson for a file that holds one JSON object: `onError` hears why a file that is there cannot be used. */
export async function readJsonObject(
  stream: Readable,
  maxBytes: number,
  onError?: (error: string) => void,
): Promise<Record<string, unknown> | null> {
  const { value, error } = await readSmallJson(stream, maxBytes);
  const problem = error ?? (value === null || isRecord(value) ? null : 'not a JSON object');
  if (problem) onError?.(problem);
  return isRecord(value) ? value : null;
}

/**
 * An item count of a log line (`\d+` text): a safe integer, else null. Corrupt or hostile text (a 20-digit count) is
 * data, not a count: it would put 1e+23 or Infinity (JSON null) into the report.
 */
export function count(digits: string): number | null {
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : null;
}

/** `part/whole` item counts of a log line: both counts, with `part ≤ whole`, else null (see count). */
export function partOf(part: string, whole: string): { part: number; whole: number } | null {
  const p = count(part);
  const w = count(whole);
  return p !== null && w !== null && p <= w ? { part: p, whole: w } : null;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function stringArrayOrNull(v: unknown): string[] | null {
  if (!Array.isArray(v)) return null;
  return v.filter((x): x is string => typeof x === 'string');
}

export function str(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

/**
 * Since 2026-08-06 every text-log line is secret-redacted (FORMATS.md §3.1), so JSON inside a line may not parse:
 * `"token":"x"` becomes `"token"=[REDACTED]`, and `key: ⟨8+ non-space⟩` swallows the text to the next space. The
 * first form is put back as a JSON pair; the second cannot be repaired (see the loose readers below).
 */
export function parseRedactedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    if (!text.includes('=[REDACTED]')) return undefined;
  }
  try {
    return JSON.parse(text.replace(/("(?:[^"\\]|\\.)*")=\[REDACTED\]/g, '$1:"[REDACTED]"'));
  } catch {
    return undefined;
  }
}

const JSON_STRING = String.raw`"(?:[^"\\]|\\.)*"`;

/** The first top-level-looking `"key":"value"` of a JSON text that does not parse (a redacted line); null if none. */
export function looseString(text: string, key: string): string | null {
  const m = new RegExp(`"${key}":(${JSON_STRING})`).exec(text);
  if (!m) return null;
  try {
    return JSON.parse(m[1]) as string;
  } catch {
    return null;
  }
}

/** `"key":[…strings…]` or `"key":null` of a JSON text that does not parse; undefined when it cannot be read. */
export function looseStringArray(text: string, key: string): string[] | null | undefined {
  const m = new RegExp(`"${key}":(null|\\[(?:${JSON_STRING}(?:,${JSON_STRING})*)?\\])`).exec(text);
  if (!m) return undefined;
  try {
    return stringArrayOrNull(JSON.parse(m[1]));
  } catch {
    return undefined;
  }
}
