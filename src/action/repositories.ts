// The action over many repositories (`repository` with several entries or `owner/⟨glob⟩`s): one audit per
// repository, merged into the job's report (summary, outputs, gates); issues per repository (`issue-mode:
// per-repository`, each as the one-repository audit files it) or one for all (`single`).
import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitHubClient } from '../github/client.js';
import type { Report } from '../model/types.js';
import { auditRepositories } from '../engine/github.js';
import { withApiUsage } from '../engine/budget.js';
import { buildReport } from '../report/build.js';
import { mergeReports } from '../report/merge.js';
import type { RepositoryRow } from '../report/markdown.js';
import { notCoveredNote, parseEntry, type NotCovered } from '../sources/github/repositories.js';
import { upsertIssue, type IssueAction, type IssueResult } from '../sinks/issue.js';
import { errText } from '../util/errors.js';
import { isRateLimited } from '../github/errors.js';
import { mapLimit } from '../util/settle.js';
import type { ActionSettings } from './inputs.js';
import { inShard } from './shard.js';

/**
 * Per-repository issues filed at once: their reads overlap (20 repositories' issue listings in one round trip, within
 * the client's limit on requests in flight); their writes are spaced by the client's throttling all the same.
 */
export const ISSUE_CONCURRENCY = 20;

/** One issue the job touched (the `issues` output). */
export interface TouchedIssue {
  repository: string;
  number: number | null;
  url: string | null;
  action: IssueAction;
}

/** Several entries, or a glob: the many-repository mode. */
export function manyRepositories(settings: ActionSettings): boolean {
  return settings.repositories.length > 1 || settings.repositories.some((e) => parseEntry(e).glob);
}

/** `Integrity Filtering Audit — <owner> (<n> repositories)`: the single issue's title target. */
export function singleTitleTarget(entries: string[], repositories: number): string {
  const owners = [...new Set(entries.map((e) => parseEntry(e).owner))];
  return `${owners.join(', ')} (${repositories} repositor${repositories === 1 ? 'y' : 'ies'})`;
}

/** A line per repository for the log (runs, findings, verdict). */
function repositoryLine(repository: string, r: Report): string {
  const s = r.summary;
  return `${repository}: ${s.runs} run(s), ${s.critical} critical, ${s.warning} warning, ${s.info} info; verdict ${s.verdict}.`;
}

function logDryRun(issue: IssueResult): void {
  if (issue.action !== 'dry-run') return;
  core.info(
    `dry-run: the issue that would be written:\n--- title ---\n${issue.title}\n--- body ---\n${issue.body}`,
  );
  if (issue.comment) core.info(`--- comment ---\n${issue.comment}`);
}

export async function auditManyRepositories(
  settings: ActionSettings,
  client: GitHubClient,
  workerEntry?: URL,
  refused?: (message: string) => void,
): Promise<{ report: Report; issues: TouchedIssue[]; notCovered: number }> {
  const tempRoot = await fs.mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'integrity-audit-'));
  let audits;
  try {
    core.info(
      `integrity-audit: repositories ${settings.repository}, runs from the last ${settings.lookbackHours} h`,
    );
    const { shard } = settings;
    audits = await auditRepositories({
      client,
      entries: settings.repositories,
      lookbackHours: settings.lookbackHours,
      workflows: settings.workflows,
      maxRuns: settings.maxRuns,
      config: settings.config,
      tempRoot,
      workerEntry,
      log: (m) => core.info(m),
      keep: shard ? (repository, runId) => inShard(repository, runId, shard) : undefined,
    });
  } finally {
    await fs
      .rm(tempRoot, { recursive: true, force: true })
      .catch((err: unknown) =>
        core.warning(`integrity-audit: could not remove ${tempRoot}: ${errText(err)}`),
      );
  }
  const extra = [...audits.notes, ...audits.notCovered.map(notCoveredNote)];
  const merged =
    audits.perRepository.length > 0
      ? mergeReports(audits.perRepository.map((a) => ({ source: a.repository, report: a.report })))
      : buildReport([], [], { target: null, window: { from: null, to: null } });
  const perRepository = audits.perRepository.map((a) => repositoryLine(a.repository, a.report));
  const notes = [...extra, ...(merged.notes ?? [])];
  let report: Report = { ...merged, target: settings.repository };
  if (notes.length > 0) report.notes = [...new Set(notes)];
  // Fail closed: a repository the token could not read leaves the audit short of clean.
  if (audits.notCovered.length > 0 && report.summary.verdict === 'clean')
    report.summary.verdict = 'incomplete';
  // The API requests and rate limit, and the runs and repositories the budget left out.
  report = withApiUsage(report, client);
  for (const line of perRepository) core.info(`integrity-audit: ${line}`);
  for (const n of audits.notCovered) core.warning(`integrity-audit: ${notCoveredNote(n)}`);

  const notCovered = audits.notCovered.length;
  if (settings.shard) return { report, issues: [], notCovered };
  return {
    report,
    issues: await fileManyIssues(settings, client, report, audits.perRepository, audits.notCovered, refused),
    notCovered,
  };
}

