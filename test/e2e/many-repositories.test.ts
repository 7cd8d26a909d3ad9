// The action over many repositories against the fake GitHub: a glob over an organization with repositories with and
// without agentic workflows, an archived one and one the token cannot read; one issue per repository (a rerun writes
// nothing), or one issue for all in `issue-mode: single`; the `issues` output.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../support/fake-github.js';
import { toHtml } from '../hardening/report-safety-support.js';
import { assertDistFresh, runAction } from '../support/run-action.js';
import {
  HOUR,
  TOKEN,
  api,
  expectCountOutputs,
  expectExit,
  expectValidReport,
  isoAgo,
  lockRun,
  seedExamples,
  startServer,
  writes,
} from './fixtures.js';

beforeAll(() => {
  assertDistFresh();
});

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function seedOrg(): Promise<FakeGitHub> {
  const server = await startServer();
  const now = Date.now();
  await seedExamples(server, 'acme/app');
  server.addRun('acme/bot', lockRun(902, 'Daily', isoAgo(2 * HOUR, now)));
  server.addRepo('acme/ci-only', { workflows: [{ name: 'CI', path: '.github/workflows/ci.yml' }] });
  server.addRun('acme/old', lockRun(900, 'Triage', isoAgo(HOUR, now)));
  server.repos.get('acme/old')!.archived = true;
  server.addRun('acme/locked', lockRun(901, 'Triage', isoAgo(HOUR, now)));
  server.fault({
    path: '/repos/acme/locked/actions/',
    status: 403,
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/actions/workflows#list-repository-workflows',
      status: '403',
    },
    times: 100,
  });
  server.addRepo('octo/audits');
  return server;
}

const issuesOf = (server: FakeGitHub) => server.repos.get('octo/audits')!.issues;

/** The cells (HTML) of the rows of the table under the heading `title`, as GitHub renders the Markdown. */
function tableRows(md: string, title: string): string[][] {
  const html = toHtml(md);
  const table = /<table>([\s\S]*?)<\/table>/.exec(html.slice(html.indexOf(`<h3>${title}</h3>`)))![1];
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)![1];
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) =>
    [...tr[1].matchAll(/<td(?:\s[^>]*)?>([\s\S]*?)<\/td>/g)].map((m) => m[1].trim()),
  );
}

