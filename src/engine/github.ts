// Auditing straight from GitHub: one or many repositories (entries and owner globs), their recent agentic runs
// discovered and prepared by the GitHub source, analysed by auditRuns. The CLI's `analyze --repo` runs this; it is the
// same discovery (discoverRuns), download (prepareRun) and evidence code as the action's one repository.
import { promises as fs } from 'node:fs';
import type { AuditConfig } from '../config.js';
import type { GitHubClient } from '../github/client.js';
import { PermissionError } from '../github/errors.js';
import { BudgetExhausted } from '../github/budget.js';
import type { Report } from '../model/types.js';
import { discoverRuns, prepareRun, repositoryIsPrivate } from '../sources/github.js';
import type { WorkflowRun } from '../sources/github/types.js';
import {
  notCoveredNote,
  parseEntry,
  selectRepositories,
  type NotCovered,
} from '../sources/github/repositories.js';
import { cachedRun, keepRun } from '../sources/github/cache.js';
import type { PreparedRun } from '../sources/run-spec.js';
import { auditRuns, worthWorkers, type RunJob } from './audit.js';
import { mapLimit } from '../util/settle.js';

/** Runs of one repository fetched and analysed at once: downloads overlap, so many runs cost little more than the
 * slowest. The action's one-repository audit uses it too. */
export const RUN_CONCURRENCY = 8;

export interface GitHubAuditOptions {
  client: GitHubClient;
  /** `owner/repo` entries and `owner/⟨glob⟩` entries. */
  entries: string[];
  lookbackHours: number;
  workflows: string[];
  maxRuns: number;
  config: AuditConfig;
  /** Where downloads go while a run is prepared. */
  tempRoot: string;
  /** Keep each run's artifacts in `⟨download⟩/run-⟨id⟩/` (a folder `analyze` reads again); runs there are not fetched. */
  download?: string;
  workerEntry?: URL;
  now?: Date;
  log?: (message: string) => void;
  /** After each run: runs done of the total, bytes of evidence fetched or found in the download folder so far. */
  progress?: (p: { done: number; total: number; bytes: number; cached: number }) => void;
}

export interface GitHubAudit {
  report: Report;
  /** Repositories not covered (unreadable with this token): the audit is incomplete. */
  notCovered: NotCovered[];
}

