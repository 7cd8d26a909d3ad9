// What the line walks (lines.ts, line-scan.ts) give a parser, and count.

export interface LineStats {
  lines: number;
  bytes: number;
  /** Lines longer than the cap: only their first `maxLineBytes` were kept. */
  truncatedLines: number;
}

/**
 * Receives each line as a byte range of a buffer (no copy, no decoding): `buf[start..end)`, without `\n` or `\r\n`.
 *
 * A sink is an object with a method, not a closure, on purpose: V8 keeps a closure's optimized code only while that
 * closure lives, so a per-file callback is interpreted and re-optimized for every file (measured: about a sixth of
 * the CPU of a 2 GB audit went to recompiling). A method of a class lives as long as the class.
 */
export interface LineSink {
  lineBytes(buf: Buffer, start: number, end: number, lineNo: number): void;
}
