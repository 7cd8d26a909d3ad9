// The action end to end: the built dist/index.js runs as a process (as the runner runs it) against the fake GitHub
// server, and the tests assert on what the server received, the outputs, the JSON report and the job summary.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { FakeGitHub, FakeIssue } from '../support/fake-github.js';
import { artifactsOf } from '../support/seed.js';
import { reliabilityRecorder } from '../support/reliability.js';
import { NODE24_PREFIX } from '../support/scratch.js';
import {
  assertDistFresh,
  describeRun,
  runAction,
  workflowCommands,
  type ActionRun,
  type RunActionOptions,
} from '../support/run-action.js';
import { parseState, renderState } from '../../src/report/state.js';
import {
  DAY,
  EXAMPLES,
  HOUR,
  REPO,
  RUN_BYPASS,
  RUN_CLEAN,
  RUN_TRAP,
  TOKEN,
  api,
  expectCountOutputs,
  expectExit,
  expectNoAuthorizationToStorage,
  expectTokenOnApi,
  expectValidReport,
  expectedTitle,
  isoAgo,
  line,
  lockRun,
  seedExamples,
  startServer,
  storage,
  titleDates,
  writes,
} from './fixtures.js';

const rel = reliabilityRecorder(import.meta.url);

beforeAll(() => {
  assertDistFresh();
});

/** Runs the action with only the token as input, GITHUB_REPOSITORY / GITHUB_API_URL given as a runner gives them. */
async function runDefault(
  gh: FakeGitHub,
  extra: RunActionOptions = {},
): Promise<{ run: ActionRun; dates: string[] }> {
  const before = new Date();
  const run = await runAction({
    repository: REPO,
    apiUrl: gh.url,
    ...extra,
    inputs: { 'github-token': TOKEN, ...extra.inputs },
  });
  return { run, dates: titleDates(before, new Date()) };
}

function issuesOf(gh: FakeGitHub, repo = REPO): FakeIssue[] {
  return gh.repos.get(repo)?.issues ?? [];
}

/** The Runs Analyzed table rows of a Markdown body, keyed by run id. */
function runsTable(body: string): Map<string, string> {
  const start = body.indexOf('### Runs Analyzed');
  expect(start, 'no Runs Analyzed section').toBeGreaterThanOrEqual(0);
  const rows = new Map<string, string>();
  for (const l of body.slice(start).split('\n')) {
    const m = /^\| \[?(\d+)/.exec(l);
    if (m) rows.set(m[1], l);
  }
  return rows;
}

/** The Findings Summary table: severity → count. */
function summaryCounts(body: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of body.matchAll(/^\| \S+ (Critical|Warning|Info) \| (\d+) \|/gm))
    out[m[1].toLowerCase()] = Number(m[2]);
  return out;
}

/**
 * The main scenario, under any node binary: the three example runs, only the token as input. One issue, its title,
 * labels (created because missing), the runs table, counts, outputs, the JSON report, the job summary, annotations.
 */
