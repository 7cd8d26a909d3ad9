// The action: read the settings (inputs and config file, action/inputs.ts), audit (a local folder, the repository's
// recent runs, or one shard's share of them) through the engine's one entry (auditRuns) or merge shard reports
// (`reports-path`), write the sinks, pass the one gate.
import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ConfigError } from '../config.js';
import { auditRuns, localJobs, worthWorkers, type AuditOptions } from '../engine/audit.js';
import { discoverRepository, RUN_CONCURRENCY, withArtifactIndex } from '../engine/github.js';
import {
  dedupeRuns,
  describeNoRun,
  discoverRuns as discoverLocalRuns,
  pathErrorText,
  runIdFromName,
  totalBytes,
  type LocalRunRef,
} from '../sources/local.js';
import { prepareRun } from '../sources/github.js';
import { apiBudget, createClient } from '../github/client.js';
import type { ApiBudget } from '../github/budget.js';
import { budgetNote, withApiUsage } from '../engine/budget.js';
import { isRateLimited, PermissionError } from '../github/errors.js';
import { upsertIssue, type IssueResult } from '../sinks/issue.js';
import { getSettings, InputError, type ActionSettings } from './inputs.js';
import { annotate, failIfNeeded, setCountOutputs, writeReportFile, writeSummary } from '../sinks/summary.js';
import { writeSarifFile } from '../sinks/sarif-file.js';
import type { Report } from '../model/types.js';
import { gate, notFullyAudited } from '../report/verdict.js';
import { errText } from '../util/errors.js';
import { mergeWithSuppressions, MergeError, parseReport, type ReportSource } from '../report/merge.js';
import { inShard, reportFiles, shardReportName } from './shard.js';
import {
  auditManyRepositories,
  fileManyIssues,
  manyRepositories,
  overallAction,
  splitByRepository,
  type TouchedIssue,
} from './repositories.js';

export interface RunOptions {
  /** The bundle to start analysis workers from. */
  workerEntry?: URL;
}

/** The runs under `logs-path`; a path that holds none is a wrong input, said in one line. */
async function localRuns(path: string): Promise<LocalRunRef[]> {
  let refs: LocalRunRef[];
  try {
    refs = await dedupeRuns(await discoverLocalRuns(path));
  } catch (err) {
    throw new InputError(`Input "logs-path" (${path}): ${pathErrorText(err)}`);
  }
  if (refs.length === 0) throw new InputError(`Input "logs-path" (${path}): ${await describeNoRun(path)}`);
  return refs;
}

/** The engine options every audit of the action shares (the CLI builds the same from its settings). */
function auditOptions(settings: ActionSettings, workerEntry: URL | undefined): AuditOptions {
  return {
    config: settings.config,
    target: settings.repository || null,
    window: { from: null, to: null },
    workerEntry,
    log: (m) => core.info(m),
  };
}

async function auditLocal(settings: ActionSettings, workerEntry?: URL): Promise<Report> {
  const refs = await localRuns(settings.logsPath!);
  core.info(`integrity-audit: auditing ${refs.length} run(s) under ${settings.logsPath}`);
  const { report } = await auditRuns(
    localJobs(refs, (p) => runIdFromName(basename(p))),
    {
      ...auditOptions(settings, workerEntry),
      useWorkers: await worthWorkers(refs.length, async () => totalBytes(refs)),
      localInput: true,
    },
  );
  return report;
}

async function auditRepository(
  settings: ActionSettings,
  client: ReturnType<typeof createClient>,
  workerEntry?: URL,
): Promise<Report> {
  const tempRoot = await fs.mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'integrity-audit-'));
  try {
    core.info(
      `integrity-audit: listing agentic runs of ${settings.repository} from the last ${settings.lookbackHours} h`,
    );
    const sourceOptions = {
      client,
      repository: settings.repository,
      lookbackHours: settings.lookbackHours,
      workflows: settings.workflows,
      maxRuns: settings.maxRuns,
      tempRoot,
      log: (m: string) => core.info(m),
    };
    const { config } = settings;
    const { discovery, isPrivate, early } = await discoverRepository(
      sourceOptions,
      config.repositoryVisibility,
      true,
    );
    const { shard } = settings;
    const runs = shard
      ? discovery.runs.filter((run) => inShard(settings.repository, run.id, shard))
      : discovery.runs;
    core.info(
      shard
        ? `integrity-audit: shard ${shard.index + 1}/${shard.count}: ${runs.length} of ${discovery.runs.length} run(s) to audit`
        : `integrity-audit: ${runs.length} run(s) to audit`,
    );
    const withIndex = withArtifactIndex(sourceOptions, runs, early);
    const { report } = await auditRuns(
      runs.map((run) => ({
        id: String(run.id),
        createdAt: run.created_at,
        prepare: () => prepareRun(withIndex, run, isPrivate),
      })),
      {
        ...auditOptions(settings, workerEntry),
        window: discovery.window,
        notes: discovery.notes,
        concurrency: RUN_CONCURRENCY,
        useWorkers: await worthWorkers(runs.length, async () => null),
        rethrow: (err) => err instanceof PermissionError,
      },
    );
    return report;
  } finally {
    // Runs in flight finish before an error gets here (mapLimit, settleAll), so this removes a quiet folder; if it
    // still fails, the audit's own result or error is what the user needs, not this one.
    await fs
      .rm(tempRoot, { recursive: true, force: true })
      .catch((err: unknown) =>
        core.warning(`integrity-audit: could not remove ${tempRoot}: ${errText(err)}`),
      );
  }
}

