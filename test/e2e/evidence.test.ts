// Evidence edge cases through the API: expired artifacts (listed as expired, or 410 on download), `.dockerbuild`
// artifacts, the activation rate-limit signature found through the Jobs API, and no token ever sent to storage.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../support/fake-github.js';
import { artifactsOf } from '../support/seed.js';
import { assertDistFresh, runAction, type ActionRun } from '../support/run-action.js';
import type { Report } from '../../src/model/types.js';
import {
  EXAMPLES,
  HOUR,
  RATE_LIMIT_LOG,
  REPO,
  RUN_BYPASS,
  RUN_CLEAN,
  RUN_TRAP,
  TOKEN,
  api,
  expectCountOutputs,
  expectExit,
  expectNoAuthorizationToStorage,
  expectValidReport,
  isoAgo,
  lockRun,
  startServer,
  storage,
} from './fixtures.js';

const RATE_LIMITED = '31314178004';
const DOCKERBUILD = 'octo-org~example-app~Q7RZ2M.dockerbuild';

describe('evidence through the API', () => {
  let gh: FakeGitHub;
  let run: ActionRun;
  let report: Report;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    assertDistFresh();
    gh = await startServer();
    const now = Date.now();

    // The bypass run with its `agent` artifact listed as expired (activation still there): partial.
    const bypass = await artifactsOf(join(EXAMPLES, RUN_BYPASS));
    bypass.find((a) => a.name === 'agent')!.expired = true;
    gh.addRun(
      REPO,
      lockRun(Number(RUN_BYPASS), 'AI Moderator', isoAgo(1 * HOUR, now), { artifacts: bypass }),
    );

    // The clean run: listed as live, but every download answers 410 Gone: not audited at all.
    const clean = await artifactsOf(join(EXAMPLES, RUN_CLEAN));
    gh.addRun(REPO, lockRun(Number(RUN_CLEAN), 'Daily Triage', isoAgo(2 * HOUR, now), { artifacts: clean }));
    for (const a of clean) {
      gh.fault({
        method: 'GET',
        path: new RegExp(`/actions/artifacts/${a.id}/zip$`),
        origin: 'api',
        status: 410,
        body: { message: 'Artifact has expired', status: '410' },
        times: 10,
      });
    }

    // The trap run with a buildx `.dockerbuild` record among its artifacts (not a zip: must be skipped).
    const trap = await artifactsOf(join(EXAMPLES, 'run-' + RUN_TRAP));
    trap.push({ name: DOCKERBUILD, zip: Buffer.from('this is a buildx record, not a zip archive') });
    gh.addRun(REPO, lockRun(Number(RUN_TRAP), 'Smoke Copilot', isoAgo(3 * HOUR, now), { artifacts: trap }));

    // Activation hit the installation rate limit: the agent job skipped, no artifacts.
    gh.addRun(
      REPO,
      lockRun(Number(RATE_LIMITED), 'Issue Triage', isoAgo(4 * HOUR, now), {
        conclusion: 'failure',
        event: 'issues',
        artifacts: [],
        jobs: [
          { name: 'pre_activation', status: 'completed', conclusion: 'success' },
          { name: 'activation', status: 'completed', conclusion: 'failure', log: RATE_LIMIT_LOG },
          { name: 'agent', status: 'completed', conclusion: 'skipped' },
          { name: 'safe_outputs', status: 'completed', conclusion: 'skipped' },
          { name: 'conclusion', status: 'completed', conclusion: 'skipped' },
        ],
      }),
    );
    for (const r of gh.repos.get(REPO)!.runs)
      for (const a of r.artifacts ?? []) ids[`${r.id}/${a.name}`] = a.id!;

    run = await runAction({ repository: REPO, apiUrl: gh.url, inputs: { 'github-token': TOKEN } });
    expectExit(run, 0);
    expectValidReport(run.report);
    report = run.report;
  });

  afterAll(async () => {
    await gh?.close();
  });

  const facts = (id: string) => report.runs.find((r) => r.id === id)!;
  const missingFor = (id: string) =>
    report.findings.filter((f) => f.rule === 'evidence-missing' && f.runs.includes(id));
  const downloads = () =>
    api(gh)
      .filter((r) => /\/actions\/artifacts\/\d+\/zip$/.test(r.path))
      .map((r) => Number(r.path.split('/').at(-2)));

  it('an artifact listed as expired is not downloaded; the run is partial with an evidence-missing info finding', () => {
    expect(downloads()).not.toContain(ids[`${RUN_BYPASS}/agent`]);
    expect(downloads()).toContain(ids[`${RUN_BYPASS}/activation`]);
    expect(facts(RUN_BYPASS).coverage).toBe('partial');
    expect(facts(RUN_BYPASS).coverageNotes?.join('\n')).toMatch(/agent: artifact expired/);
    const missing = missingFor(RUN_BYPASS);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: 'info', details: { coverage: 'partial', kind: 'expired' } });
    // Its firewall evidence was in the expired artifact: not reported as blocked, and not as clean either.
    expect(report.findings.some((f) => f.rule === 'direct-api-bypass')).toBe(false);
  });

  it('an artifact answering 410 on download makes the run coverage none with an evidence-missing info finding', () => {
    for (const name of ['agent', 'activation']) expect(downloads()).toContain(ids[`${RUN_CLEAN}/${name}`]);
    expect(facts(RUN_CLEAN).coverage).toBe('none');
    expect(facts(RUN_CLEAN).coverageNotes?.join('\n')).toMatch(/410/);
    const missing = missingFor(RUN_CLEAN);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: 'info', details: { coverage: 'none', kind: 'expired' } });
  });

  it('the issue and the summary never call a partly audited audit clean', () => {
    const body = gh.repos.get(REPO)!.issues[0].body;
    expect(body).not.toContain('Clean bill of health');
    expect(body).toContain('not fully audited (coverage partial or none)');
    const row = (id: string) => body.split('\n').find((l) => l.startsWith(`| [${id}]`)) ?? '';
    expect(row(RUN_BYPASS)).toMatch(/◐ partial \| .* \|$/);
    expect(row(RUN_CLEAN)).toMatch(/\| ⬜ not audited( \[I-\d\]\(#i-\d\))* \|$/);
    expect(run.summary).toContain('not fully audited (coverage partial or none)');
    expect(run.stdout).toMatch(/::warning::integrity-audit: 2 run\(s\) not fully audited/);
  });

  it('.dockerbuild artifacts are skipped, and the rest of the run is audited in full', () => {
    expect(downloads()).not.toContain(ids[`${RUN_TRAP}/${DOCKERBUILD}`]);
    expect(downloads()).toContain(ids[`${RUN_TRAP}/agent`]);
    expect(facts(RUN_TRAP).coverage).toBe('full');
    expect(missingFor(RUN_TRAP)).toEqual([]);
    const trap = report.findings.find((f) => f.rule === 'wasm-guard-trap')!;
    expect(trap).toMatchObject({ runs: [RUN_TRAP], details: { followOnFailures: 2 } });
  });

  it('the activation rate limit is found through the Jobs API: an info finding, agentInvoked false, no evidence-missing', () => {
    const jobs = gh.repos.get(REPO)!.runs.find((r) => String(r.id) === RATE_LIMITED)!.jobs!;
    const activation = jobs.find((j) => j.name === 'activation')!;
    expect(api(gh).some((r) => r.path === `/repos/${REPO}/actions/runs/${RATE_LIMITED}/jobs`)).toBe(true);
    expect(api(gh).some((r) => r.path === `/repos/${REPO}/actions/jobs/${activation.id}/logs`)).toBe(true);
    expect(storage(gh).some((r) => r.path === `/actions-results/logs/${activation.id}.txt`)).toBe(true);
    // Only the failed activation job's log is fetched.
    expect(api(gh).filter((r) => /\/actions\/jobs\/\d+\/logs$/.test(r.path))).toHaveLength(1);

    const f = report.findings.filter((x) => x.rule === 'activation-rate-limit');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'info', runs: [RATE_LIMITED], count: 1 });
    expect(f[0].evidence[0].excerpt).toContain('API rate limit exceeded for installation');
    expect(facts(RATE_LIMITED)).toMatchObject({ agentInvoked: false, workflow: 'Issue Triage' });
    expect(missingFor(RATE_LIMITED)).toEqual([]);
    expect(report.findings.some((x) => x.rule === 'agent-not-invoked' && x.runs.includes(RATE_LIMITED))).toBe(
      false,
    );
    const body = gh.repos.get(REPO)!.issues[0].body;
    expect(body.split('\n').find((l) => l.startsWith(`| [${RATE_LIMITED}]`))).toContain('❌ early-exit');
  });

  it('the storage origin never receives an Authorization header', () => {
    expect(storage(gh).length).toBeGreaterThanOrEqual(4);
    expectNoAuthorizationToStorage(gh);
  });

  it('counts and outputs agree with the report', () => {
    expectCountOutputs(run);
    expect(run.outputs['issue-action']).toBe('created');
    expect(report.runs.map((r) => r.id)).toEqual([RUN_BYPASS, RUN_CLEAN, RUN_TRAP, RATE_LIMITED]);
  });
});
