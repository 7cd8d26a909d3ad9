// Which runs the action audits: the lookback window, `.lock.yml` workflows only, completed runs that are neither
// skipped nor waiting for approval, the `workflows` globs, the `max-runs` cut (reported), Link pagination.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../support/fake-github.js';
import { assertDistFresh, runAction } from '../support/run-action.js';
import {
  HOUR,
  REPO,
  TOKEN,
  api,
  expectCountOutputs,
  expectExit,
  expectValidReport,
  isoAgo,
  lockRun,
  startServer,
} from './fixtures.js';

beforeAll(() => {
  assertDistFresh();
});

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

/** Run ids whose artifacts or jobs the action asked for (i.e. the runs it tried to audit). */
function touchedRuns(server: FakeGitHub): Set<string> {
  const ids = new Set<string>();
  for (const r of api(server)) {
    const m = /\/actions\/runs\/(\d+)\/(artifacts|jobs)$/.exec(r.path);
    if (m) ids.add(m[1]);
  }
  return ids;
}

describe('run discovery', () => {
  it('with the defaults: last 24 h, .lock.yml only, no skipped / action_required / unfinished runs, max-runs 50 (reported), across pages', async () => {
    gh = await startServer();
    const now = Date.now();
    // 120 newer runs of a non-agentic workflow fill the first page (per_page 100): the agentic ones are on page 2.
    for (let i = 0; i < 120; i++) {
      gh.addRun(REPO, {
        id: 5000 + i,
        name: 'CI',
        path: '.github/workflows/ci.yml',
        created_at: isoAgo(10 * 60_000 + i * 1000, now),
      });
    }
    // Excluded although agentic and recent.
    gh.addRun(REPO, lockRun(7001, 'Nightly Audit', isoAgo(40 * 60_000, now), { conclusion: 'skipped' }));
    gh.addRun(
      REPO,
      lockRun(7002, 'Nightly Audit', isoAgo(41 * 60_000, now), { conclusion: 'action_required' }),
    );
    gh.addRun(
      REPO,
      lockRun(7003, 'Nightly Audit', isoAgo(42 * 60_000, now), { status: 'in_progress', conclusion: null }),
    );
    gh.addRun(
      REPO,
      lockRun(7004, 'Smoke', isoAgo(43 * 60_000, now), { path: '.github/workflows/smoke.yml' }),
    );
    gh.addRun(REPO, lockRun(7005, 'Smoke', isoAgo(44 * 60_000, now), { path: '.github/workflows/smoke.md' }));
    // Outside the 24 h window.
    gh.addRun(REPO, lockRun(7006, 'Nightly Audit', isoAgo(25 * HOUR, now)));
    // 55 agentic runs in the window (no artifacts: each is a coverage-none row): the newest 50 are audited.
    const agentic: string[] = [];
    for (let i = 0; i < 55; i++) {
      const id = 8000 + i;
      gh.addRun(
        REPO,
        lockRun(id, 'Nightly Audit', isoAgo(HOUR + i * 60_000, now), {
          conclusion: i % 3 === 0 ? 'failure' : 'success',
        }),
      );
      agentic.push(String(id));
    }

    const run = await runAction({ repository: REPO, apiUrl: gh.url, inputs: { 'github-token': TOKEN } });
    expectExit(run, 0);
    const report = run.report;
    expectValidReport(report);
    expect(report.runs.map((r) => r.id)).toEqual(agentic.slice(0, 50));
    expect(report.notes?.join('\n')).toContain('max-runs (50)');
    expect([...touchedRuns(gh)].sort()).toEqual(agentic.slice(0, 50).sort());
    // Every audited run is reported, with coverage none and the reason; a run without evidence is never clean.
    for (const r of report.runs) expect(r.coverage).toBe('none');
    const missing = report.findings.filter((f) => f.rule === 'evidence-missing');
    expect(missing.flatMap((f) => f.runs).sort()).toEqual(agentic.slice(0, 50).sort());
    expect(report.summary).toMatchObject({ runs: 50, runsWithArtifacts: 0 });
    expectCountOutputs(run);

    // The listing: created filter over 24 h, completed runs, and the Link header followed to page 2.
    const listing = api(gh).filter((r) => r.path === `/repos/${REPO}/actions/runs`);
    const [from, to] = listing[0].query.created.split('..').map((s) => Date.parse(s));
    expect(to - from).toBe(24 * HOUR);
    expect(listing.every((r) => r.query.status === 'completed')).toBe(true);
    expect(listing.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);

    const body = gh.repos.get(REPO)!.issues[0].body;
    // (Markdown-escaped parentheses in the body.)
    expect(body).toMatch(
      /More agentic runs matched than max-runs \\?\(50\\?\): the newest 50 were audited\./,
    );
    expect(body).toContain('**Runs analyzed**: 50 completed runs');
    expect(body).not.toContain('Clean bill of health');
  });

  it('workflows globs filter; lookback-hours and max-runs inputs are honoured', async () => {
    gh = await startServer();
    const now = Date.now();
    const path = (f: string) => `.github/workflows/${f}`;
    gh.addRun(
      REPO,
      lockRun(101, 'Smoke Copilot', isoAgo(1 * HOUR, now), { path: path('smoke-copilot.lock.yml') }),
    );
    gh.addRun(
      REPO,
      lockRun(102, 'Smoke Claude', isoAgo(2 * HOUR, now), { path: path('smoke-claude.lock.yml') }),
    );
    gh.addRun(
      REPO,
      lockRun(103, 'Smoke Copilot', isoAgo(5 * HOUR, now), { path: path('smoke-copilot.lock.yml') }),
    );
    gh.addRun(
      REPO,
      lockRun(104, 'Smoke Copilot', isoAgo(30 * HOUR, now), { path: path('smoke-copilot.lock.yml') }),
    );
    gh.addRun(
      REPO,
      lockRun(105, 'Smoke Claude', isoAgo(40 * HOUR, now), { path: path('smoke-claude.lock.yml') }),
    );
    gh.addRun(
      REPO,
      lockRun(106, 'Smoke Copilot', isoAgo(60 * HOUR, now), { path: path('smoke-copilot.lock.yml') }),
    );
    // Not matched by the glob, or not agentic.
    gh.addRun(
      REPO,
      lockRun(201, 'Daily Triage', isoAgo(1.5 * HOUR, now), { path: path('daily-triage.lock.yml') }),
    );
    gh.addRun(REPO, lockRun(202, 'Smoke Test', isoAgo(1.2 * HOUR, now), { path: path('smoke-test.yml') }));

    const run = await runAction({
      repository: REPO,
      apiUrl: gh.url,
      inputs: {
        'github-token': TOKEN,
        workflows: 'smoke-*.lock.yml',
        'lookback-hours': '48',
        'max-runs': '4',
      },
    });
    expectExit(run, 0);
    const report = run.report;
    expectValidReport(report);
    // In the 48 h window and matching: 101, 102, 103, 104, 105; max-runs 4 keeps the newest four.
    expect(report.runs.map((r) => r.id)).toEqual(['101', '102', '103', '104']);
    expect([...touchedRuns(gh)].sort()).toEqual(['101', '102', '103', '104']);
    expect(report.notes?.join('\n')).toContain('max-runs (4)');
    expect(Date.parse(report.window.to!) - Date.parse(report.window.from!)).toBe(48 * HOUR);
    const listing = api(gh).find((r) => r.path === `/repos/${REPO}/actions/runs`)!;
    const [from, to] = listing.query.created.split('..').map((s) => Date.parse(s));
    expect(to - from).toBe(48 * HOUR);
    expect(gh.repos.get(REPO)!.issues[0].body).toContain('**Audit period**: Last 48 hours');
  });

  it('a workflows list of several names and globs (with or without .lock.yml / .md)', async () => {
    gh = await startServer();
    const now = Date.now();
    const path = (f: string) => `.github/workflows/${f}`;
    gh.addRun(
      REPO,
      lockRun(301, 'Daily Triage', isoAgo(1 * HOUR, now), { path: path('daily-triage.lock.yml') }),
    );
    gh.addRun(
      REPO,
      lockRun(302, 'Issue Monster', isoAgo(2 * HOUR, now), { path: path('issue-monster.lock.yml') }),
    );
    gh.addRun(
      REPO,
      lockRun(303, 'Smoke Codex', isoAgo(3 * HOUR, now), { path: path('smoke-codex.lock.yml') }),
    );
    gh.addRun(REPO, lockRun(304, 'Other', isoAgo(4 * HOUR, now), { path: path('other.lock.yml') }));
    const run = await runAction({
      repository: REPO,
      apiUrl: gh.url,
      inputs: {
        'github-token': TOKEN,
        workflows: 'daily-triage.md, issue-monster ,\n.github/workflows/smoke-*.lock.yml',
      },
    });
    expectExit(run, 0);
    expectValidReport(run.report);
    expect(run.report.runs.map((r) => r.id)).toEqual(['301', '302', '303']);
    expect(run.report.notes ?? []).toEqual([]);
  });
});
