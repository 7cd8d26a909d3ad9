// The issue body (FORMATS.md §12 layout, docs/REPORT.md "The issue") and the job summary: the verdict with the one to
// three things to do first, then the findings (each with its details, why, evidence and fix), accepted findings, the
// runs and the recommendations grouped by what to change. Every value from a log goes through sanitize.ts; the
// body is budgeted under GitHub's 65,536-character limit by dropping detail (evidence first), never by cutting
// inside a fence, a `<details>` block or the state comment.
import type { ApiUsage, Finding, Report, RunFacts, Severity } from '../model/types.js';
import { ruleById } from '../rules/index.js';
import { code, fence, inline, plain } from '../util/sanitize.js';
import { AREAS, actionOf } from './actions.js';
import { evidenceGroups, shortFile } from './evidence.js';
import { MAX_HISTORY, renderState, stateOf, type AuditState, type HistoryEntry } from './state.js';
import { count, listOf } from './words.js';
import { detailLines, markdownRuleText, markdownTitle, richMarkdown } from './finding-text.js';
import { inconclusiveReason, notFullyAudited, uncoveredRuns, whyNotAudited } from './verdict.js';
import { JOB_URL, RUN_URL } from './links.js';

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
  /** `issue-mode: single`: a table row per repository (its own report, or null with the reason it was not covered). */
  repositories?: RepositoryRow[];
}

