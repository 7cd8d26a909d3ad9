// V8's optimizing compiler in an audit in which every core analyses.
import { setFlagsFromString } from 'node:v8';

/**
 * For an audit in which every core analyses (a worker beside the calling thread on 2-3 cores): the threads started
 * after this call (the analysis workers) optimize their hot functions in their own thread, as V8 does without
 * `--concurrent-recompilation`, instead of queueing them for V8's helper threads. With no core free, a queued
 * compilation waited for a core while its thread went on in slower code, and the helper threads took cores from the
 * analysing threads (`perf`, 2 GB of real traffic, one worker on 2 cores: a sixth of the process's CPU was TurboFan's).
 * V8 reads the flag when it makes an isolate: the calling thread's own isolate, made at start-up, keeps compiling in
 * the background (checked on Node 20). Measured 2026-12-05, 2 GB of real traffic with one worker on 2 cores, medians
 * of alternating runs: see docs/PERFORMANCE.md. The calling thread alone compiles better in the background: it has
 * a core to spare (2 GB without workers: 2.74 -> 2.98 s with the flag from the command line).
 */
export function optimizeInNewThreadsThemselves(): void {
  setFlagsFromString('--no-concurrent-recompilation');
}

/**
 * The cumulative bytecode V8's optimizing compiler may inline into one function, lowered from V8's 920 bytes to
 * INLINE_BUDGET_BYTES for the whole process (a V8 flag, read at each optimization: set at start-up, it holds for the
 * calling thread and for every thread started later). An audit optimizes a few hundred functions, and inlining the
 * parser chains into their callers made optimizing cost more than it saved: `node --trace-opt` over 2 GB of real
 * traffic, one thread, counted 0.83 s of TurboFan work (`collectEvidence` alone 74 ms, the rules' `check`s 126 ms),
 * on a machine whose other core is busy analysing. Measured 2026-12-05, medians of alternating runs: see
 * docs/PERFORMANCE.md ("A smaller inlining budget").
 */
export const INLINE_BUDGET_BYTES = 150;

export function inlineLess(): void {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINE_BUDGET_BYTES}`);
}
