// The issue body (FORMATS.md §12 layout) and the job summary. Every value from a log goes through sanitize.ts; the
// body is budgeted under GitHub's 65,536-character limit by dropping detail (evidence first), never by cutting
// inside a fence, a `<details>` block or the state comment.
import type { Finding, Report, RunFacts, Severity } from '../model/types.js';
import { ruleById } from '../rules/index.js';
import { code, fence, plain } from '../util/sanitize.js';
import { renderState, stateOf, type AuditState } from './state.js';
import { detailLines, markdownRuleText, markdownTitle, richMarkdown } from './finding-text.js';
import { inconclusiveReason, notFullyAudited, uncoveredRuns, whyNotAudited } from './verdict.js';

export { notFullyAudited };

export const ISSUE_BODY_BUDGET = 60_000;

export interface MarkdownOptions {
  /** e.g. "Last 24 hours" */
  periodLabel?: string;
  /** The previous issue's state, to mark new findings and list resolved ones. */
  previous?: AuditState | null;
  budget?: number;
  /** How the budget is counted: characters (the issue body, GitHub's limit) by default; the job summary's is bytes. */
  size?: (text: string) => number;
  /** Include the hidden state block (issue body) or not (job summary). */
  includeState?: boolean;
  /** Run id → URL when the facts carry none. */
  runUrl?: (id: string) => string | null;
}

const ICON: Record<Severity, string> = { critical: '🔴', warning: '🟡', info: '🟢' };
const SECTION: Record<Severity, string> = {
  critical: 'Critical Findings',
  warning: 'Warnings',
  info: 'Informational',
};
const LABEL: Record<Severity, string> = { critical: 'Critical', warning: 'Warning', info: 'Info' };

interface Detail {
  evidence: Set<Severity>;
  maxFindings: number;
  maxRuns: number;
  details: boolean;
}

const LEVELS: Detail[] = [
  { evidence: new Set(['critical', 'warning', 'info']), maxFindings: 200, maxRuns: 500, details: true },
  { evidence: new Set(['critical', 'warning']), maxFindings: 200, maxRuns: 500, details: true },
  { evidence: new Set(['critical']), maxFindings: 100, maxRuns: 300, details: true },
  { evidence: new Set(), maxFindings: 60, maxRuns: 200, details: false },
  { evidence: new Set(), maxFindings: 25, maxRuns: 100, details: false },
  { evidence: new Set(), maxFindings: 10, maxRuns: 40, details: false },
];

/** An Actions run page (`https://host/owner/repo/actions/runs/123`): the only link the report makes from run data. */
const RUN_URL =
  /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/actions\/runs\/\d+(?:\/attempts\/\d+)?\/?$/;

function runLink(id: string, facts: RunFacts | undefined, opts: MarkdownOptions): string {
  const url = facts?.url ?? opts.runUrl?.(id) ?? null;
  const label = `§${plain(id, 40)}`;
  // A run.json in a logs folder can say anything: an issue URL would cross-link that issue, a malformed one throw.
  return url && RUN_URL.test(url) ? `[${label}](${url})` : label;
}

function renderFinding(
  f: Finding,
  report: Report,
  level: Detail,
  opts: MarkdownOptions,
  isNew: boolean,
): string {
  const facts = new Map(report.runs.map((r) => [r.id, r]));
  const meta = ruleById(f.rule)?.meta;
  const lines: string[] = [];
  lines.push(`#### ${f.id} · ${markdownTitle(f)}${isNew ? ' 🆕' : ''}`);
  const runs = f.runs.slice(0, 10).map((id) => runLink(id, facts.get(id), opts));
  const workflows = [
    ...new Set(f.runs.map((id) => facts.get(id)?.workflow).filter((w): w is string => !!w)),
  ].slice(0, 5);
  lines.push(
    `- **Rule**: ${code(f.rule)} · **Count**: ${f.count} · **Runs**: ${runs.join(', ')}${f.runs.length > 10 ? ` (+${f.runs.length - 10} more)` : ''}` +
      (workflows.length ? ` · **Workflow**: ${workflows.map((w) => plain(w, 80)).join(', ')}` : ''),
  );
  if (level.details) {
    for (const line of detailLines(f)) lines.push(`- ${richMarkdown(line)}`);
    if (meta) lines.push(`- **Why it matters**: ${markdownRuleText(meta.why)}`);
  }
  if (level.evidence.has(f.severity) && f.evidence.length > 0) {
    lines.push('', fence(f.evidence.map((e) => `${e.run} ${e.file}:${e.line}  ${e.excerpt}`)));
  }
  lines.push(`- **Recommendation**: ${markdownRuleText(f.recommendation)}`);
  return lines.join('\n');
}

