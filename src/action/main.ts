// The action: read inputs, audit (a local folder, or the repository's recent runs), write the sinks.
import * as core from '@actions/core';
import { basename } from 'node:path';
import { DEFAULT_CONFIG, loadConfigFile, ConfigError } from '../config.js';
import { RULE_IDS } from '../rules/index.js';
import { auditRuns } from '../engine/audit.js';
import { discoverRuns, openLocalRun, runIdFromName } from '../sources/local.js';
import { getInputs, InputError, type Inputs } from './inputs.js';
import { annotate, failIfNeeded, setCountOutputs, writeReportFile, writeSummary } from './sinks.js';
import type { Report } from '../engine/types.js';

async function auditLocal(inputs: Inputs, config: typeof DEFAULT_CONFIG): Promise<Report> {
  const refs = await discoverRuns(inputs.logsPath!);
  core.info(`integrity-audit: auditing ${refs.length} run(s) under ${inputs.logsPath}`);
  const { report } = await auditRuns(
    refs.map((ref) => ({ id: runIdFromName(basename(ref.path)), load: () => openLocalRun(ref) })),
    { config, target: inputs.repository || null, window: { from: null, to: null }, log: (m) => core.info(m) },
  );
  return report;
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const config = inputs.configPath ? loadConfigFile(inputs.configPath, RULE_IDS) : DEFAULT_CONFIG;
    if (!inputs.logsPath) {
      throw new InputError(
        'Auditing a repository\'s runs through the GitHub API is not implemented yet in this version: set "logs-path" to audit a local folder of run logs.',
      );
    }
    const report = await auditLocal(inputs, config);
    const reportPath = writeReportFile(report);
    await writeSummary(report, 'Local logs');
    annotate(report);
    setCountOutputs(report, reportPath);
    core.setOutput('issue-action', 'none');
    core.setOutput('issue-number', '');
    core.setOutput('issue-url', '');
    core.info(`integrity-audit: ${report.summary.critical} critical, ${report.summary.warning} warning, ${report.summary.info} info; report at ${reportPath}`);
    failIfNeeded(report, inputs.failOn);
  } catch (err) {
    if (err instanceof InputError || err instanceof ConfigError) core.setFailed(err.message);
    else core.setFailed(`integrity-audit failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
}
