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
import type { Discovery, GitHubSourceOptions } from '../sources/github/types.js';
import {
  notCoveredNote,
  parseEntry,
  selectRepositories,
  type NotCovered,
} from '../sources/github/repositories.js';
import { cachedRun, keepRun } from '../sources/github/cache.js';
import { ArtifactIndex, listArtifactsEarly, type EarlyListing } from '../sources/github/artifact-index.js';
import type { PreparedRun } from '../sources/run-spec.js';
import { analyzeJobs, auditRuns, reportOf, worthWorkers, type RunJob } from './audit.js';
import { mapLimit, settleAll } from '../util/settle.js';

/**
 * Runs prepared at once, across every repository of the audit (one pool: a repository's last runs never leave the
 * pool half empty): a run is two round trips in a row (its listings, then its downloads), so with the API's latency
 * (100 ms and more) the audit needs many in flight, while their analysis is held to the analysing threads
 * (engine/audit.ts analyzeJobs) and their downloads kept in memory only within a byte budget
 * (sources/github/download.ts). The client holds the API requests in flight to its own limit (github/client.ts). The
 * scale bench (docs/SCALE.md) measures it.
 */
export const RUN_CONCURRENCY = 64;

/**
 * Repositories whose runs are listed at once (each one or a few listing requests, and its visibility, two requests at
 * once): 20 repositories are listed in one round trip, within the client's limit on requests in flight (100).
 */
