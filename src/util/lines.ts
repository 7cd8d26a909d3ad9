// Streaming line splitter: bytes in, one callback per line, no whole-file reads.
import type { Readable } from 'node:stream';
import { directRead, type DirectTarget } from './direct-read.js';
import type { LineSink, LineStats } from './line-sink.js';
import { unreadFilePath } from './file-stream.js';
import {
  isScanningSink,
  LineScan,
  scanFile,
  type LongLine,
  SCAN_CHUNK,
  SCAN_MAX_LINE,
  type ScanningSink,
} from './line-scan.js';

export interface LineOptions {
  /** Lines longer than this are cut to this many bytes (the rest is skipped, not buffered). */
  maxLineBytes?: number;
}

export type { LineSink, LineStats } from './line-sink.js';

export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

/** The stats of the line walk over each stream, kept for whoever opened it (parsers need not return them). */
const statsByStream = new WeakMap<Readable, LineStats>();

/** The stats of the line walk over `stream` so far (also after a read error), or undefined when none ran. */
export function lineStatsOf(stream: Readable): LineStats | undefined {
  return statsByStream.get(stream);
}

/** Splits chunks into lines for a sink; lines inside a chunk are passed without copying. */
class LineSplitter {
  private pending: Buffer[] = [];
  private pendingLen = 0;
  /** Bytes of the current line beyond `keep` were dropped. */
  private overflow = false;
  /** A line spanning chunks is buffered up to one byte over the cap: that byte may be the `\r` of its `\r\n`. */
  private readonly keep: number;

  constructor(
    private readonly sink: LineSink,
    private readonly max: number,
    readonly stats: LineStats = { lines: 0, bytes: 0, truncatedLines: 0 },
  ) {
    this.keep = max + 1;
  }

  push(buf: Buffer): void {
    this.stats.bytes += buf.length;
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, start);
      if (nl === -1) break;
      if (this.pendingLen === 0 && !this.overflow) this.emit(buf, start, nl);
      else {
        if (!this.overflow) {
          const room = this.keep - this.pendingLen;
          const piece = buf.subarray(start, nl);
          if (piece.length > room) {
            this.overflow = true;
            this.pending.push(piece.subarray(0, room));
          } else this.pending.push(piece);
        }
        const joined = Buffer.concat(this.pending);
        this.emit(joined, 0, joined.length);
        this.pending = [];
        this.pendingLen = 0;
      }
      this.overflow = false;
      start = nl + 1;
    }
    if (start < buf.length && !this.overflow) {
      const rest = buf.subarray(start);
      const room = this.keep - this.pendingLen;
      if (rest.length > room) {
        this.overflow = true;
        this.pending.push(Buffer.from(rest.subarray(0, room)));
        this.pendingLen = this.keep;
      } else {
        this.pending.push(Buffer.from(rest));
        this.pendingLen += rest.length;
      }
    }
  }

  end(): void {
    if (this.pendingLen > 0 || this.overflow) {
      const joined = Buffer.concat(this.pending);
      this.emit(joined, 0, joined.length);
    }
  }

  /** `buf[start..end)` is the line with its `\r`, or its first `keep` bytes when `overflow`: cut to the cap here. */
  private emit(buf: Buffer, start: number, end: number): void {
    if (!this.overflow && end > start && buf[end - 1] === 0x0d) end--;
    this.stats.lines++;
    if (end - start > this.max) {
      end = start + this.max;
      this.stats.truncatedLines++;
    }
    this.sink.lineBytes(buf, start, end, this.stats.lines);
  }
}

/**
 * A LineSplitter's work for a ScanningSink, through the line scanner: each chunk is copied into the scanner's memory
 * (up to SCAN_CHUNK at a time), or a source that makes its bytes writes them there itself (DirectTarget).
 */
class ScanningSplitter implements DirectTarget {
  private readonly scan: LineScan;

