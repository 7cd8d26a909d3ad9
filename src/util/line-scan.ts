// The line walk in WebAssembly (assembly/line-scan.ts) for the parsers of the largest logs: lines are found and, while
// the parser is idle, the lines that cannot change its state are counted and passed over without a call into
// JavaScript. The parser's sink says which rules apply (ScanningSink.scanMode) and whether it is idle; every other
// line reaches its lineBytes() as through the line splitter, with the same line numbers.
import { closeSync, openSync, readSync } from 'node:fs';
import { LINE_SCAN_WASM } from './line-scan-wasm.js';
import type { LineSink, LineStats } from './lines.js';
import { yieldToEventLoop } from './settle.js';

export const SCAN_GATEWAY = 1;
export const SCAN_STDERR = 2;
/** With SCAN_STDERR: gateway records may be in the file (the gateway could not open its log). */
export const SCAN_FALLBACK = 4;

/** A sink whose idle lines the scanner may pass over. */
export interface ScanningSink extends LineSink {
  /** SCAN_GATEWAY, or SCAN_STDERR with or without SCAN_FALLBACK; 0: every line to lineBytes(). */
  readonly scanMode: number;
  /** No record is open: the lines that cannot open one change nothing (the scanner's rules, see assembly/). */
  idle(): boolean;
  /** For SCAN_GATEWAY: byte pair (first two bytes of a debug message, `b0 << 8 | b1`) -> may carry a signal. */
  readonly scanTable?: Uint8Array;
}

export function isScanningSink(sink: LineSink): sink is ScanningSink {
  return ((sink as Partial<ScanningSink>).scanMode ?? 0) !== 0;
}

/** Bytes read at a time (as util/file-stream.ts READ_CHUNK). */
const CHUNK = 256 * 1024;
/** An unfinished line longer than this is left to the line splitter (with the rest of the file). */
export const SCAN_CARRY_MAX = 64 * 1024;
/** The longest line the scanner hands over whole: shorter than the splitter's cap, so no line is ever cut here. */
export const SCAN_MAX_LINE = CHUNK + SCAN_CARRY_MAX;
/** Reads between two turns of the event loop (as readFileChunks). */
const CHUNKS_PER_TURN = 16;

/** What this module uses of the WebAssembly API (a global in Node; not in the type libraries we compile with). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
const WA = (
  globalThis as unknown as {
    WebAssembly: {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object, imports: object) => { exports: unknown };
    };
  }
).WebAssembly;

interface Exports {
  memory: WasmMemory;
  tableOffset(): number;
  inputOffset(): number;
  reset(): void;
  lineCount(): number;
  start(): number;
  end(): number;
  next_(): number;
  nextLine(from: number, limit: number, mode: number, idle: number): number;
}

class Scanner {
  readonly x: Exports;
  /** The input area, as a Buffer over the module's memory (offsets in it are the module's minus `base`). */
  readonly input: Buffer;
  readonly base: number;
  private table: Uint8Array | null = null;

  constructor() {
    const module = new WA.Module(Buffer.from(LINE_SCAN_WASM, 'base64'));
    this.x = new WA.Instance(module, { env: { abort: scannerAbort } }).exports as unknown as Exports;
    this.base = this.x.inputOffset();
    const need = this.base + SCAN_MAX_LINE + 64;
    const have = this.x.memory.buffer.byteLength;
    if (need > have) this.x.memory.grow(Math.ceil((need - have) / 65536));
    this.input = Buffer.from(this.x.memory.buffer, this.base, SCAN_MAX_LINE);
  }

  useTable(table: Uint8Array | undefined): void {
    if (!table || table === this.table) return;
    new Uint8Array(this.x.memory.buffer, this.x.tableOffset(), 65536).set(table);
    this.table = table;
  }
}

function scannerAbort(): never {
  throw new Error('line scanner: abort');
}

/** Scanners not in use: a thread may read several files at once (two runs, each between its reads). */
const free: Scanner[] = [];

/**
 * Feeds the file at `path` to `sink` (see the module comment); returns the rest of the file for the line splitter when
 * a line is too long for the scanner: `{ carry, position }` (the unfinished line's first bytes, and the file offset
 * after them), else null. `stats` counts every line and byte as the splitter does.
 */
export async function scanFile(
  path: string,
  sink: ScanningSink,
  stats: LineStats,
): Promise<{ carry: Buffer; position: number } | null> {
  const s = free.pop() ?? new Scanner();
  const x = s.x;
  const input = s.input;
  const base = s.base;
  s.useTable(sink.scanTable);
  x.reset();
  const mode = sink.scanMode;
  const fd = openSync(path, 'r');
  let position = 0;
  try {
    let carry = 0;
    for (let turn = 1; ; turn++) {
      const n = readSync(fd, input, carry, CHUNK, position);
      if (n === 0) break;
      position += n;
      stats.bytes += n;
      const limit = base + carry + n;
      let from = base;
      while (x.nextLine(from, limit, mode, sink.idle() ? 1 : 0) !== 0) {
        stats.lines = x.lineCount();
        sink.lineBytes(input, x.start() - base, x.end() - base, stats.lines);
        from = x.next_();
      }
      stats.lines = x.lineCount();
      const rest = x.next_() - base;
      carry = carry + n - rest;
      if (carry > SCAN_CARRY_MAX) return { carry: Buffer.from(input.subarray(rest, rest + carry)), position };
      input.copyWithin(0, rest, rest + carry);
      if (turn % CHUNKS_PER_TURN === 0) await yieldToEventLoop();
    }
    // The last line, without a newline: to the sink, as the splitter's end() gives it.
    if (carry > 0) {
      stats.lines++;
      const last = input[carry - 1] === 0x0d ? carry - 1 : carry;
      sink.lineBytes(input, 0, last, stats.lines);
    }
    return null;
  } finally {
    closeSync(fd);
    free.push(s);
  }
}