/** A run's repository, from its link (`https://HOST/OWNER/REPO/actions/runs/ID`). */
function repositoryOfRun(url: string | null): string | null {
  return /\/([^/]+\/[^/]+)\/actions\/runs\/\d+/.exec(url ?? '')?.[1] ?? null;
}

/**
 * The merge job over many repositories: the merged report split back into one report per repository (its runs and
 * their findings, rebuilt as one audit of them), for the per-repository issues.
 */
export function splitByRepository(report: Report): { repository: string; report: Report }[] {
  const groups = new Map<string, Set<string>>();
  for (const r of report.runs) {
    const repository = repositoryOfRun(r.url);
    if (!repository) continue;
    const key = [...groups.keys()].find((k) => k.toLowerCase() === repository.toLowerCase()) ?? repository;
    groups.set(key, (groups.get(key) ?? new Set()).add(r.id));
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([repository, ids]) => {
      const part: Report = {
        ...report,
        target: repository,
        runs: report.runs.filter((r) => ids.has(r.id)),
        runFindings: (report.runFindings ?? []).filter((f) => ids.has(f.run)),
        notes: undefined,
        api: undefined,
      };
      return { repository, report: mergeReports([{ source: repository, report: part }]) };
    });
}

/**
 * The issues of many repositories: each audited repository its own (`per-repository`, found by its own marker), or
 * one for all (`single`, titled by owner and count). A rate limit that refuses filing stops it: `refused` hears why
 * (the job still writes its report and summary, then fails), and the issues filed so far are returned.
 */
export async function fileManyIssues(
  settings: ActionSettings,
  client: GitHubClient,
  report: Report,
  perRepository: { repository: string; report: Report }[],
  notCovered: NotCovered[] = [],
  refused?: (message: string) => void,
): Promise<TouchedIssue[]> {
  try {
    return await fileEach(settings, client, report, perRepository, notCovered);
  } catch (err) {
    if (!refused || !(err instanceof FilingRefused)) throw err instanceof FilingRefused ? err.cause : err;
    refused(
      `integrity-audit: ${err.repository}: the issue could not be filed: ${errText(err.cause).split('\n', 1)[0]}`,
    );
    return err.filed;
  }
}

/** Filing refused by a rate limit, with the issues filed before. */
class FilingRefused extends Error {
  constructor(
    readonly repository: string,
    override readonly cause: unknown,
    readonly filed: TouchedIssue[],
  ) {
    super(errText(cause));
  }
}

async function fileEach(
  settings: ActionSettings,
  client: GitHubClient,
  report: Report,
  perRepository: { repository: string; report: Report }[],
  notCovered: NotCovered[],
): Promise<TouchedIssue[]> {
  const issues: TouchedIssue[] = [];
  const upsert = async (r: Report, opts: Parameters<typeof upsertIssue>[1]) => {
    try {
      return await upsertIssue(r, opts);
    } catch (err) {
      if (isRateLimited(err)) throw new FilingRefused(opts.target, err, issues);
      throw err;
    }
  };
  const options = {
    client,
    issueRepository: settings.issueRepository,
    titlePrefix: settings.titlePrefix,
    labels: settings.labels,
    rotateDays: settings.rotateDays,
    dryRun: settings.dryRun,
    periodLabel: settings.periodLabel,
    log: (m: string) => core.info(m),
  };
  if (settings.issueMode === 'single') {
    // The issue carries a table of the repositories (runs, findings, verdict), the unreadable ones too.
    const repositories: RepositoryRow[] = [
      ...perRepository,
      ...notCovered.map((n) => ({ repository: n.repository, report: null, reason: n.reason })),
    ].sort((a, b) => a.repository.localeCompare(b.repository));
    const issue = await upsert(report, {
      ...options,
      target: report.target ?? settings.repository,
      titleTarget: singleTitleTarget(settings.repositories, perRepository.length),
      repositories,
    });
    logDryRun(issue);
    issues.push({
      repository: report.target ?? settings.repository,
      number: issue.number,
      url: issue.url,
      action: issue.action,
    });
  } else {
    // Each repository its own issue, found by its own marker, today's title and lifecycle: ISSUE_CONCURRENCY at once
    // (each is a few reads, the listing of the issue repository's audit issues first; the throttling still spaces
    // the writes), listed in the order of the repositories. A rate limit that refuses one stops the filing: no other
    // starts, those under way finish, and FilingRefused names every issue filed.
    const order = new Map(perRepository.map((a, i) => [a.repository, i]));
    await mapLimit(perRepository, ISSUE_CONCURRENCY, async (a) => {
      const issue = await upsert(a.report, { ...options, target: a.repository });
      logDryRun(issue);
      issues.push({ repository: a.repository, number: issue.number, url: issue.url, action: issue.action });
    });
    issues.sort((x, y) => order.get(x.repository)! - order.get(y.repository)!);
  }
  return issues;
}

const ACTION_RANK: IssueAction[] = ['none', 'dry-run', 'unchanged', 'updated', 'created'];

/** The `issue-action` of several issues: the strongest (created over updated over unchanged). */
export function overallAction(issues: TouchedIssue[]): IssueAction {
  return issues.reduce<IssueAction>(
    (a, i) => (ACTION_RANK.indexOf(i.action) > ACTION_RANK.indexOf(a) ? i.action : a),
    'none',
  );
}