/**
 * The merge job: the shard reports under `reports-path`, merged into the report of one audit over all their runs, with
 * the config's suppressions applied to the merged report as at the end of one audit (`merge --config` does the same).
 */
async function mergeShardReports(pattern: string, suppressions: unknown): Promise<Report> {
  const files = await reportFiles(pattern);
  if (files.length === 0)
    throw new InputError(
      `Input "reports-path" (${pattern}): no report file (*.json) found; download the shard reports there first (actions/download-artifact)`,
    );
  const reports: ReportSource[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      throw new InputError(`Input "reports-path": ${file}: ${pathErrorText(err)}`);
    }
    try {
      reports.push({ source: file, report: parseReport(text, file) });
    } catch (err) {
      if (err instanceof MergeError) throw new InputError(`Input "reports-path": ${err.message}`);
      throw err;
    }
  }
  const report = mergeWithSuppressions(reports, suppressions);
  core.info(
    `integrity-audit: merged ${files.length} report(s) under ${pattern}: ${report.summary.runs} run(s)`,
  );
  return report;
}

/** The repository the issue is about: the merged reports' one target, else the `repository` input. */
function issueTarget(settings: ActionSettings, report: Report): string {
  if (settings.mode === 'merge' && report.target && !report.target.includes(',')) return report.target;
  return settings.repository;
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0];
}

