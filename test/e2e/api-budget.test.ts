// The API budget end to end (issue 12): the fake GitHub spends a primary rate limit as GitHub does (x-ratelimit-*
// headers on every answer, 403 with remaining 0 once spent) or answers a secondary limit that does not lift. The audit
// starts no new run once the budget is spent, and names every run it left out as not audited, with the reason, in the
// JSON report (`api.cutShort`, a note, the runs' coverage notes), the issue and the text report; the verdict is not
// clean and `require-full-coverage` fails. Nothing is silently dropped.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { ISSUE_CONCURRENCY } from '../../src/action/repositories.js';
import { RUN_CONCURRENCY } from '../../src/engine/github.js';
import { REPOSITORY_REQUESTS, RUN_REQUESTS } from '../../src/github/budget.js';
import type { FakeGitHub, FakeRun } from '../support/fake-github.js';
import { assertDistFresh, describeRun, runAction } from '../support/run-action.js';
import { runCli, type CliRun } from '../support/run-cli.js';
import { REPO, RUN_CLEAN, TOKEN, api, expectValidReport, seedExamples, startServer } from './fixtures.js';

beforeAll(() => {
  assertDistFresh();
});

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

/**
 * More runs than are prepared at once, so that some are still to start when the budget is spent (the audits below
 * raise max-runs, 50 by default, to it).
 */
const RUNS = Math.max(30, 3 * RUN_CONCURRENCY + 6);

/**
 * A fake GitHub with `count` copies of the clean example run (each fully auditable) in each of `repos`; the ids of
 * the runs.
 */
