// A sharded audit on an Actions matrix, end to end: the built dist/index.js as a process per job against the fake
// GitHub. Shards (`shard: K/N`) run in parallel, each audits its share and writes its report, filing nothing; the
// merge job (`reports-path`) reads the reports as download-artifact leaves them, discovers nothing, and files the one
// issue with the report one audit over all the runs gives. A rerun of the merge job writes nothing.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { FakeGitHub } from '../support/fake-github.js';
import { assertDistFresh, runAction, workflowCommands, type ActionRun } from '../support/run-action.js';
import type { Report } from '../../src/model/types.js';
import {
  HOUR,
  RATE_LIMIT_LOG,
  REPO,
  TOKEN,
  api,
  expectExit,
  expectValidReport,
  isoAgo,
  line,
  lockRun,
  seedExamples,
  startServer,
  writes,
} from './fixtures.js';

const SHARDS = 3;

/** Rate-limited runs (agent never ran): cross-run merging counts them per workflow over every shard. */
function rateLimitedRun(id: number, workflow: string, createdAt: string) {
  return lockRun(id, workflow, createdAt, {
    conclusion: 'failure',
    jobs: [
      { name: 'pre_activation', status: 'completed', conclusion: 'success' },
      { name: 'activation', status: 'completed', conclusion: 'failure', log: RATE_LIMIT_LOG },
      { name: 'agent', status: 'completed', conclusion: 'skipped' },
    ],
  });
}

/** What one audit and the merge must agree on (generatedAt and the window's seconds differ per job). */
const essence = (r: Report) => ({
  target: r.target,
  summary: r.summary,
  runs: r.runs,
  findings: r.findings,
  runFindings: r.runFindings,
  notes: r.notes,
});

