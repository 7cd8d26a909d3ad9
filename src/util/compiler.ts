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
