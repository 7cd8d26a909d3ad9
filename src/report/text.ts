// The terminal view: a compact runs table and the findings.
import type { Report } from '../model/types.js';
import { redact } from '../util/sanitize.js';
import { evidenceGroups, shortFile } from './evidence.js';
import { apiUsageLine, findingsPhrase, leadItems } from './markdown.js';
import { count } from './words.js';
import { detailLines, plainRuleText, richPlain, titleText } from './finding-text.js';
import { inconclusiveReason, notFullyAudited, uncoveredRuns, whyNotAudited } from './verdict.js';

const SEV = { critical: 'CRITICAL', warning: 'WARNING ', info: 'INFO    ' };

function pad(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s.padEnd(n);
}

/** Strips terminal control sequences from untrusted text. */
function clean(s: string): string {
  return redact(s)
    .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** The one-line verdict the view leads with. */
export function textVerdictLine(report: Report): string {
  const s = report.summary;
  const gaps = report.runs.filter(notFullyAudited).length;
  const list = () => {
    const runs = uncoveredRuns(report);
    return (
      runs
        .slice(0, 5)
        .map((r) => `${clean(r.id)} (${r.coverage}: ${clean(whyNotAudited(r)).slice(0, 160)})`)
        .join('; ') + (runs.length > 5 ? `; and ${runs.length - 5} more` : '')
    );
  };
  switch (s.verdict) {
    case 'clean':
      return `VERDICT: CLEAN — clean bill of health: ${count(s.runs, 'run')} fully audited, no critical or warning finding`;
    case 'findings': {
      const todo = leadItems(report)
        .map(
          (i) =>
            `${i.finding.id} ${i.what}${i.workflows.length ? ` in ${clean(i.workflows.slice(0, 2).join(', '))}` : ''}${i.todo ? ` (${i.todo.replace(/`/g, '')})` : ''}`,
        )
        .join('; ');
      return `VERDICT: FINDINGS — ${clean(findingsPhrase(report))}${gaps > 0 ? `; ${gaps} of ${count(s.runs, 'run')} not fully audited` : ''}${todo ? ` — ${todo}` : ''}`;
    }
    case 'incomplete':
      return `VERDICT: INCOMPLETE — no critical or warning finding, but ${gaps} of ${count(s.runs, 'run')} not fully audited (not a clean result): ${list()}`;
    case 'inconclusive':
      return `VERDICT: INCONCLUSIVE — nothing was audited: ${clean(inconclusiveReason(report))}${report.runs.length > 0 ? `: ${list()}` : ''}`;
  }
}

export function renderText(report: Report): string {
  const out: string[] = [];
  const s = report.summary;
  out.push(textVerdictLine(report));
  out.push(
    `integrity-audit — ${report.target ?? 'local logs'}: ${count(s.runs, 'run')}, ${s.runsWithArtifacts} with evidence — ${s.critical} critical, ${s.warning} warning, ${s.info} info`,
  );
  if (report.api) out.push(`GitHub API: ${clean(apiUsageLine(report.api))}`);
  // What was left out of the whole audit (the API budget, runs beyond max-runs, repositories not covered).
  for (const n of report.notes ?? []) out.push(`note: ${clean(n)}`);
  out.push('');
  out.push(
    `${pad('RUN', 14)} ${pad('WORKFLOW', 28)} ${pad('AGENT', 7)} ${pad('DIFC', 6)} ${pad('FW BLOCKS', 10)} ${pad('COVERAGE', 9)} STATUS`,
  );
  for (const r of report.runs) {
    const agent = r.agentInvoked === true ? 'yes' : r.agentInvoked === false ? 'no' : '?';
    const fw =
      r.firewall.total === null ? `${r.firewall.blocked}` : `${r.firewall.blocked}/${r.firewall.total}`;
    out.push(
      `${pad(clean(r.id), 14)} ${pad(clean(r.workflow ?? '-'), 28)} ${pad(agent, 7)} ${pad(String(r.difc.filtered) + (r.difc.guarded ? '' : '*'), 6)} ${pad(fw, 10)} ${pad(r.coverage, 9)} ${r.status}`,
    );
  }
  if (report.runs.some((r) => !r.difc.guarded)) out.push('  (* no GitHub guard registered)');
  out.push('');
  if (report.findings.length === 0) out.push('No findings.');
  for (const f of report.findings) {
    out.push(`${SEV[f.severity]} ${f.id.padEnd(5)} ${clean(richPlain(titleText(f)))}`);
    out.push(
      `         rule ${f.rule} · ${count(f.count, 'occurrence')} · ${f.runs.length === 1 ? 'run' : 'runs'} ${clean(f.runs.slice(0, 5).join(', '))}${f.runs.length > 5 ? ` and ${f.runs.length - 5} more` : ''}`,
    );
    for (const line of detailLines(f).slice(0, 4))
      out.push(`         ${clean(richPlain(line)).slice(0, 200)}`);
    for (const g of evidenceGroups(f.evidence.slice(0, 3), f.runs, 150)) {
      out.push(`         ${clean(shortFile(g.file))} (run ${clean(g.run)}${g.day ? `, ${g.day} UTC` : ''})`);
      for (const l of g.lines) out.push(`         ${clean(l.text)}`);
    }
    if (f.severity !== 'info') out.push(`         → ${clean(plainRuleText(f.recommendation))}`);
  }
  for (const a of report.suppressed ?? [])
    out.push(
      `accepted ${a.finding.id} ${a.finding.rule} until ${a.expires}: ${clean(a.reason).slice(0, 160)} (not counted)`,
    );
  for (const n of report.suppressionNotes ?? []) out.push(`note: ${clean(n)}`);
  for (const r of report.runs) {
    for (const n of r.coverageNotes ?? []) out.push(`note: run ${clean(r.id)}: ${clean(n)}`);
    for (const n of r.evidenceNotes ?? [])
      out.push(`note: run ${clean(r.id)}: ${clean(n)} (coverage not lowered)`);
  }
  return out.join('\n') + '\n';
}