const DISCOVERY_CONCURRENCY = 20;

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
  const inMemory = run.spec.zips.reduce((n, z) => n + (z.data?.byteLength ?? 0), 0);
  const paths = [
    ...run.spec.zips.flatMap((z) => (z.path === undefined ? [] : [z.path])),
    ...run.spec.files.map((f) => f.diskPath),
  ];
  const sizes = await Promise.all(
    paths.map((p) =>
      fs.stat(p).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((a, b) => a + b, inMemory);
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
 * A repository's source options with the one artifact listing of the runs it will prepare (artifact-index.ts). With
 * its first page asked early (discoverRepository), the rest is read now: every repository's at once, while the first
 * runs are prepared. Without, it is sent only when a run first asks (runs kept in a download folder are not prepared,
 * and may all be kept).
 */
export function withArtifactIndex(
  sourceOptions: GitHubSourceOptions,
  runs: Discovery['runs'],
  early: EarlyListing | null,
): GitHubSourceOptions {
  const index = new ArtifactIndex(sourceOptions, runs, early);
  return { ...sourceOptions, artifactIndex: early ? index.prefetch() : index };
}

/**
 * A repository's runs and its visibility, asked at once (a run's evidence needs both). `visibility` from the config
 * (`repository-visibility`) saves the request. Both requests settle before an error is thrown. With `early`, the
 * first page of the repository's artifact listing is asked at the same time (for withArtifactIndex): the runs'
 * downloads start a round trip sooner.
 */
export async function discoverRepository(
  sourceOptions: GitHubSourceOptions,
  visibility: AuditConfig['repositoryVisibility'],
  early = false,
): Promise<{ discovery: Discovery; isPrivate: boolean | null; early: EarlyListing | null }> {
  const listing = early ? listArtifactsEarly(sourceOptions) : null;
  const [discovery, isPrivate] = await settleAll([
    discoverRuns(sourceOptions),
    visibility
      ? Promise.resolve(visibility === 'private')
      : repositoryIsPrivate(sourceOptions.client, sourceOptions.repository),
  ]);
  return { discovery, isPrivate, early: listing };
}

interface Discovered {
  repository: string;
  sourceOptions: GitHubSourceOptions;
  discovery: Discovery;
  isPrivate: boolean | null;
  early: EarlyListing | null;
}

/**
 * Every repository's runs listed, DISCOVERY_CONCURRENCY repositories at once. A repository the token cannot read is
 * not covered (unless `single`: then its PermissionError ends the audit); any other error ends it once the listings
 * in flight have settled. Results in the repositories' order.
 */
async function discoverAll(
  opts: Pick<GitHubAuditOptions, 'lookbackHours' | 'workflows' | 'maxRuns' | 'tempRoot' | 'log' | 'config'>,
  client: GitHubClient,
  repositories: string[],
  now: Date,
  single: boolean,
  early: boolean,
): Promise<{ found: Discovered[]; notCovered: NotCovered[] }> {
  const results = await mapLimit(
    repositories,
    DISCOVERY_CONCURRENCY,
    async (repository): Promise<Discovered | NotCovered> => {
      const sourceOptions = sourceOptionsFor(opts, client, repository, now);
      opts.log?.(
        `integrity-audit: listing agentic runs of ${repository} from the last ${opts.lookbackHours} h`,
      );
      try {
        const found = await discoverRepository(sourceOptions, opts.config.repositoryVisibility, early);
        return { repository, sourceOptions, ...found };
      } catch (err) {
        if (single || !(err instanceof PermissionError || err instanceof BudgetExhausted)) throw err;
        return { repository, reason: err.message.replace(/\.$/, '') };
      }
    },
  );
  return {
    found: results.filter((r): r is Discovered => 'discovery' in r),
    notCovered: results.filter((r): r is NotCovered => 'reason' in r),
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
  const now = opts.now ?? new Date();
  const window = {
    from: new Date(now.getTime() - opts.lookbackHours * 3600_000).toISOString(),
    to: now.toISOString(),
  };
  const discovered = await discoverAll(opts, client, selection.repositories, now, single, !opts.download);
  const notCovered: NotCovered[] = [...selection.notCovered, ...discovered.notCovered];
  const notes: string[] = [...selection.notes];
  const jobs: RunJob[] = [];
  let bytes = 0;
  let cached = 0;
  for (const { repository, sourceOptions: listed, discovery, isPrivate, early } of discovered.found) {
    notes.push(...discovery.notes.map((n) => (single ? n : `${repository}: ${n}`)));
    opts.log?.(`integrity-audit: ${discovery.runs.length} run(s) of ${repository} to audit`);
    const sourceOptions = withArtifactIndex(listed, discovery.runs, early);
    for (const run of discovery.runs)
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

/**
 * The action's many repositories: the same selection, discovery and download as auditGitHub, but one report per
 * repository (each its own issue in `issue-mode: per-repository`). `keep` picks the runs of a shard. Every
 * repository's runs go through one pool (RUN_CONCURRENCY runs in flight whatever the repository), then each
 * repository's report is built from its own runs.
 */
export async function auditRepositories(
  opts: Omit<GitHubAuditOptions, 'download' | 'progress'> & {
    keep?: (repository: string, runId: number) => boolean;
  },
): Promise<RepositoryAudits> {
  const { client, config } = opts;
  const selection = await selectRepositories(client, opts.entries, opts.log);
  const now = opts.now ?? new Date();
  const discovered = await discoverAll(opts, client, selection.repositories, now, false, true);
  const notCovered: NotCovered[] = [...selection.notCovered, ...discovered.notCovered];
  const parts = discovered.found.map((d) => {
    const runs = opts.keep
      ? d.discovery.runs.filter((r) => opts.keep!(d.repository, r.id))
      : d.discovery.runs;
    opts.log?.(`integrity-audit: ${d.repository}: ${runs.length} run(s) to audit`);
    return { ...d, runs, sourceOptions: withArtifactIndex(d.sourceOptions, runs, d.early) };
  });
  const jobs: RunJob[] = parts.flatMap((p) =>
    p.runs.map((run) => ({
      id: String(run.id),
      createdAt: run.created_at,
      prepare: () => prepareRun(p.sourceOptions, run, p.isPrivate),
    })),
  );
  const analyses = await analyzeJobs(jobs, {
    config,
    target: null,
    window: { from: null, to: null },
    concurrency: RUN_CONCURRENCY,
    workerEntry: opts.workerEntry,
    useWorkers: await worthWorkers(jobs.length, async () => null),
    log: opts.log,
  });
  let at = 0;
  const perRepository = parts.map((p) => {
    const own = analyses.slice(at, (at += p.runs.length));
    const { report } = reportOf(own, {
      config,
      target: p.repository,
      window: p.discovery.window,
      notes: p.discovery.notes,
    });
    return { repository: p.repository, report };
  });
  return {
    perRepository,
    notCovered: notCovered.sort((a, b) => a.repository.localeCompare(b.repository)),
    notes: selection.notes,
  };
}