async function mainScenario(node?: string): Promise<{ gh: FakeGitHub; run: ActionRun }> {
  const gh = await startServer();
  try {
    await seedExamples(gh);
    const { run, dates } = await runDefault(gh, { node });
    expectExit(run, 0);

    // What the server received: one issue, two labels created, nothing else written.
    const w = writes(gh);
    expect(w.map(line)).toEqual([
      `POST /repos/${REPO}/labels`,
      `POST /repos/${REPO}/labels`,
      `POST /repos/${REPO}/issues`,
    ]);
    expect(w.slice(0, 2).map((r) => (r.body as { name: string }).name)).toEqual([
      'integrity-audit',
      'automation',
    ]);
    const posted = w[2].body as { title: string; body: string; labels: string[] };
    expect(dates.map((d) => expectedTitle(REPO, d))).toContain(posted.title);
    expect(posted.labels).toEqual(['integrity-audit', 'automation']);
    const issues = issuesOf(gh);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      number: 1,
      state: 'open',
      title: posted.title,
      labels: ['integrity-audit', 'automation'],
    });
    expect(
      gh.repos
        .get(REPO)!
        .labels.map((l) => l.name)
        .sort(),
    ).toEqual(['automation', 'integrity-audit']);

    // The default window: the last 24 hours, completed runs, listed with the created filter.
    const listing = api(gh).filter((r) => r.path === `/repos/${REPO}/actions/runs`);
    expect(listing.length).toBeGreaterThanOrEqual(1);
    const [from, to] = listing[0].query.created.split('..').map((s) => Date.parse(s));
    expect(to - from).toBe(24 * HOUR);
    expect(listing[0].query.status).toBe('completed');

    // The JSON report.
    const report = run.report;
    expectValidReport(report);
    expect(report.target).toBe(REPO);
    expect(Date.parse(report.window.to!) - Date.parse(report.window.from!)).toBe(24 * HOUR);
    expect(report.summary).toEqual({
      runs: 3,
      runsWithArtifacts: 3,
      critical: 0,
      warning: 2,
      info: 2,
      verdict: 'findings',
    });
    expect(report.runs.map((r) => r.id).sort()).toEqual([RUN_TRAP, RUN_BYPASS, RUN_CLEAN].sort());
    for (const r of report.runs) {
      expect(r.coverage).toBe('full');
      expect(r.agentInvoked).toBe(true);
      expect(r.url).toBe(`https://github.com/${REPO}/actions/runs/${r.id}`);
      // The Jobs API's job pages, and the agent job linked in the issue's runs table.
      const agentJob = r.jobs?.find((j) => j.name === 'agent')?.url;
      expect(agentJob).toMatch(new RegExp(`^https://github\\.com/${REPO}/actions/runs/${r.id}/job/\\d+$`));
      expect(posted.body).toContain(`| [✅](${agentJob}) |`);
    }
    const byId = new Map(report.runs.map((r) => [r.id, r]));
    expect(byId.get(RUN_TRAP)).toMatchObject({
      workflow: 'Smoke Copilot',
      status: 'warning',
      difc: { guarded: true },
    });
    expect(byId.get(RUN_BYPASS)).toMatchObject({
      workflow: 'AI Moderator',
      status: 'warning',
      firewall: { blocked: 5, total: 6 },
      difc: { filtered: 1 },
    });
    expect(byId.get(RUN_CLEAN)).toMatchObject({
      workflow: 'Daily Triage',
      status: 'ok',
      difc: { filtered: 0, guarded: true },
    });
    const trap = report.findings.find((f) => f.rule === 'wasm-guard-trap')!;
    expect(trap).toMatchObject({ id: 'W-1', severity: 'warning', runs: [RUN_TRAP], count: 1 });
    expect(trap.details).toMatchObject({
      guard: 'github',
      func: 'label_response',
      cause: 'unreachable',
      followOnFailures: 2,
    });
    const bypass = report.findings.find((f) => f.rule === 'direct-api-bypass')!;
    expect(bypass).toMatchObject({ severity: 'warning', runs: [RUN_BYPASS], count: 4 });
    expect(report.findings.filter((f) => f.runs.includes(RUN_CLEAN))).toEqual([]);
    expect(report.findings.map((f) => f.rule).sort()).toEqual([
      'difc-filtering-summary',
      'direct-api-bypass',
      'firewall-block',
      'wasm-guard-trap',
    ]);

    // The issue body: header, summary counts, runs table, the state block naming the target.
    const body = issues[0].body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain(`### Integrity Filtering Audit — ${REPO}`);
    expect(body).toContain('**Runs analyzed**: 3 completed runs');
    expect(body).toContain('**Runs with artifacts**: 3');
    expect(summaryCounts(body)).toEqual({ critical: 0, warning: 2, info: 2 });
    const rows = runsTable(body);
    expect([...rows.keys()].sort()).toEqual([RUN_TRAP, RUN_BYPASS, RUN_CLEAN].sort());
    expect(rows.get(RUN_TRAP)).toMatch(
      /\| Smoke Copilot \| main \| \[✅\]\([^)]*\/job\/\d+\) \| 0 \| 0 of 2 \| full \| ⚠️ \[W-1\]\(#w-1\) \|$/,
    );
    expect(rows.get(RUN_BYPASS)).toMatch(
      /\| AI Moderator \| main \| \[✅\]\([^)]*\/job\/\d+\) \| 1 \| 5 of 6 \| full \| ⚠️ \[W-2\]\(#w-2\), \[I-1\]\(#i-1\), \[I-2\]\(#i-2\) \|$/,
    );
    expect(rows.get(RUN_CLEAN)).toMatch(
      /\| Daily Triage \| main \| \[✅\]\([^)]*\/job\/\d+\) \| 0 \| 0 of 2 \| full \| ✅ none \|$/,
    );
    // The body leads with the verdict, in one line.
    expect(body.split('\n')[2]).toMatch(
      /^\*\*Verdict: findings\*\* 🟡 — 2 warnings in 2 of 3 runs: a WASM guard trap in Smoke Copilot \(.*\) — \[W-1\]\(#w-1\); direct API access .* in AI Moderator .*\.$/,
    );
    expect(body).toContain('#### W-1 · WASM guard `github` trapped in `label_response`');
    const state = parseState(body);
    expect(state?.target).toBe(REPO);
    expect(Object.keys(state!.findings).sort()).toEqual(
      report.findings.map((f) => `${f.fingerprint}:${f.severity}`).sort(),
    );

    // Outputs.
    expect(run.outputs).toMatchObject({
      'issue-action': 'created',
      'issue-number': '1',
      'issue-url': `https://github.com/${REPO}/issues/1`,
    });
    expectCountOutputs(run);
    expect(run.outputs).toMatchObject({ critical: '0', warning: '2', info: '2', verdict: 'findings' });

    // The job summary: the same tables, no state block, and the link to the issue.
    expect(run.summary).toContain('### Findings Summary');
    expect(run.summary).toContain('| Severity | Count | Description |');
    expect(run.summary).toContain('### Runs Analyzed');
    expect(run.summary).toContain(
      '| Run | Workflow | Branch | Agent Invoked | DIFC Filtered | Firewall Blocks | Coverage | Findings |',
    );
    expect(summaryCounts(run.summary)).toEqual({ critical: 0, warning: 2, info: 2 });
    expect([...runsTable(run.summary).keys()].sort()).toEqual([RUN_TRAP, RUN_BYPASS, RUN_CLEAN].sort());
    expect(run.summary).not.toContain('integrity-audit:state');
    expect(run.summary).toContain(`[#1](https://github.com/${REPO}/issues/1) (created)`);

    // One annotation per warning finding.
    const annotations = workflowCommands(run.stdout, 'warning').filter(
      (a) => !a.includes('not fully audited'),
    );
    expect(annotations).toHaveLength(2);
    expect(annotations.some((a) => a.includes('wasm-guard-trap'))).toBe(true);
    expect(annotations.some((a) => a.includes('direct-api-bypass'))).toBe(true);
    expect(workflowCommands(run.stdout, 'error')).toEqual([]);

    // Artifacts came from the storage origin, without the token.
    expect(storage(gh).filter((r) => r.path.startsWith('/actions-results/artifacts/'))).toHaveLength(6);
    expectNoAuthorizationToStorage(gh);
    expectTokenOnApi(gh);
    return { gh, run };
  } catch (err) {
    await gh.close();
    throw err;
  }
}

