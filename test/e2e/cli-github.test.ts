// The CLI straight from GitHub (`analyze --repo`), as a process against the fake GitHub: the same report as the action
// on the same runs, the download folder read again and not fetched twice, and a glob over an organization with
// repositories with and without agentic workflows, an archived one and one the token cannot read.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { assertDistFresh, runAction } from '../support/run-action.js';
import { runCli as cli } from '../support/run-cli.js';
import {
  HOUR,
  REPO,
  TOKEN,
  api,
  expectExit,
  expectValidReport,
  isoAgo,
  lockRun,
  seedExamples,
  startServer,
  storage,
} from './fixtures.js';

async function analyze(gh: FakeGitHub, args: string[], env: Record<string, string> = {}) {
  const r = await cli(['analyze', ...args, '--api-url', gh.url, '--format', 'json'], {
    GH_TOKEN: TOKEN,
    ...env,
  });
  expect(r.code, r.stderr).toBe(0);
  const report = JSON.parse(r.stdout) as Report;
  expectValidReport(report);
  return { ...r, report };
}

/**
 * The report without what differs between two audits of the same runs (when, over which exact window, and the API
 * requests each made and the rate limit each saw).
 */
function comparable(r: Report): Omit<Report, 'generatedAt' | 'window' | 'api'> {
  const { generatedAt: _g, window: _w, api: _a, ...rest } = r;
  return rest;
}

let gh: FakeGitHub | undefined;
let root: string;
beforeAll(() => {
  assertDistFresh();
  root = mkdtempSync(join(tmpdir(), 'integrity-audit-cli-gh-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

describe('analyze --repo', () => {
  it('gives the report the action gives on the same runs; --download keeps them for `analyze DIR` and a rerun fetches no artifact', async () => {
    gh = await startServer();
    const seeded = await seedExamples(gh);
    const action = await runAction({
      repository: REPO,
      apiUrl: gh.url,
      inputs: { 'github-token': TOKEN, 'dry-run': 'true' },
    });
    expectExit(action, 0);
    expectValidReport(action.report);

    const fromCli = await analyze(gh, ['--repo', REPO]);
    expect(comparable(fromCli.report)).toEqual(comparable(action.report));
    expect(fromCli.report.runs.map((r) => r.id).sort()).toEqual(seeded.map((s) => String(s.id)).sort());
    expect(fromCli.report.target).toBe(REPO);

    const dir = join(root, 'download');
    const first = await analyze(gh, ['--repo', REPO, '--download', dir]);
    expect(comparable(first.report)).toEqual(comparable(action.report));
    for (const s of seeded) expect(existsSync(join(dir, `run-${s.id}`, 'integrity-audit.json'))).toBe(true);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);

    // A rerun reads the kept runs: the runs are listed again, but no artifact is listed or downloaded, no log either.
    const before = gh.requests.length;
    const again = await analyze(gh, ['--repo', REPO, '--download', dir]);
    expect(comparable(again.report)).toEqual(comparable(action.report));
    expect(storage(gh, before)).toEqual([]);
    expect(api(gh, before).filter((r) => /\/artifacts(\/\d+\/zip)?$/.test(r.path))).toEqual([]);

    // The folder is a run folder tree `analyze DIR` reads: the same runs and findings.
    const local = await cli(['analyze', dir, '--format', 'json']);
    expect(local.code, local.stderr).toBe(0);
    const localReport = JSON.parse(local.stdout) as Report;
    expectValidReport(localReport);
    const gist = (r: Report) => ({
      runs: r.runs.map((x) => [x.id, x.coverage]).sort(),
      findings: r.findings.map((f) => [f.rule, f.severity, [...f.runs].sort(), f.count]).sort(),
      verdict: r.summary.verdict,
    });
    expect(gist(localReport)).toEqual(gist(action.report!));
  }, 120_000);

  it('a glob over an organization: only repositories with an agentic workflow, archived skipped, an unreadable one not covered; a user owner through /users', async () => {
    gh = await startServer();
    const now = Date.now();
    await seedExamples(gh, 'acme/app');
    gh.addRepo('acme/ci-only', { workflows: [{ name: 'CI', path: '.github/workflows/ci.yml' }] });
    gh.addRun('acme/old', lockRun(900, 'Triage', isoAgo(HOUR, now)));
    gh.repos.get('acme/old')!.archived = true;
    gh.addRun('acme/locked', lockRun(901, 'Triage', isoAgo(HOUR, now)));
    gh.fault({
      path: '/repos/acme/locked/actions/',
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/actions/workflows#list-repository-workflows',
        status: '403',
      },
      times: 10,
    });
    gh.addRun('solo/bot', lockRun(902, 'Daily', isoAgo(2 * HOUR, now)));
    gh.setOwnerType('solo', 'User');

    const r = await analyze(gh, ['--repo', 'acme/*', '--repo', 'solo/*']);
    // (A run's repository is in its link.)
    const repos = new Set(r.report.runs.map((x) => /github\.com\/([^/]+\/[^/]+)\//.exec(x.url ?? '')?.[1]));
    expect([...repos].sort()).toEqual(['acme/app', 'solo/bot']);
    expect(r.report.runs.some((x) => x.id === '900' || x.id === '901')).toBe(false);
    expect(r.report.target).toBe('acme/*, solo/*');
    const notes = (r.report.notes ?? []).join('\n');
    expect(notes).toContain('Repository acme/locked was not covered');
    expect(notes).toContain('`actions: read`');
    expect(notes).toMatch(
      /acme\/\*: 4 repositories matched \(skipped: 1 archived or disabled, 1 without an agentic workflow\)/,
    );
    // Fail closed: a repository not read leaves the audit short of clean, and --require-full-coverage fails on it.
    expect(r.report.summary.verdict).not.toBe('clean');
    // The owner listings as GitHub documents them: the organization route first, the user route on its 404.
    const paths = api(gh).map((q) => q.path);
    expect(paths).toContain('/orgs/acme/repos');
    expect(paths).toContain('/orgs/solo/repos');
    expect(paths).toContain('/users/solo/repos');
    expect(paths).not.toContain('/repos/acme/old/actions/runs');
    expect(paths).not.toContain('/repos/acme/ci-only/actions/runs');

    const gated = await cli(['analyze', '--repo', 'acme/*', '--api-url', gh.url, '--require-full-coverage'], {
      GH_TOKEN: TOKEN,
    });
    expect(gated.code, gated.stderr).toBe(4);
    expect(gated.stderr).toMatch(/not covered|not fully audited/);
  }, 120_000);

  it('usage errors: no token, paths with --repo, GitHub options without --repo, a bad entry, a bad --api-reserve', async () => {
    const noToken = await cli(['analyze', '--repo', 'octo/app', '--api-url', 'http://127.0.0.1:9']);
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('GH_TOKEN=$(gh auth token)');
    const both = await cli(['analyze', 'x', '--repo', 'octo/app'], { GH_TOKEN: 't' });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');
    const stray = await cli(['analyze', 'x', '--max-runs', '3']);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('--max-runs needs --repo');
    const bad = await cli(['analyze', '--repo', '*/app'], { GH_TOKEN: 't' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('owner cannot be a glob');
    const reserve = await cli(['analyze', '--repo', 'octo/app', '--api-reserve', '150 percent'], {
      GH_TOKEN: 't',
    });
    expect(reserve.code).toBe(2);
    expect(reserve.stderr).toContain('--api-reserve must be a number of requests (e.g. 200) or a share');
    const strayReserve = await cli(['analyze', 'x', '--api-reserve', '5%']);
    expect(strayReserve.stderr).toContain('--api-reserve needs --repo');
  });
});