export async function run(options: RunOptions = {}): Promise<void> {
  try {
    const settings = getSettings();
    let report: Report;
    let issue: IssueResult | null = null;
    /** Many repositories: every issue touched (the `issues` output). */
    let touched: TouchedIssue[] | null = null;
    /** Many repositories: how many the token could not read (they fail `require-full-coverage`). */
    let notCovered = 0;
    /** The REST API requests this job made and the rate limit (retries included; storage downloads, which are not
     * API calls, not). */
    let budget: ApiBudget | null = null;
    /** Filing the issue was refused by a rate limit: the step fails after writing everything else. */
    let issueRefused: string | null = null;
    if (settings.mode === 'local') {
      report = await auditLocal(settings, options.workerEntry);
    } else {
      const client = createClient({
        token: settings.githubToken,
        baseUrl: settings.apiUrl,
        log: (m) => core.info(m),
        reserve: settings.apiReserve,
      });
      budget = apiBudget(client) ?? null;
      if (settings.mode === 'repository' && manyRepositories(settings))
        ({
          report,
          issues: touched,
          notCovered,
        } = await auditManyRepositories(settings, client, options.workerEntry, (m) => (issueRefused = m)));
      else
        report =
          settings.mode === 'merge'
            ? await mergeShardReports(settings.reportsPath!, settings.config.suppressions)
            : withApiUsage(await auditRepository(settings, client, options.workerEntry), client);
      // Merging the shards of many repositories: their issues, as the one job over them files them.
      if (settings.mode === 'merge' && manyRepositories(settings)) {
        report = { ...report, target: settings.repository };
        touched = await fileManyIssues(
          settings,
          client,
          report,
          splitByRepository(report),
          [],
          (m) => (issueRefused = m),
        );
      }
      // A shard files no issue: the merge job files the one issue of the whole audit.
      if (!settings.shard && !touched) {
        try {
          issue = await upsertIssue(report, {
            client,
            issueRepository: settings.issueRepository,
            target: issueTarget(settings, report),
            titlePrefix: settings.titlePrefix,
            labels: settings.labels,
            rotateDays: settings.rotateDays,
            dryRun: settings.dryRun,
            periodLabel: settings.periodLabel,
            log: (m) => core.info(m),
          });
        } catch (err) {
          // The API budget spent before the issue could be filed: the report, the job summary and the outputs are
          // still written (they say what the audit found and what it left out), and the step fails saying why.
          if (!isRateLimited(err)) throw err;
          issueRefused = `integrity-audit: the issue could not be filed: ${firstLine(errText(err))} (api-reserve keeps requests for it; docs/SCALE.md)`;
        }
        if (issue?.action === 'dry-run') {
          core.info(
            `dry-run: the issue that would be written:\n--- title ---\n${issue.title}\n--- body ---\n${issue.body}`,
          );
          if (issue.comment) core.info(`--- comment ---\n${issue.comment}`);
        }
      }
    }
    const reportPath = writeReportFile(report, settings.shard ? shardReportName(settings.shard) : undefined);
    core.setOutput('sarif-path', writeSarifFile(report, core.getInput('sarif-path') || null));
    if (touched?.length === 1) {
      const [t] = touched;
      issue = {
        action: t.action,
        number: t.number,
        url: t.url,
        title: '',
        body: '',
        comment: null,
        closed: [],
      };
    }
    const issues: TouchedIssue[] =
      touched ??
      (issue && issue.action !== 'none'
        ? [
            {
              repository: issueTarget(settings, report),
              number: issue.number,
              url: issue.url,
              action: issue.action,
            },
          ]
        : []);
    const link =
      touched && touched.length > 1
        ? `\n\n**Audit issues**: ${touched.map((t) => (t.url ? `[#${t.number}](${t.url}) (${t.repository}, ${t.action})` : `${t.repository} (${t.action})`)).join(', ')}\n`
        : issue?.url
          ? `\n\n**Audit issue**: [#${issue.number}](${issue.url}) (${issue.action})\n`
          : '';
    await writeSummary(report, settings.periodLabel, link);
    // A shard's findings are annotated once, by the merge job.
    if (!settings.shard) annotate(report);
    setCountOutputs(report, reportPath);
    core.setOutput(
      'issue-action',
      touched && touched.length > 1 ? overallAction(touched) : (issue?.action ?? 'none'),
    );
    core.setOutput(
      'issues',
      JSON.stringify(issues.map((i) => (i.action === 'dry-run' ? { ...i, number: null, url: null } : i))),
    );
    core.setOutput(
      'issue-number',
      issue?.number != null && issue.action !== 'dry-run' ? String(issue.number) : '',
    );
    core.setOutput('issue-url', issue?.url && issue.action !== 'dry-run' ? issue.url : '');
    const partial = report.runs.filter(notFullyAudited);
    if (partial.length > 0) {
      core.warning(
        `integrity-audit: ${partial.length} run(s) not fully audited: ${partial
          .slice(0, 10)
          .map((r) => `${r.id} (${r.coverage}${r.coverageNotes?.[0] ? `: ${r.coverageNotes[0]}` : ''})`)
          .join('; ')}`,
      );
    }
    if (budget !== null) {
      const apiRequests = budget.requests;
      core.info(
        `integrity-audit: ${apiRequests} API request(s)${report.summary.runs > 0 && settings.mode !== 'merge' ? `, ${(apiRequests / report.summary.runs).toFixed(1)} per run` : ''}`,
      );
    }
    if (report.api?.cutShort) core.warning(`integrity-audit: ${budgetNote(report.api.cutShort, report)}`);
    core.info(
      `integrity-audit: verdict ${report.summary.verdict}; ${report.summary.runs} run(s), ${report.summary.critical} critical, ${report.summary.warning} warning, ${report.summary.info} info; issue ${issue?.action ?? 'none'}; report at ${reportPath}`,
    );
    failIfNeeded(report, { failOn: settings.failOn, requireFullCoverage: settings.requireFullCoverage });
    if (issueRefused) core.setFailed(issueRefused);
    if (settings.requireFullCoverage && notCovered > 0 && gate(report, settings).code === 0)
      core.setFailed(
        `integrity-audit: ${notCovered} repositor${notCovered === 1 ? 'y' : 'ies'} not covered (require-full-coverage)`,
      );
  } catch (err) {
    if (err instanceof InputError || err instanceof ConfigError || err instanceof PermissionError)
      core.setFailed(err.message);
    else {
      // One line for the step's error; the stack trace only in the debug log (ACTIONS_STEP_DEBUG).
      if (err instanceof Error && err.stack) core.debug(err.stack);
      core.setFailed(
        `integrity-audit failed: ${firstLine(err instanceof Error ? err.message : String(err))}`,
      );
    }
  }
}
