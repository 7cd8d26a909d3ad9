// `gh aw logs` run folders: run.json (run metadata) and jobs.json (the Jobs API answer), DESIGN.md "CLI".
import { describe, expect, it } from 'vitest';
import { parseJobsJson, parseRunJson } from '../../src/parsers/run-folder-meta.js';
import { streamOf } from './helpers.js';

describe('run.json', () => {
  it('reads the REST (snake_case) run object', async () => {
    const run = {
      id: 31314173898,
      name: 'Smoke Copilot',
      head_branch: 'main',
      html_url: 'https://github.com/github/gh-aw/actions/runs/31314173898',
      conclusion: 'failure',
      event: 'schedule',
      created_at: '2026-08-22T09:00:00Z',
    };
    expect(await parseRunJson(streamOf(JSON.stringify(run, null, 2)))).toEqual({
      workflow: 'Smoke Copilot',
      branch: 'main',
      url: 'https://github.com/github/gh-aw/actions/runs/31314173898',
      conclusion: 'failure',
      event: 'schedule',
      createdAt: '2026-08-22T09:00:00Z',
    });
  });

  it('reads the gh CLI (camelCase) shape and prefers the workflow name over the run name', async () => {
    const run = {
      databaseId: 1,
      workflowName: 'Daily Audit',
      name: 'run title',
      headBranch: 'dev',
      url: 'https://x/runs/1',
      conclusion: 'success',
      createdAt: '2026-08-22T09:00:00Z',
    };
    expect(await parseRunJson(streamOf(JSON.stringify(run)))).toEqual({
      workflow: 'Daily Audit',
      branch: 'dev',
      url: 'https://x/runs/1',
      conclusion: 'success',
      createdAt: '2026-08-22T09:00:00Z',
    });
  });

  it('returns nothing for empty values, invalid JSON or another shape', async () => {
    expect(await parseRunJson(streamOf('{"workflowName":"","conclusion":null}'))).toEqual({});
    expect(await parseRunJson(streamOf('{"workflowName":'))).toEqual({});
    expect(await parseRunJson(streamOf('[]'))).toEqual({});
  });
});

describe('jobs.json', () => {
  it('reads the Jobs API answer and a bare list', async () => {
    const jobs = [
      { id: 1, name: 'pre_activation', status: 'completed', conclusion: 'success' },
      { id: 2, name: 'activation', status: 'completed', conclusion: 'failure' },
      { id: 3, name: 'agent', status: 'completed', conclusion: 'skipped' },
      { id: 4, status: 'completed', conclusion: 'skipped' },
      { id: 5, name: 'conclusion', status: 'queued', conclusion: null },
    ];
    const expected = [
      { name: 'pre_activation', conclusion: 'success', status: 'completed' },
      { name: 'activation', conclusion: 'failure', status: 'completed' },
      { name: 'agent', conclusion: 'skipped', status: 'completed' },
      { name: 'conclusion', conclusion: null, status: 'queued' },
    ];
    expect(await parseJobsJson(streamOf(JSON.stringify({ total_count: 5, jobs })))).toEqual(expected);
    expect(await parseJobsJson(streamOf(JSON.stringify(jobs)))).toEqual(expected);
  });

  it("keeps each job's page: html_url (the Jobs API) or url (gh run view --json jobs)", async () => {
    const page = 'https://github.com/o/r/actions/runs/7/job/8';
    const got = await parseJobsJson(
      streamOf(
        JSON.stringify({
          jobs: [
            { name: 'agent', conclusion: 'success', html_url: page },
            { name: 'activation', conclusion: 'success', url: page.replace('/8', '/9') },
            { name: 'detection', conclusion: 'success', html_url: 42 },
          ],
        }),
      ),
    );
    expect(got?.map((j) => j.url)).toEqual([page, page.replace('/8', '/9'), undefined]);
  });

  it('returns null when there is no job list', async () => {
    expect(await parseJobsJson(streamOf('{"total_count":0}'))).toBeNull();
    expect(await parseJobsJson(streamOf('not json'))).toBeNull();
    expect(await parseJobsJson(streamOf(''))).toBeNull();
  });
});
