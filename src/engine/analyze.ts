// Per-run analysis: run facts and the rules' raw findings. Depends only on the run (DESIGN.md "Scale").
import type { AuditConfig } from '../config.js';
import { RULES, messageTitle } from '../rules/index.js';
import { optionsOf } from '../rules/options.js';
import { RunView } from '../rules/view.js';
import type { JobInfo, RawFinding, RunEvidence, RunFacts, Severity } from '../model/types.js';
import { redact } from '../util/sanitize.js';
import { markLowerBounds } from './sources.js';
import { unreadLineNotes } from './unread-lines.js';
import { JOB_URL } from '../report/links.js';

export interface RunAnalysis {
  facts: RunFacts;
  findings: RawFinding[];
}

export function agentInvokedOf(run: RunEvidence, view: RunView): boolean | null {
  if (view.of('ToolCallRequest').length > 0 || view.of('BackendToolCall').length > 0) return true;
  if (run.agentStdio?.nonEmpty) return true;
  if (run.activationRateLimit) return false;
  const jobs = run.meta.jobs;
  if (jobs && jobs.length > 0) {
    const agent = jobs.find((j) => j.name === 'agent');
    if (!agent || agent.conclusion === 'skipped') return false;
  }
  if (run.agentStdio?.present && !run.agentStdio.nonEmpty) return false;
  return null;
}

export function coverageOf(run: RunEvidence): 'full' | 'partial' | 'none' {
  if (!run.hasArtifacts || run.files.length === 0) return 'none';
  return run.notes.some((n) => n.partial) ? 'partial' : 'full';
}

export function analyzeRun(run: RunEvidence, config: AuditConfig): RunAnalysis {
  const view = new RunView(run);
  run.notes.push(...unreadLineNotes(view));
  const agentInvoked = agentInvokedOf(run, view);
  const coverage = coverageOf(run);
  const findings: RawFinding[] = [];
  for (const rule of RULES) {
    const setting = config.rules[rule.meta.id];
    if (setting && !setting.enabled) continue;
    let outputs;
    try {
      outputs = rule.check({
        run,
        view,
        config,
        options: optionsOf(rule.meta, config),
        facts: { agentInvoked, coverage },
      });
    } catch (err) {
      // A rule bug must not hide the rest of the audit: report it as a coverage gap.
      run.notes.push({
        file: `rule ${rule.meta.id}`,
        reason: `rule failed: ${err instanceof Error ? err.message : String(err)}`,
        partial: true,
      });
      continue;
    }
    for (const o of outputs) {
      const severity: Severity = setting?.severity ?? o.severity ?? rule.meta.defaultSeverity;
      findings.push({
        rule: rule.meta.id,
        severity,
        title: messageTitle(rule.meta.id, o.message),
        message: o.message,
        ...(o.minRuns !== undefined ? { minRuns: o.minRuns } : {}),
        run: run.meta.id,
        key: o.key,
        count: o.count,
        details: o.details,
        evidence: o.evidence.map((l) => ({
          run: run.meta.id,
          file: l.file,
          line: l.line,
          excerpt: redact(l.excerpt),
        })),
        recommendation: o.recommendation ?? rule.meta.fix,
      });
    }
  }
  markLowerBounds(run.events, findings);
  const filtered = view.filteredItems;
  const guarded = [...view.servers.values()].some(
    (s) => view.isGitHubServer(s.server) && s.registered !== null && s.registered.guard !== 'noop',
  );
  const status: RunFacts['status'] = findings.some((f) => f.severity === 'critical')
    ? 'critical'
    : findings.some((f) => f.severity === 'warning')
      ? 'warning'
      : coverage === 'none'
        ? 'unaudited'
        : 'ok';
  const facts: RunFacts = {
    id: run.meta.id,
    workflow: run.meta.workflow,
    branch: run.meta.branch,
    url: run.meta.url ?? runUrlOf(run.meta.repository, run.meta.id),
    agentInvoked,
    gatewayVersion: view.gatewayVersion,
    difc: { filtered, guarded },
    firewall: { blocked: run.firewall?.blocked ?? 0, total: run.firewall ? run.firewall.total : null },
    status,
    coverage,
  };
  if (run.meta.createdAt) facts.createdAt = run.meta.createdAt;
  if (run.meta.workflowPath) facts.workflowPath = run.meta.workflowPath;
  const jobs = (run.meta.jobs ?? [])
    .filter((j): j is JobInfo & { url: string } => typeof j.url === 'string' && JOB_URL.test(j.url))
    .slice(0, 20)
    .map((j) => ({ name: j.name, url: j.url }));
  if (jobs.length > 0) facts.jobs = jobs;
  const notes = run.notes.filter((n) => n.partial).map((n) => `${n.file}: ${n.reason}`);
  if (notes.length > 0) facts.coverageNotes = notes.slice(0, 20);
  const skipped = run.notes.filter((n) => !n.partial).map((n) => `${n.file}: ${n.reason}`);
  if (skipped.length > 0) facts.evidenceNotes = skipped.slice(0, 20);
  return { facts, findings };
}

/** A run's page from the repository `aw_info.json` names (local logs): github.com, a numeric run id, a plain name. */
function runUrlOf(repository: string | null | undefined, id: string): string | null {
  if (!repository || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !/^\d{1,20}$/.test(id))
    return null;
  return `https://github.com/${repository}/actions/runs/${id}`;
}
