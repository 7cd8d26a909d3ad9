// The engine's entry: runs in, report out. Sources (local or GitHub) hand over RunInputs; the engine never knows which.
import type { AuditConfig } from '../config.js';
import type { RunInput } from '../sources/types.js';
import { analyzeRun, type RunAnalysis } from './analyze.js';
import { collectEvidence } from './collect.js';
import { buildReport, type BuildOptions } from '../report/build.js';
import type { RawFinding, Report, RunFacts } from './types.js';
import { errText } from '../sources/zip.js';

export type RunLoader = () => Promise<RunInput>;

export interface AuditOptions extends BuildOptions {
  config: AuditConfig;
  concurrency?: number;
  /** Progress lines (`run 3/12 …`). */
  log?: (message: string) => void;
  /** Errors that must end the audit instead of becoming a run's coverage note (e.g. a missing permission). */
  rethrow?: (err: unknown) => boolean;
}

/** Analyses one run; a failure becomes a run with coverage `none` and a note, never a crash. */
export async function auditOne(
  load: RunLoader,
  fallbackId: string,
  config: AuditConfig,
  rethrow: (err: unknown) => boolean = () => false,
): Promise<RunAnalysis> {
  let input: RunInput | null = null;
  try {
    input = await load();
    const evidence = await collectEvidence(input);
    return analyzeRun(evidence, config);
  } catch (err) {
    if (rethrow(err)) throw err;
    const meta = input?.meta ?? { id: fallbackId, workflow: null, branch: null, url: null };
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
        notes: [{ file: meta.id, reason: `run could not be read: ${errText(err)}`, partial: true, kind: 'unreadable' }],
        hasArtifacts: false,
        repositoryPrivate: null,
      },
      config,
    );
  } finally {
    await input?.close().catch(() => undefined);
  }
}

/** Runs `fn` over `items` with at most `limit` in flight, keeping the input order in the result. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

export async function auditRuns(
  runs: { id: string; load: RunLoader }[],
  options: AuditOptions,
): Promise<{ report: Report; analyses: RunAnalysis[] }> {
  const analyses = await mapLimit(runs, options.concurrency ?? 2, async (r, i) => {
    const a = await auditOne(r.load, r.id, options.config, options.rethrow);
    options.log?.(`run ${i + 1}/${runs.length} ${a.facts.id}: ${a.findings.length} finding(s), coverage ${a.facts.coverage}`);
    return a;
  });
  const facts: RunFacts[] = analyses.map((a) => a.facts);
  const raw: RawFinding[] = analyses.flatMap((a) => a.findings);
  return { report: buildReport(facts, raw, options), analyses };
}