describe('a sharded audit: shards in parallel, then a merge job', () => {
  let gh: FakeGitHub;
  let whole: Report;
  let shards: ActionRun[];
  let downloads: string;

  beforeAll(async () => {
    assertDistFresh();
    gh = await startServer();
    const now = new Date();
    await seedExamples(gh, REPO, now);
    for (let i = 0; i < 6; i++)
      gh.addRun(REPO, rateLimitedRun(31314190000 + i, 'Daily Audit', isoAgo((4 + i) * HOUR, now.getTime())));
    for (let i = 0; i < 3; i++)
      gh.addRun(
        REPO,
        rateLimitedRun(31314191000 + i, 'Nightly Triage', isoAgo((5 + i) * HOUR, now.getTime())),
      );
    // The one-job audit, as a reference (dry-run: it writes nothing).
    const one = await runAction({
      repository: REPO,
      apiUrl: gh.url,
      inputs: { 'github-token': TOKEN, 'dry-run': 'true' },
    });
    expectExit(one, 0);
    expectValidReport(one.report);
    whole = one.report;
    expect(whole.summary.runs).toBe(12);
    expect(writes(gh).map(line)).toEqual([]);

    const from = gh.requests.length;
    shards = await Promise.all(
      Array.from({ length: SHARDS }, (_, k) =>
        runAction({
          repository: REPO,
          apiUrl: gh.url,
          inputs: { 'github-token': TOKEN, shard: `${k + 1}/${SHARDS}` },
          keepTemp: true,
        }),
      ),
    );
    expect(writes(gh, from).map(line)).toEqual([]);
    // As actions/download-artifact leaves them: one folder per artifact.
    downloads = mkdtempSync(join(tmpdir(), 'integrity-audit-shards-'));
    for (const [k, s] of shards.entries()) {
      const dir = join(downloads, `integrity-audit-shard-${k + 1}`);
      mkdirSync(dir);
      cpSync(s.outputs['report-path'], join(dir, basename(s.outputs['report-path'])));
      rmSync(s.temp, { recursive: true, force: true });
    }
  }, 120_000);

  afterAll(async () => {
    await gh?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it('each shard audits a disjoint share, writes its report under its own name and files no issue', () => {
    for (const [k, s] of shards.entries()) {
      expectExit(s, 0);
      expectValidReport(s.report);
      expect(s.outputs['issue-action']).toBe('none');
      expect(s.outputs['issue-number']).toBe('');
      expect(basename(s.outputs['report-path'])).toBe(
        `integrity-audit-report-shard-${k + 1}-of-${SHARDS}.json`,
      );
      expect(s.stdout).toContain(`shard ${k + 1}/${SHARDS}: ${s.report.runs.length} of 12 run(s) to audit`);
      // Annotations are the merge job's.
      expect(workflowCommands(s.stdout, 'warning').filter((a) => !a.includes('not fully audited'))).toEqual(
        [],
      );
    }
    const ids = shards.flatMap((s) => s.report!.runs.map((r) => r.id));
    expect(ids.sort()).toEqual(whole.runs.map((r) => r.id).sort());
    expect(shards.every((s) => s.report!.runs.length > 0)).toBe(true);
  });

  it('the merge job files one issue with the report of one audit over all the runs', async () => {
    const from = gh.requests.length;
    const merge = await runAction({
      repository: REPO,
      apiUrl: gh.url,
      inputs: { 'github-token': TOKEN, 'reports-path': downloads },
    });
    expectExit(merge, 0);
    expectValidReport(merge.report);
    expect(essence(merge.report)).toEqual(essence(whole));
    const rate = merge.report.findings.filter((f) => f.rule === 'activation-rate-limit');
    expect(rate.map((f) => [f.details.workflow, f.runs.length])).toEqual([
      ['Daily Audit', 6],
      ['Nightly Triage', 3],
    ]);
    // No discovery: only the issue's requests.
    const requests = api(gh, from).map(line);
    // The job counts its API requests (the fake GitHub saw the same).
    expect(merge.stdout).toContain(`integrity-audit: ${requests.length} API request(s)\n`);
    expect(requests.filter((r) => r.includes('/actions/'))).toEqual([]);
    expect(writes(gh, from).map(line)).toEqual([
      `POST /repos/${REPO}/labels`,
      `POST /repos/${REPO}/labels`,
      `POST /repos/${REPO}/issues`,
    ]);
    expect(gh.repos.get(REPO)!.issues.filter((i) => i.state === 'open')).toHaveLength(1);
    expect(merge.outputs['issue-action']).toBe('created');
    expect(merge.outputs.warning).toBe(String(whole.summary.warning));
    expect(merge.outputs.verdict).toBe(whole.summary.verdict);
    expect(merge.summary).toContain('### Runs Analyzed');
    expect(merge.summary).toContain(`(created)`);
    expect(
      workflowCommands(merge.stdout, 'warning').filter((a) => !a.includes('not fully audited')),
    ).toHaveLength(whole.summary.warning);
  }, 60_000);

  it('a rerun of the merge job (reports given by a glob) writes nothing', async () => {
    const from = gh.requests.length;
    const rerun = await runAction({
      repository: REPO,
      apiUrl: gh.url,
      inputs: { 'github-token': TOKEN, 'reports-path': join(downloads, '**', '*.json') },
    });
    expectExit(rerun, 0);
    expect(rerun.outputs['issue-action']).toBe('unchanged');
    expect(writes(gh, from).map(line)).toEqual([]);
    expect(essence(rerun.report!)).toEqual(essence(whole));
  }, 60_000);

  it('the merge job applies the config’s suppressions as one audit does (a shard report keeps every run’s findings)', async () => {
    const cfgDir = mkdtempSync(join(tmpdir(), 'integrity-audit-supp-'));
    onTestFinished(() => rmSync(cfgDir, { recursive: true, force: true }));
    const config = join(cfgDir, 'audit.json');
    writeFileSync(
      config,
      JSON.stringify({
        suppressions: [
          {
            rule: 'activation-rate-limit',
            details: { workflow: 'Daily Audit' },
            reason: 'schedule moved, fix rolling out',
            expires: '2099-12-31',
          },
        ],
      }),
    );
    const inputs = { 'github-token': TOKEN, 'dry-run': 'true', config };
    const one = await runAction({ repository: REPO, apiUrl: gh.url, inputs });
    const merge = await runAction({
      repository: REPO,
      apiUrl: gh.url,
      inputs: { ...inputs, 'reports-path': downloads },
    });
    expectExit(one, 0);
    expectExit(merge, 0);
    const rate = (r: Report) =>
      r.findings.filter((f) => f.rule === 'activation-rate-limit').map((f) => f.details.workflow);
    expect(rate(one.report!)).toEqual(['Nightly Triage']);
    expect(rate(merge.report!)).toEqual(['Nightly Triage']);
    expect(merge.report!.suppressed?.map((s) => s.finding.details.workflow)).toEqual(['Daily Audit']);
    expect(merge.report!.summary).toEqual(one.report!.summary);
    expect(merge.report!.findings).toEqual(one.report!.findings);
    expect(merge.report!.suppressed).toEqual(one.report!.suppressed);
  }, 60_000);

  it('wrong shard inputs and a folder without reports fail the step naming the input, before any request (also a report of another schema version)', async () => {
    const from = gh.requests.length;
    const cases: [Record<string, string>, RegExp][] = [
      [{ shard: '0/3' }, /Input "shard" must be K\/N with 1 <= K <= N/],
      [{ shard: '4/3' }, /Input "shard" must be K\/N/],
      [
        { shard: '1/2', 'logs-path': downloads },
        /Input "shard" shares out the repository's runs: it does not go with "logs-path"/,
      ],
      [{ 'reports-path': join(downloads, 'none-*.json') }, /Input "reports-path" \(.*\): no report file/],
    ];
    // A report of another schema version among the downloads.
    const mixed = join(downloads, '..', `${basename(downloads)}-mixed`);
    cpSync(downloads, mixed, { recursive: true });
    const first = join(mixed, 'integrity-audit-shard-1', `integrity-audit-report-shard-1-of-${SHARDS}.json`);
    writeFileSync(first, JSON.stringify({ ...JSON.parse(readFileSync(first, 'utf8')), schemaVersion: 2 }));
    cases.push([
      { 'reports-path': mixed },
      /Input "reports-path": .*integrity-audit-report-shard-1-of-3\.json: schemaVersion 2 is not supported: merge reads reports of schemaVersion 1/,
    ]);
    onTestFinished(() => rmSync(mixed, { recursive: true, force: true }));
    for (const [inputs, message] of cases) {
      const r = await runAction({
        repository: REPO,
        apiUrl: gh.url,
        inputs: { 'github-token': TOKEN, ...inputs },
      });
      expectExit(r, 1);
      expect(workflowCommands(r.stdout, 'error').join('\n')).toMatch(message);
    }
    expect(api(gh, from)).toEqual([]);
  }, 60_000);
});