describe('the issue lifecycle (one server, runs in sequence)', () => {
  let gh: FakeGitHub;
  afterAll(async () => {
    await gh?.close();
  });

  it('files one issue with the title, labels, runs table, counts and outputs', async () => {
    ({ gh } = await mainScenario());
  });

  it('a second run on the same data changes nothing and posts nothing', async () => {
    const from = gh.requests.length;
    const before = structuredClone(issuesOf(gh));
    const { run } = await runDefault(gh);
    expectExit(run, 0);
    expect(writes(gh, from).map(line)).toEqual([]);
    expect(issuesOf(gh)).toEqual(before);
    expect(run.outputs).toMatchObject({
      'issue-action': 'unchanged',
      'issue-number': '1',
      'issue-url': `https://github.com/${REPO}/issues/1`,
    });
    expectValidReport(run.report);
    expectCountOutputs(run);
    expect(run.summary).toContain('(unchanged)');
    expectNoAuthorizationToStorage(gh);
    rel.record(
      'Idempotency and races',
      'the same data audited twice',
      'second run writes nothing (no PATCH, POST or comment); issue-action unchanged',
    );
  });

  it('a run with a new warning updates the issue in place and comments once', async () => {
    // A new run of the clean workflow whose gateway log now has a (non-trap) guard labeling failure.
    const artifacts = await artifactsOf(join(EXAMPLES, RUN_CLEAN));
    const agent = artifacts.find((a) => a.name === 'agent')!;
    const log = String(agent.files!['mcp-logs/mcp-gateway.log']).replace(
      '[2026-11-24T08:02:00.000Z] [ERROR] [auth]',
      '[2026-11-24T08:01:45.000Z] [WARN] [difc] Guard labeling failed: resource labeling failed: input too large: 2097152 bytes (max 1048576)\n' +
        '[2026-11-24T08:02:00.000Z] [ERROR] [auth]',
    );
    expect(log).toContain('Guard labeling failed');
    agent.files!['mcp-logs/mcp-gateway.log'] = log;
    const activation = artifacts.find((a) => a.name === 'activation')!;
    activation.files!['aw_info.json'] = String(activation.files!['aw_info.json']).replace(
      RUN_CLEAN,
      '31314177003',
    );
    gh.addRun(
      REPO,
      lockRun(31314177003, 'Daily Triage', isoAgo(30 * 60_000), { event: 'schedule', artifacts }),
    );
    // Six days old: still younger than the default rotate-days (7), so it is updated in place.
    issuesOf(gh)[0].created_at = isoAgo(6 * DAY);

    const from = gh.requests.length;
    const { run, dates } = await runDefault(gh);
    expectExit(run, 0);
    const report = run.report;
    expectValidReport(report);
    expect(report.summary).toMatchObject({ runs: 4, critical: 0, warning: 3 });
    const added = report.findings.find((f) => f.rule === 'labeling-failure')!;
    expect(added).toMatchObject({ severity: 'warning', runs: ['31314177003'] });

    const w = writes(gh, from);
    expect(w.map(line)).toEqual([`PATCH /repos/${REPO}/issues/1`, `POST /repos/${REPO}/issues/1/comments`]);
    const patch = w[0].body as { title: string; body: string; state?: string };
    expect(dates.map((d) => expectedTitle(REPO, d))).toContain(patch.title);
    expect(patch.state).toBeUndefined();
    expect(runsTable(patch.body).has('31314177003')).toBe(true);
    expect(summaryCounts(patch.body)).toEqual({ critical: 0, warning: 3, info: report.summary.info });
    expect(patch.body).toMatch(/#### W-\d · .*labeling failed.* 🆕/);
    expect(patch.body).toContain('**Since the last audit**: 1 new, ');
    const comment = (w[1].body as { body: string }).body;
    expect(comment).toContain('**1 new finding**');
    expect(comment).toContain('`labeling-failure`');
    expect(comment).not.toContain('wasm-guard-trap');

    const issues = issuesOf(gh);
    expect(issues).toHaveLength(1);
    expect(issues[0].body).toBe(patch.body);
    expect(issues[0].comments).toHaveLength(1);
    expect(run.outputs).toMatchObject({ 'issue-action': 'updated', 'issue-number': '1', warning: '3' });
    expectCountOutputs(run);

    // The update stored the new state: running again on the same data writes nothing.
    const again = gh.requests.length;
    const { run: rerun } = await runDefault(gh);
    expectExit(rerun, 0);
    expect(writes(gh, again).map(line)).toEqual([]);
    expect(rerun.outputs['issue-action']).toBe('unchanged');
    expectNoAuthorizationToStorage(gh);
    rel.record(
      'Idempotency and races',
      'a new warning, then the same data again',
      'issue updated in place with one comment; the rerun writes nothing (unchanged)',
    );
  });

  it('an issue older than rotate-days (default 7) is closed and replaced', async () => {
    const old = issuesOf(gh)[0];
    old.created_at = isoAgo(8 * DAY);
    const from = gh.requests.length;
    const { run, dates } = await runDefault(gh);
    expectExit(run, 0);
    const w = writes(gh, from);
    expect(w.map(line)).toEqual([
      `POST /repos/${REPO}/issues`,
      `POST /repos/${REPO}/issues/1/comments`,
      `PATCH /repos/${REPO}/issues/1`,
    ]);
    const created = w[0].body as { title: string; labels: string[]; body: string };
    expect(dates.map((d) => expectedTitle(REPO, d))).toContain(created.title);
    expect(created.labels).toEqual(['integrity-audit', 'automation']);
    expect((w[1].body as { body: string }).body).toContain('#2');
    expect(w[2].body).toMatchObject({ state: 'closed' });

    const issues = issuesOf(gh);
    expect(issues.map((i) => [i.number, i.state])).toEqual([
      [1, 'closed'],
      [2, 'open'],
    ]);
    expect(parseState(issues[1].body)?.target).toBe(REPO);
    expect(run.outputs).toMatchObject({
      'issue-action': 'created',
      'issue-number': '2',
      'issue-url': `https://github.com/${REPO}/issues/2`,
    });
    expectNoAuthorizationToStorage(gh);
  });
});

describe('issue options', () => {
  let gh: FakeGitHub | undefined;
  afterEach(async () => {
    if (gh) expectNoAuthorizationToStorage(gh);
    await gh?.close();
    gh = undefined;
  });

  it('dry-run writes nothing and prints the title and body', async () => {
    gh = await startServer();
    await seedExamples(gh);
    const { run, dates } = await runDefault(gh, { inputs: { 'dry-run': 'true' } });
    expectExit(run, 0);
    expect(writes(gh).map(line)).toEqual([]);
    expect(issuesOf(gh)).toEqual([]);
    expect(gh.repos.get(REPO)!.labels).toEqual([]);
    expect(dates.some((d) => run.stdout.includes(expectedTitle(REPO, d)))).toBe(true);
    expect(run.stdout).toContain('--- body ---');
    expect(run.stdout).toContain('### Findings Summary');
    expect(run.stdout).toContain('### Runs Analyzed');
    expect(run.stdout).toContain('<!-- integrity-audit:state');
    expect(run.outputs).toMatchObject({
      'issue-action': 'dry-run',
      'issue-number': '',
      'issue-url': '',
      warning: '2',
    });
    expectValidReport(run.report);
    expectCountOutputs(run);
  });

  it('files the issue in issue-repository when it differs from repository', async () => {
    gh = await startServer();
    await seedExamples(gh);
    const AUDITS = 'octo-org/audits';
    gh.repos.set(AUDITS, { runs: [], issues: [], labels: [{ name: 'integrity-audit', color: '5319e7' }] });
    const { run, dates } = await runDefault(gh, { inputs: { 'issue-repository': AUDITS } });
    expectExit(run, 0);
    expect(writes(gh).map(line)).toEqual([`POST /repos/${AUDITS}/labels`, `POST /repos/${AUDITS}/issues`]);
    expect((writes(gh)[0].body as { name: string }).name).toBe('automation');
    expect(issuesOf(gh, REPO)).toEqual([]);
    const [issue] = issuesOf(gh, AUDITS);
    expect(dates.map((d) => expectedTitle(REPO, d))).toContain(issue.title);
    expect(parseState(issue.body)?.target).toBe(REPO);
    expect(
      api(gh)
        .filter((r) => r.path.includes('/actions/'))
        .every((r) => r.path.startsWith(`/repos/${REPO}/`)),
    ).toBe(true);
    expect(run.outputs).toMatchObject({
      'issue-action': 'created',
      'issue-number': '1',
      'issue-url': `https://github.com/${AUDITS}/issues/1`,
    });
  });

  it('title-prefix, labels, config and a repository other than the current one; other targets’ issues are left alone', async () => {
    gh = await startServer();
    await seedExamples(gh);
    // The action runs in octo-org/ops (GITHUB_REPOSITORY: the issue's default home) and audits octo-org/example-app.
    const OPS = 'octo-org/ops';
    gh.repos.set(OPS, { runs: [], issues: [], labels: [] });
    const otherState = renderState({
      v: 1,
      target: 'octo-org/other-app',
      digest: '0123456789abcdef01234567',
      findings: {},
    });
    const other = gh.addIssue(OPS, {
      title: '[audit] Integrity Filtering Audit — octo-org/other-app (2026-11-20)',
      body: `### Integrity Filtering Audit — octo-org/other-app\n\n${otherState}\n`,
      labels: ['difc-audit', 'security'],
      created_at: isoAgo(DAY),
    });
    const dir = mkdtempSync(join(tmpdir(), 'integrity-audit-config-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const config = join(dir, 'integrity-audit.json');
    writeFileSync(
      config,
      JSON.stringify({ rules: { 'direct-api-bypass': 'critical', 'firewall-block': 'off' } }),
    );

    const before = new Date();
    const run = await runAction({
      repository: OPS,
      apiUrl: gh.url,
      inputs: {
        'github-token': TOKEN,
        repository: REPO,
        'title-prefix': '[audit] ',
        labels: 'difc-audit, security',
        config,
        'fail-on': 'critical',
      },
    });
    const dates = titleDates(before, new Date());
    expect(run.code, describeRun(run)).toBe(1);
    expect(workflowCommands(run.stdout, 'error').join('\n')).toContain(
      '1 critical finding(s) (fail-on: critical)',
    );
    expectValidReport(run.report);
    expect(run.report.summary).toMatchObject({ runs: 3, critical: 1, warning: 1, info: 1 });
    expect(run.report.findings.find((f) => f.rule === 'direct-api-bypass')).toMatchObject({
      id: 'C-1',
      severity: 'critical',
    });
    expect(run.report.findings.some((f) => f.rule === 'firewall-block')).toBe(false);

    // One annotation per critical (error) and warning finding, besides the failure message.
    expect(workflowCommands(run.stdout, 'error').filter((e) => e.includes('direct-api-bypass'))).toHaveLength(
      1,
    );
    expect(workflowCommands(run.stdout, 'warning').filter((e) => e.includes('wasm-guard-trap'))).toHaveLength(
      1,
    );

    // (The labels exist: the other issue carries them.)
    expect(writes(gh).map(line)).toEqual([`POST /repos/${OPS}/issues`]);
    const issues = issuesOf(gh, OPS);
    expect(issues).toHaveLength(2);
    expect(issues[0]).toEqual(other);
    expect(other.state).toBe('open');
    expect(issues[1].labels).toEqual(['difc-audit', 'security']);
    expect(dates.map((d) => expectedTitle(REPO, d, '[audit] '))).toContain(issues[1].title);
    expect(parseState(issues[1].body)?.target).toBe(REPO);
    expect(summaryCounts(issues[1].body)).toEqual({ critical: 1, warning: 1, info: 1 });
    expect(issuesOf(gh, REPO)).toEqual([]);
    expect(run.outputs).toMatchObject({
      'issue-action': 'created',
      'issue-number': '2',
      critical: '1',
      warning: '1',
      info: '1',
    });
  });

  // Small artifacts are downloaded into memory (within a budget), larger ones (or past the budget) to files: both ways.
  it.each([
    ['into memory', '64'],
    ['to files (no memory budget)', '0'],
  ])(
    'retries storage downloads that failed (reset, 500, stalled) with a fresh URL; one that keeps failing is partial (%s)',
    async (_how, memoryMB) => {
      gh = await startServer();
      await seedExamples(gh);
      const artifactOf = (id: string, name: string) =>
        gh!.repos
          .get(REPO)!
          .runs.find((r) => String(r.id) === id)!
          .artifacts!.find((a) => a.name === name)!.id!;
      const [reset, failed, stalled, broken] = [
        artifactOf(RUN_TRAP, 'agent'),
        artifactOf(RUN_BYPASS, 'agent'),
        artifactOf(RUN_BYPASS, 'activation'),
        artifactOf(RUN_CLEAN, 'agent'),
      ];
      const zip = (id: number) => `/actions-results/artifacts/${id}.zip`;
      gh.fault({ origin: 'storage', path: zip(reset), action: 'reset' });
      gh.fault({ origin: 'storage', path: zip(failed), status: 500 });
      gh.fault({ origin: 'storage', path: zip(stalled), action: 'hang' });
      gh.fault({ origin: 'storage', path: zip(broken), status: 503, times: 10 });
      const { run } = await runDefault(gh, {
        env: { INTEGRITY_AUDIT_DOWNLOAD_IDLE_MS: '400', INTEGRITY_AUDIT_DOWNLOAD_MEMORY_MB: memoryMB },
      });
      expectExit(run, 0);
      expectValidReport(run.report);
      const coverage = Object.fromEntries(run.report.runs.map((r) => [r.id, r.coverage]));
      expect(coverage).toEqual({ [RUN_TRAP]: 'full', [RUN_BYPASS]: 'full', [RUN_CLEAN]: 'partial' });
      expect(run.report.summary).toMatchObject({ runs: 3, critical: 0, warning: 2 });
      for (const id of [reset, failed, stalled]) {
        expect(api(gh).filter((r) => r.path === `/repos/${REPO}/actions/artifacts/${id}/zip`)).toHaveLength(
          2,
        );
        expect(storage(gh).filter((r) => r.path === zip(id))).toHaveLength(2);
      }
      // Three attempts, each with a fresh pre-signed URL from the API, then the run is reported as partial.
      expect(api(gh).filter((r) => r.path === `/repos/${REPO}/actions/artifacts/${broken}/zip`)).toHaveLength(
        3,
      );
      const missing = run.report.findings.filter((f) => f.rule === 'evidence-missing');
      expect(missing.map((f) => [f.runs, f.details.coverage, f.details.kind])).toEqual([
        [[RUN_CLEAN], 'partial', 'unreadable'],
      ]);
      expect(run.outputs['issue-action']).toBe('created');
    },
  );

  it('works with a GHES-style api-url (<url>/api/v3); fail-on critical passes with no critical finding', async () => {
    gh = await startServer();
    await seedExamples(gh);
    // GITHUB_API_URL points nowhere: the api-url input must be what is used.
    const { run } = await runDefault(gh, {
      apiUrl: 'http://127.0.0.1:9',
      inputs: { 'api-url': `${gh.url}/api/v3`, 'fail-on': 'critical' },
    });
    expectExit(run, 0);
    const calls = api(gh);
    expect(calls.length).toBeGreaterThan(5);
    for (const r of calls) expect(r.rawPath.startsWith('/api/v3/'), r.rawPath).toBe(true);
    expect(issuesOf(gh)).toHaveLength(1);
    expect(storage(gh).length).toBe(6);
    expect(run.report?.summary).toMatchObject({ runs: 3, critical: 0, warning: 2 });
    expect(run.outputs['issue-action']).toBe('created');
  });

  it('fail-on warning makes the process exit non-zero, after filing the issue and setting the outputs', async () => {
    gh = await startServer();
    await seedExamples(gh);
    const { run } = await runDefault(gh, { inputs: { 'fail-on': 'warning' } });
    expect(run.code).not.toBe(0);
    expect(run.code).toBe(1);
    expect(workflowCommands(run.stdout, 'error').join('\n')).toContain(
      '2 warning finding(s) (fail-on: warning)',
    );
    expect(issuesOf(gh)).toHaveLength(1);
    expect(run.outputs).toMatchObject({ 'issue-action': 'created', warning: '2' });
    expectValidReport(run.report);
  });

  it('finds its issue again when the repository input differs only in case (GitHub names are case-insensitive)', async () => {
    gh = await startServer();
    await seedExamples(gh);
    const first = await runDefault(gh);
    expectExit(first.run, 0);
    expect(issuesOf(gh)).toHaveLength(1);
    const from = gh.requests.length;
    const { run } = await runDefault(gh, { inputs: { repository: 'Octo-Org/Example-App' } });
    expectExit(run, 0);
    // No second audit issue for the same repository: at most the existing one is updated in place.
    expect(
      writes(gh, from)
        .filter((r) => r.method === 'POST')
        .map(line),
    ).toEqual([]);
    expect(writes(gh, from).map(line)).toEqual(
      writes(gh, from).length ? [`PATCH /repos/${REPO}/issues/1`] : [],
    );
    expect(issuesOf(gh).map((i) => [i.number, i.state])).toEqual([[1, 'open']]);
    expect(run.outputs['issue-number']).toBe('1');
    expect(run.outputs['issue-action']).not.toBe('created');
    rel.record(
      'Idempotency and races',
      'repository input differing only in case from the previous audit',
      'the existing issue is found; no second issue',
    );
  });

  it('two audits started together end with one open issue (the duplicate is closed)', async () => {
    gh = await startServer();
    await seedExamples(gh);
    // Hold both creations back so that both audits list the issues before either has created one.
    gh.fault({
      method: 'POST',
      path: /\/repos\/[^/]+\/[^/]+\/issues$/,
      origin: 'api',
      delayMs: 3000,
      times: 2,
    });
    const [a, b] = await Promise.all([runDefault(gh), runDefault(gh)]);
    expectExit(a.run, 0);
    expectExit(b.run, 0);
    // The race happened (both audits saw no issue and created one), and was resolved to one open issue.
    expect(writes(gh).filter((r) => r.method === 'POST' && r.path === `/repos/${REPO}/issues`)).toHaveLength(
      2,
    );
    const issues = issuesOf(gh);
    expect(issues.map((i) => [i.number, i.state])).toEqual([
      [1, 'open'],
      [2, 'closed'],
    ]);
    expect(issues[1].comments.map((c) => c.body).join('\n')).toContain('#1');
    for (const r of [a.run, b.run])
      expect(r.outputs).toMatchObject({ 'issue-action': 'created', 'issue-number': '1' });
    expect(
      gh.repos
        .get(REPO)!
        .labels.map((l) => l.name)
        .sort(),
    ).toEqual(['automation', 'integrity-audit']);
    rel.record(
      'Idempotency and races',
      'two audits started at once (both create an issue)',
      'one issue stays open; the duplicate is closed with a comment linking it; both report the same issue',
    );
  });

  it('a clean run files a clean bill of health', async () => {
    gh = await startServer();
    gh.addRun(
      REPO,
      lockRun(Number(RUN_CLEAN), 'Daily Triage', isoAgo(HOUR), {
        artifacts: await artifactsOf(join(EXAMPLES, RUN_CLEAN)),
      }),
    );
    const { run } = await runDefault(gh);
    expectExit(run, 0);
    const [issue] = issuesOf(gh);
    expect(issue.body).toContain('Clean bill of health');
    expect(summaryCounts(issue.body)).toEqual({ critical: 0, warning: 0, info: 0 });
    expect(run.report?.runs.map((r) => [r.id, r.coverage, r.status])).toEqual([[RUN_CLEAN, 'full', 'ok']]);
    expect(run.outputs).toMatchObject({
      'issue-action': 'created',
      critical: '0',
      warning: '0',
      info: '0',
      verdict: 'clean',
    });
    expect(issue.body).toContain('**Verdict: clean** ✅ — clean bill of health: 1 run fully audited');
  });
});

describe('logs-path (the step after the agent)', () => {
  it('audits a local folder of runs, files no issue and needs no token or repository', async () => {
    const sarifPath = join(mkdtempSync(join(tmpdir(), 'integrity-audit-sarif-')), 'audit.sarif');
    const run = await runAction({ inputs: { 'logs-path': EXAMPLES, 'sarif-path': sarifPath } });
    expectExit(run, 0);
    expectValidReport(run.report);
    expect(run.report.target).toBeNull();
    expect(run.report.summary).toEqual({
      runs: 3,
      runsWithArtifacts: 3,
      critical: 0,
      warning: 2,
      info: 2,
      verdict: 'findings',
    });
    expect(run.outputs.verdict).toBe('findings');
    expect(run.report.runs.map((r) => r.id).sort()).toEqual([RUN_TRAP, RUN_BYPASS, RUN_CLEAN].sort());
    expect(run.outputs).toMatchObject({ 'issue-action': 'none', 'issue-number': '', 'issue-url': '' });
    expectCountOutputs(run);
    // The SARIF file for upload-sarif: one result per warning, on the workflow's source file.
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as {
      version: string;
      runs: { results: { ruleId: string }[] }[];
    };
    expect(run.outputs['sarif-path']).toBe(sarifPath);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r) => r.ruleId)).toEqual(['wasm-guard-trap', 'direct-api-bypass']);
    expect(run.summary).toContain('**Audit period**: Local logs');
    expect(summaryCounts(run.summary)).toEqual({ critical: 0, warning: 2, info: 2 });
  });
});

