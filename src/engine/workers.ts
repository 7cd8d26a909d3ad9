// Every core: when there are several runs, they are analysed by the calling thread and by worker threads beside it
// (see withCallingThread). The workers run the same bundle (dist/cli.js or dist/index.js) in worker mode; each has a bounded young generation, which keeps the peak RSS flat.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism, totalmem } from 'node:os';
import type { AuditConfig } from '../config.js';
import type { RunSpec } from '../sources/run-spec.js';
import type { RunAnalysis } from './analyze.js';
import { boundHeapGrowth, heapBounds, reapplyHeapBounds } from '../util/heap.js';
import { inflateInCallingThread } from '../sources/inflate-thread.js';

export const WORKER_ROLE = 'integrity-audit-worker';

export interface AnalyzeRequest {
  id: number;
  spec: RunSpec;
  config: AuditConfig;
  fallbackId: string;
}

type AnalyzeReply = { id: number; analysis: RunAnalysis } | { id: number; error: string };

/** True in a thread started by the pool; the bundle entry then serves requests instead of running main(). */
export function isAuditWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE;
}

/** The worker side: analyse each requested run with `analyze` and post the result back. */
export function serveWorker(analyze: (req: AnalyzeRequest) => Promise<RunAnalysis>): void {
  // The process's heap bounds, set again in this thread whenever a thread it starts (the inflate thread) undoes them:
  // without them, the calling thread's young generation grew to 32 MiB when a worker read zips (+25-30 MB of RSS).
  const data = workerData as { heap?: { young: boolean } | null; inflateHere?: boolean };
  if (data.heap) boundHeapGrowth(data.heap);
  inflateInCallingThread(data.inflateHere === true);
  // One run at a time, in the order asked: the pool sends the next run before this one is done (RUNS_PER_WORKER).
  let previous: Promise<void> = Promise.resolve();
  parentPort!.on('message', (req: AnalyzeRequest) => {
    previous = previous.then(() =>
      analyze(req).then(
        (analysis) => parentPort!.postMessage({ id: req.id, analysis } satisfies AnalyzeReply),
        (err: unknown) =>
          parentPort!.postMessage({
            id: req.id,
            error: err instanceof Error ? err.message : String(err),
          } satisfies AnalyzeReply),
      ),
    );
  });
}

export interface Pool {
  size: number;
  analyze(spec: RunSpec, config: AuditConfig, fallbackId: string): Promise<RunAnalysis>;
  close(): Promise<void>;
}

/**
 * Memory per worker. A worker analyses one run at a time and keeps no more of it than the calling thread would: lines
 * are read through one 256 KiB buffer (lines over 1 MiB are cut), events are summarised as they come, and the live
 * heap stays under 10 MB at any input size. Its young generation is held at YOUNG_MB (the scavenger's semi-spaces are
 * most of a parser's RSS growth) and its old generation may not pass OLD_MB: a run that needed more would fail alone
 * (its worker is replaced, the run is reported as not audited), never take the machine's memory. Measured, a worker
 * adds 15–25 MB of RSS (V8 isolate, code, buffers); WORKER_BUDGET_MB is what the count below reserves per worker.
 */
const YOUNG_MB = 3;
export const OLD_MB = 512;
export const WORKER_BUDGET_MB = 64;
/**
 * Runs a worker is sent at once: the one it analyses and the next, so that it starts the next as soon as it is done.
 * With one, it waited for the calling thread to take its answer and send another, which the calling thread does only
 * between two reads of its own run (measured: a worker beside the calling thread idled about 8% of a 2 GB audit).
 */
export const RUNS_PER_WORKER = 2;
/** INTEGRITY_AUDIT_WORKERS above this is taken as this (a typo must not start thousands of threads). */
export const MAX_WORKERS = 64;

/**
 * `INTEGRITY_AUDIT_WORKERS=N`: N worker threads beside the calling thread (0: the calling thread alone), whatever
 * the input.
 */
export function forcedWorkers(): number | null {
  const v = process.env.INTEGRITY_AUDIT_WORKERS;
  if (v === undefined || v.trim() === '') return null;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, MAX_WORKERS) : null;
}

/**
 * Workers by default: one per core available beside the calling thread, which analyses too (1 on 2 cores, 7 to 63 on
 * large runners), as long as a quarter of the machine's memory holds WORKER_BUDGET_MB for each.
 */
