// The real MCP Gateway in the test suite (issue 17): each scenario starts the gateway binary with a guard of ours or
// the real GitHub guard, drives it with the MCP SDK client, lays its logs out as a gh-aw run (folder and artifact
// zips) and audits them with dist/cli.js. Skipped, with one line from the global setup, when no binary is found;
// `npm run test:gateway` refuses to run without one. The results go to .gateway-results/ for docs/COMPATIBILITY.md.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/model/types.js';
import { startFakeGitHub } from '../support/fake-github.js';
import { assertDistFresh, describeRun, runAction } from '../support/run-action.js';
import { seedFromRunFolders } from '../support/seed.js';
import { auditWithCli, layoutRun } from './artifact.js';
import { ISSUES, OUTSIDE_REPO, POLICY_REPO } from './fixtures.js';
import {
  ROOT,
  call,
  connect,
  disposeToolkit,
  gatewayBinary,
  leftoverProcesses,
  startGateway,
  stopAll,
  stopGateway,
} from './gateway.js';
import { binaryVersion, ResultsRecorder } from './results.js';
import { runScenario, SCENARIOS, type Scenario, type ScenarioRun } from './scenarios.js';

const binary = gatewayBinary();

describe.runIf(binary !== null)('the real MCP Gateway', () => {
  const bin = binary!;
  const version = binary ? binaryVersion(bin) : 'none';
  const results = new ResultsRecorder(version);
  for (const id of ['merged-totals', 'action-issue', 'drift-trap-line', 'drift-registration-line'])
    results.plan(id);
  // Kept when INTEGRITY_AUDIT_GATEWAY_LOGS names a folder (the compat workflow uploads it on failure), or on failure.
  const keep = process.env.INTEGRITY_AUDIT_GATEWAY_LOGS;
  const base = keep ? mkdtempSync(join(keep, 'run-')) : mkdtempSync(join(tmpdir(), 'ia-gateway-'));

  beforeAll(() => assertDistFresh());
  // Scenarios run concurrently: gateways are stopped by their own run (finally), and whatever a failure left is
  // stopped here.
  afterAll(async () => {
    await stopAll();
    disposeToolkit();
    results.write();
    if (!keep && !results.failed) rmSync(base, { recursive: true, force: true });
    else if (results.failed) console.log(`gateway logs kept in ${base}`);
  });

  // Each scenario runs once (two at a time) and is shared by the tests that look at it.
  const runs = new Map<string, Promise<ScenarioRun>>();
  let active = 0;
  const waiting: (() => void)[] = [];
  async function slot<T>(body: () => Promise<T>): Promise<T> {
    while (active >= 2) await new Promise<void>((ok) => waiting.push(ok));
    active++;
    try {
      return await body();
    } finally {
      active--;
      waiting.shift()?.();
    }
  }
  function scenarioRun(s: Scenario): Promise<ScenarioRun> {
    let p = runs.get(s.id);
    if (!p) {
      p = slot(() => runScenario(bin, s, base));
      runs.set(s.id, p);
    }
    return p;
  }

  /** A scenario test: the run, the same report from the folder and from the zips, then the scenario's assertions. */
  function scenario(s: Scenario, check: (r: ScenarioRun, report: Report) => void | Promise<void>): void {
    results.plan(s.id);
    it.concurrent(`${s.id}: ${s.title}`, { timeout: 120_000 }, async () => {
      await results.record(s.id, s.title, async () => {
        const r = await scenarioRun(s);
        expect(r.folderExit).toBe(0);
        expect(r.zipsExit).toBe(0);
        expect(comparable(r.zips)).toEqual(comparable(r.folder));
        const run = r.folder.runs[0];
        expect(r.folder.runs).toHaveLength(1);
        expect(run.id).toBe(String(r.runId));
        expect(run.gatewayVersion).toBe(version);
        expect(run.coverage).toBe('full');
        expect(run.agentInvoked).toBe(true);
        await check(r, r.folder);
      });
    });
  }

  scenario(SCENARIOS.guardedClean, (r, report) => {
    expect(r.outcomes.map((o) => o.ok)).toEqual([true, true, true, true]);
    expect(report.findings).toEqual([]);
    expect(report.runs[0]).toMatchObject({ status: 'ok', difc: { filtered: 0, guarded: true } });
    expectVerdict(report, 'clean');
  });

  scenario(SCENARIOS.trapResponse, (r, report) => {
    expect(r.outcomes[0].ok).toBe(false);
    expect(r.outcomes[0].text).toContain('wasm error: unreachable');
    expect(
      r.outcomes.slice(1).every((o) => !o.ok && o.text.includes('is unavailable after a previous trap')),
    ).toBe(true);
    const trap = only(report, 'wasm-guard-trap');
    expect(trap.severity).toBe('warning');
    expect(trap.details).toMatchObject({
      guard: 'github',
      func: 'label_response',
      cause: 'unreachable',
      followOnFailures: 3,
    });
    expect(trap.evidence[0].excerpt).toContain('WASM guard trap: guard=github, func=label_response');
    expect(severities(report)).toEqual({ critical: 0, warning: 1 });
    expect(report.runs[0].status).toBe('warning');
    expectVerdict(report, 'findings');
  });

  scenario(SCENARIOS.trapResource, (r, report) => {
    expect(r.outcomes[0].text).toContain('.label_resource(i32,i32,i32,i32) i32');
    const trap = only(report, 'wasm-guard-trap');
    expect(trap.severity).toBe('warning');
    expect(trap.details).toMatchObject({ guard: 'github', func: 'label_resource', followOnFailures: 2 });
    expect(severities(report)).toEqual({ critical: 0, warning: 1 });
    expectVerdict(report, 'findings');
  });

  scenario(SCENARIOS.notAModule, (r, report) => {
    // The gateway falls back to the noop guard and lets every call through (fail-open).
    expect(r.outcomes.every((o) => o.ok)).toBe(true);
    const bypass = only(report, 'guard-bypass');
    expect(bypass.severity).toBe('critical');
    expect(bypass.details).toMatchObject({ server: 'github', toolCalls: 2 });
    expect(String(bypass.details.reason)).toContain('failed to load WASM guard');
    expect(report.runs[0]).toMatchObject({ status: 'critical', difc: { guarded: false } });
    expect(rules(report)).not.toContain('scope-violation');
    expectVerdict(report, 'findings');
  });

  scenario(SCENARIOS.noPolicy, (r, report) => {
    expect(r.outcomes.every((o) => o.ok)).toBe(true);
    const unguarded = only(report, 'difc-not-enforced');
    expect(unguarded.severity).toBe('warning');
    expect(unguarded.details).toMatchObject({ server: 'github', toolCalls: 2 });
    // No policy was configured: not a bypass.
    expect(rules(report)).not.toContain('guard-bypass');
    expect(severities(report)).toEqual({ critical: 0, warning: 1 });
    expectVerdict(report, 'findings');
  });

  scenario(SCENARIOS.filterMode, (r, report) => {
    // The outside repository's item never reached the client; the rest did.
    const searches = r.outcomes.filter((o) => o.tool === 'search_issues');
    expect(searches.every((o) => o.ok && !o.text.includes(`github.com/${OUTSIDE_REPO}/`))).toBe(true);
    expect(searches[0].text).toContain(`github.com/${POLICY_REPO}/issues/1`);
    const summary = only(report, 'difc-filtering-summary');
    expect(summary.severity).toBe('info');
    expect(summary.details).toMatchObject({
      filtered: 2,
      byServer: { github: 2 },
      byTool: { search_issues: 2 },
    });
    expect(summary.title).toContain('2 items filtered');
    expect(report.runs[0]).toMatchObject({ status: 'ok', difc: { filtered: 2, guarded: true } });
    expect(severities(report)).toEqual({ critical: 0, warning: 0 });
    expectVerdict(report, 'clean');
  });

  scenario(SCENARIOS.strictMode, (r, report) => {
    const blocked = r.outcomes.find((o) => o.tool === 'search_issues')!;
    expect(blocked.ok).toBe(false);
    expect(blocked.text).toContain('DIFC policy violation: 1 of 4 items in response are not accessible');
    expect(readLog(r)).toContain('STRICT MODE: Blocking entire response - 1/4 items violate DIFC policy');
    // The policy working as designed: information in the filtering summary (tool, items, run), not an
    // over-filtering warning (1 of 4 items is under that rule's threshold).
    expect(rules(report)).not.toContain('over-filtering');
    const summary = only(report, 'difc-filtering-summary');
    expect(summary.severity).toBe('info');
    expect(summary.details.strict).toMatchObject({
      blocks: 1,
      violating: 1,
      items: 4,
      byTool: { search_issues: 1 },
      byRun: { [String(r.runId)]: 1 },
    });
    expect(summary.title).toContain('search_issues');
    expect(severities(report)).toEqual({ critical: 0, warning: 0 });
    expectVerdict(report, 'clean');
  });

  scenario(SCENARIOS.outsideFailOpen, (r, report) => {
    expect(r.outcomes[0].ok).toBe(true);
    expect(r.outcomes[0].text).toContain(`github.com/${OUTSIDE_REPO}/issues/7`);
    const leak = only(report, 'scope-violation');
    expect(leak.severity).toBe('critical');
    expect(leak.details).toMatchObject({
      repo: OUTSIDE_REPO,
      tool: 'search_issues',
      policyRepos: [POLICY_REPO],
    });
    expect(leak.title).toContain(OUTSIDE_REPO);
    expect(only(report, 'guard-bypass').severity).toBe('critical');
    expect(severities(report)).toEqual({ critical: 2, warning: 0 });
    expectVerdict(report, 'findings');
  });

  scenario(SCENARIOS.backendLost, (r, report) => {
    expect(r.outcomes.map((o) => o.ok)).toEqual([true, true, false, false, false]);
    expect(r.outcomes[2].text).toContain('connection closed');
    // The gateway logs no exit and does not relaunch the backend: every later call fails.
    const lost = only(report, 'backend-lost');
    expect(lost.severity).toBe('warning');
    expect(lost.details).toMatchObject({
      server: 'github',
      callsBefore: 2,
      failedAfter: 3,
      failedTools: { get_file_contents: 1, issue_read: 1, list_issues: 1 },
    });
    expect(String(lost.details.error)).toContain('connection closed');
    expect(lost.title).toContain('2 calls; 3 later calls failed');
    expect(report.runs[0].status).toBe('warning');
    expectVerdict(report, 'findings');
  });

  const realGuardChecks = (r: ScenarioRun, report: Report) => {
    // The real guard filters by author_association (CONTRIBUTOR and NONE are below `approved`) and the outside
    // repository's item; the MEMBER's issue and the commits get through.
    const [issues, search, commits] = r.outcomes;
    expect([issues.ok, search.ok, commits.ok]).toEqual([true, true, true]);
    expect(issues.text).toContain(ISSUES[0].html_url);
    expect(issues.text).not.toContain(ISSUES[1].html_url);
    expect(issues.text).not.toContain(ISSUES[2].html_url);
    expect(search.text).not.toContain(`github.com/${OUTSIDE_REPO}/`);
    const summary = only(report, 'difc-filtering-summary');
    expect(summary.details).toMatchObject({
      filtered: 5,
      byServer: { github: 5 },
      byTool: { list_issues: 2, search_issues: 3 },
    });
    expect(report.runs[0]).toMatchObject({ difc: { filtered: 5, guarded: true } });
    expect(rules(report)).not.toContain('scope-violation');
    // Without a GitHub token every collaborator-permission lookup fails: the labels were computed on less
    // information, which the audit reports as a warning (which lookups, how many, why).
    const failedLookups = readLog(r).match(
      /^\[[^\]]+\] \[ERROR\] \[guard\] \[github\] <<< call_backend FAILED with code -1$/gm,
    );
    expect(failedLookups?.length ?? 0).toBeGreaterThan(0);
    const lookups = only(report, 'guard-lookup-failed');
    expect(lookups.severity).toBe('warning');
    expect(lookups.details).toMatchObject({
      guard: 'github',
      failed: failedLookups!.length,
      byTool: { get_collaborator_permission: failedLookups!.length },
      filteredInRuns: 5,
      failedByRun: { [String(r.runId)]: failedLookups!.length },
      filteredByRun: { [String(r.runId)]: 5 },
    });
    expect(Object.keys(lookups.details.reasons as object).join(' ')).toContain('no GitHub token');
    expect(lookups.title).toContain('get_collaborator_permission');
    expectVerdict(report, 'findings');
    expect(severities(report)).toEqual({ critical: 0, warning: 1 });
  };

  scenario(SCENARIOS.realGuard, realGuardChecks);

  scenario(SCENARIOS.realGuardToml, async (r, report) => {
    expect(readFileSync(join(r.logDir, 'mcp-gateway.log'), 'utf8')).toMatch(
      /Starting MCPG with config: .*config\.toml/,
    );
    realGuardChecks(r, report);
    // The same findings as through stdin JSON.
    const json = await scenarioRun(SCENARIOS.realGuard);
    expect(shape(report)).toEqual(shape(json.folder));
  });

  it.concurrent(
    'totals across runs: three real filter runs audited together say the merged count in the title',
    { timeout: 120_000 },
    async () => {
      await results.record(
        'merged-totals',
        'Three real filter runs audited together: merged totals',
        async () => {
          const r = await scenarioRun(SCENARIOS.filterMode);
          const dir = mkdtempSync(join(base, 'totals-'));
          let folder = '';
          for (const offset of [0, 100, 200]) {
            folder = (await layoutRun(r.logDir, dir, r.runId + offset, 'Gateway filter-mode')).folder;
          }
          const { report } = await auditWithCli(folder, join(dir, 'report.json'));
          expect(report.runs).toHaveLength(3);
          const summary = only(report, 'difc-filtering-summary');
          expect(summary.details).toMatchObject({ filtered: 6, byTool: { search_issues: 6 } });
          expect(summary.runs).toHaveLength(3);
          // Every number in the title is the merged one, not the first run's.
          expect(summary.title).toContain('6 items filtered');
          expect(summary.title).not.toMatch(/\b2 items\b/);
        },
      );
    },
  );

  it.concurrent(
    'the action (dist/index.js) audits a real trap run from the fake GitHub and opens the issue',
    { timeout: 120_000 },
    async () => {
      await results.record(
        'action-issue',
        'The action downloads a real trap run and opens the issue',
        async () => {
          const r = await scenarioRun(SCENARIOS.trapResponse);
          const token = 'ghs_gatewayE2eToken0123456789abcdefghijk';
          const repo = 'octo-org/app';
          const gh = await startFakeGitHub({ token });
          try {
            await seedFromRunFolders(gh, repo, r.layout.folder);
            const run = await runAction({
              repository: repo,
              apiUrl: gh.url,
              inputs: { 'github-token': token },
            });
            expect(run.code, describeRun(run)).toBe(0);
            expect(run.outputs['issue-action']).toBe('created');
            expect(run.outputs.verdict).toBe('findings');
            expect(run.outputs.warning).toBe('1');
            const issues = gh.repos.get(repo)!.issues;
            expect(issues).toHaveLength(1);
            const body = issues[0].body;
            expect(body).toContain('wasm-guard-trap');
            expect(body).toContain('label_response');
            expect(body).toContain(String(r.runId));
            const trap = run.report!.findings.find((f) => f.rule === 'wasm-guard-trap')!;
            expect(trap.details).toMatchObject({
              guard: 'github',
              func: 'label_response',
              followOnFailures: 3,
            });
          } finally {
            await gh.close();
          }
        },
      );
    },
  );

  it.concurrent('drift: a reworded trap line is not read as a clean run', { timeout: 120_000 }, async () => {
    await results.record('drift-trap-line', 'A reworded trap line is not read as a clean run', async () => {
      const r = await scenarioRun(SCENARIOS.trapResponse);
      const dir = mkdtempSync(join(base, 'drift-'));
      const layout = await layoutRun(r.logDir, dir, r.runId, 'Gateway drift');
      const log = join(layout.folder, `run-${r.runId}`, 'agent', 'mcp-logs', 'mcp-gateway.log');
      const text = readFileSync(log, 'utf8');
      const trapLine = /^\[[^\]]+\] \[ERROR\] \[backend\] WASM guard trap: .*$/m.exec(text);
      expect(trapLine, 'the real log has the trap line').not.toBeNull();
      // A future gateway rewords the line the audit reads the trap from.
      writeFileSync(log, text.replace('] WASM guard trap: guard=', '] WASM guard fault: guard='));
      const { report } = await auditWithCli(layout.folder, join(dir, 'report.json'));
      // Not clean: the refused calls still carry the trap (`wasm error:`), so the run keeps a trap finding,
      // marked as read from the legacy records, and its evidence names the line it was read from.
      expect(report.runs[0].status).not.toBe('ok');
      const trap = only(report, 'wasm-guard-trap');
      expect(trap.details).toMatchObject({ func: 'label_response', cause: 'unreachable', legacy: true });
      expect(trap.evidence[0].excerpt).toContain('wasm error: unreachable');
      expect(trap.evidence[0].excerpt).not.toContain('WASM guard fault');
      expectVerdict(report, 'findings');
    });
  });

  it.concurrent(
    'drift: a reworded guard registration line leaves the run incomplete, naming what was not read',
    { timeout: 120_000 },
    async () => {
      await results.record(
        'drift-registration-line',
        'A reworded guard registration line is not read as clean',
        async () => {
          const r = await scenarioRun(SCENARIOS.guardedClean);
          expect(r.folder.summary.verdict).toBe('clean');
          const dir = mkdtempSync(join(base, 'drift-registration-'));
          const layout = await layoutRun(r.logDir, dir, r.runId, 'Gateway drift');
          const logs = join(layout.folder, `run-${r.runId}`, 'agent', 'mcp-logs');
          let reworded = 0;
          for (const name of readdirSync(logs).filter((n) => n.endsWith('.log'))) {
            const text = readFileSync(join(logs, name), 'utf8');
            const next = text.replace(
              /Registered guard 'github'/g,
              () => (reworded++, 'Enrolled guard github'),
            );
            writeFileSync(join(logs, name), next);
          }
          expect(reworded).toBeGreaterThan(0);
          const { report } = await auditWithCli(layout.folder, join(dir, 'report.json'));
          // Which guard ran can no longer be read: not clean, and the report says what it could not read.
          expectVerdict(report, 'incomplete');
          expect(report.runs[0].coverage).toBe('partial');
          expect((report.runs[0].coverageNotes ?? []).join('\n')).toMatch(
            /^guard state: \S*mcp-logs\/mcp-gateway\.log line \d+ sets a guard policy for `github`.* no guard registration/m,
          );
        },
      );
    },
  );

  it.concurrent(
    'npm run gateway:corpus keeps real sessions as run folders that analyze reads',
    { timeout: 120_000 },
    async () => {
      const out = mkdtempSync(join(base, 'corpus-'));
      const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
      const script = join(ROOT, 'scripts', 'gateway-corpus.ts');
      const args = [tsx, script, '--runs', '2', '--calls', '6', '--guard', 'filter', '--out', out];
      const done = await slot(() => runNode(args, { INTEGRITY_AUDIT_GATEWAY_BIN: bin }));
      expect(done.code, done.output).toBe(0);
      expect(readdirSync(out).sort()).toEqual(['run-920000001', 'run-920000002']);
      const { report } = await auditWithCli(out, join(base, 'corpus-report.json'));
      // Six calls cycle through five tools: one search_issues per run, its outside item filtered.
      expect(report.runs.map((r) => r.difc)).toEqual([
        { filtered: 1, guarded: true },
        { filtered: 1, guarded: true },
      ]);
      expect(only(report, 'difc-filtering-summary').details).toMatchObject({ filtered: 2 });
    },
  );

  it(
    'stops a gateway that no longer answers: SIGTERM, then SIGKILL of its whole process group',
    { timeout: 60_000 },
    async () => {
      const gw = await startGateway(bin, mkdtempSync(join(base, 'frozen-')), {
        guard: { kind: 'wat', spec: {} },
      });
      const client = await connect(gw);
      expect((await call(client, 'list_issues', { owner: 'octo-org', repo: 'app' })).ok).toBe(true);
      const pids = groupPids(gw.child.pid!);
      expect(pids.length).toBeGreaterThanOrEqual(2);
      // Frozen: it neither answers /close nor handles SIGTERM; its backends keep running.
      process.kill(gw.child.pid!, 'SIGSTOP');
      await stopGateway(gw, { closeMs: 500, termMs: 500 });
      expect(gw.stoppedBy).toBe('SIGKILL');
      expect(groupPids(gw.child.pid!)).toEqual([]);
      await client.close().catch(() => undefined);
    },
  );

  it(
    'leaves no gateway or backend process behind, and gave the gateway a clean environment',
    { timeout: 60_000 },
    async () => {
      const dir = mkdtempSync(join(base, 'lifecycle-'));
      const saved = { GITHUB_TOKEN: process.env.GITHUB_TOKEN, GH_TOKEN: process.env.GH_TOKEN };
      process.env.GITHUB_TOKEN = 'ghs_mustNotReachTheGateway0123456789abcdef';
      process.env.GH_TOKEN = 'ghs_mustNotReachTheGateway0123456789abcdef';
      try {
        const gw = await startGateway(bin, dir, { guard: { kind: 'wat', spec: {} } });
        const client = await connect(gw);
        expect((await call(client, 'list_issues', { owner: 'octo-org', repo: 'app' })).ok).toBe(true);
        const pids = groupPids(gw.child.pid!);
        expect(pids.length).toBeGreaterThanOrEqual(2); // the gateway and its backends, in one process group
        for (const pid of pids) {
          const env = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
          expect(
            env.filter((v) => /^(GITHUB_|GH_|OTEL_)/.test(v) && !v.startsWith('GITHUB_READ_ONLY=')),
          ).toEqual([]);
        }
        await client.close();
        await stopGateway(gw);
        expect(gw.stoppedBy).toBe('close');
        expect(groupPids(gw.child.pid!)).toEqual([]);
      } finally {
        Object.assign(process.env, saved);
        for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
      }
      // After every scenario of this file: nothing of ours is still running.
      await Promise.allSettled([...runs.values()]);
      await stopAll();
      expect(leftoverProcesses(bin, base)).toEqual([]);
    },
  );
});

