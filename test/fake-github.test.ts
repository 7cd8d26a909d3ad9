import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub } from './support/fake-github.js';
import type { FakeGitHub, FakeRun } from './support/fake-github.js';
import { validateResponse } from './support/openapi.js';

const TOKEN = 'ghs_faketoken';
const AUTH = { authorization: `token ${TOKEN}` };
const T0 = Date.parse('2026-08-01T00:00:00Z');
const HOUR = 3_600_000;
const RATE_LIMIT_LOG =
  '2026-04-27T13:01:20.1425091Z RequestError [HttpError]: API rate limit exceeded for installation. If you reach out to GitHub Support ...\n';

let fake: FakeGitHub;
let run42: FakeRun;

interface Res {
  status: number;
  headers: Headers;
  json: unknown;
  text: string;
}

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = AUTH,
): Promise<Res> {
  const url = path.startsWith('http') ? path : fake.url + path;
  const res = await fetch(url, {
    method,
    redirect: 'manual',
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}
const get = (path: string): Promise<Res> => call('GET', path);
const body = <T = Record<string, unknown>>(r: Res): T => r.json as T;
const links = (r: Res): Record<string, string> =>
  Object.fromEntries(
    [...(r.headers.get('link') ?? '').matchAll(/<([^>]+)>; rel="(\w+)"/g)].map((m) => [m[2], m[1]]),
  );

beforeAll(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  const workflows = [
    '.github/workflows/smoke.lock.yml',
    '.github/workflows/daily.lock.yml',
    '.github/workflows/ci.yml',
  ];
  for (let i = 0; i < 250; i++) {
    fake.addRun('octo/audit', {
      id: 1000 + i,
      name: ['Smoke', 'Daily', 'CI'][i % 3],
      path: workflows[i % 3],
      created_at: new Date(T0 + i * HOUR).toISOString(),
      conclusion: i % 10 === 0 ? 'failure' : 'success',
      run_number: i + 1,
    });
  }
  run42 = {
    id: 42,
    name: 'Smoke',
    path: workflows[0],
    created_at: '2026-07-01T12:00:00Z',
    conclusion: 'failure',
    artifacts: [
      {
        name: 'agent',
        files: { 'mcp-logs/mcp-gateway.log': 'hello\n', 'agent-stdio.log': Buffer.from('x') },
      },
      { name: 'activation', expired: true, files: { 'aw_info.json': '{}' } },
    ],
    jobs: [
      {
        name: 'activation',
        conclusion: 'failure',
        log: RATE_LIMIT_LOG,
        steps: [{ name: 'Set up job' }, { name: 'Run', conclusion: 'failure' }],
      },
      { name: 'agent', conclusion: 'skipped' },
      { name: 'conclusion', status: 'in_progress' },
    ],
  };
  fake.addRun('octo/audit', run42);
  for (let i = 0; i < 1200; i++) {
    fake.addRun('octo/big', {
      id: 50_000 + i,
      name: 'Smoke',
      path: workflows[0],
      created_at: new Date(T0 - i * 60_000).toISOString(),
    });
  }
  fake.repos.get('octo/big')!.private = true;
  const at = (d: number): string => new Date(T0 + d * HOUR).toISOString();
  const labels = ['integrity-audit', 'automation'];
  fake.addIssue('octo/audit', {
    title: 'audit 1',
    labels,
    created_at: at(1),
    comments: [{ id: 7, body: 'hi', created_at: at(2) }],
  });
  fake.addIssue('octo/audit', {
    title: 'a PR',
    labels: ['integrity-audit'],
    created_at: at(2),
    pull_request: true,
  });
  fake.addIssue('octo/audit', { title: 'old audit', labels, created_at: at(0), state: 'closed' });
  fake.addIssue('octo/audit', { title: 'other', labels: ['automation'], created_at: at(3) });
  fake.addIssue('octo/scratch', { title: 'seed', labels: ['bug'] });
});

afterAll(() => fake?.close());

describe('OpenAPI conformance', () => {
  it('answers every endpoint with a body that validates against api.github.com.deref.json', async () => {
    const artifacts = run42.artifacts!;
    const jobs = run42.jobs!;
    const cases: [string, string, string, number, unknown?][] = [
      ['GET', '/repos/{owner}/{repo}', '/repos/octo/audit', 200],
      ['GET', '/repos/{owner}/{repo}', '/repos/octo/big', 200],
      ['GET', '/repos/{owner}/{repo}/actions/runs', '/repos/octo/audit/actions/runs?per_page=100', 200],
      ['GET', '/repos/{owner}/{repo}/actions/workflows', '/repos/octo/audit/actions/workflows', 200],
      [
        'GET',
        '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
        '/repos/octo/audit/actions/workflows/smoke.lock.yml/runs',
        200,
      ],
      ['GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', '/repos/octo/audit/actions/runs/42', 200],
      [
        'GET',
        '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
        '/repos/octo/audit/actions/runs/42/artifacts',
        200,
      ],
      ['GET', '/repos/{owner}/{repo}/actions/artifacts', '/repos/octo/audit/actions/artifacts', 200],
      [
        'GET',
        '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}',
        `/repos/octo/audit/actions/artifacts/${artifacts[0].id}`,
        200,
      ],
      [
        'GET',
        '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
        `/repos/octo/audit/actions/artifacts/${artifacts[0].id}/zip`,
        302,
      ],
      [
        'GET',
        '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
        `/repos/octo/audit/actions/artifacts/${artifacts[1].id}/zip`,
        410,
      ],
      [
        'GET',
        '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
        '/repos/octo/audit/actions/runs/42/jobs',
        200,
      ],
      [
        'GET',
        '/repos/{owner}/{repo}/actions/jobs/{job_id}',
        `/repos/octo/audit/actions/jobs/${jobs[2].id}`,
        200,
      ],
      [
        'GET',
        '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
        `/repos/octo/audit/actions/jobs/${jobs[0].id}/logs`,
        302,
      ],
      ['GET', '/repos/{owner}/{repo}/issues', '/repos/octo/audit/issues?state=all', 200],
      [
        'POST',
        '/repos/{owner}/{repo}/issues',
        '/repos/octo/scratch/issues',
        201,
        { title: 'T', body: 'B', labels: ['integrity-audit'] },
      ],
      [
        'POST',
        '/repos/{owner}/{repo}/issues',
        '/repos/octo/scratch/issues',
        422,
        { title: 'T', body: 'x'.repeat(65_537) },
      ],
      ['GET', '/repos/{owner}/{repo}/issues/{issue_number}', '/repos/octo/scratch/issues/2', 200],
      ['GET', '/repos/{owner}/{repo}/issues/{issue_number}', '/repos/octo/scratch/issues/99', 404],
      [
        'PATCH',
        '/repos/{owner}/{repo}/issues/{issue_number}',
        '/repos/octo/scratch/issues/2',
        200,
        { state: 'closed', state_reason: 'not_planned' },
      ],
      [
        'PATCH',
        '/repos/{owner}/{repo}/issues/{issue_number}',
        '/repos/octo/scratch/issues/2',
        422,
        { body: 'y'.repeat(70_000) },
      ],
      [
        'POST',
        '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        '/repos/octo/scratch/issues/2/comments',
        201,
        { body: 'c' },
      ],
      [
        'GET',
        '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        '/repos/octo/scratch/issues/2/comments',
        200,
      ],
      ['GET', '/repos/{owner}/{repo}/labels', '/repos/octo/scratch/labels', 200],
      ['GET', '/repos/{owner}/{repo}/labels/{name}', '/repos/octo/scratch/labels/integrity-audit', 200],
      ['GET', '/repos/{owner}/{repo}/labels/{name}', '/repos/octo/scratch/labels/nope', 404],
      [
        'POST',
        '/repos/{owner}/{repo}/labels',
        '/repos/octo/scratch/labels',
        201,
        { name: 'automation', color: '#0E8A16' },
      ],
      [
        'POST',
        '/repos/{owner}/{repo}/labels',
        '/repos/octo/scratch/labels',
        422,
        { name: 'Automation', color: '0e8a16' },
      ],
      ['GET', '/rate_limit', '/rate_limit', 200],
    ];
    for (const [method, template, path, status, payload] of cases) {
      const r = await call(method, path, payload);
      expect(r.status, `${method} ${path}`).toBe(status);
      expect(validateResponse(method, template, status, r.json)).toEqual([]);
    }
  });

  it('reports schema violations', () => {
    expect(
      validateResponse('GET', '/repos/{owner}/{repo}/actions/runs', 200, { total_count: '1' }).length,
    ).toBeGreaterThan(0);
    expect(validateResponse('GET', '/nope', 200, {})).toHaveLength(1);
  });
});

describe('workflow runs', () => {
  it('filters by created and paginates 250 runs through absolute Link URLs, newest first', async () => {
    let next: string | undefined =
      '/repos/octo/audit/actions/runs?created=%3E%3D2026-08-01T00:00:00Z&per_page=100';
    const seen: { id: number; created_at: string }[] = [];
    const rels: string[][] = [];
    while (next) {
      const r = await get(next);
      expect(r.status).toBe(200);
      const b = body<{ total_count: number; workflow_runs: { id: number; created_at: string }[] }>(r);
      expect(b.total_count).toBe(250);
      seen.push(...b.workflow_runs);
      const l = links(r);
      rels.push(Object.keys(l).sort());
      for (const u of Object.values(l))
        expect(u).toMatch(new RegExp(`^${fake.url}/repositories/\\d+/actions/runs\\?`));
      next = l.next;
    }
    expect(rels).toEqual([
      ['last', 'next'],
      ['first', 'last', 'next', 'prev'],
      ['first', 'prev'],
    ]);
    expect(seen.map((r) => r.id)).toEqual(Array.from({ length: 250 }, (_, i) => 1249 - i));
    expect(seen[0].created_at).toBe('2026-08-11T09:00:00Z');
    const count = async (q: string): Promise<number> =>
      body<{ total_count: number }>(await get(`/repos/octo/audit/actions/runs?${q}`)).total_count;
    expect(await count(`created=${encodeURIComponent('<2026-08-01T05:00:00Z')}`)).toBe(5 + 1); // + run 42 (July)
    expect(await count(`created=${encodeURIComponent('<=2026-08-01T05:00:00Z')}`)).toBe(6 + 1);
    expect(await count(`created=${encodeURIComponent('>2026-08-10')}`)).toBe(10);
    expect(await count(`created=${encodeURIComponent('>=2026-08-11T00:00:00+00:00')}`)).toBe(10);
    expect(await count('created=2026-08-02..2026-08-03')).toBe(48);
    expect(await count('created=2026-08-05')).toBe(24);
    expect(await count('created=*..2026-07-31')).toBe(1);
    expect(await count('status=failure')).toBe(26);
    expect(await count('status=completed')).toBe(251);
    expect((await get('/repos/octo/audit/actions/runs?created=yesterday')).status).toBe(422);
  });

  it('returns at most 1,000 results when filtered, but reports the real total_count', async () => {
    const page = async (q: string): Promise<[number, number, Record<string, string>]> => {
      const r = await get(`/repos/octo/big/actions/runs?per_page=100&${q}`);
      const b = body<{ total_count: number; workflow_runs: unknown[] }>(r);
      return [b.total_count, b.workflow_runs.length, links(r)];
    };
    const [total, n10, l10] = await page('created=%3E%3D2020-01-01&page=10');
    expect([total, n10, l10.next]).toEqual([1200, 100, undefined]);
    expect(l10.prev).toContain('page=9');
    expect((await page('created=%3E%3D2020-01-01&page=11')).slice(0, 2)).toEqual([1200, 0]);
    expect((await page('status=success&page=1'))[2].last).toContain('page=10');
    const [, n12, l12] = await page('page=12');
    expect([n12, l12.first]).toEqual([100, expect.stringContaining('page=1')]);
    expect((await page('page=1'))[2].last).toContain('page=12');
    const huge = await get('/repos/octo/big/actions/runs?per_page=1000');
    expect(body<{ workflow_runs: unknown[] }>(huge).workflow_runs).toHaveLength(100); // per_page is capped at 100
  });

  it('lists workflows and their runs by file name or id; 404 for unknown runs and workflows', async () => {
    const wf = body<{ total_count: number; workflows: { id: number; path: string; state: string }[] }>(
      await get('/repos/octo/audit/actions/workflows'),
    );
    expect(wf.total_count).toBe(3);
    expect(
      wf.workflows
        .map((w) => w.path)
        .filter((p) => p.endsWith('.lock.yml'))
        .sort(),
    ).toEqual(['.github/workflows/daily.lock.yml', '.github/workflows/smoke.lock.yml']);
    const smoke = wf.workflows.find((w) => w.path.endsWith('smoke.lock.yml'))!;
    const byName = body<{ total_count: number }>(
      await get('/repos/octo/audit/actions/workflows/smoke.lock.yml/runs'),
    );
    const byId = body<{ total_count: number }>(
      await get(`/repos/octo/audit/actions/workflows/${smoke.id}/runs`),
    );
    expect([byName.total_count, byId.total_count]).toEqual([84 + 1, 84 + 1]);
    expect((await get('/repos/octo/audit/actions/workflows/nope.yml/runs')).status).toBe(404);
    const missing = await get('/repos/octo/audit/actions/runs/999999');
    expect([missing.status, missing.json]).toEqual([
      404,
      expect.objectContaining({ message: 'Not Found', documentation_url: expect.any(String) }),
    ]);
    expect((await get('/repos/octo/nothing')).status).toBe(404);
    expect(body(await get('/repos/octo/big')).visibility).toBe('private');
    expect(body(await get('/repos/octo/audit'))).toMatchObject({
      private: false,
      visibility: 'public',
      full_name: 'octo/audit',
    });
  });

  it('serves the same routes under /api/v3 with GHES-style Link URLs', async () => {
    const r = await get('/api/v3/repos/octo/audit/actions/runs?per_page=100');
    expect(r.status).toBe(200);
    expect(links(r).next).toMatch(new RegExp(`^${fake.url}/api/v3/repositories/\\d+/actions/runs\\?`));
    expect(body<{ workflow_runs: unknown[] }>(await get(links(r).next)).workflow_runs).toHaveLength(100);
    expect(body<{ url: string }>(await get('/api/v3/repos/octo/audit')).url).toBe(
      `${fake.url}/api/v3/repos/octo/audit`,
    );
    expect(fake.requests.at(-1)).toMatchObject({
      path: '/repos/octo/audit',
      rawPath: '/api/v3/repos/octo/audit',
    });
  });
});

describe('artifacts and logs', () => {
  it('redirects a download to the storage origin, which refuses an Authorization header', async () => {
    const [agent] = run42.artifacts!;
    const r = await get(`/repos/octo/audit/actions/artifacts/${agent.id}/zip`);
    expect(r.status).toBe(302);
    const location = r.headers.get('location')!;
    expect(location.startsWith(`${fake.storageUrl}/`)).toBe(true);
    expect(location).toMatch(/[?&]sig=/);
    expect([400, 403]).toContain((await call('GET', location, undefined, AUTH)).status);
    expect((await call('GET', location.replace(/sig=[^&]+/, 'sig=forged'), undefined, {})).status).toBe(403);
    const blob = await fetch(location);
    expect(blob.status).toBe(200);
    expect(blob.headers.get('content-type')).toBe('application/zip');
    const bytes = Buffer.from(await blob.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes('mcp-logs/mcp-gateway.log')).toBe(true);
    // Following the redirect (as Octokit does) drops the token on the cross-origin hop.
    const followed = await fetch(`${fake.url}/repos/octo/audit/actions/artifacts/${agent.id}/zip`, {
      headers: AUTH,
    });
    expect(followed.status).toBe(200);
    expect(Buffer.from(await followed.arrayBuffer()).equals(bytes)).toBe(true);
    const storageReqs = fake.requests.filter((q) => q.origin === 'storage');
    expect(storageReqs.at(-1)!.headers.authorization).toBeUndefined();
    const list = body<{ total_count: number; artifacts: { size_in_bytes: number; expired: boolean }[] }>(
      await get('/repos/octo/audit/actions/runs/42/artifacts?name=agent'),
    );
    expect(list.total_count).toBe(1);
    expect(list.artifacts[0]).toMatchObject({ size_in_bytes: bytes.length, expired: false });
  });

  it('answers 410 for an expired artifact, which is still listed', async () => {
    const expired = run42.artifacts![1];
    const r = await get(`/repos/octo/audit/actions/artifacts/${expired.id}/zip`);
    expect([r.status, body(r).message]).toEqual([410, 'Artifact has expired']);
    const list = body<{ artifacts: { name: string; expired: boolean }[] }>(
      await get('/repos/octo/audit/actions/runs/42/artifacts'),
    );
    expect(list.artifacts.map((a) => [a.name, a.expired])).toEqual([
      ['agent', false],
      ['activation', true],
    ]);
  });

  it('redirects job logs to plain text in storage; 404 when a job has no log', async () => {
    const jobs = body<{
      total_count: number;
      jobs: { id: number; name: string; conclusion: string | null; steps: unknown[] }[];
    }>(await get('/repos/octo/audit/actions/runs/42/jobs?per_page=100'));
    expect(jobs.jobs.map((j) => [j.name, j.conclusion])).toEqual([
      ['activation', 'failure'],
      ['agent', 'skipped'],
      ['conclusion', null],
    ]);
    expect(jobs.jobs[0].steps).toHaveLength(2);
    const r = await get(`/repos/octo/audit/actions/jobs/${jobs.jobs[0].id}/logs`);
    expect(r.status).toBe(302);
    const log = await fetch(r.headers.get('location')!);
    expect(log.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await log.text()).toBe(RATE_LIMIT_LOG);
    expect((await get(`/repos/octo/audit/actions/jobs/${jobs.jobs[1].id}/logs`)).status).toBe(404);
  });

  it('requires the token when one is configured', async () => {
    expect((await call('GET', '/repos/octo/audit', undefined, {})).status).toBe(401);
    expect(
      body(await call('GET', '/repos/octo/audit', undefined, { authorization: 'token wrong' })).message,
    ).toBe('Bad credentials');
    expect(
      (await call('GET', '/repos/octo/audit', undefined, { authorization: `Bearer ${TOKEN}` })).status,
    ).toBe(200);
  });
});

describe('faults, latency, headers', () => {
  it('consumes scripted faults in order, then answers normally', async () => {
    const path = '/repos/octo/audit/actions/runs';
    fake.fault({ path, status: 502, times: 2 });
    fake.fault({ path, method: 'POST', status: 500 });
    fake.fault({
      path: /\/actions\/runs$/,
      status: 403,
      headers: { 'X-RateLimit-Remaining': '0' },
      body: { message: 'API rate limit exceeded for installation.' },
    });
    const statuses: number[] = [];
    let limited: Res | undefined;
    for (let i = 0; i < 4; i++) {
      const r = await get(path);
      statuses.push(r.status);
      if (r.status === 403) limited = r;
    }
    expect(statuses).toEqual([502, 502, 403, 200]);
    expect(limited!.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(body(limited!).message).toMatch(/^API rate limit exceeded for installation/);
    expect((await call('POST', path, {})).status).toBe(500);
  });

  it('can reset a storage download mid-body, hang a request, or delay it', async () => {
    const id = run42.artifacts![0].id;
    fake.fault({ origin: 'storage', path: /^\/actions-results\/artifacts\//, action: 'reset' });
    const res = await fetch(`${fake.url}/repos/octo/audit/actions/artifacts/${id}/zip`, { headers: AUTH });
    expect(res.status).toBe(200);
    await expect(res.arrayBuffer()).rejects.toThrow();
    expect(
      (await fetch(`${fake.url}/repos/octo/audit/actions/artifacts/${id}/zip`, { headers: AUTH })).status,
    ).toBe(200);

    fake.fault({ path: /^\/repos\/octo\/audit$/, action: 'hang' });
    await expect(
      fetch(`${fake.url}/repos/octo/audit`, { headers: AUTH, signal: AbortSignal.timeout(300) }),
    ).rejects.toThrow();

    fake.fault({ path: '/repos/octo/audit', delayMs: 250 });
    const t = Date.now();
    expect((await get('/repos/octo/audit')).status).toBe(200);
    expect(Date.now() - t).toBeGreaterThanOrEqual(240);
  });

  it('spends a primary rate limit as GitHub does: headers count down, then 403 with remaining 0 until the reset', async () => {
    fake.setRateLimit({ limit: 100, used: 98, resetInSeconds: 1800 });
    try {
      const a = await get('/repos/octo/audit/labels/automation');
      const b = await get('/repos/octo/audit/labels/automation');
      const refused = await get('/repos/octo/audit/labels/automation');
      expect([a.status, b.status, refused.status]).toEqual([200, 200, 403]);
      expect(
        ['limit', 'remaining', 'used', 'resource'].map((h) => a.headers.get(`x-ratelimit-${h}`)),
      ).toEqual(['100', '1', '99', 'core']);
      expect(b.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(refused.headers.get('x-ratelimit-used')).toBe('100');
      const reset = Number(refused.headers.get('x-ratelimit-reset'));
      expect(reset - Date.now() / 1000).toBeGreaterThan(1790);
      expect(body(refused).message).toMatch(/^API rate limit exceeded for installation ID \d+\./);
      // GET /rate_limit is not limited and says the same.
      const rl = await get('/rate_limit');
      expect(rl.status).toBe(200);
      expect((rl.json as { rate: { remaining: number; limit: number } }).rate).toMatchObject({
        limit: 100,
        remaining: 0,
      });
      // After the reset, requests are served again.
      fake.setRateLimit({ resetInSeconds: 0 });
      expect((await get('/repos/octo/audit/labels/automation')).status).toBe(200);
    } finally {
      fake.setRateLimit({ limit: 5000, used: 0, resetInSeconds: 3600 });
    }
  });

  it('adds latency and rate-limit headers to every API response; records requests', async () => {
    fake.setLatency(150);
    const t = Date.now();
    const r = await get('/repos/octo/audit/labels/automation');
    expect(Date.now() - t).toBeGreaterThanOrEqual(140);
    fake.setLatency(0);
    const unknown = await get('/repos/octo/audit/nonsense');
    expect([unknown.status, unknown.json]).toEqual([
      404,
      expect.objectContaining({ message: 'Not Found', documentation_url: expect.any(String) }),
    ]);
    for (const x of [r, unknown]) {
      for (const h of ['limit', 'remaining', 'used', 'reset', 'resource'])
        expect(x.headers.get(`x-ratelimit-${h}`)).toBeTruthy();
      expect(x.headers.get('x-github-request-id')).toMatch(/^[0-9A-F:]+$/);
    }
    expect(Number(unknown.headers.get('x-ratelimit-used'))).toBe(
      Number(r.headers.get('x-ratelimit-used')) + 1,
    );
    expect(fake.requests.at(-1)).toMatchObject({
      method: 'GET',
      path: '/repos/octo/audit/nonsense',
      origin: 'api',
    });
    const res = await fetch(`${fake.url}/repos/octo/scratch/issues`, {
      method: 'POST',
      headers: AUTH,
      body: '{',
    });
    expect([res.status, ((await res.json()) as { message: string }).message]).toEqual([
      400,
      'Problems parsing JSON',
    ]);
  });
});

describe('issues and labels', () => {
  it('filters by labels (all must match) and state, includes pull requests, sorts by created', async () => {
    type Issue = { number: number; pull_request?: unknown; labels: { name: string }[]; html_url: string };
    const list = async (q: string): Promise<Issue[]> =>
      body<Issue[]>(await get(`/repos/octo/audit/issues?${q}`));
    expect((await list('labels=integrity-audit,automation&state=all')).map((i) => i.number)).toEqual([1, 3]);
    const open = await list('labels=integrity-audit');
    expect(open.map((i) => [i.number, i.pull_request !== undefined])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(open[0].html_url).toMatch(/\/pull\/2$/);
    expect(open[1].labels.map((l) => l.name)).toEqual(['integrity-audit', 'automation']);
    expect((await list('direction=asc')).map((i) => i.number)).toEqual([1, 2, 4]);
    expect((await list('state=closed')).map((i) => i.number)).toEqual([3]);
    const paged = await get('/repos/octo/audit/issues?per_page=1&state=all');
    expect(body<unknown[]>(paged)).toHaveLength(1);
    expect(links(paged).last).toContain('page=4');
  });

  it('creates, updates and comments on issues; rejects bodies over 65,536 characters', async () => {
    const created = await call('POST', '/repos/octo/scratch/issues', {
      title: 'Audit',
      body: 'é'.repeat(65_536),
      labels: ['new-label'],
    });
    expect(created.status).toBe(201);
    const n = body<{ number: number }>(created).number;
    expect(fake.repos.get('octo/scratch')!.labels.map((l) => l.name)).toContain('new-label');
    const tooLong = await call('POST', '/repos/octo/scratch/issues', {
      title: 'Audit',
      body: 'x'.repeat(65_537),
    });
    expect(tooLong.status).toBe(422);
    expect(body(tooLong)).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', field: 'body', code: 'custom' }],
    });
    expect(
      (await call('POST', `/repos/octo/scratch/issues/${n}/comments`, { body: 'z'.repeat(65_537) })).status,
    ).toBe(422);
    expect((await call('POST', '/repos/octo/scratch/issues', { body: 'no title' })).status).toBe(422);
    await call('POST', `/repos/octo/scratch/issues/${n}/comments`, { body: 'new findings' });
    const closed = body(
      await call('PATCH', `/repos/octo/scratch/issues/${n}`, { state: 'closed', title: 'Audit (closed)' }),
    );
    expect(closed).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
      comments: 1,
      title: 'Audit (closed)',
    });
    expect(closed.closed_at).toEqual(expect.any(String));
    const stored = fake.repos.get('octo/scratch')!.issues.find((i) => i.number === n)!;
    expect([stored.state, stored.comments.map((c) => c.body)]).toEqual(['closed', ['new findings']]);
  });

  it('gets and creates labels', async () => {
    expect(body(await get('/repos/octo/audit/labels/INTEGRITY-AUDIT')).name).toBe('integrity-audit');
    expect((await get('/repos/octo/audit/labels/missing%20label')).status).toBe(404);
    const created = await call('POST', '/repos/octo/audit/labels', {
      name: 'missing label',
      color: 'ff0000',
    });
    expect(created.status).toBe(201);
    expect(body(await get('/repos/octo/audit/labels/missing%20label')).color).toBe('ff0000');
    const dup = await call('POST', '/repos/octo/audit/labels', { name: 'missing label' });
    expect([dup.status, body<{ errors: { code: string }[] }>(dup).errors[0].code]).toEqual([
      422,
      'already_exists',
    ]);
  });
});

describe('owner repository listings', () => {
  it('GET /orgs/{org}/repos and /users/{username}/repos: documented shapes, Link pagination by owner id, 404 for the wrong kind', async () => {
    const f = await startFakeGitHub({ token: TOKEN });
    try {
      for (let i = 0; i < 5; i++) f.addRepo(`acme/r${i}`, { archived: i === 1, private: i === 2 });
      f.addRepo('solo/tool');
      f.addRepo('solo/secret', { private: true });
      f.setOwnerType('solo', 'User');
      const req = async (path: string) => {
        const res = await fetch(f.url + path, { headers: AUTH });
        return {
          status: res.status,
          link: res.headers.get('link') ?? '',
          json: (await res.json()) as unknown,
        };
      };
      const page1 = await req('/orgs/acme/repos?per_page=2');
      expect(page1.status).toBe(200);
      expect(validateResponse('GET', '/orgs/{org}/repos', 200, page1.json)).toEqual([]);
      const next = /<([^>]+)>; rel="next"/.exec(page1.link)?.[1] ?? '';
      expect(next).toMatch(/\/organizations\/\d+\/repos\?per_page=2&page=2$/);
      const all: { full_name: string; archived: boolean; private: boolean }[] = [...(page1.json as never[])];
      for (let url = next; url;) {
        const res = await fetch(url, { headers: AUTH });
        all.push(...((await res.json()) as never[]));
        url = /<([^>]+)>; rel="next"/.exec(res.headers.get('link') ?? '')?.[1] ?? '';
      }
      expect(all.map((r) => r.full_name).sort()).toEqual([
        'acme/r0',
        'acme/r1',
        'acme/r2',
        'acme/r3',
        'acme/r4',
      ]);
      expect(all.find((r) => r.full_name === 'acme/r1')?.archived).toBe(true);
      expect(all.find((r) => r.full_name === 'acme/r2')?.private).toBe(true);

      const org404 = await req('/orgs/solo/repos');
      expect(org404.status).toBe(404);
      // (The 404 is not in the OpenAPI description; GitHub answers it for a user, as for any unknown route.)
      expect(org404.json).toMatchObject({ message: 'Not Found' });
      const user = await req('/users/solo/repos?per_page=100');
      expect(user.status).toBe(200);
      expect(validateResponse('GET', '/users/{username}/repos', 200, user.json)).toEqual([]);
      // Public repositories only, sorted by full name (the documented defaults); the owner is a User.
      expect((user.json as { full_name: string; owner: { type: string } }[]).map((r) => r.full_name)).toEqual(
        ['solo/tool'],
      );
      expect((user.json as { owner: { type: string } }[])[0].owner.type).toBe('User');
      expect((await req('/users/nobody/repos')).status).toBe(404);

      f.addRepo('acme/r0', { workflows: [{ name: 'Triage', path: '.github/workflows/triage.lock.yml' }] });
      const wf = await req('/repos/acme/r0/actions/workflows');
      expect(validateResponse('GET', '/repos/{owner}/{repo}/actions/workflows', 200, wf.json)).toEqual([]);
      expect(wf.json).toMatchObject({
        total_count: 1,
        workflows: [{ path: '.github/workflows/triage.lock.yml' }],
      });
    } finally {
      await f.close();
    }
  });
});