const VERDICT_ICON = { clean: '✅', findings: '🔴', incomplete: '⚠️', inconclusive: '⬜' } as const;

/** Runs named in the lead line, each with the reason it was not (fully) audited. */
function uncoveredList(report: Report, opts: MarkdownOptions, max = 5): string {
  const runs = uncoveredRuns(report);
  const shown = runs
    .slice(0, max)
    .map((r) => `${runLink(r.id, r, opts)} (${r.coverage}: ${code(whyNotAudited(r), 160)})`);
  return shown.join('; ') + (runs.length > max ? `; and ${runs.length - max} more` : '');
}

/** The one-line verdict every view leads with. */
export function verdictLine(report: Report, opts: MarkdownOptions = {}): string {
  const s = report.summary;
  // Findings: red with a critical one, yellow with warnings only.
  const icon = s.verdict === 'findings' && s.critical === 0 ? ICON.warning : VERDICT_ICON[s.verdict];
  const head = `**Verdict: ${s.verdict}** ${icon}`;
  switch (s.verdict) {
    case 'clean':
      return `${head} — clean bill of health: ${s.runs} run(s) fully audited, no critical or warning finding.`;
    case 'findings': {
      const runs = new Set(report.findings.filter((f) => f.severity !== 'info').flatMap((f) => f.runs)).size;
      const gaps = report.runs.filter(notFullyAudited).length;
      return `${head} — ${s.critical} critical and ${s.warning} warning finding(s) in ${runs} run(s)${gaps > 0 ? `; ${gaps} of ${s.runs} run(s) not fully audited` : ''}.`;
    }
    case 'incomplete': {
      const gaps = report.runs.filter(notFullyAudited).length;
      return `${head} — no critical or warning finding, but ${gaps} of ${s.runs} run(s) not fully audited, so this is not a clean result: ${uncoveredList(report, opts)}.`;
    }
    case 'inconclusive':
      return `${head} — nothing was audited: ${inconclusiveReason(report)}${report.runs.length > 0 ? `: ${uncoveredList(report, opts)}` : ''}.`;
  }
}