  constructor(sink: ScanningSink, max: number, stats: LineStats) {
    this.scan = new LineScan(sink, stats, longLineFor(sink, max, stats));
  }

  push(buf: Buffer): void {
    const scan = this.scan;
    for (let off = 0; off < buf.length;) {
      const n = Math.min(SCAN_CHUNK, buf.length - off);
      buf.copy(scan.input, scan.at, off, off + n);
      off += n;
      scan.took(n);
    }
  }

  /** DirectTarget: the scanner's memory. */
  space(): Buffer {
    return this.scan.input;
  }

  get offset(): number {
    return this.scan.at;
  }

  get room(): number {
    return SCAN_CHUNK;
  }

  wrote(n: number): void {
    this.scan.took(n);
  }

  end(): void {
    this.scan.end();
  }

  release(): void {
    this.scan.release();
  }
}

/** A line too long for the scanner, through a line splitter that counts in the same stats (LineScan's longLine). */
function longLineFor(sink: LineSink, max: number, stats: LineStats): (first: Buffer) => LongLine {
  return (first) => {
    const splitter = new LineSplitter(sink, max, stats);
    splitter.push(first);
    return splitter;
  };
}

/**
 * Calls `sink.lineBytes` for every line of the stream as a byte range: lines inside a chunk are passed without
 * copying or decoding (the hot path of every parser); only a line spanning chunks is joined. Memory is bounded by
 * `maxLineBytes` whatever the input: an over-long line is kept only up to the cap.
 */
export async function forEachLineBytes(
  stream: Readable,
  sink: LineSink,
  options: LineOptions = {},
): Promise<LineStats> {
  const max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  // A sink that says which of its lines change nothing while it is idle: the line scanner, on a file straight from disk.
  const scanning = max >= SCAN_MAX_LINE && isScanningSink(sink) ? sink : null;
  const path = scanning ? unreadFilePath(stream) : null;
  if (scanning && path !== null) {
    const stats: LineStats = { lines: 0, bytes: 0, truncatedLines: 0 };
    statsByStream.set(stream, stats);
    await scanFile(path, scanning, stats, longLineFor(sink, max, stats));
    return stats;
  }
  // Any other stream (a zip entry, a download) for a scanning sink: its chunks through the scanner.
  const stats: LineStats = { lines: 0, bytes: 0, truncatedLines: 0 };
  const splitter = scanning ? new ScanningSplitter(scanning, max, stats) : new LineSplitter(sink, max, stats);
  statsByStream.set(stream, stats);
  try {
    const direct = directRead(stream);
    if (direct) {
      await direct.readDirect(
        (chunk) => splitter.push(chunk),
        splitter instanceof ScanningSplitter ? splitter : undefined,
      );
    } else {
      for await (const chunk of stream as AsyncIterable<Buffer | Uint8Array | string>) {
        // Web streams (`Readable.fromWeb`) yield plain Uint8Arrays, whose toString() is not UTF-8 decoding.
        splitter.push(
          typeof chunk === 'string'
            ? Buffer.from(chunk)
            : Buffer.isBuffer(chunk)
              ? chunk
              : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength),
        );
      }
    }
    splitter.end();
  } finally {
    if (splitter instanceof ScanningSplitter) splitter.release();
  }
  return stats;
}

/** Decodes each line as UTF-8 for a callback: for the small files, whose parsers are plain functions. */
class TextLines implements LineSink {
  constructor(private readonly onLine: (line: string, lineNo: number) => void) {}
  lineBytes(buf: Buffer, start: number, end: number, lineNo: number): void {
    this.onLine(buf.toString('utf8', start, end), lineNo);
  }
}

/** Calls `onLine` for every line of the stream, decoded as UTF-8 (see forEachLineBytes). */
export function forEachLine(
  stream: Readable,
  onLine: (line: string, lineNo: number) => void,
  options: LineOptions = {},
): Promise<LineStats> {
  return forEachLineBytes(stream, new TextLines(onLine), options);
}
