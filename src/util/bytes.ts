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

/** `[A-Za-z0-9]` on a byte. */
export function isAlnumByte(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** `[A-Za-z0-9_.-]` on a byte: the characters of a server id after its first. */
export function isIdByte(c: number): boolean {
  return isAlnumByte(c) || c === 0x5f || c === 0x2e || c === 0x2d;
}

/** 1 for the ASCII digits, 0 for any other byte: digit checks without branches (see recordPrefix). */
const DIGIT = new Uint8Array(256).fill(1, 0x30, 0x3a);

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

/** RecordPrefix levels by name. */
export const LEVEL_INFO = 0;
export const LEVEL_DEBUG = 3;

/** Whether the record's category (as recordPrefix() read it) is exactly `name`. */
export function isCategory(buf: Uint8Array, p: RecordPrefix, name: Uint8Array): boolean {
  return (
    p.catEnd - p.catStart === name.length &&
    buf[p.catStart] === name[0] &&
    startsWithAt(buf, p.catStart, p.catEnd, name)
  );
}

/**
 * Called for every line of every gateway log (about 7,000 lines per MB): the timestamp's digits are checked through
 * a table and the level's bytes one by one, with no call and no branch per digit.
 */
export function recordPrefix(buf: Uint8Array, start: number, end: number, out: RecordPrefix): boolean {
  // [2026-07-19T14:02:11Z] or [2026-07-19T14:02:11.482Z]
  const s = start;
  if (end - s < 26 || buf[s] !== 0x5b) return false;
  if (
    (DIGIT[buf[s + 1]] &
      DIGIT[buf[s + 2]] &
      DIGIT[buf[s + 3]] &
      DIGIT[buf[s + 4]] &
      DIGIT[buf[s + 6]] &
      DIGIT[buf[s + 7]] &
      DIGIT[buf[s + 9]] &
      DIGIT[buf[s + 10]] &
      DIGIT[buf[s + 12]] &
      DIGIT[buf[s + 13]] &
      DIGIT[buf[s + 15]] &
      DIGIT[buf[s + 16]] &
      DIGIT[buf[s + 18]] &
      DIGIT[buf[s + 19]]) ===
      0 ||
    buf[s + 5] !== 0x2d ||
    buf[s + 8] !== 0x2d ||
    buf[s + 11] !== 0x54 ||
    buf[s + 14] !== 0x3a ||
    buf[s + 17] !== 0x3a
  )
    return false;
  let q = s + 20;
  if (buf[q] === 0x2e) {
    if ((DIGIT[buf[q + 1]] & DIGIT[buf[q + 2]] & DIGIT[buf[q + 3]]) === 0) return false;
    q += 4;
  }
  if (buf[q] !== 0x5a || buf[q + 1] !== 0x5d || buf[q + 2] !== 0x20 || buf[q + 3] !== 0x5b) return false;
  q += 4;
  // A record has at least `INFO] [` and `] ` after this point: the level's bytes below stay within the line.
  if (end - q < 9) return false;
  // `DEBUG] [`, `INFO] [`, `WARN] [`, `ERROR] [` by the first letter (most lines are DEBUG).
  let level: number;
  const c = buf[q];
  if (c === 0x44) {
    if (buf[q + 1] !== 0x45 || buf[q + 2] !== 0x42 || buf[q + 3] !== 0x55 || buf[q + 4] !== 0x47)
      return false;
    level = 3;
    q += 5;
  } else if (c === 0x49) {
    if (buf[q + 1] !== 0x4e || buf[q + 2] !== 0x46 || buf[q + 3] !== 0x4f) return false;
    level = 0;
    q += 4;
  } else if (c === 0x57) {
    if (buf[q + 1] !== 0x41 || buf[q + 2] !== 0x52 || buf[q + 3] !== 0x4e) return false;
    level = 1;
    q += 4;
  } else if (c === 0x45) {
    if (buf[q + 1] !== 0x52 || buf[q + 2] !== 0x52 || buf[q + 3] !== 0x4f || buf[q + 4] !== 0x52)
      return false;
    level = 2;
    q += 5;
  } else return false;
  if (buf[q] !== 0x5d || buf[q + 1] !== 0x20 || buf[q + 2] !== 0x5b) return false;
  q += 3;
  // The category: up to the first `]` within 256 bytes, which a space follows.
  const limit = Math.min(end, q + 256);
  let close = q;
  while (close < limit && buf[close] !== 0x5d) close++;
  if (close >= limit || close + 1 >= end || buf[close + 1] !== 0x20) return false;
  out.level = level;
  out.catStart = q;
  out.catEnd = close;
  out.msg = close + 2;
  return true;
}
