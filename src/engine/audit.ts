// The engine's entry: runs in, report out. Sources (local or GitHub) prepare each run as a RunSpec (plain data:
// a folder, or files on disk); the engine analyses it in this thread or in a worker, and never knows the source.
import type { AuditConfig } from '../config.js';
import { analyzeRun, type RunAnalysis } from './analyze.js';
import { collectEvidence } from './collect.js';
import { buildReport, type BuildOptions } from '../report/build.js';
import { dedupeRunResults } from '../report/dedupe.js';
import { applySuppressions } from '../report/suppressions.js';
import { RULE_IDS } from '../rules/index.js';
import type { RawFinding, Report, RunFacts, RunMeta } from '../model/types.js';
import { errText } from '../util/errors.js';
import { BudgetExhausted } from '../github/budget.js';
import { limiter, mapLimit } from '../util/settle.js';
import { openRunSpec, type PreparedRun, type RunSpec } from '../sources/run-spec.js';
import { inflateInCallingThread } from '../sources/inflate-thread.js';
import { availableParallelism } from 'node:os';
import { scavengeWithoutHelpers } from '../util/heap.js';
import { optimizeInNewThreadsThemselves } from '../util/compiler.js';
import {
  createPool,
  forcedWorkers,
  RUNS_PER_WORKER,
  withCallingThread,
  workerCount,
  type AnalyzeRequest,
  type Pool,
} from './workers.js';

export interface RunJob {
  id: string;
  /** When the run was created (API runs): kept on a run that could not be read, so merged reports order it. */
  createdAt?: string;
  /** Fetches what the run needs (downloads); a failure becomes the run's coverage note. */
  prepare: () => Promise<PreparedRun>;
}

export interface AuditOptions extends BuildOptions {
  config: AuditConfig;
  /** Runs prepared at once (downloads overlap: many runs cost little more than the slowest). */
  concurrency?: number;
  /** The bundle to start analysis workers from (dist/cli.js, dist/index.js); none: analyse in this thread. */
  workerEntry?: URL;
  /** Analyse in worker threads (both cores): worth it for large inputs only, see `worthWorkers`. */
  useWorkers?: boolean;
  /** Every run is local files, nothing to download (the CLI's `analyze`, the action's `logs-path`): see inflatesItself. */
  localInput?: boolean;
  /** Progress lines (`run 3/12 …`). */
  log?: (message: string) => void;
  /** Errors that must end the audit instead of becoming a run's coverage note (e.g. a missing permission). */
  rethrow?: (err: unknown) => boolean;
}

/** A run that could not be read at all: coverage none, with the reason. */
export function unreadableRun(meta: RunMeta, err: unknown, config: AuditConfig): RunAnalysis {
  return analyzeRun(
    {
      meta,
      events: [],
      firewall: null,
      awInfo: null,
      activity: null,
      tools: null,
      agentStdio: null,
      activationRateLimit: null,
      files: [],
      notes: [
        {
          file: meta.id,
          // A run the API budget left out was not read at all: it says so, and why (github/budget.ts).
          reason:
            err instanceof BudgetExhausted
              ? `not audited: ${err.message}`
              : `run could not be read: ${errText(err)}`,
          partial: true,
          kind: 'unreadable',
        },
      ],
      hasArtifacts: false,
      repositoryPrivate: null,
    },
    config,
  );
}

/** Analyses one run spec in this thread; a failure becomes a run with coverage `none`, never a crash. */
export async function analyzeSpec(
  spec: RunSpec,
  config: AuditConfig,
  fallbackId: string,
): Promise<RunAnalysis> {
  const input = await openRunSpec(spec).catch((err: unknown) => err as Error);
  if (input instanceof Error) return unreadableRun(specMeta(spec, fallbackId), input, config);
  try {
    return analyzeRun(await collectEvidence(input), config);
  } catch (err) {
    return unreadableRun(input.meta, err, config);
  } finally {
    await input.close().catch(() => undefined);
  }
}

/** The worker side of the pool. */
export function analyzeRequest(req: AnalyzeRequest): Promise<RunAnalysis> {
  return analyzeSpec(req.spec, req.config, req.fallbackId);
}

function specMeta(spec: RunSpec, fallbackId: string): RunMeta {
  return spec.kind === 'files' ? spec.meta : { id: fallbackId, workflow: null, branch: null, url: null };
}

