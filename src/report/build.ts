// Builds the JSON report (schemaVersion 1): merges per-run findings that share a fingerprint (unless the rule keeps
// them per run), numbers them C-n / W-n / I-n in report order, and sums the counts.
import { createHash } from 'node:crypto';
import type { Finding, RawFinding, Report, RunFacts, RunFinding } from '../model/types.js';
import { SEVERITY_RANK } from '../model/types.js';
import { RULES, messageTitle, ruleById } from '../rules/index.js';
import { redact, redactDeep, redactInline } from '../util/sanitize.js';
import { verdictOf } from './verdict.js';

export const MAX_EVIDENCE_PER_FINDING = 5;

export function fingerprintOf(rule: string, key: Record<string, unknown>): string {
  const canonical = JSON.stringify(
    Object.keys(key)
      .sort()
      .map((k) => [k, key[k]]),
  );
  return createHash('sha256').update(`${rule}\u0000${canonical}`).digest('hex').slice(0, 16);
}

export interface BuildOptions {
  target: string | null;
  window: { from: string | null; to: string | null };
  generatedAt?: Date;
  notes?: string[];
}

const RULE_ORDER = new Map(RULES.map((r, i) => [r.meta.id, i]));

export function buildReport(runs: RunFacts[], raw: RawFinding[], options: BuildOptions): Report {
  const merged = new Map<string, Finding & { order: number; minRuns?: number }>();
  let order = 0;
  for (const r of raw) {
    const rule = ruleById(r.rule);
    const fingerprint = r.fingerprint ?? fingerprintOf(r.rule, r.key);
    const mergeKey = rule?.meta.perRun ? `${fingerprint}\u0000${r.run}` : `${fingerprint}\u0000${r.severity}`;
    const existing = merged.get(mergeKey);
    if (!existing) {
      merged.set(mergeKey, {
        id: '',
        rule: r.rule,
        severity: r.severity,
        title: r.title,
        ...(r.message ? { message: r.message } : {}),
        ...(r.minRuns !== undefined ? { minRuns: r.minRuns } : {}),
        runs: [r.run],
        count: r.count,
        details: r.details,
        evidence: r.evidence.slice(0, MAX_EVIDENCE_PER_FINDING),
        fingerprint,
        recommendation: r.recommendation,
        order: order++,
      });
      continue;
    }
    if (!existing.runs.includes(r.run)) existing.runs.push(r.run);
    existing.count += r.count;
    const lowerBound = existing.details.lowerBound === true || r.details.lowerBound === true;
    existing.details = rule?.mergeDetails ? rule.mergeDetails(existing.details, r.details) : existing.details;
    // A count summed with a lower bound is a lower bound (an incomplete JSONL in one of the runs).
    if (lowerBound) existing.details = { ...existing.details, lowerBound: true };
    for (const e of r.evidence)
      if (existing.evidence.length < MAX_EVIDENCE_PER_FINDING) existing.evidence.push(e);
  }
  // A cross-run finding stays only where it repeats (repeated-filtering: the same item filtered in n runs).
  const findings = [...merged.values()]
    .filter((f) => f.runs.length >= (f.minRuns ?? 1))
    .sort(
      (a, b) =>
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        (RULE_ORDER.get(a.rule) ?? 99) - (RULE_ORDER.get(b.rule) ?? 99) ||
        a.order - b.order,
    );
  // Titles and recommendations with numbers are rendered from the merged details, count and runs.
  for (const f of findings) {
    const rule = ruleById(f.rule);
    if (rule?.message) f.message = rule.message(f.details, f.count, f.runs.length);
    const recommendation = rule?.recommendation?.(f.details, f.count, f.runs.length);
    if (recommendation !== undefined) f.recommendation = recommendation;
  }
  const counters = { critical: 0, warning: 0, info: 0 };
  const prefix = { critical: 'C', warning: 'W', info: 'I' } as const;
  // Secrets are redacted in everything a log could have put in the report (details, titles, excerpts, run names), not
  // only where a renderer looks: the JSON report is written out as it is.
  // The title is the plain text of the redacted message (each value redacted on its own, then the whole).
  const out: Finding[] = findings.map(({ order: _order, minRuns: _minRuns, ...f }) => {
    counters[f.severity]++;
    const clean = redactDeep(f);
    return {
      ...clean,
      id: `${prefix[f.severity]}-${counters[f.severity]}`,
      title: redact(clean.message && ruleById(f.rule) ? messageTitle(f.rule, clean.message) : f.title),
    };
  });
  const report: Report = {
    schemaVersion: 1,
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    target: options.target,
    window: options.window,
    summary: {
      runs: runs.length,
      runsWithArtifacts: runs.filter((r) => r.coverage !== 'none').length,
      critical: counters.critical,
      warning: counters.warning,
      info: counters.info,
      verdict: verdictOf(counters, runs),
    },
    runs: redactDeep(runs),
    findings: out,
  };
  if (options.notes && options.notes.length > 0) report.notes = redactDeep(options.notes);
  report.runFindings = raw.map(runFindingOf);
  return report;
}

/**
 * A run's finding as `runFindings[]` keeps it: redacted as `findings[]` are, the evidence this report could show of it
 * (the first five), and its key only as the fingerprint (as in `findings[]`), so a merge (report/merge.ts) gives what
 * one audit would.
 */
export function runFindingOf(r: RawFinding): RunFinding {
  const { title, evidence, fingerprint, key: _key, ...rest } = r;
  return {
    ...redactDeep(rest),
    title: redactInline(title),
    evidence: redactDeep(evidence.slice(0, MAX_EVIDENCE_PER_FINDING)),
    fingerprint: fingerprint ?? fingerprintOf(r.rule, r.key),
  };
}