export function defaultWorkers(cores = availableParallelism(), memoryBytes = totalmem()): number {
  const byMemory = Math.floor(memoryBytes / 4 / (WORKER_BUDGET_MB * 1024 * 1024));
  return Math.max(1, Math.min(cores - 1, byMemory, MAX_WORKERS));
}

/** Workers for `runs` runs: the forced number, else one per core available (see defaultWorkers). */
export function workerCount(runs: number): number {
  return Math.max(0, Math.min(runs, forcedWorkers() ?? defaultWorkers()));
}

/**
 * The calling thread as one more analyser beside the pool: a call runs `inline` when the calling thread is not
 * already analysing (its code is warm and it needs no start-up), else on the pool; without a pool, always inline.
 * On 2 cores one worker and the calling thread use both.
 */
export function withCallingThread<A extends unknown[], R>(
  pool: ((...args: A) => Promise<R>) | null,
  inline: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  let busy = false;
  return async (...args: A): Promise<R> => {
    if (pool !== null && busy) return pool(...args);
    busy = true;
    try {
      return await inline(...args);
    } finally {
      busy = false;
    }
  };
}

/** `inflateHere`: each worker inflates the zip entries it reads itself (see inflateInCallingThread). */
export function createPool(entry: URL, size: number, options: { inflateHere?: boolean } = {}): Pool {
  interface Slot {
    worker: Worker;
    /** Runs sent and not answered: the one it analyses and the next, waiting in its queue. */
    inFlight: number;
  }
  const slots: Slot[] = [];
  const waiting: (() => void)[] = [];
  const pending = new Map<
    number,
    { resolve: (a: RunAnalysis) => void; reject: (e: Error) => void; slot: Slot }
  >();
  let nextId = 0;
  const spawn = (): Slot => {
    const worker = new Worker(entry, {
      workerData: { role: WORKER_ROLE, heap: heapBounds(), inflateHere: options.inflateHere === true },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB, maxOldGenerationSizeMb: OLD_MB },
    });
    const slot: Slot = {
      worker,
      inFlight: 0,
    };
    // On Node 20 a thread starting undoes the heap bounds for the whole process until it is online: set them again
    // then (a script allocating meanwhile grew its young generation from 2 to 32 MiB). The calling thread does not wait
    // for it (measured 2026-12-05, one worker on 2 cores: its young generation stays at 4 MiB over 2 GB on disk and
    // zipped, peak RSS +0-5 MB, and the 50 ms a worker takes to start are no longer idle: 2 GB 1.87 -> 1.81 s).
    worker.once('online', reapplyHeapBounds);
    worker.on('message', (reply: AnalyzeReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      release(slot);
      if ('error' in reply) p.reject(new Error(reply.error));
      else p.resolve(reply.analysis);
    });
    const fail = (err: Error) => {
      // A crashed worker (e.g. out of memory) fails its runs, and is replaced for the next ones.
      for (const [id, p] of pending) {
        if (p.slot !== slot) continue;
        pending.delete(id);
        p.reject(err);
      }
      const i = slots.indexOf(slot);
      if (i >= 0) slots[i] = spawn();
      // Its runs are over: as many places for the runs waiting (the new worker starts with none).
      for (let k = 0; k < RUNS_PER_WORKER; k++) waiting.shift()?.();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0 && slots.includes(slot)) fail(new Error(`analysis worker exited with code ${code}`));
    });
    return slot;
  };
  const release = (slot: Slot) => {
    slot.inFlight--;
    waiting.shift()?.();
  };
  for (let i = 0; i < size; i++) slots.push(spawn());
  const acquire = async (): Promise<Slot> => {
    for (;;) {
      let free: Slot | null = null;
      for (const s of slots)
        if (s.inFlight < RUNS_PER_WORKER && (!free || s.inFlight < free.inFlight)) free = s;
      if (free) {
        free.inFlight++;
        return free;
      }
      await new Promise<void>((r) => waiting.push(r));
    }
  };
  return {
    size,
    async analyze(spec, config, fallbackId) {
      const slot = await acquire();
      const id = nextId++;
      return new Promise<RunAnalysis>((resolve, reject) => {
        pending.set(id, { resolve, reject, slot });
        slot.worker.postMessage({ id, spec, config, fallbackId } satisfies AnalyzeRequest);
      });
    },
    async close() {
      const all = slots.splice(0);
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
