// Allocation-free byte checks for the parsers' hot paths (no string per line).

/** ASCII text as bytes, for comparisons. */
export function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

/** Whether `buf[pos..]` starts with `prefix` (within `end`). */
export function startsWithAt(buf: Uint8Array, pos: number, end: number, prefix: Uint8Array): boolean {
  if (pos + prefix.length > end) return false;
  for (let i = 0; i < prefix.length; i++) if (buf[pos + i] !== prefix[i]) return false;
  return true;
}

/** Index of `byte` in `buf[from..end)`, or -1. */
export function indexOfByte(buf: Uint8Array, byte: number, from: number, end: number): number {
  for (let i = from; i < end; i++) if (buf[i] === byte) return i;
  return -1;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The gateway record prefix `[YYYY-MM-DDTHH:MM:SS(.mmm)?Z] [LEVEL] [category] ` read from bytes. Returns the
 * level index (0 INFO, 1 WARN, 2 ERROR, 3 DEBUG) and the category and message offsets, or null when the line is not
 * a record start.
 */
export interface RecordPrefix {
  level: number;
  catStart: number;
  catEnd: number;
  msg: number;
}

const LEVELS = [ascii('INFO] ['), ascii('WARN] ['), ascii('ERROR] ['), ascii('DEBUG] [')];

export function recordPrefix(buf: Uint8Array, start: number, end: number, out: RecordPrefix): boolean {
  // [2026-07-19T14:02:11Z] or [2026-07-19T14:02:11.482Z]
  if (end - start < 26 || buf[start] !== 0x5b) return false;
  const p = start + 1;
  if (
    !isDigit(buf[p]) ||
    !isDigit(buf[p + 1]) ||
    !isDigit(buf[p + 2]) ||
    !isDigit(buf[p + 3]) ||
    buf[p + 4] !== 0x2d ||
    !isDigit(buf[p + 5]) ||
    !isDigit(buf[p + 6]) ||
    buf[p + 7] !== 0x2d ||
    !isDigit(buf[p + 8]) ||
    !isDigit(buf[p + 9]) ||
    buf[p + 10] !== 0x54 ||
    !isDigit(buf[p + 11]) ||
    !isDigit(buf[p + 12]) ||
    buf[p + 13] !== 0x3a ||
    !isDigit(buf[p + 14]) ||
    !isDigit(buf[p + 15]) ||
    buf[p + 16] !== 0x3a ||
    !isDigit(buf[p + 17]) ||
    !isDigit(buf[p + 18])
  )
    return false;
  let q = p + 19;
  if (buf[q] === 0x2e) {
    if (!isDigit(buf[q + 1]) || !isDigit(buf[q + 2]) || !isDigit(buf[q + 3])) return false;
    q += 4;
  }
  if (buf[q] !== 0x5a || buf[q + 1] !== 0x5d || buf[q + 2] !== 0x20 || buf[q + 3] !== 0x5b) return false;
  q += 4;
  // By the level's first letter (most lines are DEBUG): one comparison instead of up to four.
  const c = buf[q];
  const level = c === 0x44 ? 3 : c === 0x49 ? 0 : c === 0x57 ? 1 : c === 0x45 ? 2 : -1;
  if (level < 0 || !startsWithAt(buf, q, end, LEVELS[level])) return false;
  q += LEVELS[level].length;
  const close = indexOfByte(buf, 0x5d, q, Math.min(end, q + 256));
  if (close < 0 || buf[close + 1] !== 0x20) return false;
  out.level = level;
  out.catStart = q;
  out.catEnd = close;
  out.msg = close + 2;
  return true;
}