describe('verdict and gates (logs-path)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'integrity-audit-gates-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a text file named x.zip: verdict inconclusive, and fail-on fails the step saying why', async () => {
    const runs = join(dir, 'textzip');
    mkdirSync(runs);
    writeFileSync(join(runs, 'x.zip'), 'not a zip archive\n');
    const pass = await runAction({ inputs: { 'logs-path': runs } });
    expectExit(pass, 0);
    expectValidReport(pass.report);
    expect(pass.report.runs).toMatchObject([{ id: 'textzip', coverage: 'none', status: 'unaudited' }]);
    expect(pass.outputs.verdict).toBe('inconclusive');
    expect(pass.summary).not.toMatch(/clean bill of health/i);
    expect(pass.summary).toMatch(/^\*\*Verdict: inconclusive\*\* ⬜ — nothing was audited/m);
    const fail = await runAction({ inputs: { 'logs-path': runs, 'fail-on': 'warning' } });
    expectExit(fail, 1);
    expect(fail.outputs.verdict).toBe('inconclusive');
    const errors = workflowCommands(fail.stdout, 'error');
    expect(errors, describeRun(fail)).toHaveLength(1);
    expect(errors[0]).toMatch(
      /verdict inconclusive, nothing was audited .*x\.zip: not a readable zip.*\(fail-on: warning\)$/,
    );
  });

  it('require-full-coverage fails an incomplete audit; without it the step passes with verdict incomplete', async () => {
    const run = join(dir, 'partial', RUN_CLEAN);
    cpSync(join(EXAMPLES, RUN_CLEAN), run, { recursive: true });
    writeFileSync(join(run, 'agent-artifacts.zip'), 'truncated download\n');
    const pass = await runAction({ inputs: { 'logs-path': run, 'fail-on': 'warning' } });
    expectExit(pass, 0);
    expect(pass.outputs.verdict).toBe('incomplete');
    expect(pass.report?.summary.verdict).toBe('incomplete');
    const fail = await runAction({ inputs: { 'logs-path': run, 'require-full-coverage': 'true' } });
    expectExit(fail, 1);
    expect(fail.outputs.verdict).toBe('incomplete');
    const errors = workflowCommands(fail.stdout, 'error');
    expect(errors, describeRun(fail)).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(
        `1 run\\(s\\) not fully audited: ${RUN_CLEAN} \\(partial: agent-artifacts\\.zip: .*\\(require-full-coverage\\)$`,
      ),
    );
    const bad = await runAction({ inputs: { 'logs-path': run, 'require-full-coverage': 'maybe' } });
    expectExit(bad, 1);
    expect(workflowCommands(bad.stdout, 'error').join('\n')).toMatch(
      /Input "require-full-coverage" must be true or false/,
    );
  });

  it('a logs-path that holds no run fails the step in one line, saying what is there', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const r = await runAction({ inputs: { 'logs-path': empty } });
    expectExit(r, 1);
    const errors = workflowCommands(r.stdout, 'error');
    expect(errors, describeRun(r)).toHaveLength(1);
    expect(errors[0]).toMatch(
      /Input "logs-path" \(.*empty\): no run found: the folder is empty; a run folder holds aw_info\.json/,
    );
    const missing = await runAction({ inputs: { 'logs-path': join(dir, 'missing') } });
    expectExit(missing, 1);
    const m = workflowCommands(missing.stdout, 'error');
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/Input "logs-path" \(.*missing\): no such file or directory$/);
    expect(m[0]).not.toMatch(/\bat .*\.js:\d+/);
  });
});

