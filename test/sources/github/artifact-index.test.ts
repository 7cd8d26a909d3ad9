// The repository's one artifact listing in place of one per run: it gives a run's artifacts only when it is certain
// to hold all of them (newest first, read past the run's creation, the run settled), and otherwise leaves the run to
// its own listing. Checked on the rule itself (over generated listings cut at every page), and against the fake
// GitHub: the requests made, the pages read, a listing that fails or is not newest first.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { createClient } from '../../../src/github/client.js';
import {
  ArtifactIndex,
  indexArtifacts,
  listArtifactsEarly,
  nextPage,
  SETTLE_MS,
  SKEW_MS,
  type ListedArtifact,
} from '../../../src/sources/github/artifact-index.js';
import type { WorkflowRun } from '../../../src/sources/github/types.js';
import { startFakeGitHub, type FakeGitHub, type FakeRun } from '../../support/fake-github.js';

const MIN = 60_000;
const T0 = Date.parse('2026-11-30T12:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * MIN).toISOString();

function listed(id: number, run: number, minutes: number): ListedArtifact {
  return { id, name: `a${id}`, expired: false, created_at: at(minutes), workflow_run: { id: run } };
}

describe('indexArtifacts', () => {
  it('a listing read to its end holds every run: each run with artifacts gets them, in the listing’s order', () => {
    const runs = new Map([
      [1, T0],
      [2, T0 + 10 * MIN],
      [3, T0 + 20 * MIN],
    ]);
    const index = indexArtifacts(
      [listed(30, 2, 25), listed(20, 2, 15), listed(21, 1, 14), listed(10, 1, 5), listed(99, 7, 1)],
      true,
      runs,
    )!;
    expect([...index.keys()].sort()).toEqual([1, 2]);
    expect(index.get(2)!.map((a) => a.id)).toEqual([30, 20]);
    expect(index.get(1)!.map((a) => a.id)).toEqual([21, 10]);
    // Run 3 has none listed: "no artifacts" is for its own listing to say.
    expect(index.has(3)).toBe(false);
  });

  it('a listing cut short holds only the runs created after its last artifact, with SKEW_MS to spare', () => {
    const last = 100;
    const runs = new Map([
      [1, T0 + last * MIN + SKEW_MS + MIN], // created well after the last artifact read: whole
      [2, T0 + last * MIN + SKEW_MS], // within the skew allowed: not certain
      [3, T0 + (last - 10) * MIN], // before it: its older artifacts may be on the next page
    ]);
    const index = indexArtifacts(
      [listed(5, 1, last + 20), listed(4, 2, last + 10), listed(3, 3, last)],
      false,
      runs,
    )!;
    expect([...index.keys()]).toEqual([1]);
  });

  it('a page repeated after new uploads shifted the listing counts each artifact once', () => {
    const index = indexArtifacts(
      [listed(2, 1, 10), listed(1, 1, 9), listed(1, 1, 9), listed(0, 1, 8)],
      true,
      new Map([[1, T0]]),
    )!;
    expect(index.get(1)!.map((a) => a.id)).toEqual([2, 1, 0]);
  });

  it('a listing that is not newest first, names no run or no time, or has an artifact older than its run, is not used at all', () => {
    const runs = new Map([[1, T0]]);
    // Older than its run by more than the skew allowed (5 minutes): the times are not what the coverage rests on.
    expect(indexArtifacts([listed(1, 1, 5), listed(2, 1, -6)], true, runs)).toBeNull();
    expect(indexArtifacts([listed(1, 1, 5), listed(2, 1, -4)], true, runs)!.get(1)).toHaveLength(2);
    expect(indexArtifacts([listed(1, 1, 5), listed(2, 1, 6)], true, runs)).toBeNull();
    expect(
      indexArtifacts([listed(1, 1, 5), { ...listed(2, 1, 4), workflow_run: null }], true, runs),
    ).toBeNull();
    expect(
      indexArtifacts([listed(1, 1, 5), { ...listed(2, 1, 4), created_at: undefined }], true, runs),
    ).toBeNull();
  });

  // Any repository's artifacts (runs created at random times, each artifact made after its run), listed newest
  // first in pages of any size and read to any page: every run the index gives has exactly its own artifacts.
  prop.prop(
    [
      fc.array(
        fc.record({
          created: fc.integer({ min: 0, max: 2000 }),
          uploads: fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 4 }),
        }),
        { minLength: 1, maxLength: 30 },
      ),
      fc.integer({ min: 1, max: 10 }),
      fc.integer({ min: 1, max: 40 }),
    ],
    { numRuns: 300 },
  )('never gives a run part of its artifacts', (repo, perPage, pagesRead) => {
    let id = 0;
    const all = repo.flatMap((r, run) => r.uploads.map((u) => listed(id++, run, r.created + u)));
    // Newest first; artifacts of the same minute in any order (here: by id, descending).
    all.sort((a, b) => Date.parse(b.created_at!) - Date.parse(a.created_at!) || b.id - a.id);
    const read = all.slice(0, perPage * pagesRead);
    const runs = new Map(repo.map((r, run) => [run, T0 + r.created * MIN] as const));
    const index = indexArtifacts(read, read.length === all.length, runs)!;
    for (const [run, artifacts] of index) {
      const own = all.filter((a) => a.workflow_run!.id === run).map((a) => a.id);
      expect(artifacts.map((a) => a.id)).toEqual(own);
    }
    // Read to the end, every run with an artifact is there.
    if (read.length === all.length) expect(index.size).toBe(repo.filter((r) => r.uploads.length > 0).length);
  });
});

