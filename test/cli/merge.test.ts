// `integrity-audit merge` as a user runs it (`node dist/cli.js merge …`): the reports of single runs merge into the
// report of one audit over all of them; the gate, the formats and the refusals with their one-line reasons.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { assertDistFresh, ROOT } from '../support/run-action.js';
import { expectValidReport } from '../e2e/fixtures.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const EXAMPLES = join(ROOT, 'examples', 'runs');
const RUNS = ['31314175001', '31314176002', 'run-31314173898'];

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const withoutTime = (r: Report) => ({ ...r, generatedAt: null });

let root: string;
const shard = (name: string) => join(root, `${name}.json`);
beforeAll(() => {
  assertDistFresh();
  root = mkdtempSync(join(tmpdir(), 'integrity-audit-merge-'));
  for (const run of RUNS) {
    const r = cli(['analyze', join(EXAMPLES, run), '--format', 'json', '--output', shard(run)]);
    expect(r.code, r.stderr).toBe(0);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('integrity-audit merge', () => {
  it('the reports of each run merge into the report of one audit over all the runs', () => {
    const whole = JSON.parse(cli(['analyze', EXAMPLES, '--format', 'json']).stdout) as Report;
    const r = cli(['merge', ...RUNS.map(shard), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const merged = JSON.parse(r.stdout) as Report;
    expectValidReport(merged);
    expect(withoutTime(merged)).toEqual(withoutTime(whole));
    expect(merged.findings.map((f) => f.id)).toEqual(['W-1', 'W-2', 'I-1', 'I-2']);
  });

  it('--fail-on gates the merged report (exit 3, one line); --format text and --output as for analyze', () => {
    const r = cli(['merge', ...RUNS.map(shard), '--fail-on', 'warning', '--format', 'text']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('integrity-audit: 0 critical and 2 warning finding(s) (fail-on: warning)\n');
    expect(r.stdout).toMatch(/^VERDICT: FINDINGS/);
    const out = join(root, 'merged.md');
    expect(cli(['merge', shard(RUNS[1]), '--format', 'markdown', '--output', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^### Integrity Filtering Audit/);
  });

  it('--config applies its suppressions to the merged report: the same report as one audit with that config', () => {
    const whole = JSON.parse(cli(['analyze', EXAMPLES, '--format', 'json']).stdout) as Report;
    const accepted = whole.findings.find((f) => f.severity === 'warning')!;
    const config = join(root, 'audit-config.json');
    writeFileSync(
      config,
      JSON.stringify({
        suppressions: [
          {
            fingerprint: accepted.fingerprint,
            reason: 'accepted while the fix rolls out',
            expires: '2099-12-31',
          },
        ],
      }),
    );
    const one = cli(['analyze', EXAMPLES, '--format', 'json', '--config', config]);
    expect(one.code, one.stderr).toBe(0);
    // The shard reports were audited without the config: merging re-applies it.
    const r = cli(['merge', ...RUNS.map(shard), '--format', 'json', '--config', config]);
    expect(r.code, r.stderr).toBe(0);
    const merged = JSON.parse(r.stdout) as Report;
    expectValidReport(merged);
    expect(merged.suppressed?.map((s) => s.finding.fingerprint)).toEqual([accepted.fingerprint]);
    expect(merged.findings.map((f) => f.fingerprint)).not.toContain(accepted.fingerprint);
    expect(withoutTime(merged)).toEqual(withoutTime(JSON.parse(one.stdout) as Report));
    // A shard audited with the config keeps the suppressed finding in runFindings: merged without --config, it is back.
    const again = join(root, 'with-config.json');
    expect(cli(['analyze', EXAMPLES, '--format', 'json', '--config', config, '--output', again]).code).toBe(
      0,
    );
    const plain = JSON.parse(cli(['merge', again, '--format', 'json']).stdout) as Report;
    expect(plain.findings.map((f) => f.fingerprint)).toContain(accepted.fingerprint);
    // A wrong config file is refused before merging: exit 2, one line naming it.
    const bad = join(root, 'bad-config.json');
    writeFileSync(
      bad,
      JSON.stringify({ suppressions: [{ rule: 'no-such-rule', reason: 'x', expires: '2099-12-31' }] }),
    );
    const refused = cli(['merge', ...RUNS.map(shard), '--config', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^error: .*bad-config\.json: suppressions\[0\]: unknown rule "no-such-rule"/,
    );
    expect(refused.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('refuses another schemaVersion, a file that is not a report, a missing file, no file: exit 2, one line', () => {
    const v2 = join(root, 'v2.json');
    writeFileSync(
      v2,
      JSON.stringify({ ...JSON.parse(readFileSync(shard(RUNS[0]), 'utf8')), schemaVersion: 2 }),
    );
    let r = cli(['merge', shard(RUNS[1]), v2]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `error: ${v2}: schemaVersion 2 is not supported: merge reads reports of schemaVersion 1 (integrity-audit --format json, the action's report-path)\n`,
    );
    const notJson = join(root, 'notes.txt');
    writeFileSync(notJson, 'hello');
    r = cli(['merge', notJson]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^error: ${notJson}: not valid JSON`));
    r = cli(['merge', join(root, 'missing.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    r = cli(['merge']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/merge needs at least one report\.json/);
  });
});
