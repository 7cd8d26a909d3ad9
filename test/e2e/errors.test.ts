// Failures the user must be able to act on: invalid inputs name the input; a missing permission names it.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../support/fake-github.js';
import { assertDistFresh, describeRun, runAction, workflowCommands } from '../support/run-action.js';
import {
  REPO,
  TOKEN,
  api,
  expectNoAuthorizationToStorage,
  line,
  seedExamples,
  startServer,
  writes,
} from './fixtures.js';

beforeAll(() => {
  assertDistFresh();
});

let gh: FakeGitHub | undefined;
afterEach(async () => {
  if (gh) expectNoAuthorizationToStorage(gh);
  await gh?.close();
  gh = undefined;
});

const FORBIDDEN = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-repository',
  status: '403',
};

describe('input validation', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['lookback-hours', { 'lookback-hours': 'a day' }, /Input "lookback-hours" must be a number/],
    ['max-runs', { 'max-runs': '0' }, /Input "max-runs" must be a (whole )?number from 1 to/],
    ['max-runs', { 'max-runs': '2.5' }, /Input "max-runs" must be a whole number/],
    ['rotate-days', { 'rotate-days': '-1' }, /Input "rotate-days" must be a number/],
    ['fail-on', { 'fail-on': 'sometimes' }, /Input "fail-on" must be one of never, warning, critical/],
    ['dry-run', { 'dry-run': 'maybe' }, /Input "dry-run" must be true or false/],
    ['repository', { repository: 'not a repository' }, /Input "repository" must be owner\/repo/],
    ['issue-repository', { 'issue-repository': 'octo-org' }, /Input "issue-repository" must be owner\/repo/],
    ['api-url', { 'api-url': 'ftp://ghes.example.com/api/v3' }, /Input "api-url" must be an http\(s\) URL/],
    ['labels', { labels: ' , ' }, /Input "labels" must name at least one label/],
    [
      'api-reserve',
      { 'api-reserve': 'half' },
      /Input "api-reserve" must be a number of requests \(e\.g\. 200\) or a share of the rate limit \(e\.g\. 10%\)/,
    ],
  ];

  it('fails the step with a message naming the input, before any request', async () => {
    gh = await startServer();
    const server = gh;
    const runs = await Promise.all(
      cases.map(([, inputs]) =>
        runAction({ repository: REPO, apiUrl: server.url, inputs: { 'github-token': TOKEN, ...inputs } }),
      ),
    );
    for (const [i, r] of runs.entries()) {
      const [name, , message] = cases[i];
      expect(r.code, `${name}: ${describeRun(r)}`).toBe(1);
      const errors = workflowCommands(r.stdout, 'error');
      expect(errors, `${name}: ${describeRun(r)}`).toHaveLength(1);
      expect(errors[0]).toMatch(message);
      expect(errors[0]).toContain(`"${name}"`);
      expect(r.report).toBeNull();
    }
    expect(server.requests).toEqual([]);
  });

  it('without GITHUB_REPOSITORY, the repository input is required and named', async () => {
    gh = await startServer();
    const r = await runAction({ apiUrl: gh.url, inputs: { 'github-token': TOKEN } });
    expect(r.code, describeRun(r)).toBe(1);
    expect(workflowCommands(r.stdout, 'error').join('\n')).toMatch(/Input "repository" is required/);
    expect(gh.requests).toEqual([]);
  });

  it('an empty token is named', async () => {
    gh = await startServer();
    const r = await runAction({ repository: REPO, apiUrl: gh.url, inputs: {} });
    expect(r.code, describeRun(r)).toBe(1);
    expect(workflowCommands(r.stdout, 'error').join('\n')).toMatch(/Input "github-token" is empty/);
    expect(gh.requests).toEqual([]);
  });
});

describe('missing permissions', () => {
  it('a 403 on listing runs fails the step naming `actions: read`, and writes nothing', async () => {
    gh = await startServer();
    await seedExamples(gh);
    gh.fault({
      method: 'GET',
      path: /\/repos\/[^/]+\/[^/]+\/actions\/runs$/,
      origin: 'api',
      status: 403,
      body: FORBIDDEN,
      times: 10,
    });
    const r = await runAction({ repository: REPO, apiUrl: gh.url, inputs: { 'github-token': TOKEN } });
    expect(r.code, describeRun(r)).toBe(1);
    const errors = workflowCommands(r.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('`actions: read`');
    expect(errors[0]).toContain(REPO);
    expect(errors[0]).toContain('Resource not accessible by integration');
    expect(writes(gh).map(line)).toEqual([]);
    expect(api(gh).filter((q) => q.path.endsWith('/actions/runs'))).toHaveLength(1);
  });

  it('a 403 on creating the issue fails the step naming `issues: write`', async () => {
    gh = await startServer();
    await seedExamples(gh);
    gh.fault({
      method: 'POST',
      path: /\/repos\/[^/]+\/[^/]+\/issues$/,
      origin: 'api',
      status: 403,
      body: { ...FORBIDDEN, documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue' },
      times: 10,
    });
    const r = await runAction({ repository: REPO, apiUrl: gh.url, inputs: { 'github-token': TOKEN } });
    expect(r.code, describeRun(r)).toBe(1);
    const errors = workflowCommands(r.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('`issues: write`');
    expect(errors[0]).toContain(REPO);
    expect(errors[0]).toContain('Creating the issue');
    expect(gh.repos.get(REPO)!.issues).toEqual([]);
    expect(writes(gh).filter((q) => q.path.endsWith('/issues'))).toHaveLength(1);
  });
});
