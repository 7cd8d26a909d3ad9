// Shared pieces of the end-to-end tests: the fake server's lifecycle, seeding, request filters, the JSON report
// schema (docs/report.schema.json) and the checks every action run must pass.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { expect } from 'vitest';
import {
  startFakeGitHub,
  type FakeGitHub,
  type FakeJob,
  type FakeRun,
  type RecordedRequest,
} from '../support/fake-github.js';
import { seedFromRunFolders, type SeededRun } from '../support/seed.js';
import { ROOT, describeRun, type ActionRun } from '../support/run-action.js';
import type { Report } from '../../src/model/types.js';

export const TOKEN = 'ghs_e2eToken0123456789abcdefghijklmnopqrs';
export const REPO = 'octo-org/example-app';
export const EXAMPLES = join(ROOT, 'examples', 'runs');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** The three example runs: the WASM trap, the direct API bypass, the clean guarded run. */
export const RUN_TRAP = '31314173898';
export const RUN_BYPASS = '31314175001';
export const RUN_CLEAN = '31314176002';

export const RATE_LIMIT_LOG = [
  '2026-04-27T13:01:15.0000000Z ##[group]Run actions/github-script@v8',
  '2026-04-27T13:01:20.1425091Z RequestError [HttpError]: API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID 0400:3C2B1A:9F8E7D:6C5B4A:680E2A10 and timestamp 2026-04-27 13:01:20 UTC.',
  '2026-04-27T13:01:20.1435955Z ##[error]Unhandled error: HttpError: API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID 0400:3C2B1A:9F8E7D:6C5B4A:680E2A10 and timestamp 2026-04-27 13:01:20 UTC.',
  '',
].join('\n');

export async function startServer(): Promise<FakeGitHub> {
  return startFakeGitHub({ token: TOKEN });
}

/** Seeds the example runs (created 1, 2 and 3 hours before `now`). */
export async function seedExamples(gh: FakeGitHub, repo = REPO, now = new Date()): Promise<SeededRun[]> {
  return seedFromRunFolders(gh, repo, EXAMPLES, now);
}

export function isoAgo(ms: number, now = Date.now()): string {
  return new Date(now - ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The jobs of a normal gh-aw run, all successful. */
export function normalJobs(): FakeJob[] {
  return ['pre_activation', 'activation', 'agent', 'detection', 'safe_outputs', 'conclusion'].map((name) => ({
    name,
    status: 'completed',
    conclusion: 'success',
  }));
}

export function lockRun(
  id: number,
  workflow: string,
  createdAt: string,
  extra: Partial<FakeRun> = {},
): FakeRun {
  return {
    id,
    name: workflow,
    path: `.github/workflows/${workflow.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.lock.yml`,
    head_branch: 'main',
    event: 'schedule',
    conclusion: 'success',
    created_at: createdAt,
    artifacts: [],
    jobs: normalJobs(),
    ...extra,
  };
}

export const api = (gh: FakeGitHub, from = 0): RecordedRequest[] =>
  gh.requests.slice(from).filter((r) => r.origin === 'api');
export const storage = (gh: FakeGitHub, from = 0): RecordedRequest[] =>
  gh.requests.slice(from).filter((r) => r.origin === 'storage');
/** Every write the action sent (anything but GET / HEAD). */
export const writes = (gh: FakeGitHub, from = 0): RecordedRequest[] =>
  api(gh, from).filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
export const line = (r: RecordedRequest): string => `${r.method} ${r.path}`;

/** The UTC dates the run may have used for the title (a run can straddle midnight). */
export function titleDates(before: Date, after: Date): string[] {
  return [...new Set([before, after].map((d) => d.toISOString().slice(0, 10)))];
}

export function expectedTitle(target: string, date: string, prefix = '[integrity-audit] '): string {
  return `${prefix}Integrity Filtering Audit — ${target} (${date})`;
}

/** Storage is a separate origin that refuses an Authorization header: the token must never go there. */
export function expectNoAuthorizationToStorage(gh: FakeGitHub): void {
  for (const r of storage(gh)) {
    expect(
      r.headers.authorization,
      `storage request ${r.path} carried an Authorization header`,
    ).toBeUndefined();
  }
}

/** The API got the token, as GitHub expects it. */
export function expectTokenOnApi(gh: FakeGitHub): void {
  for (const r of api(gh))
    expect(String(r.headers.authorization ?? '').toLowerCase()).toBe(`token ${TOKEN}`.toLowerCase());
}

export function expectExit(r: ActionRun, code: number): void {
  expect(r.code, describeRun(r)).toBe(code);
}

// ---- the JSON report (schemaVersion 1) ------------------------------------------------------------------------

/** The report's JSON Schema, as published in docs/ (every report an end-to-end test sees is validated against it). */
export const REPORT_SCHEMA = JSON.parse(
  readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8'),
) as object;

let validator: ReturnType<Ajv['compile']> | null = null;

/** Checks the report against the schema and the contract's invariants (ids per severity, counts, references). */
export function expectValidReport(report: Report | null): asserts report is Report {
  expect(report, 'no JSON report at report-path').not.toBeNull();
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormatsModule.default(ajv);
    validator = ajv.compile(REPORT_SCHEMA);
  }
  const valid = validator(report);
  expect(valid ? [] : validator.errors).toEqual([]);
  const r = report!;
  const bySeverity = { critical: 0, warning: 0, info: 0 };
  const prefix = { critical: 'C', warning: 'W', info: 'I' } as const;
  for (const f of r.findings) {
    bySeverity[f.severity]++;
    expect(f.id).toBe(`${prefix[f.severity]}-${bySeverity[f.severity]}`);
    for (const id of f.runs) expect(r.runs.map((x) => x.id)).toContain(id);
  }
  expect({ critical: r.summary.critical, warning: r.summary.warning, info: r.summary.info }).toEqual(
    bySeverity,
  );
  expect(r.summary.runs).toBe(r.runs.length);
  expect(r.summary.runsWithArtifacts).toBe(r.runs.filter((x) => x.coverage !== 'none').length);
  expect(new Set(r.runs.map((x) => x.id)).size).toBe(r.runs.length);
}

/** The outputs every successful run sets, consistent with the report. */
export function expectCountOutputs(run: ActionRun): void {
  const report = run.report!;
  expect(run.outputs.critical).toBe(String(report.summary.critical));
  expect(run.outputs.warning).toBe(String(report.summary.warning));
  expect(run.outputs.info).toBe(String(report.summary.info));
  expect(run.outputs.verdict).toBe(report.summary.verdict);
  expect(run.outputs['report-path']).toBe(join(run.temp, 'integrity-audit-report.json'));
}