async function sizeOf(run: PreparedRun): Promise<number> {
  if (run.spec.kind !== 'files') return 0;
  const paths = [...run.spec.zips.map((z) => z.path), ...run.spec.files.map((f) => f.diskPath)];
  const sizes = await Promise.all(
    paths.map((p) =>
      fs.stat(p).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

/** The discovery and download options of one repository, as both entries below build them. */
function sourceOptionsFor(
  opts: Pick<GitHubAuditOptions, 'lookbackHours' | 'workflows' | 'maxRuns' | 'tempRoot' | 'log'>,
  client: GitHubAuditOptions['client'],
  repository: string,
  now: Date,
) {
  return {
    client,
    repository,
    lookbackHours: opts.lookbackHours,
    workflows: opts.workflows,
    maxRuns: opts.maxRuns,
    tempRoot: opts.tempRoot,
    now,
    log: opts.log,
  };
}

/**
 * One repository given as `owner/repo` is audited as the action audits it: a missing permission ends the audit. With
 * several entries or a glob, a repository the token cannot read is reported as not covered and the others go on.
 */
export async function auditGitHub(opts: GitHubAuditOptions): Promise<GitHubAudit> {
  const { client, config } = opts;
  const single = opts.entries.length === 1 && !parseEntry(opts.entries[0]).glob;
  const selection = single
    ? { repositories: [opts.entries[0]], notCovered: [], notes: [] }
    : await selectRepositories(client, opts.entries, opts.log);
  const notCovered: NotCovered[] = [...selection.notCovered];
  const notes: string[] = [...selection.notes];
  const now = opts.now ?? new Date();
  const window = {
    from: new Date(now.getTime() - opts.lookbackHours * 3600_000).toISOString(),
    to: now.toISOString(),
  };
  const jobs: RunJob[] = [];
  let bytes = 0;
  let cached = 0;
  for (const repository of selection.repositories) {
    const sourceOptions = sourceOptionsFor(opts, client, repository, now);
    let runs: WorkflowRun[];
    try {
      opts.log?.(
        `integrity-audit: listing agentic runs of ${repository} from the last ${opts.lookbackHours} h`,
      );
      const discovery = await discoverRuns(sourceOptions);
      runs = discovery.runs;
      notes.push(...discovery.notes.map((n) => (single ? n : `${repository}: ${n}`)));
    } catch (err) {
      if (single || !(err instanceof PermissionError || err instanceof BudgetExhausted)) throw err;
      notCovered.push({ repository, reason: err.message.replace(/\.$/, '') });
      continue;
    }
    opts.log?.(`integrity-audit: ${runs.length} run(s) of ${repository} to audit`);
    const isPrivate = config.repositoryVisibility
      ? config.repositoryVisibility === 'private'
      : await repositoryIsPrivate(client, repository);
    for (const run of runs)
      jobs.push({
        id: String(run.id),
        prepare: async () => {
          let prepared: PreparedRun;
          if (!opts.download) prepared = await prepareRun(sourceOptions, run, isPrivate);
          else {
            const kept = await cachedRun(opts.download, run.id);
            if (kept) cached++;
            prepared =
              kept ?? (await keepRun(opts.download, run.id, await prepareRun(sourceOptions, run, isPrivate)));
          }
          bytes += await sizeOf(prepared);
          return prepared;
        },
      });
  }
  if (opts.download) await fs.mkdir(opts.download, { recursive: true });
  let done = 0;
  const { report } = await auditRuns(jobs, {
    config,
    target: single ? selection.repositories[0] : opts.entries.join(', '),
    window,
    notes: [...notes, ...notCovered.map(notCoveredNote)],
    concurrency: RUN_CONCURRENCY,
    workerEntry: opts.workerEntry,
    useWorkers: await worthWorkers(jobs.length, async () => null),
    log: (m) => {
      if (/^run \d+\/\d+ /.test(m)) opts.progress?.({ done: ++done, total: jobs.length, bytes, cached });
      else opts.log?.(m);
    },
    rethrow: (err) => single && err instanceof PermissionError,
  });
  // Fail closed: a repository that could not be read leaves the audit incomplete, never clean.
  if (notCovered.length > 0 && report.summary.verdict === 'clean') report.summary.verdict = 'incomplete';
  return { report, notCovered };
}

export interface RepositoryAudits {
  /** One report per repository audited, in selection order. */
  perRepository: { repository: string; report: Report }[];
  notCovered: NotCovered[];
  /** What the selection said (globs: matched, skipped). */
  notes: string[];
}

/** Repositories audited at once (each prepares its runs RUN_CONCURRENCY at a time): 32 runs in flight, which the scale
 * bench (docs/SCALE.md) found the best trade of time and memory on 2 cores. */
const REPOSITORY_CONCURRENCY = 4;

/**
 * The action's many repositories: the same selection, discovery and download as auditGitHub, but one report per
 * repository (each its own issue in `issue-mode: per-repository`). `keep` picks the runs of a shard.
 */
export async function auditRepositories(
  opts: Omit<GitHubAuditOptions, 'download' | 'progress'> & {
    keep?: (repository: string, runId: number) => boolean;
  },
): Promise<RepositoryAudits> {
  const { client, config } = opts;
  const selection = await selectRepositories(client, opts.entries, opts.log);
  const notCovered: NotCovered[] = [...selection.notCovered];
  const now = opts.now ?? new Date();
  const results = await mapLimit(selection.repositories, REPOSITORY_CONCURRENCY, async (repository) => {
    const sourceOptions = sourceOptionsFor(opts, client, repository, now);
    let discovery;
    try {
      discovery = await discoverRuns(sourceOptions);
    } catch (err) {
      if (!(err instanceof PermissionError || err instanceof BudgetExhausted)) throw err;
      notCovered.push({ repository, reason: err.message.replace(/\.$/, '') });
      return null;
    }
    const runs = opts.keep ? discovery.runs.filter((r) => opts.keep!(repository, r.id)) : discovery.runs;
    opts.log?.(`integrity-audit: ${repository}: ${runs.length} run(s) to audit`);
    const isPrivate = config.repositoryVisibility
      ? config.repositoryVisibility === 'private'
      : await repositoryIsPrivate(client, repository);
    const { report } = await auditRuns(
      runs.map((run) => ({
        id: String(run.id),
        createdAt: run.created_at,
        prepare: () => prepareRun(sourceOptions, run, isPrivate),
      })),
      {
        config,
        target: repository,
        window: discovery.window,
        notes: discovery.notes,
        concurrency: RUN_CONCURRENCY,
        workerEntry: opts.workerEntry,
        useWorkers: await worthWorkers(runs.length, async () => null),
        log: opts.log,
      },
    );
    return { repository, report };
  });
  return {
    perRepository: results.filter((r): r is { repository: string; report: Report } => r !== null),
    notCovered: notCovered.sort((a, b) => a.repository.localeCompare(b.repository)),
    notes: selection.notes,
  };
}
