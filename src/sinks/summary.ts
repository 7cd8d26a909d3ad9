// Action sinks: the JSON report file, the job summary, outputs, annotations and the exit status.
import * as core from '@actions/core';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../model/types.js';
import { renderMarkdown } from '../report/markdown.js';
import { plainRuleText, richPlain, titleText } from '../report/finding-text.js';
import { redact } from '../util/sanitize.js';
import { gate, type GateOptions } from '../report/verdict.js';
import { writePrettyJsonFile } from '../util/json-pieces.js';

export const SUMMARY_BUDGET = 1024 * 1024 - 4096;

/** Writes the JSON report to RUNNER_TEMP atomically and returns its path (`name`: a shard's own file name). */
export function writeReportFile(report: Report, name = 'integrity-audit-report.json'): string {
  const dir = process.env.RUNNER_TEMP || tmpdir();
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  // Piece by piece (util/json-pieces.ts): a report of thousands of findings is never held whole as text.
  writePrettyJsonFile(path, `${path}.tmp-${process.pid}`, report);
  return path;
}

/** The job summary's Markdown: the report's tables within the summary budget (bytes), then `extra` (the issue link). */
export function summaryMarkdown(report: Report, periodLabel: string, extra = ''): string {
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
  return (
    renderMarkdown(report, {
      periodLabel,
      includeState: false,
      budget: SUMMARY_BUDGET - bytes(extra),
      size: bytes,
    }) + extra
  );
}

export async function writeSummary(report: Report, periodLabel: string, extra = ''): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(summaryMarkdown(report, periodLabel, extra), true).write();
}

export interface Annotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
}

/** One annotation per critical or warning finding: plain text (annotations render no Markdown), redacted. */
export function annotationsOf(report: Report): Annotation[] {
  return report.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => ({
      level: f.severity === 'critical' ? 'error' : 'warning',
      title: `integrity-audit ${f.id}: ${f.rule}`,
      message: redact(
        `${richPlain(titleText(f))} (rule ${f.rule}, runs ${f.runs.slice(0, 5).join(', ')}). ${plainRuleText(f.recommendation)}`,
      ),
    }));
}

export function annotate(report: Report): void {
  for (const a of annotationsOf(report)) {
    if (a.level === 'error') core.error(a.message, { title: a.title });
    else core.warning(a.message, { title: a.title });
  }
}

export function setCountOutputs(report: Report, reportPath: string): void {
  core.setOutput('critical', String(report.summary.critical));
  core.setOutput('warning', String(report.summary.warning));
  core.setOutput('info', String(report.summary.info));
  core.setOutput('verdict', report.summary.verdict);
  core.setOutput('report-path', reportPath);
}

/** The `fail-on` / `require-full-coverage` gate (the CLI's, report/verdict.ts): fails the step with one line saying why. */
export function failIfNeeded(report: Report, opts: GateOptions): void {
  const { reason } = gate(report, opts);
  if (reason) core.setFailed(reason);
}
