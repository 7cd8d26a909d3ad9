// Merging reports (report/merge.ts): merge(any split of a set of runs into shards) is the report of one audit over
// all of them (property test over the example runs and rule fixtures), a run in two reports counts once, and
// reports merge cannot rebuild exactly (another schemaVersion, no runFindings) are refused saying why.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.js';
import { dedupeAnalyses } from '../../src/engine/audit.js';
import type { RunAnalysis } from '../../src/engine/analyze.js';
import { checkReport, mergeReports, MergeError, parseReport } from '../../src/report/merge.js';
import type { Report, RunMeta } from '../../src/model/types.js';
import { analyzeFiles, lines, P } from '../support/harness.js';
import { ROOT } from '../support/run-action.js';

const EXAMPLES = join(ROOT, 'examples', 'runs');
const NOW = new Date('2026-12-04T12:00:00.000Z');
const WINDOW = { from: '2026-12-03T12:00:00.000Z', to: '2026-12-04T12:00:00.000Z' };

const RATE_LIMITED = lines(
  '2026-04-27T13:01:19.9981230Z ##[group]Run actions/github-script@v8',
  '2026-04-27T13:01:20.1425091Z RequestError [HttpError]: API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID 0400:1A2B:3C4D and timestamp 2026-04-27 13:01:20 UTC.',
  '2026-04-27T13:01:20.1435955Z ##[error]Unhandled error: HttpError: API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID 0400:1A2B:3C4D and timestamp 2026-04-27 13:01:20 UTC.',
);

const denied = (host: string, port: number) =>
  `1774290909.186 172.30.0.20:55890 ${host}:${port} -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE ${host}:${port} "curl/7.81.0"`;

