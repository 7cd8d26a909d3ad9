// Action sinks: the JSON report file, the job summary, outputs, annotations and the exit status.
import * as core from '@actions/core';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../engine/types.js';
import { renderMarkdown } from '../report/markdown.js';
import { redact } from '../report/sanitize.js';
import type { FailOn } from '../action/inputs.js';

export const SUMMARY_BUDGET = 1024 * 1024 - 4096;

/** Writes the JSON report to RUNNER_TEMP atomically and returns its path. */
export function writeReportFile(report: Report): string {
  const dir = process.env.RUNNER_TEMP || tmpdir();
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'integrity-audit-report.json');
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(report, null, 2) + '\n');
  renameSync(tmp, path);
  return path;
}

export async function writeSummary(report: Report, periodLabel: string, extra = ''): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const body = renderMarkdown(report, { periodLabel, includeState: false, budget: SUMMARY_BUDGET - extra.length });
  await core.summary.addRaw(body + extra, true).write();
}

export function annotate(report: Report): void {
  for (const f of report.findings) {
    if (f.severity === 'info') continue;
    const message = redact(`${f.title.replace(/`/g, '')} (rule ${f.rule}, runs ${f.runs.slice(0, 5).join(', ')}). ${f.recommendation}`);
    const props = { title: `integrity-audit ${f.id}: ${f.rule}` };
    if (f.severity === 'critical') core.error(message, props);
    else core.warning(message, props);
  }
}

export function setCountOutputs(report: Report, reportPath: string): void {
  core.setOutput('critical', String(report.summary.critical));
  core.setOutput('warning', String(report.summary.warning));
  core.setOutput('info', String(report.summary.info));
  core.setOutput('report-path', reportPath);
}

export function failIfNeeded(report: Report, failOn: FailOn): void {
  const { critical, warning } = report.summary;
  if (failOn === 'critical' && critical > 0) core.setFailed(`integrity-audit: ${critical} critical finding(s) (fail-on: critical)`);
  else if (failOn === 'warning' && critical + warning > 0)
    core.setFailed(`integrity-audit: ${critical} critical and ${warning} warning finding(s) (fail-on: warning)`);
}