/**
 * Prepares and analyses every job: up to `concurrency` runs prepared at once (downloads overlap), and no more analysed
 * at once than there are analysing threads (two in this thread alone, else the calling thread and each worker, which
 * is also sent its next run) so that the runs waiting on the network never crowd the CPU or the memory of the ones
 * being read. Results in the jobs' order.
 */
export async function analyzeJobs(jobs: RunJob[], options: AuditOptions): Promise<RunAnalysis[]> {
  const { config } = options;
  const workers = options.workerEntry && options.useWorkers && jobs.length > 1 ? workerCount(jobs.length) : 0;
  const inflateHere = inflateInAnalysingThreads(workers);
  // Every core analyses then: no helper tasks for the collector either.
  if (inflateHere) {
    scavengeWithoutHelpers();
    optimizeInNewThreadsThemselves();
  }
  const pool: Pool | null = workers > 0 ? createPool(options.workerEntry!, workers, { inflateHere }) : null;
  inflateInCallingThread(inflatesItself(workers, options.localInput === true));
  // The calling thread analyses while the workers start (createPool: why it need not wait for them).
  // The calling thread analyses too (withCallingThread): the workers take the runs that come while it is busy.
  const analyze = withCallingThread(
    pool
      ? (spec: RunSpec, id: string) =>
          pool
            .analyze(spec, config, id)
            .catch((err: unknown) => unreadableRun(specMeta(spec, id), err, config))
      : null,
    (spec: RunSpec, id: string) => analyzeSpec(spec, config, id),
  );
  // With a pool: the calling thread's run, and each worker's run and its next (RUNS_PER_WORKER).
  const given = pool ? pool.size * RUNS_PER_WORKER + 1 : 1;
  const analysing = limiter(pool ? given : 2);
  let done = 0;
  try {
    return await mapLimit(jobs, Math.max(options.concurrency ?? 2, given), async (job) => {
      let prepared: PreparedRun;
      try {
        prepared = await job.prepare();
      } catch (err) {
        if (options.rethrow?.(err)) throw err;
        const meta: RunMeta = { id: job.id, workflow: null, branch: null, url: null };
        if (job.createdAt) meta.createdAt = job.createdAt;
        const a = unreadableRun(meta, err, config);
        options.log?.(`run ${++done}/${jobs.length} ${job.id}: not audited (${errText(err)})`);
        return a;
      }
      try {
        const a = await analysing(() => analyze(prepared.spec, job.id));
        // One line per run (500 runs, 500 lines: each a write to the runner's log).
        options.log?.(
          `run ${++done}/${jobs.length} ${a.facts.id}: ${a.findings.length} finding(s), coverage ${a.facts.coverage}` +
            (prepared.fetched ? `; ${prepared.fetched}` : ''),
        );
        return a;
      } finally {
        await prepared.cleanup?.().catch(() => undefined);
      }
    });
  } finally {
    inflateInCallingThread(false);
    await pool?.close();
  }
}

/** The report of analysed runs: the same run given twice counted once, the config's suppressions applied. */
export function reportOf(
  analyses: RunAnalysis[],
  options: AuditOptions,
): { report: Report; analyses: RunAnalysis[] } {
  const { config } = options;
  const { kept, notes } = dedupeAnalyses(analyses);
  const facts: RunFacts[] = kept.map((a) => a.facts);
  const raw: RawFinding[] = kept.flatMap((a) => a.findings);
  const buildOptions =
    notes.length > 0 ? { ...options, notes: [...(options.notes ?? []), ...notes] } : options;
  return {
    report: applySuppressions(
      buildReport(facts, raw, buildOptions),
      config.suppressions,
      RULE_IDS,
      buildOptions.generatedAt,
    ),
    analyses: kept,
  };
}

export async function auditRuns(
  jobs: RunJob[],
  options: AuditOptions,
): Promise<{ report: Report; analyses: RunAnalysis[] }> {
  return reportOf(await analyzeJobs(jobs, options), options);
}

/**
 * The same GitHub run (one numeric run id) given twice, e.g. as a run folder and as its artifact zip, is audited once
 * (report/dedupe.ts: the best-covered copy stays, and a copy is dropped only when that hides nothing).
 */