/** Runs node with these arguments; exit code and combined output. */
function runNode(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => ok({ code, output }));
  });
}

/** Pids whose process group is `pgid`. */
function groupPids(pgid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') out.push(Number(entry));
    } catch {
      // gone
    }
  }
  return out;
}

function readLog(r: ScenarioRun): string {
  return readFileSync(join(r.logDir, 'mcp-gateway.log'), 'utf8');
}

function rules(report: Report): string[] {
  return report.findings.map((f) => f.rule);
}

/** The one finding of `rule` (fails when there is none or several). */
function only(report: Report, rule: string): Finding {
  const found = report.findings.filter((f) => f.rule === rule);
  expect(found, `findings of ${rule} among ${JSON.stringify(rules(report))}`).toHaveLength(1);
  return found[0];
}

function severities(report: Report): { critical: number; warning: number } {
  return { critical: report.summary.critical, warning: report.summary.warning };
}

function expectVerdict(report: Report, verdict: Report['summary']['verdict']): void {
  expect(report.summary.verdict).toBe(verdict);
}

/** A report without what differs between two audits of the same run: the time, the artifact path prefix. */
function comparable(report: Report): unknown {
  return {
    ...report,
    generatedAt: null,
    findings: report.findings.map((f) => ({
      ...f,
      evidence: f.evidence.map((e) => ({ ...e, file: e.file.replace(/^.*?(mcp-logs\/)/, '$1') })),
    })),
  };
}

/** What two runs of the same session must share: rules, severities, details without run ids. */
function shape(report: Report): unknown {
  return report.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    details: JSON.parse(JSON.stringify(f.details).replace(/\b9\d{8}\b/g, 'RUN')),
  }));
}
