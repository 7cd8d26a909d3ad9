// The audit's verdict (DESIGN.md "JSON report": `summary.verdict`) and the gate that turns it into an exit status.
// One module for the CLI and the action, so both fail for the same reasons with the same words. Fail closed: an
// audit is `clean` only when every run's evidence was read in full.
import type { FailOn, Report, RunFacts, Verdict } from '../model/types.js';
import { redact } from '../util/sanitize.js';

export type { FailOn, Verdict };

/**
 * Runs the audit could not vouch for: coverage partial or none, except a run whose agent never ran (its evidence
 * explains why there are no logs, e.g. the activation rate limit).
 */
export function notFullyAudited(r: RunFacts): boolean {
  return r.coverage === 'partial' || (r.coverage === 'none' && r.agentInvoked !== false);
}

/**
 * `findings`: a critical or warning finding. Otherwise `inconclusive` when no run could be audited at all (no run,
 * or every run with coverage none), `incomplete` when some run was not fully audited, else `clean`.
 */
export function verdictOf(
  summary: { critical: number; warning: number },
  runs: readonly RunFacts[],
): Verdict {
  if (summary.critical + summary.warning > 0) return 'findings';
  if (!runs.some((r) => r.coverage !== 'none')) return 'inconclusive';
  if (runs.some(notFullyAudited)) return 'incomplete';
  return 'clean';
}

/** Why a run was not (fully) audited, in a few words (its first coverage note). */
export function whyNotAudited(r: RunFacts): string {
  return (
    r.coverageNotes?.[0] ??
    (r.coverage === 'none' ? 'no evidence artifact or log file found' : 'some evidence could not be read')
  );
}

/** The runs a verdict other than `clean` is about: those not fully audited (for `inconclusive`: every run). */
export function uncoveredRuns(report: Report): RunFacts[] {
  return report.summary.verdict === 'inconclusive' ? report.runs : report.runs.filter(notFullyAudited);
}

/** Why nothing was audited (verdict `inconclusive`), as one sentence without the run list. */
export function inconclusiveReason(report: Report): string {
  if (report.runs.length === 0)
    return report.window.from && report.window.to
      ? `no completed agentic run in the audit window (${report.window.from} → ${report.window.to})`
      : 'no run was given, so there was no evidence to read';
  return `no run had evidence that could be read (${report.runs.length} ${report.runs.length === 1 ? 'run' : 'runs'})`;
}

export interface GateOptions {
  failOn: FailOn;
  requireFullCoverage: boolean;
}

export interface GateResult {
  /** 0 pass; 3 findings at or above `failOn`; 4 the audit could not vouch for the runs (see DESIGN.md "CLI"). */
  code: 0 | 3 | 4;
  /** One line saying why the gate failed (null when it passed). */
  reason: string | null;
}

function oneLine(text: string): string {
  return redact(text).replace(/[\u0000-\u001f\u007f]+/g, ' ');
}

function runList(runs: RunFacts[], max = 5): string {
  // Run ids and notes come from logs and file names: redacted, on one line, without control characters.
  const shown = runs
    .slice(0, max)
    .map((r) => oneLine(`${r.id} (${r.coverage}: ${whyNotAudited(r)})`).slice(0, 300));
  return shown.join('; ') + (runs.length > max ? `; and ${runs.length - max} more` : '');
}

/**
 * The gate of the CLI (`--fail-on`, `--require-full-coverage`) and the action (`fail-on`, `require-full-coverage`).
 * Findings at or above `failOn` fail with 3. An audit that could not vouch for its runs fails with 4: `inconclusive`
 * whenever a `failOn` level is set, and with `requireFullCoverage` also any run not fully audited.
 */
export function gate(report: Report, opts: GateOptions): GateResult {
  const { critical, warning } = report.summary;
  const { failOn, requireFullCoverage } = opts;
  if (failOn === 'critical' && critical > 0)
    return { code: 3, reason: `integrity-audit: ${critical} critical finding(s) (fail-on: critical)` };
  if (failOn === 'warning' && critical + warning > 0)
    return {
      code: 3,
      reason: `integrity-audit: ${critical} critical and ${warning} warning finding(s) (fail-on: warning)`,
    };
  const audited = report.runs.some((r) => r.coverage !== 'none');
  if (!audited && (failOn !== 'never' || requireFullCoverage)) {
    const runs = report.runs.length > 0 ? `: ${runList(report.runs)}` : '';
    return {
      code: 4,
      reason: `integrity-audit: verdict inconclusive, nothing was audited (${inconclusiveReason(report)})${runs} (${failOn !== 'never' ? `fail-on: ${failOn}` : 'require-full-coverage'})`,
    };
  }
  const uncovered = report.runs.filter(notFullyAudited);
  if (requireFullCoverage && uncovered.length > 0)
    return {
      code: 4,
      reason: `integrity-audit: ${uncovered.length} run(s) not fully audited: ${runList(uncovered)} (require-full-coverage)`,
    };
  return { code: 0, reason: null };
}
