// Shared by the fuzz tests: bounded, reproducible fast-check settings; streams that generate huge inputs lazily (never
// held in memory); a memory probe (heap plus Buffer memory, peak while parsing and what is left after a forced GC).
//
// Memory is measured in test files that do not import `@fast-check/vitest` (nor formats.ts): importing it loads some
// 230 MB into the worker's heap (measured), which makes every forced GC take half a second. This file uses
// `fast-check` itself, the same instance `@fast-check/vitest` re-exports.
import fc from 'fast-check';
import { onTestFinished } from 'vitest';
import { Readable } from 'node:stream';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { ReliabilityCategory, reliabilityRecorder } from '../support/reliability.js';

/**
 * Fixed seed and run count, so CI is reproducible and bounded. `FUZZ_RUNS=10000 npx vitest run test/hardening` runs
 * more locally; `FUZZ_SEED` replays another seed.
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED) || 20261124;
export const FUZZ_RUNS_OVERRIDE = Number(process.env.FUZZ_RUNS) || 0;

/** Sets the seed and run count for the test file; returns the timeout of one property test. */
export function configureFuzz(defaultRuns = 200): { timeout: number } {
  const numRuns = FUZZ_RUNS_OVERRIDE > 0 ? FUZZ_RUNS_OVERRIDE : defaultRuns;
  fc.configureGlobal({ seed: FUZZ_SEED, numRuns });
  // The default 60 s, more when many runs are asked for locally.
  return { timeout: Math.max(60_000, numRuns * 50) };
}

/**
 * Inside a `test.prop` predicate: records `tried` → `outcome` once the whole property test has passed (a property
 * runs its predicate many times; a failing one records nothing).
 */
export function recordOnPass(
  rel: ReturnType<typeof reliabilityRecorder>,
  category: ReliabilityCategory,
  tried: string,
  outcome: string,
): void {
  const key = `${category}\n${tried}`;
  if (armed.has(key)) return;
  armed.add(key);
  onTestFinished(({ task }) => {
    if (task.result?.state === 'pass') rel.record(category, tried, outcome);
  });
}
const armed = new Set<string>();

/** `global.gc` when node runs with --expose-gc, else the same function obtained at run time; null if neither works. */
export const forceGc: (() => void) | null = (() => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (typeof g === 'function') return g;
  try {
    v8.setFlagsFromString('--expose-gc');
    const fn = vm.runInNewContext('gc') as unknown;
    return typeof fn === 'function' ? (fn as () => void) : null;
  } catch {
    return null;
  }
})();

/** Heap plus the memory of Buffers (a line splitter that buffered a line would hold it in Buffers, off the heap). */
function used(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

export interface MemoryProbe {
  /** Call while the input is consumed (the lazy streams do): with GC, collects first, so the peak is of live memory. */
  sample(): void;
  /** Growth over the start: the peak while running, and what remains after a forced GC (null without GC). */
  finish(): { peak: number; retained: number | null };
}

export function memoryProbe(): MemoryProbe {
  forceGc?.();
  forceGc?.();
  const base = used();
  let peak = base;
  return {
    sample() {
      forceGc?.();
      const u = used();
      if (u > peak) peak = u;
    },
    finish() {
      this.sample();
      let retained: number | null = null;
      if (forceGc) {
        forceGc();
        forceGc();
        retained = used() - base;
      }
      return { peak: peak - base, retained };
    },
  };
}

export const MB = 1024 * 1024;

/** Input read between two memory samples. */
const SAMPLE_EVERY = 4 * MB;

/**
 * A stream of `total` bytes: `head`, then `body` repeated (cut at the end), then `tail`, generated as it is read:
 * each chunk is a fresh copy (a reader that kept chunks would show), never the whole input. `probe` is sampled every
 * 4 MiB.
 */
export function lazyStream(
  total: number,
  body: Buffer,
  opts: { head?: Buffer; tail?: Buffer; probe?: MemoryProbe } = {},
): Readable {
  const head = opts.head ?? Buffer.alloc(0);
  const tail = opts.tail ?? Buffer.alloc(0);
  const bodyBytes = Math.max(0, total - head.length - tail.length);
  let sent = 0;
  let sinceSample = 0;
  let stage = head.length > 0 ? 0 : 1;
  return new Readable({
    read() {
      if (sinceSample >= SAMPLE_EVERY) {
        sinceSample = 0;
        opts.probe?.sample();
      }
      if (stage === 0) {
        stage = 1;
        this.push(head);
      } else if (stage === 1 && sent < bodyBytes) {
        const k = Math.min(body.length, bodyBytes - sent);
        sent += k;
        sinceSample += k;
        this.push(Buffer.from(body.subarray(0, k)));
      } else if (stage <= 1) {
        stage = 2;
        if (tail.length > 0) this.push(tail);
        else this.push(null);
      } else this.push(null);
    },
  });
}

/** A chunk of `perChunk` lines cycling through `lines` (LF, or CRLF for every other line), for many-lines streams. */
export function linesChunk(lines: readonly string[], perChunk: number): Buffer {
  const out: string[] = [];
  for (let i = 0; i < perChunk; i++) out.push(lines[i % lines.length] + (i % 2 ? '\r\n' : '\n'));
  return Buffer.from(out.join(''));
}

/** `buf` cut at the given offsets (taken modulo its length), delivered as Buffers or as plain Uint8Arrays. */
export function chunked(buf: Buffer, cuts: readonly number[], plain = false): Readable {
  const at = [...new Set(cuts.map((c) => c % (buf.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let prev = 0;
  for (const c of [...at, buf.length]) {
    if (c > prev) chunks.push(plain ? new Uint8Array(buf.subarray(prev, c)) : buf.subarray(prev, c));
    prev = c;
  }
  return Readable.from(chunks);
}

/** Number of lines forEachLine sees in `buf` (a last line without newline counts). */
export function lineCount(buf: Buffer): number {
  let n = 0;
  for (const b of buf) if (b === 0x0a) n++;
  return buf.length > 0 && buf[buf.length - 1] !== 0x0a ? n + 1 : n;
}
