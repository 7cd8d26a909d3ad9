// The verdict (summary.verdict), the gate shared by the CLI and the action, the lead line of every view, and the
// issue lifecycle: a verdict change is a change to the stored state.
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding, Report, RunFacts } from '../../src/model/types.js';
import { gate, verdictOf } from '../../src/report/verdict.js';
import { buildReport } from '../../src/report/build.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { diffState, parseState, stateOf } from '../../src/report/state.js';
import { summaryMarkdown } from '../../src/sinks/summary.js';
import { upsertIssue } from '../../src/sinks/issue.js';
import { createClient } from '../../src/github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { analyzeFiles, lines } from '../support/harness.js';

function run(id: string, coverage: RunFacts['coverage'], extra: Partial<RunFacts> = {}): RunFacts {
  return {
    id,
    workflow: 'Smoke',
    branch: 'main',
    url: null,
    agentInvoked: coverage === 'none' ? null : true,
    gatewayVersion: null,
    difc: { filtered: 0, guarded: true },
    firewall: { blocked: 0, total: 0 },
    status: coverage === 'none' ? 'unaudited' : 'ok',
    coverage,
    ...extra,
  };
}

function finding(severity: Finding['severity'], runs: string[]): Finding {
  return {
    id: '',
    rule: severity === 'info' ? 'firewall-block' : 'wasm-guard-trap',
    severity,
    title: 't',
    runs,
    count: 1,
    details: {},
    evidence: [],
    fingerprint: `fp-${severity}`,
    recommendation: 'r',
  };
}

function report(runs: RunFacts[], findings: Finding[] = [], target: string | null = null): Report {
  return buildReport(
    runs,
    findings.map((f) => ({ ...f, run: f.runs[0], key: { f: f.fingerprint } })),
    { target, window: { from: null, to: null }, generatedAt: new Date('2026-11-24T09:00:00Z') },
  );
}

describe('verdictOf', () => {
  const none = { critical: 0, warning: 0 };
  it.each([
    ['no run at all', none, [], 'inconclusive'],
    ['every run with coverage none', none, [run('1', 'none'), run('2', 'none')], 'inconclusive'],
    ['a run whose agent never ran, alone', none, [run('1', 'none', { agentInvoked: false })], 'inconclusive'],
    ['one partial run', none, [run('1', 'full'), run('2', 'partial')], 'incomplete'],
    ['one run not audited beside a full one', none, [run('1', 'full'), run('2', 'none')], 'incomplete'],
    ['every run fully covered', none, [run('1', 'full'), run('2', 'full')], 'clean'],
    [
      'a skipped agent (its evidence explains the missing logs) beside a full run',
      none,
      [run('1', 'full'), run('2', 'none', { agentInvoked: false })],
      'clean',
    ],
    ['a warning', { critical: 0, warning: 1 }, [run('1', 'partial')], 'findings'],
    ['a critical finding, nothing else audited', { critical: 1, warning: 0 }, [run('1', 'none')], 'findings'],
  ] as const)('%s → %s', (_name, summary, runs, want) => {
    expect(verdictOf(summary, [...runs])).toBe(want);
  });

  it('a run with coverage none gets status unaudited from the analysis, never ok', async () => {
    const a = await analyzeFiles({ 'workflow-logs/agent/1_Run.txt': lines('2026-02-01T08:00:00Z hello') });
    expect(a.facts.coverage).toBe('none');
    expect(a.facts.status).toBe('unaudited');
  });
});

