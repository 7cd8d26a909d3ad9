// API faults, end to end: dist/index.js runs as a process against the fake GitHub server, which answers with
// scripted failures (5xx bursts, secondary and primary rate limits, 410, a run deleted under the audit, stalled and
// reset connections, a storage origin that always fails, missing permissions). What is retryable is retried with
// backoff and a bounded total wait; what is not is not retried; a run that could not be fully read gets a coverage
// note and an `evidence-missing` finding, and the issue is still filed; a missing permission fails the step, names
// the permission and writes nothing. Rate-limit cases run with throttling on, as on a runner.
import { beforeAll, describe, expect, it } from 'vitest';
import type { FakeGitHub, RecordedRequest } from '../support/fake-github.js';
import {
  assertDistFresh,
  describeRun,
  runAction,
  workflowCommands,
  type ActionRun,
} from '../support/run-action.js';
import { reliabilityRecorder } from '../support/reliability.js';
import type { Report } from '../../src/model/types.js';
import { gaps, watchArrivals } from './arrivals.js';
import {
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
  line,
  seedExamples,
  startServer,
  storage,
  writes,
} from './fixtures.js';

const rel = reliabilityRecorder(import.meta.url);

beforeAll(() => {
  assertDistFresh();
});

const RUNS_PATH = `/repos/${REPO}/actions/runs`;
const artifactsPath = (run: string) => `/repos/${REPO}/actions/runs/${run}/artifacts`;
const jobsPath = (run: string) => `/repos/${REPO}/actions/runs/${run}/jobs`;
const zipPath = (artifact: number) => `/repos/${REPO}/actions/artifacts/${artifact}/zip`;
const blobPath = (artifact: number) => `/actions-results/artifacts/${artifact}.zip`;
const ISSUES_PATH = `/repos/${REPO}/issues`;
/** A fault path matching exactly this path (as requested or normalised). */
const exactly = (path: string) => new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

const SECONDARY = {
  message:
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID C0A2:2A6F:5C3B1F:5E0E1D:67F3A5B1.',
  documentation_url:
    'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
};
const PRIMARY = {
  message:
    'API rate limit exceeded for installation ID 58463520. If you reach out to GitHub Support for help, please include the request ID 0400:3C2B1A:9F8E7D:6C5B4A:680E2A10 and timestamp 2026-04-27 13:01:20 UTC.',
  documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
  status: '403',
};
const FORBIDDEN = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-repository',
  status: '403',
};
/** The primary limit's headers, resetting `seconds` after now (epoch seconds, as GitHub sends them). */
const exhausted = (seconds: number) => ({
  'x-ratelimit-limit': '5000',
  'x-ratelimit-remaining': '0',
  'x-ratelimit-used': '5000',
  'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + seconds),
  'x-ratelimit-resource': 'core',
});

/**
 * A fake GitHub seeded with the example runs, for `fn`; closed after it, whatever happens. The runs finished just now
 * (as a post-agent step sees its run), so each lists its own artifacts: the faults below are on those listings. The
 * repository's one listing of settled runs has its own tests (artifact-index.test.ts).
 */
async function withExamples(fn: (gh: FakeGitHub) => Promise<void>): Promise<void> {
  const gh = await startServer();
  try {
    await seedExamples(gh);
    for (const run of gh.repos.get(REPO)!.runs) run.updated_at = new Date().toISOString();
    await fn(gh);
  } finally {
    await gh.close();
  }
}

/** Runs the action against `gh` (only the token as input), timing it; throttling off unless asked for. */
async function audit(
  gh: FakeGitHub,
  opts: { throttle?: boolean; env?: Record<string, string>; inputs?: Record<string, string> } = {},
): Promise<{ run: ActionRun; seconds: number }> {
  const started = Date.now();
  const run = await runAction({
    repository: REPO,
    apiUrl: gh.url,
    inputs: { 'github-token': TOKEN, ...opts.inputs },
    // On a runner throttling is on; run-action turns it off unless the variable is removed.
    env: { ...(opts.throttle ? { INTEGRITY_AUDIT_THROTTLE: undefined } : {}), ...opts.env },
    timeoutMs: 50_000,
  });
  return { run, seconds: (Date.now() - started) / 1000 };
}