function filesOf(dir: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * The fixture runs: each example run twice (two workflows), rate-limited runs of two workflows, firewall blocks of the
 * same destinations in several runs, a run with nothing.
 */
async function fixtureRuns(): Promise<RunAnalysis[]> {
  const specs: { files: Record<string, string | Buffer>; meta: Partial<RunMeta> }[] = [];
  let n = 0;
  // Two runs share a created time: the run id decides their order, as in run discovery.
  const created = () => `2026-12-04T${String(10 - Math.floor(n / 2)).padStart(2, '0')}:00:00Z`;
  const add = (files: Record<string, string | Buffer>, workflow: string) => {
    specs.push({ files, meta: { id: String(40_000_000_000 + n * 7919), workflow, createdAt: created() } });
    n++;
  };
  for (const name of readdirSync(EXAMPLES).sort()) {
    const files = filesOf(join(EXAMPLES, name));
    add(files, 'Smoke Copilot');
    add(files, 'Smoke Claude');
  }
  const rateLimited = { 'workflow-logs/activation/3_Check workflow lock file.txt': RATE_LIMITED };
  for (let i = 0; i < 4; i++) add(rateLimited, 'Daily Audit');
  for (let i = 0; i < 2; i++) add(rateLimited, 'Nightly Triage');
  // Firewall blocks that merge across runs: the same destinations with other counts and ports.
  for (const [host, times, port] of [
    ['evil.example.com', 3, 443],
    ['evil.example.com', 2, 8080],
    ['telemetry.example.net', 1, 443],
    ['evil.example.com', 1, 443],
  ] as const)
    add({ [P.access]: lines(...Array.from({ length: times }, () => denied(host, port))) }, 'Smoke Codex');
  add({}, 'Smoke Copilot');
  const analyses = await Promise.all(
    specs.map(async (s) => {
      // The example folders name their own run id: each copy gets the spec's, as another run would have.
      const a = await analyzeFiles(s.files, undefined, s.meta);
      const id = s.meta.id!;
      return {
        facts: { ...a.facts, id, createdAt: s.meta.createdAt! },
        findings: a.findings.map((f) => ({
          ...f,
          run: id,
          evidence: f.evidence.map((e) => ({ ...e, run: id })),
        })),
      };
    }),
  );
  // In the order run discovery lists them: newest first, then the higher run id.
  return analyses.sort(
    (a, b) => b.facts.createdAt!.localeCompare(a.facts.createdAt!) || Number(b.facts.id) - Number(a.facts.id),
  );
}

/** One audit over `analyses` (engine/audit.ts after analysis), as JSON on disk. */
function audit(analyses: RunAnalysis[]): Report {
  const { kept, notes } = dedupeAnalyses(analyses);
  const report = buildReport(
    kept.map((a) => a.facts),
    kept.flatMap((a) => a.findings),
    { target: 'octo-org/example-app', window: WINDOW, generatedAt: NOW, notes },
  );
  return JSON.parse(JSON.stringify(report)) as Report;
}

let runs: RunAnalysis[];
let whole: Report;

beforeAll(async () => {
  runs = await fixtureRuns();
  whole = audit(runs);
});

describe('merge', () => {
  it('the fixtures exercise cross-run merging: findings over several runs, repeated rate limits of one workflow', () => {
    const rate = whole.findings.filter((f) => f.rule === 'activation-rate-limit');
    expect(rate.map((f) => f.runs.length).sort()).toEqual([2, 4]);
    expect(rate.find((f) => f.runs.length === 4)?.details).toMatchObject({
      workflow: 'Daily Audit',
      repeated: 4,
    });
    expect(whole.findings.filter((f) => f.runs.length > 1).length).toBeGreaterThan(3);
    const evil = whole.findings.find(
      (f) => f.rule === 'firewall-block' && JSON.stringify(f.details).includes('evil.example.com'),
    );
    expect(evil?.runs).toHaveLength(3);
    expect(new Set(whole.findings.map((f) => f.severity))).toEqual(new Set(['warning', 'info']));
    expect(whole.runFindings!.length).toBeGreaterThan(whole.findings.length);
  });

  it('merge(any split of the runs into shards, given in any order) equals one audit over all of them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((shards) =>
          fc.tuple(
            fc.constant(shards),
            fc.array(fc.integer({ min: 0, max: shards - 1 }), {
              minLength: runs.length,
              maxLength: runs.length,
            }),
            fc.array(fc.integer(), { minLength: shards, maxLength: shards }),
          ),
        ),
        ([shards, assignment, order]) => {
          const reports = Array.from({ length: shards }, (_, k) =>
            audit(runs.filter((_, i) => assignment[i] === k)),
          ).map((report, k) => ({ source: `shard-${k + 1}.json`, report, rank: order[k] }));
          reports.sort((a, b) => a.rank - b.rank);
          const merged = mergeReports(reports, { generatedAt: NOW });
          expect(JSON.parse(JSON.stringify(merged))).toEqual(whole);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the finding ids are renumbered over the merged report', () => {
    const a = audit(runs.slice(0, 6));
    const b = audit(runs.slice(6));
    const merged = mergeReports([
      { source: 'a', report: a },
      { source: 'b', report: b },
    ]);
    for (const sev of ['critical', 'warning', 'info'] as const) {
      const ids = merged.findings.filter((f) => f.severity === sev).map((f) => f.id);
      expect(ids).toEqual(ids.map((_, i) => `${sev[0].toUpperCase()}-${i + 1}`));
    }
  });

  it('a run present in two reports counts once, with a note', () => {
    const a = audit(runs.slice(0, 8));
    const b = audit(runs.slice(5));
    const merged = mergeReports(
      [
        { source: 'a', report: a },
        { source: 'b', report: b },
      ],
      { generatedAt: NOW },
    );
    expect(merged.runs.map((r) => r.id)).toEqual(whole.runs.map((r) => r.id));
    expect(merged.findings).toEqual(whole.findings);
    expect(merged.summary).toEqual(whole.summary);
    // The same report twice is the report once.
    expect(
      mergeReports(
        [
          { source: 'a', report: a },
          { source: 'a2', report: a },
        ],
        { generatedAt: NOW },
      ),
    ).toEqual(mergeReports([{ source: 'a', report: a }], { generatedAt: NOW }));
  });

  it('a run audited differently in two reports: the better-covered copy counts, and the merge says so', () => {
    const run = runs[0];
    const none = audit([
      {
        facts: { ...run.facts, coverage: 'none', status: 'unaudited' },
        findings: run.findings.filter((f) => f.rule === 'evidence-missing'),
      },
    ]);
    const full = audit([run]);
    const merged = mergeReports([
      { source: 'none', report: none },
      { source: 'full', report: full },
    ]);
    expect(merged.runs).toEqual(full.runs);
    expect(merged.findings).toEqual(full.findings);
    expect(merged.notes).toEqual([`Run ${run.facts.id} was in 2 reports: counted once.`]);
  });

  it('target: one repository whatever its spelling; several: all named; window: spans them all', () => {
    const a = { ...audit(runs.slice(0, 2)), target: 'Octo-Org/Example-App' };
    const b = { ...audit(runs.slice(2, 4)), window: { from: '2026-12-03T11:00:00.000Z', to: WINDOW.to } };
    const c = { ...audit(runs.slice(4, 6)), target: 'octo-org/other', window: { from: null, to: null } };
    const ab = mergeReports([
      { source: 'a', report: a },
      { source: 'b', report: b },
    ]);
    expect(ab.target).toBe('Octo-Org/Example-App');
    expect(ab.window).toEqual({ from: '2026-12-03T11:00:00.000Z', to: WINDOW.to });
    const abc = mergeReports([
      { source: 'a', report: a },
      { source: 'b', report: b },
      { source: 'c', report: c },
    ]);
    expect(abc.target).toBe('Octo-Org/Example-App, octo-org/other');
  });

  it('api: the requests add up, the rate limit of the latest window, and what the budget cut short in any report', () => {
    const a = audit(runs.slice(0, 2));
    const b = audit(runs.slice(2, 4));
    const limit = (remaining: number, reset: string) => ({
      resource: 'core',
      limit: 5000,
      remaining,
      used: 5000 - remaining,
      reset,
    });
    const cutId = b.runs[0].id;
    const withApi = [
      {
        source: 'a',
        report: {
          ...a,
          api: { requests: 40, rateLimit: limit(4000, '2026-12-04T13:00:00.000Z'), reserve: 500 },
        },
      },
      {
        source: 'b',
        report: {
          ...b,
          api: {
            requests: 12,
            rateLimit: limit(300, '2026-12-04T13:00:00.000Z'),
            reserve: 500,
            cutShort: {
              reason: 'GitHub API requests down to the reserve',
              runs: [cutId, 'gone'],
              repositories: ['o/r'],
            },
          },
        },
      },
      { source: 'c', report: audit(runs.slice(4, 6)) }, // a report without api (local logs)
    ];
    const merged = mergeReports(withApi);
    expect(merged.api).toEqual({
      requests: 52,
      rateLimit: limit(300, '2026-12-04T13:00:00.000Z'),
      reserve: 500,
      cutShort: { reason: 'GitHub API requests down to the reserve', runs: [cutId], repositories: ['o/r'] },
    });
    // Without any api, none.
    expect(mergeReports([{ source: 'a', report: a }]).api).toBeUndefined();
    // A repository the budget left unlisted keeps a clean merge from `clean`.
    const clean = audit(
      runs.filter((r) => r.findings.length === 0 && r.facts.coverage === 'full').slice(0, 1),
    );
    expect(clean.summary.verdict).toBe('clean');
    const cut = {
      requests: 3,
      rateLimit: null,
      reserve: null,
      cutShort: { reason: 'GitHub API requests down to the reserve', runs: [], repositories: ['o/r'] },
    };
    expect(mergeReports([{ source: 'c', report: { ...clean, api: cut } }]).summary.verdict).toBe(
      'incomplete',
    );
  });

  it('refuses another schemaVersion, a report without runFindings, and what is not a report, naming the file', () => {
    const report = audit(runs.slice(0, 2));
    expect(() => checkReport({ ...report, schemaVersion: 2 }, 'new.json')).toThrow(
      new MergeError(
        "new.json: schemaVersion 2 is not supported: merge reads reports of schemaVersion 1 (integrity-audit --format json, the action's report-path)",
      ),
    );
    const { runFindings: _dropped, ...old } = report;
    expect(() => checkReport(old, 'old.json')).toThrow(/^old\.json: has no runFindings/);
    expect(() => parseReport('{"schemaVersion":1', 'cut.json')).toThrow(/^cut\.json: not valid JSON/);
    expect(() => checkReport([], 'list.json')).toThrow(/^list\.json: not an integrity-audit JSON report/);
    // An old report without findings has nothing to rebuild: it merges.
    const { runFindings: _none, ...empty } = audit(
      [runs[runs.length - 1]].map((a) => ({ ...a, findings: [] })),
    );
    expect(checkReport(empty, 'empty.json').runs).toHaveLength(1);
  });
});
