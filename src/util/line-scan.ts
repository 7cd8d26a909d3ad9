// The line walk in WebAssembly (assembly/line-scan.ts) for the parsers of the largest logs: lines are found and, while
// the parser is idle, the lines that cannot change its state are counted and passed over without a call into
// JavaScript. The parser's sink says which rules apply (ScanningSink.scanMode) and whether it is idle; every other
// line reaches its lineBytes() as through the line splitter, with the same line numbers.
import { closeSync, openSync, readSync } from 'node:fs';
import { CHUNKS_PER_TURN, READ_CHUNK } from './file-stream.js';
import { LINE_SCAN_WASM } from './line-scan-wasm.js';
import type { LineSink, LineStats } from './line-sink.js';
import { yieldToEventLoop } from './settle.js';

export const SCAN_GATEWAY = 1;
export const SCAN_STDERR = 2;
/** With SCAN_STDERR: gateway records may be in the file (the gateway could not open its log). */
export const SCAN_FALLBACK = 4;
/** With SCAN_GATEWAY: the run's rpc-messages.jsonl counts what the `rpc` records say (they change nothing here). */
export const SCAN_JSONL = 8;

/** A sink whose idle lines the scanner may pass over. */
export interface ScanningSink extends LineSink {
  /** SCAN_GATEWAY with or without SCAN_JSONL, or SCAN_STDERR with or without SCAN_FALLBACK; 0: every line to lineBytes(). */
  readonly scanMode: number;
  /** No record is open: the lines that cannot open one change nothing (the scanner's rules, see assembly/). */
  idle(): boolean;
  /** For SCAN_GATEWAY: the debug message starts that may carry a signal (prefilter.ts SCAN_STARTS). */
  readonly scanTable?: Uint8Array;
}

export function isScanningSink(sink: LineSink): sink is ScanningSink {
  return ((sink as Partial<ScanningSink>).scanMode ?? 0) !== 0;
}

/** Bytes scanned at a time: a file's read. */
export const SCAN_CHUNK = READ_CHUNK;
/** An unfinished line longer than this is left to the line splitter up to its end (LineScan's longLine). */
export const SCAN_CARRY_MAX = 64 * 1024;
/** The longest line the scanner hands over whole: shorter than the splitter's cap, so no line is ever cut here. */
export const SCAN_MAX_LINE = SCAN_CHUNK + SCAN_CARRY_MAX;

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
  setLines(n: number): void;
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
    new Uint8Array(this.x.memory.buffer, this.x.tableOffset(), table.length).set(table);
    this.table = table;
  }
}

function scannerAbort(): never {
  throw new Error('line scanner: abort');
}

/** Scanners not in use: a thread may read several files at once (two runs, each between its reads). */
const free: Scanner[] = [];

/** A line too long for the scanner, through the line splitter (util/lines.ts): its bytes, then its end. */
export interface LongLine {
  push(bytes: Buffer): void;
  end(): void;
}

/**
 * One input's lines through a scanner of its own (taken from the free ones, given back by release()): put up to
 * SCAN_CHUNK bytes at `input[at..]`, then took() hands the whole lines among them to the sink. A line longer than
 * SCAN_CARRY_MAX that is still unfinished at the end of the bytes so far goes to a line splitter made by `longLine`
 * (with its first bytes) up to its end; the scanner takes the lines after it.
 */
export class LineScan {
  private readonly s: Scanner;
  readonly input: Buffer;
  /** Bytes of the unfinished line, at the start of `input`. */
  private carry = 0;
  /** The long line being read, or null. */
  private long: LongLine | null = null;
  private released = false;

  constructor(
    private readonly sink: ScanningSink,
    private readonly stats: LineStats,
    private readonly longLine: (first: Buffer) => LongLine,
  ) {
    this.s = free.pop() ?? new Scanner();
    this.input = this.s.input;
    this.s.useTable(sink.scanTable);
    this.s.x.reset();
  }

  /** Where the next bytes go in `input`: after the unfinished line, or at the start while a long line is read. */
  get at(): number {
    return this.long ? 0 : this.carry;
  }

  /** `n` new bytes at `input[at..at + n)`. */
  took(n: number): void {
    const long = this.long;
    let from = 0;
    if (long) {
      const nl = this.input.subarray(0, n).indexOf(0x0a);
      if (nl === -1) {
        long.push(this.input.subarray(0, n));
        return;
      }
      long.push(this.input.subarray(0, nl + 1));
      this.long = null;
      // The splitter counted the long line: the scanner goes on from there.
      this.s.x.setLines(this.stats.lines);
      from = nl + 1;
    }
    this.scanned(from, n - from);
  }

  /** `n` new bytes at `input[from..]` (after the unfinished line when `from` is 0, else with none): their lines. */
  private scanned(from: number, n: number): void {
    const { x, base } = this.s;
    const { input, sink, stats } = this;
    const mode = sink.scanMode;
    stats.bytes += n;
    if (from > 0) input.copyWithin(this.carry, from, from + n);
    const limit = base + this.carry + n;
    let at = base;
    while (x.nextLine(at, limit, mode, sink.idle() ? 1 : 0) !== 0) {
      stats.lines = x.lineCount();
      sink.lineBytes(input, x.start() - base, x.end() - base, stats.lines);
      at = x.next_();
    }
    stats.lines = x.lineCount();
    const rest = x.next_() - base;
    this.carry = this.carry + n - rest;
    if (this.carry > SCAN_CARRY_MAX) {
      // Counted in stats.bytes already: the splitter counts what it is given.
      stats.bytes -= this.carry;
      this.long = this.longLine(Buffer.from(input.subarray(rest, rest + this.carry)));
      this.carry = 0;
      return;
    }
    input.copyWithin(0, rest, rest + this.carry);
  }

  /** The last line, without a newline: to the sink, as the line splitter's end() gives it. */
  end(): void {
    if (this.long) {
      this.long.end();
      this.long = null;
      return;
    }
    const carry = this.carry;
    if (carry === 0) return;
    this.stats.lines++;
    this.sink.lineBytes(this.input, 0, this.input[carry - 1] === 0x0d ? carry - 1 : carry, this.stats.lines);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    free.push(this.s);
  }
}

/**
 * Feeds the file at `path` to `sink` (see the module comment), read straight into the scanner's memory; a line too
 * long for the scanner goes through `longLine`'s splitter. `stats` counts every line and byte as the splitter does.
 */
export async function scanFile(
  path: string,
  sink: ScanningSink,
  stats: LineStats,
  longLine: (first: Buffer) => LongLine,
): Promise<void> {
  const fd = openSync(path, 'r');
  const scan = new LineScan(sink, stats, longLine);
  let position = 0;
  try {
    for (let turn = 1; ; turn++) {
      const n = readSync(fd, scan.input, scan.at, SCAN_CHUNK, position);
      if (n === 0) break;
      position += n;
      scan.took(n);
      if (turn % CHUNKS_PER_TURN === 0) await yieldToEventLoop();
    }
    scan.end();
  } finally {
    closeSync(fd);
    scan.release();
  }
}
