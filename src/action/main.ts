// The action: read inputs, audit (a local folder, or the repository's recent runs), write the sinks.
import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { DEFAULT_CONFIG, loadConfigFile, ConfigError, type AuditConfig } from '../config.js';
import { RULE_SPECS } from '../rules/index.js';
import { auditRuns, localJobs, worthWorkers } from '../engine/audit.js';
import {
  dedupeRuns,
  describeNoRun,
  discoverRuns as discoverLocalRuns,
  pathErrorText,
  runIdFromName,
  totalBytes,
  type LocalRunRef,
} from '../sources/local.js';
import { discoverRuns, prepareRun, repositoryIsPrivate } from '../sources/github.js';
import { createClient } from '../github/client.js';
import { PermissionError } from '../github/errors.js';
import { upsertIssue, type IssueResult } from '../sinks/issue.js';
import { getInputs, InputError, type Inputs } from './inputs.js';
import { annotate, failIfNeeded, setCountOutputs, writeReportFile, writeSummary } from '../sinks/summary.js';
import type { Report } from '../model/types.js';
import { notFullyAudited } from '../report/verdict.js';
import { errText } from '../util/errors.js';

/** Runs fetched and analysed at once: downloads overlap, so many runs cost little more than the slowest. */
const RUN_CONCURRENCY = 8;

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

async function auditLocal(inputs: Inputs, config: AuditConfig, workerEntry?: URL): Promise<Report> {
  const refs = await localRuns(inputs.logsPath!);
  core.info(`integrity-audit: auditing ${refs.length} run(s) under ${inputs.logsPath}`);
  const { report } = await auditRuns(
    localJobs(refs, (p) => runIdFromName(basename(p))),
    {
      config,
      target: inputs.repository || null,
      window: { from: null, to: null },
      workerEntry,
      useWorkers: await worthWorkers(refs.length, () => totalBytes(refs)),
      log: (m) => core.info(m),
    },
  );
  return report;
}

async function auditRepository(
  inputs: Inputs,
  config: AuditConfig,
  client: ReturnType<typeof createClient>,
  workerEntry?: URL,
): Promise<Report> {
  const tempRoot = await fs.mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'integrity-audit-'));
  try {
    core.info(
      `integrity-audit: listing agentic runs of ${inputs.repository} from the last ${inputs.lookbackHours} h`,
    );
    const sourceOptions = {
      client,
      repository: inputs.repository,
      lookbackHours: inputs.lookbackHours,
      workflows: inputs.workflows,
      maxRuns: inputs.maxRuns,
      tempRoot,
      log: (m: string) => core.info(m),
    };
    const discovery = await discoverRuns(sourceOptions);
    core.info(`integrity-audit: ${discovery.runs.length} run(s) to audit`);
    const isPrivate = config.repositoryVisibility
      ? config.repositoryVisibility === 'private'
      : await repositoryIsPrivate(client, inputs.repository);
    const { report } = await auditRuns(
      discovery.runs.map((run) => ({
        id: String(run.id),
        prepare: () => prepareRun(sourceOptions, run, isPrivate),
      })),
      {
        config,
        target: inputs.repository,
        window: discovery.window,
        notes: discovery.notes,
        concurrency: RUN_CONCURRENCY,
        workerEntry,
        useWorkers: await worthWorkers(discovery.runs.length, async () => null),
        log: (m) => core.info(m),
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

function firstLine(text: string): string {
  return text.split('\n', 1)[0];
}

function periodLabel(inputs: Inputs): string {
  return inputs.logsPath ? 'Local logs' : `Last ${inputs.lookbackHours} hours`;
}

export async function run(options: RunOptions = {}): Promise<void> {
  try {
    const inputs = getInputs();
    const config = inputs.configPath ? loadConfigFile(inputs.configPath, RULE_SPECS) : DEFAULT_CONFIG;
    let report: Report;
    let issue: IssueResult | null = null;
    if (inputs.logsPath) {
      report = await auditLocal(inputs, config, options.workerEntry);
    } else {
      if (!inputs.githubToken)
        throw new InputError(
          'Input "github-token" is empty: pass a token with `actions: read` and `issues: write`.',
        );
      const client = createClient({
        token: inputs.githubToken,
        baseUrl: inputs.apiUrl,
        log: (m) => core.info(m),
      });
      report = await auditRepository(inputs, config, client, options.workerEntry);
      issue = await upsertIssue(report, {
        client,
        issueRepository: inputs.issueRepository,
        target: inputs.repository,
        titlePrefix: inputs.titlePrefix,
        labels: inputs.labels,
        rotateDays: inputs.rotateDays,
        dryRun: inputs.dryRun,
        periodLabel: periodLabel(inputs),
        log: (m) => core.info(m),
      });
      if (issue.action === 'dry-run') {
        core.info(
          `dry-run: the issue that would be written:\n--- title ---\n${issue.title}\n--- body ---\n${issue.body}`,
        );
        if (issue.comment) core.info(`--- comment ---\n${issue.comment}`);
      }
    }
    const reportPath = writeReportFile(report);
    const link = issue?.url
      ? `\n\n**Audit issue**: [#${issue.number}](${issue.url}) (${issue.action})\n`
      : '';
    await writeSummary(report, periodLabel(inputs), link);
    annotate(report);
    setCountOutputs(report, reportPath);
    core.setOutput('issue-action', issue?.action ?? 'none');
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
    core.info(
      `integrity-audit: verdict ${report.summary.verdict}; ${report.summary.runs} run(s), ${report.summary.critical} critical, ${report.summary.warning} warning, ${report.summary.info} info; issue ${issue?.action ?? 'none'}; report at ${reportPath}`,
    );
    failIfNeeded(report, { failOn: inputs.failOn, requireFullCoverage: inputs.requireFullCoverage });
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