describe('many repositories', () => {
  it('per-repository: one issue per audited repository, the unreadable one named, totals in the outputs; a rerun writes nothing', async () => {
    gh = await seedOrg();
    const inputs = {
      'github-token': TOKEN,
      repository: 'acme/*',
      'issue-repository': 'octo/audits',
    };
    const run = await runAction({ repository: 'octo/audits', apiUrl: gh.url, inputs });
    expectExit(run, 0);
    expectValidReport(run.report);
    expectCountOutputs(run);
    const report = run.report!;
    expect(report.target).toBe('acme/*');
    const notes = (report.notes ?? []).join('\n');
    expect(notes).toContain('Repository acme/locked was not covered');
    expect(notes).toContain('`actions: read`');
    expect(report.summary.verdict).not.toBe('clean');
    expect(report.runs.map((r) => r.id)).toContain('902');
    expect(report.runs.map((r) => r.id)).not.toContain('900');

    const titles = issuesOf(gh).map((i) => i.title);
    expect(titles).toHaveLength(2);
    expect(titles.some((t) => t.includes('Integrity Filtering Audit — acme/app ('))).toBe(true);
    expect(titles.some((t) => t.includes('Integrity Filtering Audit — acme/bot ('))).toBe(true);
    const issues = JSON.parse(run.outputs.issues) as { repository: string; number: number; action: string }[];
    expect(issues.map((i) => [i.repository, i.action])).toEqual([
      ['acme/app', 'created'],
      ['acme/bot', 'created'],
    ]);
    expect(run.outputs['issue-action']).toBe('created');
    expect(run.outputs['issue-number']).toBe('');
    // The runs of the archived, the workflow-less and the unreadable repositories are never listed.
    const listed = api(gh).map((r) => r.path);
    expect(listed).not.toContain('/repos/acme/old/actions/runs');
    expect(listed).not.toContain('/repos/acme/ci-only/actions/runs');

    const before = gh.requests.length;
    const again = await runAction({ repository: 'octo/audits', apiUrl: gh.url, inputs });
    expectExit(again, 0);
    expect(writes(gh, before)).toEqual([]);
    expect((JSON.parse(again.outputs.issues) as { action: string }[]).map((i) => i.action)).toEqual([
      'unchanged',
      'unchanged',
    ]);
  }, 120_000);

  it('single: one issue for all, titled by owner and count, with a table of the repositories', async () => {
    gh = await seedOrg();
    const run = await runAction({
      repository: 'octo/audits',
      apiUrl: gh.url,
      inputs: {
        'github-token': TOKEN,
        repository: 'acme/app, acme/bot, acme/locked',
        'issue-repository': 'octo/audits',
        'issue-mode': 'single',
      },
    });
    expectExit(run, 0);
    const issues = issuesOf(gh);
    expect(issues).toHaveLength(1);
    expect(issues[0].title).toMatch(
      /^\[integrity-audit\] Integrity Filtering Audit — acme \(2 repositories\) \(\d{4}-\d{2}-\d{2}\)$/,
    );
    // A table row per repository (rendered as GitHub renders it), the unreadable one too.
    const rows = tableRows(issues[0].body, 'Repositories');
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['3', '0', '0', '2', '2', '🟡 findings'],
      ['1', '1', '0', '0', '1', '⬜ inconclusive'], // a run without artifacts
      ['–', '–', '–', '–', '–', expect.stringMatching(/^⬜ not covered: .*actions: read/)],
    ]);
    expect(rows.map((r) => r[0])).toEqual([
      `<a href="https://github.com/acme/app/actions">acme/app</a>`,
      `<a href="https://github.com/acme/bot/actions">acme/bot</a>`,
      'acme/locked',
    ]);
    expect(JSON.parse(run.outputs.issues)).toEqual([
      {
        repository: 'acme/app, acme/bot, acme/locked',
        number: issues[0].number,
        url: expect.any(String),
        action: 'created',
      },
    ]);
    expect(run.outputs['issue-number']).toBe(String(issues[0].number));
  }, 120_000);

  it('shards over the organization in parallel, then a merge job filing the per-repository issues of one job', async () => {
    gh = await seedOrg();
    const base = { 'github-token': TOKEN, repository: 'acme/*', 'issue-repository': 'octo/audits' };
    const one = await runAction({
      repository: 'octo/audits',
      apiUrl: gh.url,
      inputs: { ...base, 'dry-run': 'true' },
    });
    expectExit(one, 0);
    const from = gh.requests.length;
    const shards = await Promise.all(
      [1, 2].map((k) =>
        runAction({
          repository: 'octo/audits',
          apiUrl: gh!.url,
          inputs: { ...base, shard: `${k}/2` },
          keepTemp: true,
        }),
      ),
    );
    expect(writes(gh, from)).toEqual([]);
    const downloads = mkdtempSync(join(tmpdir(), 'integrity-audit-many-shards-'));
    try {
      for (const [k, s] of shards.entries()) {
        expectExit(s, 0);
        const dir = join(downloads, `shard-${k + 1}`);
        mkdirSync(dir);
        cpSync(s.outputs['report-path'], join(dir, basename(s.outputs['report-path'])));
        rmSync(s.temp, { recursive: true, force: true });
      }
      const ids = shards.flatMap((s) => s.report!.runs.map((r) => r.id)).sort();
      expect(ids).toEqual(one.report!.runs.map((r) => r.id).sort());
      const merge = await runAction({
        repository: 'octo/audits',
        apiUrl: gh.url,
        inputs: { ...base, 'reports-path': downloads },
      });
      expectExit(merge, 0);
      expect(merge.report!.summary).toEqual(one.report!.summary);
      const issues = JSON.parse(merge.outputs.issues) as { repository: string; action: string }[];
      expect(issues.map((i) => [i.repository, i.action])).toEqual([
        ['acme/app', 'created'],
        ['acme/bot', 'created'],
      ]);
      // Each issue holds its repository's runs only, as the one job's per-repository issues do.
      const byTitle = (r: string) => issuesOf(gh!).find((i) => i.title.includes(`— ${r} (`))!;
      expect(byTitle('acme/bot').body).toContain('acme/bot/actions/runs/902');
      expect(byTitle('acme/app').body).not.toContain('actions/runs/902');
    } finally {
      rmSync(downloads, { recursive: true, force: true });
    }
  }, 120_000);

  it('require-full-coverage fails the step on a repository not covered, even when every audited run was read in full', async () => {
    gh = await seedOrg();
    const run = await runAction({
      repository: 'octo/audits',
      apiUrl: gh.url,
      inputs: {
        'github-token': TOKEN,
        repository: 'acme/app, acme/locked',
        'issue-repository': 'octo/audits',
        'require-full-coverage': 'true',
        'dry-run': 'true',
      },
    });
    expectExit(run, 1);
    expect(run.report!.runs.every((r) => r.coverage === 'full')).toBe(true);
    expect(run.report!.summary.verdict).not.toBe('clean');
    expect(run.stdout).toContain('1 repository not covered (require-full-coverage)');
    expect(run.stdout).toMatch(/Repository acme\/locked was not covered: .*`actions: read`/);
  }, 120_000);
});