describe('ArtifactIndex against the fake GitHub', () => {
  let gh: FakeGitHub;
  const REPO = 'octo/many';
  beforeEach(async () => {
    gh = await startFakeGitHub({ token: 'ghs_test' });
  });
  afterEach(async () => {
    await gh.close();
  });

  /** `n` agentic runs created an hour apart, finished `finishedAgo` ms ago, two artifacts each. */
  function seed(n: number, finishedAgo = SETTLE_MS + MIN): WorkflowRun[] {
    const now = Date.now();
    for (let i = 0; i < n; i++) {
      const created = now - (i + 1) * 3600_000;
      gh.addRun(REPO, {
        id: 1000 + i,
        name: 'Triage',
        path: '.github/workflows/triage.lock.yml',
        created_at: new Date(created).toISOString(),
        updated_at: new Date(now - finishedAgo).toISOString(),
        artifacts: [{ name: 'agent-artifacts' }, { name: 'firewall-logs' }],
      } as FakeRun);
    }
    return gh.repos.get(REPO)!.runs.map((r) => ({
      id: r.id,
      created_at: r.created_at,
      updated_at: r.updated_at,
    }));
  }

  /** Another workflow's run with `count` artifacts, newer than every agentic run: they come first in the listing. */
  function ciArtifacts(count: number): void {
    gh.addRun(REPO, {
      id: 5000,
      name: 'CI',
      path: '.github/workflows/ci.yml',
      created_at: new Date(Date.now() - 30 * MIN).toISOString(),
      artifacts: Array.from({ length: count }, (_, i) => ({ name: `build-${i}` })),
    } as FakeRun);
  }

  const client = () => createClient({ token: 'ghs_test', baseUrl: gh.url });
  const listings = () =>
    gh.requests.filter((r) => r.origin === 'api' && /\/artifacts$/.test(r.path)).map((r) => r.path);

  it('settled runs: one request for all of them, each given its own two artifacts', async () => {
    const runs = seed(25);
    const index = new ArtifactIndex({ client: client(), repository: REPO }, runs);
    const got = await Promise.all(runs.map((r) => index.of(r)));
    expect(listings()).toEqual([`/repos/${REPO}/actions/artifacts`]);
    const expected = gh.repos.get(REPO)!.runs.map((r) => r.artifacts!.map((a) => a.id));
    expect(got.map((list) => list!.map((a) => a.id))).toEqual(expected);
    expect(got.flat().map((a) => a!.name)).toEqual(
      Array.from({ length: 25 }, () => ['agent-artifacts', 'firewall-logs']).flat(),
    );
  });

  it('runs that finished less than SETTLE_MS ago, or a single run, are left to their own listings', async () => {
    const recent = seed(5, 0);
    const index = new ArtifactIndex({ client: client(), repository: REPO }, recent);
    expect(await Promise.all(recent.map((r) => index.of(r)))).toEqual(recent.map(() => null));
    const one = new ArtifactIndex({ client: client(), repository: REPO }, [
      { ...recent[0], updated_at: new Date(Date.now() - 2 * SETTLE_MS).toISOString() },
    ]);
    expect(await one.of(recent[0])).toBeNull();
    expect(listings()).toEqual([]);
  });

  it('reads at most one page per 10 runs (at least 2); runs beyond the pages read list their own', async () => {
    const runs = seed(4);
    // Another workflow's 250 artifacts, newer than every agentic run: three pages of 100 before the runs'.
    ciArtifacts(250);
    const logs: string[] = [];
    const index = new ArtifactIndex({ client: client(), repository: REPO, log: (m) => logs.push(m) }, runs);
    expect(await Promise.all(runs.map((r) => index.of(r)))).toEqual(runs.map(() => null));
    expect(listings()).toHaveLength(2);
    expect(logs.join('\n')).toContain("0 of 4 run(s) found in the repository's artifact listing (2 page(s))");
  });

  it('with the API budget spent (below the reserve) it sends nothing: no run will start', async () => {
    const runs = seed(3);
    gh.setRateLimit({ limit: 100, used: 95, resetInSeconds: 3600 });
    const c = client();
    await c.rest.repos.get({ owner: 'octo', repo: 'many' }); // the answer that tells the budget
    const index = new ArtifactIndex({ client: c, repository: REPO }, runs).prefetch();
    expect(await Promise.all(runs.map((r) => index.of(r)))).toEqual([null, null, null]);
    expect(listings()).toEqual([]);
  });

  it('the first page asked early (before the runs are known) is the one the index reads: no second request for it', async () => {
    const runs = seed(25);
    const c = client();
    const early = listArtifactsEarly({ client: c, repository: REPO, maxRuns: 100 })!;
    // Asked at once, with no run known yet.
    await early.page;
    expect(listings()).toEqual([`/repos/${REPO}/actions/artifacts`]);
    const index = new ArtifactIndex({ client: c, repository: REPO }, runs, early).prefetch();
    const got = await Promise.all(runs.map((r) => index.of(r)));
    expect(listings()).toHaveLength(1);
    const expected = gh.repos.get(REPO)!.runs.map((r) => r.artifacts!.map((a) => a.id));
    expect(got.map((list) => list!.map((a) => a.id))).toEqual(expected);
  });

  it('after an early first page, the next pages follow its Link header', async () => {
    const runs = seed(4);
    // Another workflow's 150 artifacts, newer than every agentic run: the runs' are on the second page.
    ciArtifacts(150);
    const c = client();
    const early = listArtifactsEarly({ client: c, repository: REPO, maxRuns: 100 })!;
    const index = new ArtifactIndex({ client: c, repository: REPO }, runs, early);
    const got = await Promise.all(runs.map((r) => index.of(r)));
    expect(got.map((list) => list!.length)).toEqual([2, 2, 2, 2]);
    const pages = gh.requests.filter((r) => r.origin === 'api' && /\/actions\/artifacts$/.test(r.path));
    expect(pages.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
  });

  it('an early first page that failed leaves every run to its own; max-runs 1 or a spent budget asks nothing', async () => {
    const runs = seed(3);
    gh.fault({
      method: 'GET',
      origin: 'api',
      path: /\/actions\/artifacts$/,
      status: 404,
      body: { message: 'Not Found' },
    });
    const logs: string[] = [];
    const c = createClient({ token: 'ghs_test', baseUrl: gh.url });
    const early = listArtifactsEarly({ client: c, repository: REPO, maxRuns: 100 })!;
    expect(await early.page.then((p) => 'error' in p)).toBe(true);
    const index = new ArtifactIndex({ client: c, repository: REPO, log: (m) => logs.push(m) }, runs, early);
    expect(await Promise.all(runs.map((r) => index.of(r)))).toEqual([null, null, null]);
    expect(logs.join('\n')).toMatch(/artifact listing failed/);
    const before = listings().length;
    expect(listArtifactsEarly({ client: c, repository: REPO, maxRuns: 1 })).toBeNull();
    gh.setRateLimit({ limit: 100, used: 95, resetInSeconds: 3600 });
    await c.rest.repos.get({ owner: 'octo', repo: 'many' }); // the answer that tells the budget
    expect(listArtifactsEarly({ client: c, repository: REPO, maxRuns: 100 })).toBeNull();
    expect(listings()).toHaveLength(before);
  });

  it('nextPage reads the rel="next" URL of a Link header', () => {
    const link =
      '<https://api.github.com/repositories/1/actions/artifacts?per_page=100&page=2>; rel="next", ' +
      '<https://api.github.com/repositories/1/actions/artifacts?per_page=100&page=5>; rel="last"';
    expect(nextPage(link)).toBe(
      'https://api.github.com/repositories/1/actions/artifacts?per_page=100&page=2',
    );
    expect(nextPage('<https://x/a?page=1>; rel="prev"')).toBeNull();
    expect(nextPage(undefined)).toBeNull();
  });

  it('a listing that fails (an API without it: 404) leaves every run to its own, saying so', async () => {
    const runs = seed(3);
    gh.fault({
      method: 'GET',
      origin: 'api',
      path: /\/actions\/artifacts$/,
      status: 404,
      body: { message: 'Not Found' },
    });
    const logs: string[] = [];
    const index = new ArtifactIndex({ client: client(), repository: REPO, log: (m) => logs.push(m) }, runs);
    expect(await Promise.all(runs.map((r) => index.of(r)))).toEqual([null, null, null]);
    expect(listings()).toEqual([`/repos/${REPO}/actions/artifacts`]);
    expect(logs.join('\n')).toMatch(/artifact listing failed \(.*Not Found.*\); listing each run's own/);
  });
});
