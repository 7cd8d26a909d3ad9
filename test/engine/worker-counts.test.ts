// Analysis workers scale with the cores (issue 12 item 5): the default count, its bounds, and the same report from
// 0, 1, 2 and 4 workers through the built CLI (outputs compared, not times).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultWorkers, MAX_WORKERS, WORKER_BUDGET_MB, workerCount } from '../../src/engine/workers.js';
import { EXAMPLES } from '../e2e/fixtures.js';
import { ROOT } from '../support/run-action.js';
import { FIXTURE } from '../../scripts/bench/replay.js';

const GiB = 1024 ** 3;

describe('how many analysis workers', () => {
  const env = process.env.INTEGRITY_AUDIT_WORKERS;
  afterAll(() => {
    if (env === undefined) delete process.env.INTEGRITY_AUDIT_WORKERS;
    else process.env.INTEGRITY_AUDIT_WORKERS = env;
  });

  it('is one per core beside the calling thread (which analyses too), no longer at most 4', () => {
    expect(defaultWorkers(2, 16 * GiB)).toBe(1);
    expect(defaultWorkers(8, 32 * GiB)).toBe(7);
    expect(defaultWorkers(16, 64 * GiB)).toBe(15);
    expect(defaultWorkers(64, 256 * GiB)).toBe(63);
  });

  it('keeps a quarter of the memory for WORKER_BUDGET_MB per worker, and at least one', () => {
    const mem = 4 * 8 * WORKER_BUDGET_MB * 1024 * 1024; // room for 8
    expect(defaultWorkers(32, mem)).toBe(8);
    expect(defaultWorkers(32, 1024 * 1024)).toBe(1);
    expect(defaultWorkers(1000, 1024 * GiB)).toBe(MAX_WORKERS);
  });

  it('takes INTEGRITY_AUDIT_WORKERS up to MAX_WORKERS, and never more than the runs', () => {
    process.env.INTEGRITY_AUDIT_WORKERS = '12';
    expect(workerCount(100)).toBe(12);
    expect(workerCount(3)).toBe(3);
    process.env.INTEGRITY_AUDIT_WORKERS = '100000';
    expect(workerCount(1000)).toBe(MAX_WORKERS);
  });
});

describe('the same report with 0, 1, 2 and 4 workers (dist/cli.js)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'integrity-audit-workers-'));
    // The examples and three copies of the real gateway run under their own run ids: 6 runs, workers get several.
    cpSync(EXAMPLES, join(dir, 'runs'), { recursive: true });
    for (const id of ['910000011', '910000012', '910000013']) {
      const run = join(dir, 'runs', `run-${id}`);
      cpSync(FIXTURE, run, { recursive: true });
      const info = join(run, 'activation', 'aw_info.json');
      writeFileSync(info, readFileSync(info, 'utf8').split('910000001').join(id));
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function analyze(workers: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const out = join(dir, `report-${workers}.json`);
      const child = spawn(
        process.execPath,
        [join(ROOT, 'dist', 'cli.js'), 'analyze', join(dir, 'runs'), '--format', 'json', '--output', out],
        { env: { ...process.env, INTEGRITY_AUDIT_WORKERS: workers }, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code === null || code > 2) reject(new Error(`exit ${code}: ${stderr}`));
        else resolve(readFileSync(out, 'utf8').replace(/"generatedAt": "[^"]*"/, '"generatedAt": "-"'));
      });
    });
  }

  it('gives byte-identical reports (apart from the time of writing)', async () => {
    const inThread = await analyze('0');
    const report = JSON.parse(inThread) as { runs: unknown[]; findings: unknown[] };
    expect(report.runs).toHaveLength(6);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const n of ['1', '2', '4']) expect(await analyze(n), `${n} workers`).toBe(inThread);
  });
});
