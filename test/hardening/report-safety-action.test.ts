// Report safety through the built action: `node dist/index.js` with `logs-path` on a run folder full of secrets (and
// an unreadable archive named after one), as a runner runs it. Nothing it prints (annotations included: the
// `::error` / `::warning` workflow commands), nor its job summary, nor its JSON report, carries a secret.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { reliabilityRecorder } from '../support/reliability.js';
import { assertDistFresh, describeRun, runAction, workflowCommands } from '../support/run-action.js';
import { hostileFiles } from './report-safety-support.js';
import { leaksIn, secretSlots, tokenArb } from './report-safety-tokens.js';

const rel = reliabilityRecorder(import.meta.url);

let root: string;

beforeAll(() => {
  assertDistFresh();
  root = mkdtempSync(join(tmpdir(), 'integrity-audit-safety-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('report safety: the built action', () => {
  it('annotations, log, job summary and JSON report of a run folder full of secrets carry none', async () => {
    const [{ slots, secrets }] = fc.sample(secretSlots, { seed: 20260722, numRuns: 1 });
    const [slack] = fc.sample(tokenArb.slack, { seed: 20260722, numRuns: 1 });
    const [gh] = fc.sample(tokenArb.gh, { seed: 20260722, numRuns: 1 });
    // The folder name becomes the run id when it has no digits; the broken archive's name lands in a coverage note.
    const folderName = slack.text.replace(/\d/g, 'x');
    const runDir = join(root, folderName);
    for (const [path, content] of Object.entries(hostileFiles(slots))) {
      mkdirSync(dirname(join(runDir, path)), { recursive: true });
      writeFileSync(join(runDir, path), content);
    }
    writeFileSync(join(runDir, `${gh.text}.zip`), 'not a zip');
    const all = [...secrets, ...gh.secrets, ...slack.secrets.map((s) => s.replace(/\d/g, 'x'))];

    const run = await runAction({ inputs: { 'logs-path': runDir } });
    expect(run.code, describeRun(run)).toBe(0);
    const errors = workflowCommands(run.stdout, 'error');
    const warnings = workflowCommands(run.stdout, 'warning');
    // critical and warning findings were annotated, and the partly unreadable run was reported
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(warnings.length).toBeGreaterThanOrEqual(6);
    // …naming the broken archive, whose name is a token
    expect(warnings.find((w) => w.includes('not fully audited'))).toMatch(/gh[pousr]_\[REDACTED\]\.zip/);
    expect(run.report?.findings.length).toBeGreaterThanOrEqual(10);
    expect(run.report?.runs.map((r) => r.coverage)).toEqual(['partial']);
    expect(run.summary).toContain('### Findings Summary');

    expect({
      annotations: leaksIn([...errors, ...warnings].join('\n'), all),
      // The progress log echoes the logs-path input and the run folder's name: the caller's own text, not the logs'.
      stdout: leaksIn(run.stdout.split(runDir).join('<logs-path>').split(folderName).join('<folder>'), all),
      stderr: leaksIn(run.stderr, all),
      summary: leaksIn(run.summary, all),
      report: leaksIn(JSON.stringify(run.report), all),
    }).toEqual({ annotations: [], stdout: [], stderr: [], summary: [], report: [] });
    rel.record(
      'Report safety',
      '`node dist/index.js` with `logs-path`: secrets in log lines, the run folder name and an unreadable archive name',
      'no secret in `::error`/`::warning` annotations, the log, the job summary or the JSON report',
    );
  });
});
