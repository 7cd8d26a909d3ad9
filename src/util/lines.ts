// Streaming line splitter: bytes in, one callback per line, no whole-file reads.
import type { Readable } from 'node:stream';

export interface LineStats {
  lines: number;
  bytes: number;
  /** Lines longer than the cap: only their first `maxLineBytes` were kept. */
  truncatedLines: number;
}

export interface LineOptions {
  /** Lines longer than this are cut to this many bytes (the rest is skipped, not buffered). */
  maxLineBytes?: number;
}

export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

/** The stats of the line walk over each stream, kept for whoever opened it (parsers need not return them). */
const statsByStream = new WeakMap<Readable, LineStats>();

/** The stats of the line walk over `stream` so far (also after a read error), or undefined when none ran. */
export function lineStatsOf(stream: Readable): LineStats | undefined {
  return statsByStream.get(stream);
}

/** A line as a byte range of a buffer (no copy, no decoding): `buf[start..end)`, without `\n` or `\r\n`. */
export type ByteLineHandler = (buf: Buffer, start: number, end: number, lineNo: number) => void;

/**
 * Calls `onLine` for every line of the stream as a byte range: lines inside a chunk are passed without copying or
 * decoding (the hot path of every parser); only a line spanning chunks is joined. Memory is bounded by
 * `maxLineBytes` whatever the input: an over-long line is kept only up to the cap.
 */
export async function forEachLineBytes(
  stream: Readable,
  onLine: ByteLineHandler,
  options: LineOptions = {},
): Promise<LineStats> {
  const max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  // A line spanning chunks is buffered up to one byte over the cap: that byte may be the `\r` of its `\r\n`.
  const keep = max + 1;
  const stats: LineStats = { lines: 0, bytes: 0, truncatedLines: 0 };
  statsByStream.set(stream, stats);
  let pending: Buffer[] = [];
  let pendingLen = 0;
  /** Bytes of the current line beyond `keep` were dropped. */
  let overflow = false;

  /** `buf[start..end)` is the line with its `\r`, or its first `keep` bytes when `overflow`: cut to the cap here. */
  const emit = (buf: Buffer, start: number, end: number) => {
    if (!overflow && end > start && buf[end - 1] === 0x0d) end--;
    stats.lines++;
    if (end - start > max) {
      end = start + max;
      stats.truncatedLines++;
    }
    onLine(buf, start, end, stats.lines);
  };

  for await (const chunk of stream as AsyncIterable<Buffer | Uint8Array | string>) {
    // Web streams (`Readable.fromWeb`) yield plain Uint8Arrays, whose toString() is not UTF-8 decoding.
    const buf =
      typeof chunk === 'string'
        ? Buffer.from(chunk)
        : Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    stats.bytes += buf.length;
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, start);
      if (nl === -1) break;
      if (pendingLen === 0 && !overflow) emit(buf, start, nl);
      else {
        if (!overflow) {
          const room = keep - pendingLen;
          const piece = buf.subarray(start, nl);
          if (piece.length > room) {
            overflow = true;
            pending.push(piece.subarray(0, room));
          } else pending.push(piece);
        }
        const joined = Buffer.concat(pending);
        emit(joined, 0, joined.length);
        pending = [];
        pendingLen = 0;
      }
      overflow = false;
      start = nl + 1;
    }
    if (start < buf.length && !overflow) {
      const rest = buf.subarray(start);
      const room = keep - pendingLen;
      if (rest.length > room) {
        overflow = true;
        pending.push(Buffer.from(rest.subarray(0, room)));
        pendingLen = keep;
      } else {
        pending.push(Buffer.from(rest));
        pendingLen += rest.length;
      }
    }
  }
  if (pendingLen > 0 || overflow) {
    const joined = Buffer.concat(pending);
    emit(joined, 0, joined.length);
  }
  return stats;
}

/** Calls `onLine` for every line of the stream, decoded as UTF-8 (see forEachLineBytes). */
export function forEachLine(
  stream: Readable,
  onLine: (line: string, lineNo: number) => void,
  options: LineOptions = {},
): Promise<LineStats> {
  return forEachLineBytes(
    stream,
    (buf, start, end, n) => onLine(buf.toString('utf8', start, end), n),
    options,
  );
}