/** The API requests for exactly this method and path. */
const calls = (gh: FakeGitHub, method: string, path: string): RecordedRequest[] =>
  api(gh).filter((r) => r.method === method && r.path === path);
const is =
  (method: string, path: string, origin: 'api' | 'storage' = 'api') =>
  (r: RecordedRequest) =>
    r.origin === origin && r.method === method && r.path === path;

function artifactId(gh: FakeGitHub, run: string, name: string): number {
  return gh.repos
    .get(REPO)!
    .runs.find((r) => String(r.id) === run)!
    .artifacts!.find((a) => a.name === name)!.id!;
}

/** The run finished, the report is valid, and the issue was filed once. */
function expectCompleted(gh: FakeGitHub, run: ActionRun): asserts run is ActionRun & { report: Report } {
  expectExit(run, 0);
  expectValidReport(run.report);
  expectCountOutputs(run);
  expect(run.outputs['issue-action']).toBe('created');
  expect(gh.repos.get(REPO)!.issues.map((i) => [i.number, i.state])).toEqual([[1, 'open']]);
  expectNoAuthorizationToStorage(gh);
}

/** Every run fully audited: nothing to warn about. */
function expectFullCoverage(run: ActionRun & { report: Report }): void {
  expect(run.report.runs.map((r) => [r.id, r.coverage]).sort()).toEqual(
    [RUN_TRAP, RUN_BYPASS, RUN_CLEAN].sort().map((id) => [id, 'full']),
  );
  expect(run.report.findings.filter((f) => f.rule === 'evidence-missing')).toEqual([]);
  expect(run.stdout).not.toContain('not fully audited');
}

/**
 * One run was not fully audited: its coverage and note in the JSON report, one `evidence-missing` finding for it,
 * the warning in the log, and the issue saying so (never a clean bill of health).
 */
function expectNotFullyAudited(
  gh: FakeGitHub,
  run: ActionRun & { report: Report },
  id: string,
  coverage: 'partial' | 'none',
  note: RegExp,
  kind: string,
): void {
  const facts = run.report.runs.find((r) => r.id === id);
  expect(facts, `run ${id} missing from the report`).toBeDefined();
  expect(facts!.coverage).toBe(coverage);
  expect(facts!.coverageNotes?.join('\n')).toMatch(note);
  const missing = run.report.findings.filter((f) => f.rule === 'evidence-missing' && f.runs.includes(id));
  expect(missing).toHaveLength(1);
  expect(missing[0]).toMatchObject({ severity: 'info', details: { coverage, kind } });
  const warnings = workflowCommands(run.stdout, 'warning').filter((w) => w.includes('not fully audited'));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain(`${id} (${coverage}`);
  const body = gh.repos.get(REPO)!.issues[0].body;
  expect(body).toContain('not fully audited (coverage partial or none)');
  expect(body).not.toContain('Clean bill of health');
}