function render(report: Report, level: Detail, opts: MarkdownOptions): string {
  const out: string[] = [];
  const target = report.target ?? 'local logs';
  const prevKeys = new Set(Object.keys(opts.previous?.findings ?? {}));
  const isNew = (f: Finding) => opts.previous != null && !prevKeys.has(`${f.fingerprint}:${f.severity}`);
  out.push(`### Integrity Filtering Audit — ${plain(target, 140)}`, '', verdictLine(report, opts), '');
  const period = opts.periodLabel ?? 'Local logs';
  const win = report.window.from && report.window.to ? ` (${report.window.from} → ${report.window.to})` : '';
  out.push(`**Audit period**: ${plain(period)}${win}  `);
  out.push(
    `**Runs analyzed**: ${report.summary.runs} completed run(s)${report.target ? ` in ${plain(report.target, 140)}` : ''}  `,
  );
  out.push(`**Runs with artifacts**: ${report.summary.runsWithArtifacts}`);
  const partial = report.runs.filter(notFullyAudited);
  if (partial.length > 0) {
    out.push(
      '',
      `> [!NOTE]\n> ${partial.length} run(s) were not fully audited (coverage partial or none): see the Runs Analyzed table and the evidence-missing findings.`,
    );
  }
  if (report.notes?.length) {
    out.push('', ...report.notes.slice(0, 10).map((n) => `> ${plain(n, 400)}`));
  }
  out.push(
    '',
    '### Findings Summary',
    '',
    '| Severity | Count | Description |',
    '|----------|-------|-------------|',
  );
  for (const sev of ['critical', 'warning', 'info'] as Severity[]) {
    const fs = report.findings.filter((f) => f.severity === sev);
    const desc =
      fs.length === 0
        ? 'None'
        : fs
            .slice(0, 4)
            .map((f) => `${f.id}: ${markdownTitle(f)}`)
            .join('<br>') + (fs.length > 4 ? `<br>… and ${fs.length - 4} more` : '');
    out.push(`| ${ICON[sev]} ${LABEL[sev]} | ${report.summary[sev]} | ${desc} |`);
  }
  if (opts.previous) {
    const resolved = Object.entries(opts.previous.findings).filter(
      ([k]) => !report.findings.some((f) => `${f.fingerprint}:${f.severity}` === k),
    );
    const added = report.findings.filter(isNew);
    out.push(
      '',
      `**Since the previous audit**: ${added.length} new, ${report.findings.length - added.length} recurring, ${resolved.length} resolved.`,
    );
    if (resolved.length > 0) {
      out.push('', '<details><summary><b>Resolved since the previous audit</b></summary>', '');
      for (const [, r] of resolved.slice(0, 30))
        out.push(`- ${ICON[r.severity]} ${code(r.rule)}: ${markdownRuleText(r.title ?? r.rule, 300)}`);
      out.push('', '</details>');
    }
  }
  let shown = 0;
  let omitted = 0;
  for (const sev of ['critical', 'warning', 'info'] as Severity[]) {
    const fs = report.findings.filter((f) => f.severity === sev);
    if (fs.length === 0) continue;
    out.push(
      '',
      `<details${sev === 'critical' ? ' open' : ''}><summary><b>${SECTION[sev]}</b> (${fs.length})</summary>`,
      '',
    );
    for (const f of fs) {
      if (shown >= level.maxFindings) {
        omitted++;
        continue;
      }
      shown++;
      out.push(renderFinding(f, report, level, opts, isNew(f)), '');
    }
    out.push('</details>');
  }
  if (omitted > 0)
    out.push(
      '',
      `> ${omitted} finding(s) not shown here to stay within GitHub's size limit; the JSON report has them all.`,
    );
  if (level !== LEVELS[0])
    out.push(
      '',
      "> Evidence excerpts were shortened or left out to stay within GitHub's size limit; the JSON report has them.",
    );

  out.push(
    '',
    '### Runs Analyzed',
    '',
    '| Run | Workflow | Branch | Agent Invoked | DIFC Events | Firewall Blocks | Coverage | Status |',
    '|-----|----------|--------|---------------|-------------|-----------------|----------|--------|',
  );
  for (const r of report.runs.slice(0, level.maxRuns)) {
    const agent = r.agentInvoked === true ? '✅' : r.agentInvoked === false ? '❌ early-exit' : '❔ unknown';
    // A run that was not audited is never shown as clean.
    const status =
      r.status === 'critical'
        ? '❌'
        : r.status === 'warning'
          ? '⚠️'
          : r.status === 'unaudited' || r.coverage === 'none'
            ? '⬜ not audited'
            : '✅';
    const coverage = r.coverage === 'full' ? 'full' : r.coverage === 'none' ? '⬜ none' : '◐ partial';
    const fw =
      r.firewall.total === null ? `${r.firewall.blocked}` : `${r.firewall.blocked}/${r.firewall.total}`;
    out.push(
      `| ${runLink(r.id, r, opts)} | ${r.workflow ? plain(r.workflow, 80) : '–'} | ${r.branch ? plain(r.branch, 60) : '–'} | ${agent} | ${r.difc.filtered}${r.difc.guarded ? '' : ' (unguarded)'} | ${fw} | ${coverage} | ${status}${r.coverage === 'partial' ? ' (partial)' : ''} |`,
    );
  }
  if (report.runs.length > level.maxRuns)
    out.push('', `> ${report.runs.length - level.maxRuns} more run(s) in the JSON report.`);

  out.push('', '### Recommendations', '');
  const recs = new Map<string, string[]>();
  for (const f of report.findings.filter((x) => x.severity !== 'info')) {
    const list = recs.get(f.recommendation) ?? [];
    list.push(f.id);
    recs.set(f.recommendation, list);
  }
  if (recs.size === 0) {
    const verdict = report.summary.verdict;
    out.push(
      verdict === 'clean'
        ? report.findings.length === 0
          ? '✅ Clean bill of health: no findings in the audited runs.'
          : '✅ Clean bill of health: no critical or warning findings, nothing to act on.'
        : verdict === 'inconclusive'
          ? "⬜ Nothing was audited, so this is not a clean result: make the runs' logs available (artifacts within their retention period, or a folder that holds run evidence) and audit again."
          : '⚠️ No critical or warning finding in the evidence that was read, but not every run was fully audited, so this is not a clean result: see the runs without full coverage above.',
    );
  }
  let n = 0;
  for (const [rec, ids] of recs) {
    if (++n > 15) break;
    out.push(`${n}. ${markdownRuleText(rec)} (${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''})`);
  }
  out.push('', `<sub>Generated by integrity-audit at ${report.generatedAt}.</sub>`);
  if (opts.includeState !== false) out.push('', renderState(stateOf(report)));
  return out.join('\n') + '\n';
}

/** Renders the issue body within the budget, dropping detail level by level. */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const budget = opts.budget ?? ISSUE_BODY_BUDGET;
  const size = opts.size ?? ((text: string) => text.length);
  let body = '';
  for (const level of LEVELS) {
    body = render(report, level, opts);
    if (size(body) <= budget) return body;
  }
  // Last resort: the header, the summary table and the state block only.
  const state = opts.includeState !== false ? '\n' + renderState(stateOf(report)) + '\n' : '';
  const head = body.slice(0, Math.min(body.indexOf('### Findings Summary'), budget - state.length - 200));
  return `${head}\n\n> The full report is too large for an issue body; see the JSON report.\n${state}`;
}