export function dedupeAnalyses(analyses: RunAnalysis[]): { kept: RunAnalysis[]; notes: string[] } {
  return dedupeRunResults(analyses);
}

/** From this much input, worker threads can pay off (below it their start-up and warm-up cost more than they gain). */
export const WORKER_THRESHOLD_BYTES = 256 * 1024 * 1024;

/**
 * Whether each analysing thread inflates the zip entries it reads itself (inflateInCallingThread): with `workers`
 * beside the calling thread on 2–3 cores, every core already analyses, and an inflate thread for each analysing
 * thread would put two threads on each core, handing every 256 KiB over between them (2 GB zipped: 3.7–3.8 s with
 * the calling thread and its inflate thread, 2.9–3.1 s with a worker and each inflating its own, the same report).
 * On 4 cores and more each keeps its inflate thread, as measured there before.
 */
export function inflateInAnalysingThreads(workers: number, cores = availableParallelism()): boolean {
  return workers > 0 && cores < 4;
}

/**
 * Whether the calling thread inflates the zip entries it reads itself: as every analysing thread does on 2-3 cores
 * beside a worker (inflateInAnalysingThreads), and alone over local files, where nothing else waits on its event loop
 * (no download is in flight). Its entries are then inflated straight into the line scanner's memory; through the
 * inflate thread each 256 KiB is handed over between the threads and copied. Measured 2026-12-05 on 2 cores, medians
 * of alternating runs, the calling thread alone: 100 MB zipped 0.42 -> 0.36 s (synthetic) and 0.46 -> 0.37 s (real
 * traffic), 10 MB less; 2 GB of real traffic zipped 3.40 -> 3.37 s for 1.1 s less CPU and 14 MB less.
 */
export function inflatesItself(workers: number, local: boolean, cores = availableParallelism()): boolean {
  return inflateInAnalysingThreads(workers, cores) || (workers === 0 && local);
}

/** On 2 or 3 cores, from this much local input (a zip for what it inflates to) one worker beside the calling thread pays. */
export const FEW_CORES_WORKER_THRESHOLD_BYTES = 512 * 1024 * 1024;

/**
 * Whether to analyse in worker threads beside the calling thread. A worker costs its start-up (an isolate, the
 * bundle compiled again, cold code: about 0.25 s of CPU) and 15–30 MB, so it pays only for large inputs on machines
 * with cores to spare: on 4 cores or more, files of WORKER_THRESHOLD_BYTES or more, or at least 8 runs to download;
 * on 2 or 3 cores, local files of FEW_CORES_WORKER_THRESHOLD_BYTES or more (the calling thread analyses
 * in any case, withCallingThread). `INTEGRITY_AUDIT_WORKERS` decides instead when set (see workerCount). `bytes`
 * (null: unknown, runs still to download) is measured only when it decides.
 */
export async function worthWorkers(
  runs: number,
  bytes: () => Promise<number | null>,
  cores = availableParallelism(),
): Promise<boolean> {
  if (runs < 2) return false;
  const forced = forcedWorkers();
  if (forced !== null) return forced > 0;
  if (cores < 2) return false;
  if (cores < 4) {
    // 2–3 cores (docs/PERFORMANCE.md, "Both cores"): one worker made 2 GB of real traffic on disk 20–25% faster
    // (3.2–3.4 -> 2.5–2.65 s; 660 MB 7%, 300 MB none) for 114–119 MB instead of 93, and zipped 3.7–3.8 -> 2.9–3.2 s
    // for 110–116 MB instead of 105 with each analysing thread inflating its own entries (inflateInAnalysingThreads).
    // Not for runs still to download: a worker only competed with the calling thread's network work (the scale
    // bench: 25 runs 0.88 s without, 1.12 s with one).
    const size = await bytes();
    return size !== null && size >= FEW_CORES_WORKER_THRESHOLD_BYTES;
  }
  const size = await bytes();
  return size === null ? runs >= 8 : size >= WORKER_THRESHOLD_BYTES;
}

/** Jobs for local run locations (the CLI and the action's `logs-path`). */
export function localJobs(
  refs: { kind: 'dir' | 'zip'; path: string }[],
  idOf: (path: string) => string,
): RunJob[] {
  return refs.map((ref) => ({ id: idOf(ref.path), prepare: async () => ({ spec: { kind: 'local', ref } }) }));
}