describe('gate', () => {
  const clean = report([run('1', 'full')]);
  const incomplete = report([
    run('1', 'full'),
    run('2', 'partial', { coverageNotes: ['agent.zip: refused'] }),
  ]);
  const inconclusive = report([run('1', 'none', { coverageNotes: ['x.zip: not a readable zip archive'] })]);
  const empty = report([]);
  const warned = report([run('1', 'full')], [finding('warning', ['1'])]);

  it('fail-on: findings at or above the level exit 3; inconclusive exits 4; incomplete passes', () => {
    expect(gate(warned, { failOn: 'warning', requireFullCoverage: false })).toEqual({
      code: 3,
      reason: 'integrity-audit: 0 critical and 1 warning finding(s) (fail-on: warning)',
    });
    expect(gate(warned, { failOn: 'critical', requireFullCoverage: false }).code).toBe(0);
    for (const failOn of ['warning', 'critical'] as const) {
      const g = gate(inconclusive, { failOn, requireFullCoverage: false });
      expect(g.code).toBe(4);
      expect(g.reason).toBe(
        `integrity-audit: verdict inconclusive, nothing was audited (no run had evidence that could be read (1 run)): 1 (none: x.zip: not a readable zip archive) (fail-on: ${failOn})`,
      );
      expect(gate(empty, { failOn, requireFullCoverage: false }).reason).toMatch(
        /nothing was audited \(no run was given/,
      );
      expect(gate(incomplete, { failOn, requireFullCoverage: false }).code).toBe(0);
      expect(gate(clean, { failOn, requireFullCoverage: false }).code).toBe(0);
    }
    expect(gate(inconclusive, { failOn: 'never', requireFullCoverage: false }).code).toBe(0);
  });

  it('require-full-coverage: incomplete and inconclusive exit 4 whatever fail-on says', () => {
    expect(gate(incomplete, { failOn: 'never', requireFullCoverage: true })).toEqual({
      code: 4,
      reason:
        'integrity-audit: 1 run(s) not fully audited: 2 (partial: agent.zip: refused) (require-full-coverage)',
    });
    expect(gate(inconclusive, { failOn: 'never', requireFullCoverage: true }).code).toBe(4);
    expect(gate(clean, { failOn: 'never', requireFullCoverage: true }).code).toBe(0);
    // Findings keep exit 3 first.
    const both = report([run('1', 'partial')], [finding('warning', ['1'])]);
    expect(gate(both, { failOn: 'warning', requireFullCoverage: true }).code).toBe(3);
    expect(gate(both, { failOn: 'critical', requireFullCoverage: true }).code).toBe(4);
  });

  it('a reason is one line, redacted, whatever the notes hold', () => {
    const hostile = report([
      run('1', 'none', { coverageNotes: ['x.zip: bad\nsecond line ghp_' + 'a'.repeat(36) + '\u001b[31m'] }),
    ]);
    const { reason } = gate(hostile, { failOn: 'warning', requireFullCoverage: false });
    expect(reason).not.toMatch(/[\n\r\u001b]/);
    expect(reason).not.toContain('ghp_' + 'a'.repeat(36));
  });
});

describe('the lead line of every view', () => {
  const cases: [string, Report, RegExp, RegExp][] = [
    [
      'clean',
      report([run('1', 'full')], [finding('info', ['1'])]),
      /^\*\*Verdict: clean\*\* ✅ — clean bill of health: 1 run fully audited, no critical or warning finding\.$/,
      /^VERDICT: CLEAN — clean bill of health/,
    ],
    [
      'findings',
      report([run('1', 'full'), run('2', 'partial')], [finding('warning', ['1'])]),
      /^\*\*Verdict: findings\*\* 🟡 — 1 warning in 1 of 2 runs: a WASM guard trap in Smoke \(report the trap to the guard's maintainers, upgrade the gateway\) — \[W-1\]\(#w-1\)\. 1 of 2 runs not fully audited\.$/,
      /^VERDICT: FINDINGS — 1 warning in 1 of 2 runs; 1 of 2 runs not fully audited — W-1 a WASM guard trap in Smoke \(report the trap/,
    ],
    [
      'findings',
      report([run('1', 'full')], [finding('critical', ['1'])]),
      /^\*\*Verdict: findings\*\* 🔴 — 1 critical finding in 1 run: a WASM guard trap in Smoke \(.*\) — \[C-1\]\(#c-1\)\.$/,
      /^VERDICT: FINDINGS — 1 critical finding in 1 run — C-1 a WASM guard trap/,
    ],
    [
      'incomplete',
      report([
        run('1', 'full'),
        run('2', 'partial', { coverageNotes: ['agent.zip: refused: over the cap'] }),
      ]),
      /^\*\*Verdict: incomplete\*\* ⚠️ — no critical or warning finding, but 1 of 2 runs not fully audited, so this is not a clean result: 2 \(partial: `agent\.zip: refused: over the cap`\)\.$/,
      /^VERDICT: INCOMPLETE — .*: 2 \(partial: agent\.zip: refused: over the cap\)$/,
    ],
    [
      'inconclusive',
      report([run('7', 'none', { coverageNotes: ['agent: artifact expired'] })]),
      /^\*\*Verdict: inconclusive\*\* ⬜ — nothing was audited: no run had evidence that could be read \(1 run\): 7 \(none: `agent: artifact expired`\)\.$/,
      /^VERDICT: INCONCLUSIVE — nothing was audited: .*7 \(none: agent: artifact expired\)$/,
    ],
  ];

  it.each(cases)('%s', (verdict, r, markdownLine, textLine) => {
    expect(r.summary.verdict).toBe(verdict);
    const body = renderMarkdown(r, { includeState: true });
    const summary = summaryMarkdown(r, 'Last 24 hours');
    for (const md of [body, summary]) {
      expect(md.split('\n')[0]).toMatch(/^### Integrity Filtering Audit/);
      expect(md.split('\n')[2]).toMatch(markdownLine);
      // "Clean bill of health" only for a clean audit.
      expect(/clean bill of health/i.test(md)).toBe(verdict === 'clean');
    }
    expect(renderText(r).split('\n')[0]).toMatch(textLine);
  });

  it('every runs table shows coverage', () => {
    const r = report([run('1', 'full'), run('2', 'partial'), run('3', 'none')]);
    const md = renderMarkdown(r);
    expect(md).toContain('| Coverage | Findings |');
    expect(md).toMatch(/^\| 1 \|.*\| full \| ✅ none \|$/m);
    // A partial run is never a bare ✅ either.
    expect(md).toMatch(/^\| 2 \|.*\| ◐ partial \| ✅ none \|$/m);
    expect(md).toMatch(/^\| 3 \|.*\| ⬜ none \| ⬜ not audited \|$/m);
    expect(renderText(r)).toMatch(/^3 .* none +unaudited$/m);
  });
});

describe('the stored state', () => {
  it('a verdict change is a change, with the same findings over the same runs', () => {
    const full = report([run('1', 'full')], [], 'octo/app');
    const partial = report([run('1', 'partial')], [], 'octo/app');
    expect(stateOf(full).digest).toBe(stateOf(partial).digest);
    expect(diffState(stateOf(full), stateOf(full)).unchanged).toBe(true);
    expect(diffState(stateOf(full), stateOf(partial)).unchanged).toBe(false);
    // A state written before the verdict existed: the next audit updates the issue once.
    const { verdict: _v, ...old } = stateOf(full);
    expect(diffState(old, stateOf(full)).unchanged).toBe(false);
  });
});

describe('the issue lifecycle', () => {
  let gh: FakeGitHub | undefined;
  afterEach(async () => {
    await gh?.close();
    gh = undefined;
  });

  it('updates the issue and comments when the verdict turns incomplete, leaves it untouched when nothing changed', async () => {
    process.env.INTEGRITY_AUDIT_THROTTLE = 'false';
    gh = await startFakeGitHub({ token: 'ghs_test' });
    const REPO = 'octo/app';
    gh.addIssue(REPO, { title: 'An unrelated issue' });
    const client = createClient({ token: 'ghs_test', baseUrl: gh.url });
    const opts = {
      client,
      issueRepository: REPO,
      target: REPO,
      titlePrefix: '[integrity-audit] ',
      labels: ['integrity-audit', 'automation'],
      rotateDays: 7,
      dryRun: false,
      periodLabel: 'Last 24 hours',
    };
    const clean = report([run('1', 'full')], [], REPO);
    const incomplete = report([run('1', 'partial', { coverageNotes: ['agent.zip: refused'] })], [], REPO);
    expect((await upsertIssue(clean, opts)).action).toBe('created');
    expect((await upsertIssue(clean, opts)).action).toBe('unchanged');
    const updated = await upsertIssue(incomplete, opts);
    expect(updated.action).toBe('updated');
    expect(updated.comment).toMatch(
      /^\*\*Verdict changed\*\*: clean → incomplete\. \*\*Verdict: incomplete\*\*/,
    );
    const issue = gh.repos.get(REPO)!.issues.find((i) => i.number === updated.number)!;
    expect(issue.body.split('\n')[2]).toMatch(/^\*\*Verdict: incomplete\*\*/);
    expect(issue.body).not.toMatch(/clean bill of health/i);
    const { history, ...written } = parseState(issue.body)!;
    const { history: _own, ...expected } = stateOf(incomplete);
    expect(written).toEqual(expected);
    // The history gained this audit: the clean one before it, then this one.
    expect(history?.map((h) => h.date)).toHaveLength(2);
    expect((await upsertIssue(incomplete, opts)).action).toBe('unchanged');
    // Back to clean: updated, no comment (nothing to warn about).
    const back = await upsertIssue(clean, opts);
    expect(back.action).toBe('updated');
    expect(back.comment).toBeNull();
  });
});
