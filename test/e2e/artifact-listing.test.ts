// The repository's one artifact listing, end to end: the action audits settled runs with one request for all their
// artifacts instead of one per run, and the report is the one their own listings give (the runs of a post-agent step,
// just finished, list their own). Its first page is asked with the listing of the runs, before they are known.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { assertDistFresh, runAction } from '../support/run-action.js';
import { REPO, TOKEN, api, expectExit, expectValidReport, seedExamples, startServer } from './fixtures.js';

beforeAll(() => {
  assertDistFresh();
});

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** The report without what differs from one audit to the next (its time, window and API counts). */
function comparable(r: Report): Omit<Report, 'generatedAt' | 'window' | 'api'> {
  const { generatedAt: _g, window: _w, api: _a, ...rest } = r;
  return rest;
}

async function auditExamples(finishedJustNow: boolean): Promise<{ gh: FakeGitHub; report: Report }> {
  const gh = await startServer();
  servers.push(gh);
  await seedExamples(gh);
  if (finishedJustNow) for (const run of gh.repos.get(REPO)!.runs) run.updated_at = new Date().toISOString();
  const run = await runAction({ repository: REPO, apiUrl: gh.url, inputs: { 'github-token': TOKEN } });
  expectExit(run, 0);
  expectValidReport(run.report);
  return { gh, report: run.report };
}

describe('artifact listing', () => {
  it('settled runs: one repository listing, no listing per run, the same report as each run listing its own', async () => {
    const [settled, recent] = await Promise.all([auditExamples(false), auditExamples(true)]);
    const listings = (gh: FakeGitHub) =>
      api(gh)
        .filter((r) => r.method === 'GET' && /\/artifacts$/.test(r.path))
        .map((r) => r.path.replace(/\/runs\/\d+\//, '/runs/{id}/'));
    expect(listings(settled.gh)).toEqual([`/repos/${REPO}/actions/artifacts`]);
    // Just finished: the repository's first page, asked with the runs' listing before they were known, is not used
    // (the price of the round trip it saves the settled runs); each run lists its own.
    expect(listings(recent.gh)).toEqual([
      `/repos/${REPO}/actions/artifacts`,
      ...Array(3).fill(`/repos/${REPO}/actions/runs/{id}/artifacts`),
    ]);
    expect(settled.report.runs).toHaveLength(3);
    expect(settled.report.runs.every((r) => r.coverage === 'full')).toBe(true);
    expect(comparable(settled.report)).toEqual(comparable(recent.report));
    expect(api(settled.gh).length).toBe(api(recent.gh).length - 3);
  });
});
