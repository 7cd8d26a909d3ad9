// `shard: K/N` shares runs out by a hash of repository and run id; `reports-path` finds the shard reports in a folder
// (as download-artifact leaves them), a file or a glob.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { inShard, reportFiles, shardOf, shardReportName } from '../../src/action/shard.js';

describe('shardOf', () => {
  it('every run falls in exactly one shard, whatever the order, and the repository name case does not matter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.nat(), (count, id) => {
        const shard = shardOf('octo-org/app', id, count);
        expect(shard).toBeGreaterThanOrEqual(0);
        expect(shard).toBeLessThan(count);
        const owners = Array.from({ length: count }, (_, index) =>
          inShard('Octo-Org/App', id, { index, count }),
        );
        expect(owners.filter(Boolean)).toHaveLength(1);
        expect(owners[shard]).toBe(true);
      }),
    );
  });

  it('shares are even and differ per repository', () => {
    const counts = [0, 0, 0, 0];
    for (let id = 31_000_000_000; id < 31_000_004_000; id++) counts[shardOf('octo-org/app', id, 4)]++;
    for (const c of counts) expect(c).toBeGreaterThan(850);
    const moved = Array.from({ length: 200 }, (_, i) => i).filter(
      (id) => shardOf('octo-org/app', id, 4) !== shardOf('octo-org/web', id, 4),
    );
    expect(moved.length).toBeGreaterThan(100);
    expect(shardReportName({ index: 1, count: 4 })).toBe('integrity-audit-report-shard-2-of-4.json');
  });
});

describe('reportFiles', () => {
  const root = mkdtempSync(join(tmpdir(), 'integrity-audit-reports-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const k of [2, 1]) {
    mkdirSync(join(root, `shard-${k}`));
    writeFileSync(join(root, `shard-${k}`, `r${k}.json`), '{}');
    writeFileSync(join(root, `shard-${k}`, 'readme.txt'), 'x');
  }

  it('a folder: every .json under it, sorted; a file: itself; a glob: what it matches; nothing: []', async () => {
    expect(await reportFiles(root)).toEqual([
      join(root, 'shard-1', 'r1.json'),
      join(root, 'shard-2', 'r2.json'),
    ]);
    expect(await reportFiles(join(root, 'shard-2', 'r2.json'))).toEqual([join(root, 'shard-2', 'r2.json')]);
    expect(await reportFiles(join(root, 'shard-*', 'r2.json'))).toEqual([join(root, 'shard-2', 'r2.json')]);
    expect(await reportFiles(join(root, '**', '*.txt'))).toHaveLength(2);
    expect(await reportFiles(join(root, 'missing'))).toEqual([]);
    expect(await reportFiles(join(root, 'missing', '*.json'))).toEqual([]);
  });
});
