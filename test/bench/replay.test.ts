// The benchmark's fallback corpus (scripts/bench/replay.ts) has the line mix of real gateway traffic: per namespace
// within 10% of a real 300-call run of `npm run gateway:corpus` (its mix is committed beside the fixture; the real
// runs in the benchmark's cache are compared too when they were generated). No timing here.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callsOf, FIXTURE, lineMix, replayFile, replayRuns, runsIn } from '../../scripts/bench/replay.js';
import { realTrafficRuns } from '../../scripts/bench/corpus.js';

const LOGS = 'agent/mcp-logs';
const REFERENCE = join(FIXTURE, '..', 'real-run-300-calls.mix.json');
const FILES = ['mcp-gateway.log', 'stderr.log', 'github.log', 'gateway.md', 'rpc-messages.jsonl'];

/** Namespaces whose share of the lines differs by more than `tolerance` (relative), among those of ≥ 0.5%. */
function mixDifferences(real: Map<string, number>, got: Map<string, number>, tolerance = 0.1): string[] {
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const [tr, tg] = [total(real), total(got)];
  const out: string[] = [];
  if (Math.abs(tg / tr - 1) > tolerance) out.push(`lines: ${tg} for ${tr}`);
  for (const [k, n] of real) {
    const share = n / tr;
    if (share < 0.005) continue;
    const mine = (got.get(k) ?? 0) / tg;
    if (Math.abs(mine / share - 1) > tolerance)
      out.push(`${k}: ${(mine * 100).toFixed(2)}% for ${(share * 100).toFixed(2)}%`);
  }
  return out;
}

function replayed(name: string, n: number): Map<string, number> {
  const calls = callsOf(readFileSync(join(FIXTURE, LOGS, 'mcp-gateway.log'), 'utf8'));
  const text = replayFile(name, readFileSync(join(FIXTURE, LOGS, name), 'utf8'), calls, n);
  expect(text).not.toBeNull();
  return lineMix(text!);
}

describe('the replay generator (the benchmark without a gateway binary)', () => {
  const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as {
    calls: number;
    files: Record<string, Record<string, number>>;
  };

  it.each(FILES)('gives %s the line mix of a real 300-call run, per namespace within 10%', (name) => {
    const real = new Map(Object.entries(reference.files[name]));
    expect(mixDifferences(real, replayed(name, reference.calls))).toEqual([]);
  });

  it('is compared with a mix that can fail: the fixture alone (12 calls) is not within 10%', () => {
    const real = new Map(Object.entries(reference.files['mcp-gateway.log']));
    const fixture = lineMix(readFileSync(join(FIXTURE, LOGS, 'mcp-gateway.log'), 'utf8'));
    expect(mixDifferences(real, fixture)).not.toEqual([]);
  });

  const cached = realTrafficRuns();
  (cached && cached.origin === 'gateway' ? it : it.skip)(
    'matches the real runs in the benchmark cache too',
    () => {
      const run = runsIn(cached!.dir)[0];
      for (const name of ['mcp-gateway.log', 'stderr.log']) {
        const real = lineMix(readFileSync(join(run, LOGS, name), 'utf8'));
        expect(mixDifferences(real, replayed(name, cached!.calls)), name).toEqual([]);
      }
    },
  );

  it('writes run folders under new run ids that analyze reads as gh-aw runs', () => {
    const out = mkdtempSync(join(tmpdir(), 'replay-'));
    try {
      replayRuns({ out, runs: 2, calls: 20, firstRunId: 940000001 });
      const runs = runsIn(out).sort();
      expect(runs.map((r) => r.split('/').pop())).toEqual(['run-940000001', 'run-940000002']);
      for (const r of runs) {
        expect(existsSync(join(r, LOGS, 'mcp-gateway.log'))).toBe(true);
        const info = readFileSync(join(r, 'activation', 'aw_info.json'), 'utf8');
        expect(info).toContain(r.split('run-').pop()!);
        expect(info).not.toContain('910000001');
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