// ---- Node 24 (the runner's runtime: action.yml `using: node24`) --------------------------------------------------

const NODE24_BIN = join(NODE24_PREFIX, 'node_modules', 'node', 'bin', 'node');

async function node24(): Promise<string> {
  const run = promisify(execFile);
  const version = async () => (await run(NODE24_BIN, ['--version'])).stdout.trim();
  if (existsSync(NODE24_BIN)) {
    const v = await version().catch(() => '');
    if (v.startsWith('v24.')) return NODE24_BIN;
  }
  try {
    await run(
      'npm',
      ['install', '--prefix', NODE24_PREFIX, 'node@24', '--no-save', '--no-audit', '--no-fund'],
      {
        timeout: 150_000,
        maxBuffer: 16 * 1024 * 1024,
      },
    );
  } catch (err) {
    const e = err as { stderr?: string; message?: string };
    const errors = (e.stderr ?? '').split('\n').filter((l) => /^npm (error|ERR!)/.test(l));
    throw new Error(
      `Could not install the node@24 npm package into ${NODE24_PREFIX} (is the npm registry reachable?):\n` +
        (errors.length ? errors.join('\n') : e.stderr?.trim() || e.message),
    );
  }
  const v = await version().catch((err: unknown) => {
    throw new Error(`node@24 was installed but ${NODE24_BIN} does not run: ${String(err)}`);
  });
  expect(v).toMatch(/^v24\./);
  return NODE24_BIN;
}

describe('under Node 24', () => {
  let gh: FakeGitHub | undefined;
  afterAll(async () => {
    await gh?.close();
  });

  it('runs the main scenario with the node@24 binary', { timeout: 240_000 }, async () => {
    const bin = await node24();
    ({ gh } = await mainScenario(bin));
  });
});