describe.concurrent('API faults', () => {
  it('5xx bursts on listing runs, listing artifacts, jobs and creating the issue are retried with growing backoff', async () => {
    await withExamples(async (gh) => {
      const arrivals = watchArrivals(gh);
      gh.fault({ method: 'GET', origin: 'api', path: exactly(RUNS_PATH), status: 502, times: 2 });
      gh.fault({
        method: 'GET',
        origin: 'api',
        path: exactly(artifactsPath(RUN_TRAP)),
        status: 500,
        times: 2,
      });
      gh.fault({ method: 'GET', origin: 'api', path: exactly(jobsPath(RUN_BYPASS)), status: 502, times: 2 });
      gh.fault({ method: 'POST', origin: 'api', path: exactly(ISSUES_PATH), status: 502, times: 2 });
      const { run, seconds } = await audit(gh);
      expectCompleted(gh, run);
      expectFullCoverage(run);
      // Two failures then a success: three attempts each, the second wait longer than the first.
      for (const [method, path] of [
        ['GET', RUNS_PATH],
        ['GET', artifactsPath(RUN_TRAP)],
        ['GET', jobsPath(RUN_BYPASS)],
        ['POST', ISSUES_PATH],
      ]) {
        const times = arrivals.times(is(method, path));
        expect(times, `${method} ${path}`).toHaveLength(3);
        const [first, second] = gaps(times);
        expect(first, `${method} ${path}`).toBeGreaterThanOrEqual(990);
        expect(second, `${method} ${path}`).toBeGreaterThan(first * 2);
      }
      // The retried creation made one issue, and nothing else was written.
      expect(writes(gh).map(line)).toEqual([
        `POST /repos/${REPO}/labels`,
        `POST /repos/${REPO}/labels`,
        ...Array(3).fill(`POST ${ISSUES_PATH}`),
      ]);
      expect(run.report.summary).toMatchObject({ runs: 3, critical: 0, warning: 2 });
      expect(seconds).toBeLessThan(40);
      rel.record(
        'API faults',
        '500/502 twice in a row on listing runs, listing artifacts, listing jobs and creating the issue',
        'each retried with growing backoff (3 attempts); all runs fully audited; one issue filed',
      );
    });
  });

  it('a 500 that outlasts the retries on one run’s artifacts: 4 attempts, that run not audited, the rest audited, the issue filed', async () => {
    await withExamples(async (gh) => {
      gh.fault({
        method: 'GET',
        origin: 'api',
        path: exactly(artifactsPath(RUN_CLEAN)),
        status: 500,
        times: 100,
      });
      const { run, seconds } = await audit(gh);
      expectCompleted(gh, run);
      expect(calls(gh, 'GET', artifactsPath(RUN_CLEAN))).toHaveLength(4);
      expectNotFullyAudited(
        gh,
        run,
        RUN_CLEAN,
        'none',
        /artifacts.*500|500.*artifacts|Internal Server Error/,
        'unreadable',
      );
      const clean = run.report.runs.find((r) => r.id === RUN_CLEAN)!;
      expect(clean.workflow).toBe('Daily Triage');
      for (const id of [RUN_TRAP, RUN_BYPASS])
        expect(run.report.runs.find((r) => r.id === id)!.coverage).toBe('full');
      expect(run.report.summary).toMatchObject({ runs: 3, runsWithArtifacts: 2, warning: 2 });
      expect(seconds).toBeLessThan(40);
      rel.record(
        'API faults',
        '500 on every attempt to list one run’s artifacts',
        '4 attempts, then that run reported not audited (coverage none, evidence-missing); the other runs audited; issue filed',
      );
    });
  });

  it('a secondary rate limit (403, retry-after 1) on listing runs and on creating the issue waits retry-after, then succeeds', async () => {
    await withExamples(async (gh) => {
      const arrivals = watchArrivals(gh);
      const secondary = { status: 403, headers: { 'retry-after': '1' }, body: SECONDARY };
      gh.fault({ method: 'GET', origin: 'api', path: exactly(RUNS_PATH), ...secondary });
      gh.fault({ method: 'POST', origin: 'api', path: exactly(ISSUES_PATH), ...secondary });
      const { run, seconds } = await audit(gh, { throttle: true });
      expectCompleted(gh, run);
      expectFullCoverage(run);
      for (const [method, path] of [
        ['GET', RUNS_PATH],
        ['POST', ISSUES_PATH],
      ]) {
        const times = arrivals.times(is(method, path));
        expect(times, `${method} ${path}`).toHaveLength(2);
        expect(gaps(times)[0], `${method} ${path}`).toBeGreaterThanOrEqual(990);
      }
      // The throttling plugin's handler decided (and said so), not a blind retry.
      expect(run.stdout, describeRun(run)).toMatch(
        /secondary rate limit on GET \S*\/actions\/runs(\?\S*)?: retrying after 1s/,
      );
      expect(run.stdout, describeRun(run)).toMatch(
        /secondary rate limit on POST \S*\/issues: retrying after 1s/,
      );
      expect(gh.repos.get(REPO)!.issues).toHaveLength(1);
      expect(seconds).toBeLessThan(30);
      rel.record(
        'API faults',
        'secondary rate limit (403 with retry-after: 1) on listing runs and on creating the issue',
        'waited retry-after, retried once; full audit; one issue filed',
      );
    });
  });

  for (const status of [403, 429]) {
    it(`the primary rate limit (${status}, x-ratelimit-remaining 0) is retried only after x-ratelimit-reset`, async () => {
      await withExamples(async (gh) => {
        // Exhausted when the request arrives, resetting 1–2 s later.
        const limited = [artifactsPath(RUN_TRAP), jobsPath(RUN_BYPASS)];
        const resets = new Map<string, number>();
        const arrivals = watchArrivals(gh, (r) => {
          if (r.origin !== 'api' || !limited.includes(r.path) || resets.has(r.path)) return;
          const headers = exhausted(2);
          resets.set(r.path, Number(headers['x-ratelimit-reset']) * 1000);
          gh.fault({
            method: 'GET',
            origin: 'api',
            path: exactly(r.path),
            status,
            headers,
            body: { ...PRIMARY, status: String(status) },
          });
        });
        const { run, seconds } = await audit(gh, { throttle: true });
        expectCompleted(gh, run);
        expectFullCoverage(run);
        for (const path of limited) {
          const times = arrivals.times(is('GET', path));
          expect(times, path).toHaveLength(2);
          expect(times[1], `${path}: retried before the reset`).toBeGreaterThanOrEqual(resets.get(path)!);
        }
        expect(run.stdout, describeRun(run)).toMatch(
          /rate limit on GET \S*\/actions\/runs\/\S+\/artifacts(\?\S*)?: retrying after [23]s/,
        );
        expect(run.stdout, describeRun(run)).toMatch(
          /rate limit on GET \S*\/actions\/runs\/\S+\/jobs(\?\S*)?: retrying after [23]s/,
        );
        expect(seconds).toBeLessThan(30);
        rel.record(
          'API faults',
          `primary rate limit (${status}, x-ratelimit-remaining 0, reset 1–2 s ahead) on listing artifacts and jobs`,
          'retried once, after the reset; full audit; issue filed',
        );
      });
    });
  }

  it('a plain 429 (no rate-limit headers) is retried with backoff', async () => {
    await withExamples(async (gh) => {
      const arrivals = watchArrivals(gh);
      gh.fault({ method: 'GET', origin: 'api', path: exactly(artifactsPath(RUN_BYPASS)), status: 429 });
      const { run, seconds } = await audit(gh, { throttle: true });
      expectCompleted(gh, run);
      expectFullCoverage(run);
      const times = arrivals.times(is('GET', artifactsPath(RUN_BYPASS)));
      expect(times).toHaveLength(2);
      expect(gaps(times)[0]).toBeGreaterThanOrEqual(990);
      // The job counts every attempt, retries included, as GitHub counts them.
      expect(run.stdout).toContain(`integrity-audit: ${api(gh).length} API request(s),`);
      expect(seconds).toBeLessThan(30);
      rel.record(
        'API faults',
        'plain 429 Too Many Requests on listing artifacts',
        'retried after a backoff; full audit; issue filed',
      );
    });
  });

  it('rate limits that do not lift: the wait stays bounded, the runs are reported not audited, the issue is filed', async () => {
    await withExamples(async (gh) => {
      // A secondary limit on every attempt (retry-after 1), and a primary limit resetting in an hour.
      gh.fault({
        method: 'GET',
        origin: 'api',
        path: exactly(artifactsPath(RUN_CLEAN)),
        status: 403,
        headers: { 'retry-after': '1' },
        body: SECONDARY,
        times: 100,
      });
      gh.fault({
        method: 'GET',
        origin: 'api',
        path: exactly(artifactsPath(RUN_BYPASS)),
        status: 403,
        headers: exhausted(3600),
        body: PRIMARY,
        times: 100,
      });
      const { run, seconds } = await audit(gh, { throttle: true });
      expectCompleted(gh, run);
      // Retried a bounded number of times, and not at all when the wait would exceed the bound.
      expect(calls(gh, 'GET', artifactsPath(RUN_CLEAN))).toHaveLength(4);
      expect(calls(gh, 'GET', artifactsPath(RUN_BYPASS))).toHaveLength(1);
      expect(run.stdout, describeRun(run)).toMatch(
        /rate limit on GET \S*\/actions\/runs\/\S+\/artifacts(\?\S*)?: not retrying \(would wait 360\ds/,
      );
      expectNotFullyAudited(gh, run, RUN_CLEAN, 'none', /secondary rate limit/, 'unreadable');
      const bypass = run.report.runs.find((r) => r.id === RUN_BYPASS)!;
      expect(bypass.coverage).toBe('none');
      expect(bypass.coverageNotes?.join('\n')).toMatch(/API rate limit exceeded/);
      expect(run.report.runs.find((r) => r.id === RUN_TRAP)!.coverage).toBe('full');
      expect(seconds).toBeLessThan(30);
      rel.record(
        'API faults',
        'secondary rate limit on every attempt, and a primary limit resetting in an hour, on listing artifacts',
        'retried 3 times (retry-after honoured) and not at all past the 120 s wait bound; runs reported not audited; issue filed',
      );
    });
  });

  it('410 Gone for an expired artifact is not retried; the run is partial', async () => {
    await withExamples(async (gh) => {
      const agent = artifactId(gh, RUN_TRAP, 'agent');
      gh.fault({
        method: 'GET',
        origin: 'api',
        path: exactly(zipPath(agent)),
        status: 410,
        body: {
          message: 'Artifact has expired',
          documentation_url: 'https://docs.github.com/rest/actions/artifacts#download-an-artifact',
          status: '410',
        },
        times: 10,
      });
      const { run } = await audit(gh);
      expectCompleted(gh, run);
      expect(calls(gh, 'GET', zipPath(agent))).toHaveLength(1);
      expect(storage(gh).filter((r) => r.path === blobPath(agent))).toEqual([]);
      expectNotFullyAudited(
        gh,
        run,
        RUN_TRAP,
        'partial',
        /agent: artifact expired or deleted \(410 Gone\)/,
        'expired',
      );
      // Its findings were in the expired artifact: not reported, and the run not called clean either.
      expect(run.report.findings.some((f) => f.rule === 'wasm-guard-trap')).toBe(false);
      rel.record(
        'API faults',
        '410 Gone on downloading an artifact',
        'not retried; run partial with an evidence-missing (expired) finding; issue filed',
      );
    });
  });

  it('a run deleted between listing and fetching (its artifacts and jobs answer 404) does not crash the audit', async () => {
    await withExamples(async (gh) => {
      // Delete the run from the fake the moment its artifacts or jobs are first asked for.
      const runs = gh.repos.get(REPO)!.runs;
      watchArrivals(gh, (r) => {
        if (r.path === artifactsPath(RUN_BYPASS) || r.path === jobsPath(RUN_BYPASS)) {
          const i = runs.findIndex((x) => String(x.id) === RUN_BYPASS);
          if (i >= 0) runs.splice(i, 1);
        }
      });
      const { run } = await audit(gh);
      expectCompleted(gh, run);
      // 404 is final: asked once each.
      expect(calls(gh, 'GET', artifactsPath(RUN_BYPASS))).toHaveLength(1);
      expect(calls(gh, 'GET', jobsPath(RUN_BYPASS))).toHaveLength(1);
      expectNotFullyAudited(gh, run, RUN_BYPASS, 'none', /deleted/, 'missing');
      const bypass = run.report.runs.find((r) => r.id === RUN_BYPASS)!;
      expect(bypass).toMatchObject({
        workflow: 'AI Moderator',
        url: `https://github.com/${REPO}/actions/runs/${RUN_BYPASS}`,
      });
      for (const id of [RUN_TRAP, RUN_CLEAN])
        expect(run.report.runs.find((r) => r.id === id)!.coverage).toBe('full');
      expect(run.report.summary).toMatchObject({ runs: 3, runsWithArtifacts: 2 });
      rel.record(
        'API faults',
        'run deleted between listing and fetching (artifacts and jobs answer 404)',
        'not retried; run reported not audited (deleted) with its workflow and link; the other runs audited; issue filed',
      );
    });
  });

  it('stalled downloads time out (idle limit) and are retried with a fresh URL; one that always stalls is partial', async () => {
    await withExamples(async (gh) => {
      const once = artifactId(gh, RUN_BYPASS, 'agent');
      const always = artifactId(gh, RUN_CLEAN, 'agent');
      const apiHop = artifactId(gh, RUN_TRAP, 'activation');
      gh.fault({ origin: 'storage', path: exactly(blobPath(once)), action: 'hang' });
      gh.fault({ origin: 'storage', path: exactly(blobPath(always)), action: 'hang', times: 100 });
      gh.fault({ origin: 'api', path: exactly(zipPath(apiHop)), action: 'hang' });
      const { run, seconds } = await audit(gh, { env: { INTEGRITY_AUDIT_DOWNLOAD_IDLE_MS: '500' } });
      expectCompleted(gh, run);
      // Each attempt asks the API for a fresh pre-signed URL.
      expect(calls(gh, 'GET', zipPath(once))).toHaveLength(2);
      expect(storage(gh).filter((r) => r.path === blobPath(once))).toHaveLength(2);
      expect(calls(gh, 'GET', zipPath(apiHop))).toHaveLength(2);
      expect(storage(gh).filter((r) => r.path === blobPath(apiHop))).toHaveLength(1);
      expect(calls(gh, 'GET', zipPath(always))).toHaveLength(3);
      expect(storage(gh).filter((r) => r.path === blobPath(always))).toHaveLength(3);
      for (const id of [RUN_TRAP, RUN_BYPASS])
        expect(run.report.runs.find((r) => r.id === id)!.coverage).toBe('full');
      expectNotFullyAudited(
        gh,
        run,
        RUN_CLEAN,
        'partial',
        /agent: download failed: .*no data for 500 ms/,
        'unreadable',
      );
      expect(seconds).toBeLessThan(20);
      rel.record(
        'API faults',
        'download that never answers (storage or the API hop), 500 ms idle limit',
        'timed out and retried with a fresh URL; one stalling every time: 3 attempts, run partial; issue filed',
      );
    });
  });

  it('API calls that never answer time out and are retried; one that never answers leaves its run not audited', async () => {
    await withExamples(async (gh) => {
      gh.fault({ method: 'GET', origin: 'api', path: exactly(RUNS_PATH), action: 'hang' });
      gh.fault({
        method: 'GET',
        origin: 'api',
        path: exactly(artifactsPath(RUN_CLEAN)),
        action: 'hang',
        times: 100,
      });
      const { run, seconds } = await audit(gh, { env: { INTEGRITY_AUDIT_API_TIMEOUT_MS: '500' } });
      expectCompleted(gh, run);
      expect(calls(gh, 'GET', RUNS_PATH)).toHaveLength(2);
      expect(calls(gh, 'GET', artifactsPath(RUN_CLEAN))).toHaveLength(4);
      expectNotFullyAudited(gh, run, RUN_CLEAN, 'none', /timeout/i, 'unreadable');
      for (const id of [RUN_TRAP, RUN_BYPASS])
        expect(run.report.runs.find((r) => r.id === id)!.coverage).toBe('full');
      expect(seconds).toBeLessThan(40);
      rel.record(
        'API faults',
        'API calls that never answer (listing runs once, one run’s artifacts always), 500 ms limit per attempt',
        'timed out and retried; the one that never answers: 4 attempts, that run not audited; the rest audited; issue filed',
      );
    });
  });

  it('a connection reset in the middle of a download is retried; a storage URL that always answers 500 leaves the run partial', async () => {
    await withExamples(async (gh) => {
      const reset = artifactId(gh, RUN_TRAP, 'agent');
      const broken = artifactId(gh, RUN_BYPASS, 'agent');
      gh.fault({ origin: 'storage', path: exactly(blobPath(reset)), action: 'reset' });
      gh.fault({ origin: 'storage', path: exactly(blobPath(broken)), status: 500, times: 100 });
      const { run, seconds } = await audit(gh);
      expectCompleted(gh, run);
      expect(calls(gh, 'GET', zipPath(reset))).toHaveLength(2);
      expect(storage(gh).filter((r) => r.path === blobPath(reset))).toHaveLength(2);
      expect(run.report.runs.find((r) => r.id === RUN_TRAP)!.coverage).toBe('full');
      expect(run.report.findings.some((f) => f.rule === 'wasm-guard-trap' && f.runs.includes(RUN_TRAP))).toBe(
        true,
      );
      expect(calls(gh, 'GET', zipPath(broken))).toHaveLength(3);
      expect(storage(gh).filter((r) => r.path === blobPath(broken))).toHaveLength(3);
      expectNotFullyAudited(
        gh,
        run,
        RUN_BYPASS,
        'partial',
        /agent: download failed: storage answered 500/,
        'unreadable',
      );
      expect(seconds).toBeLessThan(20);
      rel.record(
        'API faults',
        'connection reset halfway through an artifact download',
        'retried with a fresh URL; run fully audited; issue filed',
      );
      rel.record(
        'API faults',
        'redirect to a storage URL that answers 500 every time',
        '3 attempts, each with a fresh URL and no token sent to storage; run partial (evidence-missing); issue filed',
      );
    });
  });

  it('403 Resource not accessible by integration on listing runs or artifacts fails the step naming `actions: read`; not retried, nothing written', async () => {
    await withExamples(async (gh) => {
      gh.fault({
        method: 'GET',
        origin: 'api',
        path: exactly(RUNS_PATH),
        status: 403,
        body: FORBIDDEN,
        times: 10,
      });
      const { run } = await audit(gh, { throttle: true });
      expect(run.code, describeRun(run)).toBe(1);
      const errors = workflowCommands(run.stdout, 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('Listing workflow runs failed with 403');
      expect(errors[0]).toContain(`the token needs \`actions: read\` on ${REPO}`);
      expect(calls(gh, 'GET', RUNS_PATH)).toHaveLength(1);
      expect(writes(gh)).toEqual([]);
      expect(run.report).toBeNull();

      // The same on one run's artifacts (fine-grained tokens can list runs without reading artifacts).
      await withExamples(async (second) => {
        second.fault({
          method: 'GET',
          origin: 'api',
          path: exactly(artifactsPath(RUN_CLEAN)),
          status: 403,
          body: {
            ...FORBIDDEN,
            documentation_url: 'https://docs.github.com/rest/actions/artifacts#list-workflow-run-artifacts',
          },
          times: 10,
        });
        const { run: r2 } = await audit(second, { throttle: true });
        expect(r2.code, describeRun(r2)).toBe(1);
        const e2 = workflowCommands(r2.stdout, 'error');
        expect(e2).toHaveLength(1);
        expect(e2[0]).toContain('Listing artifacts failed with 403');
        expect(e2[0]).toContain(`the token needs \`actions: read\` on ${REPO}`);
        expect(calls(second, 'GET', artifactsPath(RUN_CLEAN))).toHaveLength(1);
        expect(writes(second)).toEqual([]);
        expect(second.repos.get(REPO)!.issues).toEqual([]);
        expect(r2.report).toBeNull();
      });
      rel.record(
        'API faults',
        '403 Resource not accessible by integration on listing runs or a run’s artifacts',
        'not retried; step fails (exit 1) naming `actions: read` on the audited repository; nothing written',
      );
    });
  });

  it('403 Resource not accessible by integration on creating the issue fails the step naming `issues: write` on the issue repository', async () => {
    await withExamples(async (gh) => {
      const AUDITS = 'octo-org/audits';
      gh.repos.set(AUDITS, {
        runs: [],
        issues: [],
        labels: [
          { name: 'integrity-audit', color: '5319e7' },
          { name: 'automation', color: 'ededed' },
        ],
      });
      gh.fault({
        method: 'POST',
        origin: 'api',
        path: exactly(`/repos/${AUDITS}/issues`),
        status: 403,
        body: {
          ...FORBIDDEN,
          documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
        },
        times: 10,
      });
      const { run } = await audit(gh, { throttle: true, inputs: { 'issue-repository': AUDITS } });
      expect(run.code, describeRun(run)).toBe(1);
      const errors = workflowCommands(run.stdout, 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('Creating the issue failed with 403');
      expect(errors[0]).toContain(`the token needs \`issues: write\` on ${AUDITS}`);
      // The one write tried, once; nothing created, commented or closed anywhere.
      expect(writes(gh).map(line)).toEqual([`POST /repos/${AUDITS}/issues`]);
      expect(gh.repos.get(AUDITS)!.issues).toEqual([]);
      expect(gh.repos.get(REPO)!.issues).toEqual([]);
      expect(run.outputs['issue-action']).toBeUndefined();
      rel.record(
        'API faults',
        '403 Resource not accessible by integration on creating the issue',
        'not retried; step fails (exit 1) naming `issues: write` on the issue repository; nothing written',
      );
    });
  });
});