async function manyCleanRuns(repos = [REPO], count = RUNS): Promise<{ server: FakeGitHub; ids: string[] }> {
  const server = await startServer();
  await seedExamples(server);
  const example = server.repos.get(REPO)!;
  const clean = example.runs.find((r) => String(r.id) === RUN_CLEAN)!;
  example.runs = [];
  const ids: string[] = [];
  for (let i = 0; i < count * repos.length; i++) {
    const id = 41_000_000_000 + i;
    const repoName = repos[Math.floor(i / count)];
    const copy: FakeRun = {
      ...clean,
      id,
      created_at: new Date(Date.parse(clean.created_at) + i * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      // The run's own id in its aw_info.json (the report names a run by it).
      artifacts: clean.artifacts!.map((a) => ({
        name: a.name,
        files: Object.fromEntries(
          Object.entries(a.files!).map(([path, bytes]) => [
            path,
            path.endsWith('aw_info.json')
              ? JSON.stringify({ ...JSON.parse(bytes.toString()), run_id: id })
              : bytes,
          ]),
        ),
      })),
      jobs: clean.jobs?.map((j) => ({ ...j, id: undefined })),
    };
    server.addRun(repoName, copy);
    ids.push(String(id));
  }
  return { server, ids };
}

/** The runs a report names as cut short by the budget, each checked: not audited, its note giving the reason. */
function expectCutRuns(report: Report, reason: RegExp): { notStarted: string[]; refused: string[] } {
  const cut = report.api!.cutShort!;
  expect(cut.reason).toMatch(reason);
  const byId = new Map(report.runs.map((r) => [r.id, r]));
  const notStarted: string[] = [];
  const refused: string[] = [];
  for (const id of cut.runs) {
    const run = byId.get(id)!;
    expect(run, `cut run ${id} is in runs[]`).toBeDefined();
    expect(run.coverage).not.toBe('full');
    const notes = (run.coverageNotes ?? []).join('\n');
    if (/: not started$/m.test(notes)) {
      expect(run.coverage).toBe('none');
      // The reason when it was left out (the numbers in it may have moved since the first one, `cut.reason`).
      const why = /(?:^|: )not audited: (.*): not started$/m.exec(notes)?.[1];
      expect(why, notes).toMatch(reason);
      notStarted.push(id);
    } else {
      expect(notes).toMatch(/rate limit/i);
      refused.push(id);
    }
  }
  // Every other run was audited in full: none is missing, none is called audited without being read.
  for (const r of report.runs) if (!cut.runs.includes(r.id)) expect(r.coverage, r.id).toBe('full');
  return { notStarted, refused };
}

/** The requests before any run of a single-repository audit: its runs listed (100 a page) and its visibility. */
const LISTING = Math.ceil(RUNS / 100) + 1;

describe('the API budget', () => {
  it('api-reserve: below it no new run starts; the rest are named not audited, the issue is filed with the reason, require-full-coverage fails', async () => {
    const { server, ids } = await manyCleanRuns();
    gh = server;
    // 300 requests kept in reserve; after listing the runs and reading the repository, room for ROOM runs under way
    // (each counted for RUN_REQUESTS until it is prepared). All RUN_CONCURRENCY runs start at once unless those
    // under way count against the reserve.
    const ROOM = 10;
    const start = 300 + LISTING + ROOM * RUN_REQUESTS;
    gh.setRateLimit({ limit: 5000, used: 5000 - start, resetInSeconds: 3000 });
    const from = gh.requests.length;
    const run = await runAction({
      repository: REPO,
      apiUrl: gh.url,
      inputs: {
        'github-token': TOKEN,
        'api-reserve': '300',
        'require-full-coverage': 'true',
        'max-runs': String(RUNS),
      },
    });
    // The gate fails (runs not fully audited), after the report, the issue and the summary were written.
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stdout).toMatch(
      /::error::integrity-audit: \d+ run\(s\) not fully audited: .*not started.*\(require-full-coverage\)/,
    );
    const report = run.report!;
    expectValidReport(report);
    expect(report.runs.map((r) => r.id).sort()).toEqual([...ids].sort());
    const { notStarted, refused } = expectCutRuns(
      report,
      /^GitHub API requests down to the reserve \(x-ratelimit-remaining \d+ of 5000(?:, \d+ requests under way)?, api-reserve 300\), resets at (?:\d{4}-\d\d-\d\d )?\d\d:\d\d UTC$/,
    );
    // No request was refused: the limit was never spent. At most ROOM runs started (the reserve is overrun only by
    // what those runs spent beyond RUN_REQUESTS each), at least one.

    expect(refused).toEqual([]);
    expect(RUNS - notStarted.length).toBeGreaterThanOrEqual(1);
    // (A run starts while the requests left, less those under way, are not below the reserve: ROOM + 1 at most.)
    expect(RUNS - notStarted.length).toBeLessThanOrEqual(ROOM + 1);
    expect(report.summary.verdict).toBe('incomplete');
    // Runs not started made no request.
    const requested = new Set(api(gh, from).map((r) => /\/actions\/runs\/(\d+)\//.exec(r.path)?.[1]));
    for (const id of notStarted) expect(requested.has(id), id).toBe(false);
    // The requests and the rate limit the audit saw (the issue's requests come after the report's count).
    const audit = api(gh, from).filter((r) => !/\/(issues|labels)\b/.test(r.path));
    expect(report.api!.requests).toBe(audit.length);
    expect(report.api!.reserve).toBe(300);
    expect(report.api!.rateLimit).toMatchObject({ resource: 'core', limit: 5000 });
    expect(report.api!.rateLimit!.remaining).toBe(start - report.api!.requests);
    expect(Date.parse(report.api!.rateLimit!.reset) - Date.now()).toBeGreaterThan(2_900_000);
    const note = `The GitHub API budget cut the audit short: ${report.api!.cutShort!.reason}; ${notStarted.length} runs not audited.`;
    expect(report.notes?.[0]).toBe(note);
    expect(run.stdout).toContain(`::warning::integrity-audit: ${note}`);
    // The issue says it, and the job summary.
    const issue = gh.repos.get(REPO)!.issues[0];
    expect(issue.body).toContain('GitHub API budget cut the audit short');
    expect(issue.body).toMatch(
      /\*\*GitHub API\*\*: \d+ requests; rate limit \d+ of 5000 left \(reserve 300\), resets \d\d:\d\d UTC; the budget cut the audit short \(\d+ runs left out\)/,
    );
    expect(issue.body).toMatch(/\*\*Verdict: incomplete\*\*/);
    expect(run.summary).toContain('GitHub API budget cut the audit short');
  }, 90_000);

  it('the primary limit exhausted mid-audit (reset in an hour): runs refused and runs not started are named, not dropped (CLI, text and JSON)', async () => {
    const { server, ids } = await manyCleanRuns();
    gh = server;
    // api-reserve 0: runs start until GitHub refuses. Enough for the first RUN_CONCURRENCY runs' RUN_REQUESTS each
    // (they start together), far from enough for all RUNS.
    gh.setRateLimit({
      limit: 5000,
      used: 5000 - (LISTING + RUN_CONCURRENCY * RUN_REQUESTS),
      resetInSeconds: 3600,
    });
    const json = await cli(gh, ['--api-reserve', '0', '--require-full-coverage', '--format', 'json']);
    expect(json.code, json.stderr).toBe(4);
    expect(json.stderr).toMatch(/not fully audited/);
    const report = JSON.parse(json.stdout) as Report;
    expectValidReport(report);
    expect(report.runs.map((r) => r.id).sort()).toEqual([...ids].sort());
    const { notStarted, refused } = expectCutRuns(
      report,
      /^GitHub API rate limit exhausted \(x-ratelimit-remaining 0 of 5000\), resets at (?:\d{4}-\d\d-\d\d )?\d\d:\d\d UTC$/,
    );
    expect(notStarted.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    expect(report.api!.rateLimit).toMatchObject({ limit: 5000, remaining: 0, used: 5000 });
    expect(report.api!.reserve).toBe(0);
    expect(report.summary.verdict).not.toBe('clean');
    // Runs refused mid-way with nothing read count as not audited, the others as not fully audited.
    const cutRuns = report.runs.filter((r) => report.api!.cutShort!.runs.includes(r.id));
    const none = cutRuns.filter((r) => r.coverage === 'none').length;
    const partial = cutRuns.length - none;
    expect(none).toBeGreaterThan(notStarted.length);
    expect(report.notes?.[0]).toBe(
      `The GitHub API budget cut the audit short: ${report.api!.cutShort!.reason}; ${none} runs not audited${partial > 0 ? `, ${partial} run${partial === 1 ? '' : 's'} not fully audited` : ''}.`,
    );

    // Still exhausted: a second audit cannot even list the runs, and says why (exit 1, one line).
    gh.setRateLimit({ used: 5000 });
    const again = await cli(gh, ['--format', 'text']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /GitHub API rate limit exhausted \(x-ratelimit-remaining 0 of 5000\), resets at (?:\d{4}-\d\d-\d\d )?\d\d:\d\d UTC: runs not listed/,
    );

    // After the reset, the text report of a cut-short audit carries the note and the API line.
    gh.setRateLimit({ used: 5000 - 20, resetInSeconds: 3600 });
    const text = await cli(gh, ['--api-reserve', '0', '--format', 'text']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(
      /^GitHub API: \d+ requests; rate limit 0 of 5000 left \(reserve 0\), resets \d\d:\d\d UTC; the budget cut the audit short/m,
    );
    expect(text.stdout).toMatch(
      /^note: The GitHub API budget cut the audit short: GitHub API rate limit exhausted/m,
    );
  }, 90_000);

  it('api-reserve 0 and the limit exhausted before the issue: the report and job summary still say what was left out; the step fails saying why', async () => {
    const { server, ids } = await manyCleanRuns();
    gh = server;
    gh.setRateLimit({ limit: 5000, used: 5000 - 20, resetInSeconds: 3600 });
    const run = await runAction({
      repository: REPO,
      apiUrl: gh.url,
      inputs: { 'github-token': TOKEN, 'api-reserve': '0', 'max-runs': String(RUNS) },
    });
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stdout).toMatch(
      /::error::integrity-audit: the issue could not be filed: API rate limit exceeded for installation ID \d+\./,
    );
    expect(gh.repos.get(REPO)!.issues).toEqual([]);
    const report = run.report!;
    expectValidReport(report);
    expect(report.runs.map((r) => r.id).sort()).toEqual([...ids].sort());
    expectCutRuns(report, /^GitHub API rate limit exhausted \(x-ratelimit-remaining 0 of 5000\), resets at/);
    expect(run.outputs['report-path']).toBeTruthy();
    expect(run.summary).toContain('GitHub API budget cut the audit short');
  }, 90_000);

  it('a secondary limit that keeps refusing (after the retries): no new run starts; the issue is filed', async () => {
    const { server, ids } = await manyCleanRuns();
    gh = server;
    gh.fault({
      method: 'GET',
      origin: 'api',
      // Each run's artifact listing, and the repository's.
      path: /\/actions\/(runs\/\d+\/)?artifacts$/,
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID C0A2:2A6F:5C3B1F:5E0E1D:67F3A5B1.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      },
      times: 10_000,
    });
    const run = await runAction({
      repository: REPO,
      apiUrl: gh.url,
      inputs: { 'github-token': TOKEN, 'max-runs': String(RUNS) },
      env: { INTEGRITY_AUDIT_THROTTLE: undefined }, // as on a runner: the throttling plugin waits retry-after
      timeoutMs: 80_000,
    });
    expect(run.code, describeRun(run)).toBe(0);
    const report = run.report!;
    expectValidReport(report);
    expect(report.runs.map((r) => r.id).sort()).toEqual([...ids].sort());
    const { notStarted, refused } = expectCutRuns(
      report,
      /^GitHub API secondary rate limit kept refusing requests after waiting \(You have exceeded a secondary rate limit\.\)$/,
    );
    expect(refused.length).toBeGreaterThan(0);
    expect(notStarted.length).toBeGreaterThan(0);
    expect(notStarted.length + refused.length).toBe(RUNS);
    expect(report.summary.verdict).toBe('inconclusive');
    expect(gh.repos.get(REPO)!.issues).toHaveLength(1);
    expect(gh.repos.get(REPO)!.issues[0].body).toContain('GitHub API budget cut the audit short');
  }, 90_000);
});

describe('the API budget over many repositories', () => {
  it('a repository listed after the budget is spent is not covered, saying why; the single issue’s table says it', async () => {
    const repos = ['acme/r1', 'acme/r2', 'acme/r3', 'acme/r4', 'acme/r5', 'acme/r6'];
    const { server, ids } = await manyCleanRuns(repos, 3);
    gh = server;
    gh.addRepo('octo/audits');
    // Enough for listing the organization and each repository's workflows, then room above the reserve for LISTED
    // repositories: they are all listed at once (DISCOVERY_CONCURRENCY), each counted for REPOSITORY_REQUESTS while
    // under way, so the ones after them are not listed (one starts while the requests left, less those under way,
    // are not below the reserve: room for LISTED - 1 and one more).
    const LISTED = 3;
    const selection = 1 + repos.length;
    gh.setRateLimit({
      limit: 5000,
      used: 5000 - (200 + selection + REPOSITORY_REQUESTS * (LISTED - 1)),
      resetInSeconds: 3000,
    });
    const run = await runAction({
      repository: 'octo/audits',
      apiUrl: gh.url,
      inputs: {
        'github-token': TOKEN,
        repository: 'acme/*',
        'issue-repository': 'octo/audits',
        'issue-mode': 'single',
        'api-reserve': '200',
      },
    });
    expect(run.code, describeRun(run)).toBe(0);
    const report = run.report!;
    expectValidReport(report);
    const cut = report.api!.cutShort!;
    expect(cut.reason).toMatch(/^GitHub API requests down to the reserve .*api-reserve 200\)/);
    // The repositories after the first LISTED are named not covered, with the reason.
    expect(cut.repositories).toEqual(repos.slice(LISTED));
    for (const r of cut.repositories) {
      expect(repos).toContain(r);
      expect(report.notes?.join('\n')).toContain(
        `Repository ${r} was not covered: GitHub API requests down to the reserve`,
      );
      expect(api(gh).some((q) => q.path === `/repos/${r}/actions/runs`)).toBe(false);
    }
    const n = cut.repositories.length;
    expect(report.notes?.[0]).toMatch(/^The GitHub API budget cut the audit short: /);
    expect(report.notes?.[0]).toContain(
      `${n} ${n === 1 ? 'repository' : 'repositories'} not covered (${cut.repositories.join(', ')}).`,
    );
    // Every run of a listed repository is in the report: audited in full, or named as cut short.
    const listed = repos.filter((r) => !cut.repositories.includes(r));
    const listedIds = ids.filter((_, i) => listed.includes(repos[Math.floor(i / 3)]));
    expect(report.runs.map((r) => r.id).sort()).toEqual(listedIds.sort());
    expectCutRuns(report, /^GitHub API requests down to the reserve/);
    expect(report.summary.verdict).not.toBe('clean');
    // The one issue's table has a not-covered row for each.
    const body = gh.repos.get('octo/audits')!.issues[0].body;
    for (const r of cut.repositories)
      expect(body).toMatch(
        new RegExp(
          `\\| ${r.replace('/', '\\/')} \\| – \\| – \\| – \\| – \\| – \\| ⬜ not covered: GitHub API requests down to the reserve`,
        ),
      );
  }, 90_000);
});

describe('filing many issues when the limit refuses', () => {
  it('per-repository issues (ISSUE_CONCURRENCY at once): a refusal stops the filing, no new one starts (those under way finish); the report, summary and outputs are still written; the step fails', async () => {
    // More repositories than issues filed at once: the ones after the first ISSUE_CONCURRENCY start only as others
    // finish, so none of them may start once a filing was refused.
    const repos = Array.from(
      { length: ISSUE_CONCURRENCY + 5 },
      (_, i) => `acme/r${String(i + 1).padStart(2, '0')}`,
    );
    const { server } = await manyCleanRuns(repos, 1);
    gh = server;
    gh.addRepo('octo/audits');
    gh.fault({
      method: 'POST',
      origin: 'api',
      path: /^\/repos\/octo\/audits\/issues$/,
      status: 403,
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        'x-ratelimit-resource': 'core',
      },
      body: {
        message: 'API rate limit exceeded for installation ID 58463520.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        status: '403',
      },
      times: 100,
    });
    const run = await runAction({
      repository: 'octo/audits',
      apiUrl: gh.url,
      inputs: { 'github-token': TOKEN, repository: 'acme/*', 'issue-repository': 'octo/audits' },
    });
    expect(run.code, describeRun(run)).toBe(1);
    const refusedIn =
      /::error::integrity-audit: (acme\/r\d\d): the issue could not be filed: API rate limit exceeded for installation ID 58463520\./.exec(
        run.stdout,
      )?.[1];
    expect(repos.slice(0, ISSUE_CONCURRENCY)).toContain(refusedIn);
    // The filings under way when the first refusal came may still have tried (each refused too); none started after
    // it: no repository past the first ISSUE_CONCURRENCY was filed for.
    const posts = api(gh).filter((r) => r.method === 'POST' && r.path === '/repos/octo/audits/issues');
    expect(posts.length).toBeGreaterThanOrEqual(1);
    expect(posts.length).toBeLessThanOrEqual(ISSUE_CONCURRENCY);
    const filedFor = posts.map((p) => /acme\/r\d\d/.exec(JSON.stringify(p.body))?.[0]);
    for (const r of filedFor) expect(repos.slice(0, ISSUE_CONCURRENCY)).toContain(r);
    expectValidReport(run.report);
    expect(run.report!.runs).toHaveLength(repos.length);
    expect(JSON.parse(run.outputs.issues)).toEqual([]);
    expect(run.summary).toContain('Integrity Filtering Audit');
  }, 90_000);
});

/** `analyze --repo REPO` as a process against the fake (asynchronously: the fake in this process keeps answering). */
function cli(server: FakeGitHub, args: string[]): Promise<CliRun> {
  return runCli(['analyze', '--repo', REPO, '--api-url', server.url, '--max-runs', String(RUNS), ...args], {
    GH_TOKEN: TOKEN,
  });
}