/** One repository of a many-repository audit: its report, or why it was not covered. */
export interface RepositoryRow {
  repository: string;
  report: Report | null;
  /** Why it was not covered (report null): e.g. the permission the token lacks. */
  reason?: string;
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

function runLink(id: string, facts: RunFacts | undefined, opts: MarkdownOptions): string {
  const url = facts?.url ?? opts.runUrl?.(id) ?? null;
  const label = plain(id, 40);
  // A run.json in a logs folder can say anything: an issue URL would cross-link that issue, a malformed one throw.
  return url && RUN_URL.test(url) ? `[${label}](${url})` : label;
}

/**
 * The job an evidence file came from: a job log (`workflow-logs/⟨job⟩/…`) names its job; every artifact file (the
 * gateway's and the firewall's logs) was uploaded by the agent job.
 */
function jobOf(file: string): string {
  const m = /(?:^|\/)workflow-logs\/([^/]+)\//.exec(file);
  return m ? m[1] : 'agent';
}

/** A link to the job `name` of a run, or null when its page is not known (or not a job page). */
function jobLink(facts: RunFacts | undefined, name: string, label: string): string | null {
  const url = facts?.jobs?.find((j) => j.name === name)?.url;
  return url && JOB_URL.test(url) ? `[${label}](${url})` : null;
}

/** The anchor a finding's section carries, and a link to it (`[W-1](#w-1)`). */
function anchorOf(f: Finding): string {
  return f.id.toLowerCase();
}
function findingLink(f: Finding): string {
  return `[${f.id}](#${anchorOf(f)})`;
}

function workflowsOf(f: Finding, facts: Map<string, RunFacts>): string[] {
  return [...new Set(f.runs.map((id) => facts.get(id)?.workflow).filter((w): w is string => !!w))];
}

function evidenceBlock(f: Finding, facts: Map<string, RunFacts>, opts: MarkdownOptions): string[] {
  const out: string[] = [];
  for (const g of evidenceGroups(f.evidence, f.runs)) {
    const day = g.day ? ` · ${g.day} UTC` : '';
    const job = jobOf(g.file);
    const jobPage = jobLink(facts.get(g.run), job, `${plain(job, 60)} job`);
    out.push(
      '',
      // The run only when the finding has several (its line above names a single one).
      `<sub>${plain(shortFile(g.file), 120)}${f.runs.length > 1 ? ` · run ${runLink(g.run, facts.get(g.run), opts)}` : ''}${jobPage ? ` · ${jobPage}` : ''}${day}</sub>`,
      '',
      fence(g.lines.map((l) => l.text)),
    );
  }
  return out;
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
  lines.push(`#### ${f.id} · ${markdownTitle(f)}${isNew ? ' 🆕' : ''} <a name="${anchorOf(f)}"></a>`);
  const runs = f.runs.slice(0, 10).map((id) => runLink(id, facts.get(id), opts));
  const more = f.runs.length > 10 ? ` and ${f.runs.length - 10} more` : '';
  const workflows = workflowsOf(f, facts).slice(0, 5);
  lines.push(
    [
      // A fixed word first: a workflow name at the start of the line could make it a heading or a list.
      workflows.length
        ? `${workflows.length === 1 ? 'Workflow' : 'Workflows'} ${workflows.map((w) => plain(w, 80)).join(', ')}`
        : null,
      `${f.runs.length === 1 ? 'run' : `${f.runs.length} runs`} ${runs.join(', ')}${more}`,
      count(f.count, 'occurrence'),
      `rule ${code(f.rule)}`,
    ]
      .filter((x) => x !== null)
      .join(' · '),
  );
  if (level.details) {
    const details = detailLines(f).map((line) => `- ${richMarkdown(line)}`);
    if (details.length > 0) lines.push('', ...details);
    if (meta) lines.push('', `**Why it matters**: ${markdownRuleText(meta.why)}`);
  }
  if (level.evidence.has(f.severity) && f.evidence.length > 0) lines.push(...evidenceBlock(f, facts, opts));
  lines.push('', `**What to do**: ${markdownRuleText(f.recommendation)}`);
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

/** One to three things to do, most severe first: one per rule, with the workflows it hit. */
export interface LeadItem {
  finding: Finding;
  what: string;
  todo: string;
  workflows: string[];
}

export function leadItems(report: Report, max = 3): LeadItem[] {
  const facts = new Map(report.runs.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const items: LeadItem[] = [];
  for (const f of report.findings) {
    if (f.severity === 'info' || seen.has(f.rule)) continue;
    seen.add(f.rule);
    const a = actionOf(f.rule);
    const workflows = report.findings
      .filter((g) => g.rule === f.rule && g.severity !== 'info')
      .flatMap((g) => workflowsOf(g, facts));
    items.push({
      finding: f,
      what: a?.what ?? (ruleById(f.rule)?.meta.title ?? f.rule).toLowerCase(),
      todo: a?.todo ?? '',
      workflows: [...new Set(workflows)],
    });
  }
  return items.slice(0, max);
}

function where(workflows: string[], name: (w: string) => string): string {
  if (workflows.length === 0) return '';
  if (workflows.length > 2) return ` in ${workflows.length} workflows`;
  return ` in ${listOf(workflows.map(name))}`;
}

/** `2 warnings in 2 of 3 runs`, `1 critical finding and 2 warnings in 1 run`. */
export function findingsPhrase(report: Report): string {
  const s = report.summary;
  const hit = new Set(report.findings.filter((f) => f.severity !== 'info').flatMap((f) => f.runs)).size;
  const parts = [
    s.critical > 0 ? count(s.critical, 'critical finding') : null,
    s.warning > 0 ? count(s.warning, 'warning') : null,
  ].filter((x): x is string => x !== null);
  return `${listOf(parts)} in ${hit === s.runs ? count(hit, 'run') : `${hit} of ${count(s.runs, 'run')}`}`;
}

/** The verdict every view leads with: what is wrong and the one to three things to do. */
export function verdictLine(report: Report, opts: MarkdownOptions = {}): string {
  const s = report.summary;
  // Findings: red with a critical one, yellow with warnings only.
  const icon = s.verdict === 'findings' && s.critical === 0 ? ICON.warning : VERDICT_ICON[s.verdict];
  const head = `**Verdict: ${s.verdict}** ${icon}`;
  const gaps = report.runs.filter(notFullyAudited).length;
  switch (s.verdict) {
    case 'clean':
      return `${head} — clean bill of health: ${count(s.runs, 'run')} fully audited, no critical or warning finding.`;
    case 'findings': {
      const items = leadItems(report).map(
        (i) =>
          `${i.what}${where(i.workflows, (w) => plain(w, 80))}${i.todo ? ` (${inline(i.todo)})` : ''} — ${findingLink(i.finding)}`,
      );
      const rules = new Set(report.findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).size;
      const more = rules > items.length ? `; and ${count(rules - items.length, 'more problem')}` : '';
      const gap = gaps > 0 ? ` ${gaps} of ${count(s.runs, 'run')} not fully audited.` : '';
      return `${head} — ${findingsPhrase(report)}: ${items.join('; ')}${more}.${gap}`;
    }
    case 'incomplete':
      return `${head} — no critical or warning finding, but ${gaps} of ${count(s.runs, 'run')} not fully audited, so this is not a clean result: ${uncoveredList(report, opts)}.`;
    case 'inconclusive':
      return `${head} — nothing was audited: ${inconclusiveReason(report)}${report.runs.length > 0 ? `: ${uncoveredList(report, opts)}` : ''}.`;
  }
}

/** The closing section: each place to change once, with the findings it answers. */
function recommendations(report: Report): string[] {
  const serious = report.findings.filter((f) => f.severity !== 'info');
  const out: string[] = [];
  const byArea = new Map<string, Finding[]>();
  for (const f of serious) {
    const area = actionOf(f.rule)?.area ?? `other:${f.recommendation}`;
    byArea.set(area, [...(byArea.get(area) ?? []), f]);
  }
  const ids = (fs: Finding[]) =>
    fs.slice(0, 8).map(findingLink).join(', ') + (fs.length > 8 ? ` and ${fs.length - 8} more` : '');
  for (const [area, heading] of AREAS) {
    const fs = byArea.get(area);
    if (!fs) continue;
    const todos = [...new Set(fs.map((f) => actionOf(f.rule)?.todo ?? ''))].filter(Boolean);
    const text = todos.map((t) => t.charAt(0).toUpperCase() + t.slice(1)).join('; ');
    out.push(`- **${heading}** (${ids(fs)}): ${inline(text)}.`);
  }
  for (const [area, fs] of byArea) {
    if (!area.startsWith('other:')) continue;
    out.push(`- **${ids(fs)}**: ${markdownRuleText(fs[0].recommendation)}`);
  }
  return out.slice(0, 20);
}

function historyChart(history: HistoryEntry[]): string[] {
  const shown = history.slice(-MAX_HISTORY);
  // Days, or days and times when several audits ran on one day (a category axis merges equal labels).
  const days = shown.map((h) => h.date.slice(5, 10));
  const labels = (
    new Set(days).size === days.length
      ? days
      : shown.map((h) => `${h.date.slice(5, 10)} ${h.date.slice(11, 16)}`)
  ).map((l) => JSON.stringify(l));
  const serious = shown.map((h) => h.critical + h.warning);
  const info = shown.map((h) => h.info);
  const top = Math.max(1, ...serious, ...info);
  return [
    '',
    '```mermaid',
    'xychart-beta',
    '  title "Findings per audit (bars: critical and warning; line: informational)"',
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "Findings" 0 --> ${top}`,
    `  bar [${serious.join(', ')}]`,
    `  line [${info.join(', ')}]`,
    '```',
  ];
}

function runsTable(report: Report, level: Detail, opts: MarkdownOptions): string[] {
  const out = [
    '',
    '### Runs Analyzed',
    '',
    '| Run | Workflow | Branch | Agent Invoked | DIFC Filtered | Firewall Blocks | Coverage | Findings |',
    '|-----|----------|--------|---------------|---------------|-----------------|----------|----------|',
  ];
  for (const r of report.runs.slice(0, level.maxRuns)) {
    const invoked =
      r.agentInvoked === true ? '✅' : r.agentInvoked === false ? '❌ early-exit' : '❔ unknown';
    // The agent job's page, when known (where its logs and artifacts are).
    const agent = jobLink(r, 'agent', invoked) ?? invoked;
    const hits = report.findings.filter((f) => f.runs.includes(r.id));
    const links =
      hits.slice(0, 6).map(findingLink).join(', ') + (hits.length > 6 ? ` and ${hits.length - 6} more` : '');
    // A run that was not audited is never shown as clean.
    const status =
      r.status === 'critical'
        ? '❌'
        : r.status === 'warning'
          ? '⚠️'
          : r.status === 'unaudited' || r.coverage === 'none'
            ? '⬜ not audited'
            : '✅';
    const findings = hits.length > 0 ? `${status} ${links}` : status === '✅' ? '✅ none' : status;
    const coverage = r.coverage === 'full' ? 'full' : r.coverage === 'none' ? '⬜ none' : '◐ partial';
    const fw =
      r.firewall.total === null ? `${r.firewall.blocked}` : `${r.firewall.blocked} of ${r.firewall.total}`;
    out.push(
      `| ${runLink(r.id, r, opts)} | ${r.workflow ? plain(r.workflow, 80) : '–'} | ${r.branch ? plain(r.branch, 60) : '–'} | ${agent} | ${r.difc.filtered}${r.difc.guarded ? '' : ' (unguarded)'} | ${fw} | ${coverage} | ${findings} |`,
    );
  }
  if (report.runs.length > level.maxRuns)
    out.push('', `> ${count(report.runs.length - level.maxRuns, 'more run')} in the JSON report.`);
  return out;
}

/** `95 requests; rate limit 4905 of 5000 left (reserve 500), resets 21:14 UTC` and whether the budget cut it short. */
export function apiUsageLine(api: ApiUsage): string {
  const rl = api.rateLimit;
  const limit = rl
    ? `; rate limit ${rl.remaining} of ${rl.limit} left${api.reserve !== null ? ` (reserve ${api.reserve})` : ''}, resets ${rl.reset.slice(11, 16)} UTC`
    : '';
  const cut = api.cutShort
    ? `; the budget cut the audit short (${count(api.cutShort.runs.length, 'run')} left out${api.cutShort.repositories.length > 0 ? `, ${count(api.cutShort.repositories.length, 'repository', 'repositories')} not covered` : ''})`
    : '';
  return `${count(api.requests, 'request')}${limit}${cut}`;
}

/** The repository's Actions page (`https://HOST/OWNER/REPO/actions`), from one of its run links. */
function actionsPage(row: RepositoryRow): string | null {
  for (const r of row.report?.runs ?? []) {
    if (!r.url || !RUN_URL.test(r.url)) continue;
    const m = /^(https?:\/\/[^/]+\/([^/]+\/[^/]+))\/actions\/runs\//.exec(r.url);
    if (m && m[2].toLowerCase() === row.repository.toLowerCase()) return `${m[1]}/actions`;
  }
  return null;
}

/** `issue-mode: single`: a row per repository, its runs, findings and verdict, linked to its runs. */
function repositoriesTable(rows: RepositoryRow[], level: Detail): string[] {
  const out = [
    '',
    '### Repositories',
    '',
    '| Repository | Runs | Not fully audited | Critical | Warning | Info | Verdict |',
    '|------------|------|-------------------|----------|---------|------|---------|',
  ];
  for (const row of rows.slice(0, level.maxRuns)) {
    const page = actionsPage(row);
    const name = page ? `[${plain(row.repository, 140)}](${page})` : plain(row.repository, 140);
    const r = row.report;
    if (!r) {
      out.push(
        `| ${name} | – | – | – | – | – | ⬜ not covered${row.reason ? `: ${plain(row.reason, 200)}` : ''} |`,
      );
      continue;
    }
    const s = r.summary;
    const icon = s.verdict === 'findings' && s.critical === 0 ? ICON.warning : VERDICT_ICON[s.verdict];
    out.push(
      `| ${name} | ${s.runs} | ${r.runs.filter(notFullyAudited).length} | ${s.critical} | ${s.warning} | ${s.info} | ${icon} ${s.verdict} |`,
    );
  }
  if (rows.length > level.maxRuns)
    out.push(
      '',
      `> ${count(rows.length - level.maxRuns, 'more repository', 'more repositories')} not shown (their runs are in the JSON report).`,
    );
  return out;
}

function suppressedSection(report: Report): string[] {
  const out: string[] = [];
  const list = report.suppressed ?? [];
  if (list.length > 0) {
    out.push('', `<details><summary><b>Accepted findings</b> (${list.length})</summary>`, '');
    for (const s of list.slice(0, 50))
      out.push(
        `- ${ICON[s.finding.severity]} ${markdownTitle(s.finding)} · ${code(s.finding.rule)} · accepted until ${plain(s.expires, 20)}: ${plain(s.reason, 300)}`,
      );
    if (list.length > 50) out.push(`- and ${count(list.length - 50, 'more accepted finding')}`);
    out.push('', '</details>');
  }
  const notes = report.suppressionNotes ?? [];
  if (notes.length > 0) {
    out.push('', '> [!NOTE]');
    for (const n of notes.slice(0, 20)) out.push(`> - ${plain(n, 300)}`);
  }
  return out;
}

function render(report: Report, level: Detail, opts: MarkdownOptions): string {
  const out: string[] = [];
  const target = report.target ?? 'local logs';
  const prevKeys = new Set(Object.keys(opts.previous?.findings ?? {}));
  const isNew = (f: Finding) => opts.previous != null && !prevKeys.has(`${f.fingerprint}:${f.severity}`);
  const state = stateOf(report, opts.previous ?? null);
  out.push(`### Integrity Filtering Audit — ${plain(target, 140)}`, '', verdictLine(report, opts), '');
  const period = opts.periodLabel ?? 'Local logs';
  const win = report.window.from && report.window.to ? ` (${report.window.from} → ${report.window.to})` : '';
  out.push(`**Audit period**: ${plain(period)}${win}  `);
  out.push(
    `**Runs analyzed**: ${count(report.summary.runs, 'completed run')}${report.target ? ` in ${plain(report.target, 140)}` : ''}  `,
  );
  out.push(`**Runs with artifacts**: ${report.summary.runsWithArtifacts}${report.api ? '  ' : ''}`);
  if (report.api) out.push(`**GitHub API**: ${apiUsageLine(report.api)}`);
  const partial = report.runs.filter(notFullyAudited);
  if (partial.length > 0) {
    out.push(
      '',
      `> [!NOTE]\n> ${partial.length} of ${count(report.runs.length, 'run')} not fully audited (coverage partial or none): see the Runs Analyzed table and the evidence-missing findings.`,
    );
  }
  if (report.notes?.length) {
    out.push('', ...report.notes.slice(0, 10).map((n) => `> ${plain(n, 400)}`));
  }
  if (opts.repositories?.length) out.push(...repositoriesTable(opts.repositories, level));
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
            .map((f) => `${findingLink(f)}: ${markdownTitle(f)}`)
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
      `**Since the last audit**: ${added.length} new, ${report.findings.length - added.length} recurring, ${resolved.length} resolved.`,
    );
    if (state.history && state.history.length >= 2) out.push(...historyChart(state.history));
    if (resolved.length > 0) {
      out.push('', '<details><summary><b>Resolved since the last audit</b></summary>', '');
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
      `> ${count(omitted, 'finding')} not shown here to stay within GitHub's size limit; the JSON report has them all.`,
    );
  if (level !== LEVELS[0])
    out.push(
      '',
      "> Evidence excerpts were shortened or left out to stay within GitHub's size limit; the JSON report has them.",
    );
  out.push(...suppressedSection(report));
  out.push(...runsTable(report, level, opts));

  out.push('', '### Recommendations', '');
  const recs = recommendations(report);
  if (recs.length === 0) {
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
  out.push(...recs);
  out.push('', `<sub>Generated by integrity-audit at ${report.generatedAt}.</sub>`);
  if (opts.includeState !== false) out.push('', renderState(state));
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
  const state =
    opts.includeState !== false ? '\n' + renderState(stateOf(report, opts.previous ?? null)) + '\n' : '';
  const head = body.slice(0, Math.min(body.indexOf('### Findings Summary'), budget - state.length - 200));
  return `${head}\n\n> The full report is too large for an issue body; see the JSON report.\n${state}`;
}
