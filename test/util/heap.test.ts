// The heap bounds of util/heap.ts, in a process of their own (V8 flags are the process's, so not in the test
// runner's): the young generation held at its initial size, and grown once, then held, for a large audit.
import { describe, expect, it } from 'vitest';
import { probeProcess } from '../support/probe.js';

/** Runs `body` in a fresh Node with util/heap.ts imported as `heap`; returns what it prints, as JSON. */
function inProcess(body: string): Record<string, number> {
  return JSON.parse(printed(body)) as Record<string, number>;
}

/** Runs `body` as inProcess() does, with `flags` for Node; returns what the process printed. */
function printed(body: string, flags: string[] = []): string {
  return probeProcess(
    'util/heap.ts',
    'heap',
    [
      // Objects kept alive across collections: what makes V8 grow a young generation that may grow.
      'function churn() { let kept = []; for (let i = 0; i < 64; i++) { for (let j = 0; j < 16384; j++) kept.push({ j }); if (kept.length >= 262144) kept = []; } }',
      body,
    ],
    flags,
  );
}

const MiB = 1024 * 1024;

describe('the young generation', () => {
  it('stays at its size once bounded, however much survives', () => {
    const r = inProcess(
      'heap.boundHeapGrowth(); const before = heap.youngGenerationBytes(); churn(); churn(); console.log(JSON.stringify({ before, young: heap.youngGenerationBytes() }));',
    );
    expect(r.young).toBe(r.before);
  });

  it('grows by itself when not bounded (what the bound prevents)', () => {
    const r = inProcess('churn(); console.log(JSON.stringify({ young: heap.youngGenerationBytes() }));');
    expect(r.young).toBeGreaterThan(8 * MiB);
  });

  it('is grown to the large size for a large audit, then held there', () => {
    const r = inProcess(
      [
        'heap.boundHeapGrowth();',
        'heap.holdLargerYoungGeneration();',
        'const grown = heap.youngGenerationBytes();',
        'churn(); churn();',
        'console.log(JSON.stringify({ grown, after: heap.youngGenerationBytes(), target: heap.LARGE_YOUNG_GENERATION_BYTES }));',
      ].join('\n'),
    );
    expect(r.grown).toBeGreaterThanOrEqual(r.target);
    expect(r.after).toBe(r.grown);
    expect(r.after).toBeLessThan(2 * r.target);
  });

  it('is left to V8 where it is not bounded (the action): nothing is grown ahead', () => {
    const r = inProcess(
      'heap.boundHeapGrowth({ young: false }); const before = heap.youngGenerationBytes(); heap.holdLargerYoungGeneration(); console.log(JSON.stringify({ before, young: heap.youngGenerationBytes() }));',
    );
    expect(r.before).toBeLessThan(8 * MiB);
    expect(r.young).toBe(r.before);
  });
});

describe('scavenges when every core analyses', () => {
  /**
   * The most scavenger task lines V8 traced for one of the last five scavenges (`--trace-parallel-scavenge`, each
   * followed by `--trace-gc`'s line): those of churn() at the end, not of loading the script before `body` ran (V8
   * prints through a buffer, so a line printed by the script cannot mark where they start).
   */
  const mostTasks = (body: string): number => {
    const perScavenge: number[] = [];
    let tasks = 0;
    for (const line of printed(body, ['--trace-parallel-scavenge', '--trace-gc']).split('\n')) {
      if (/ scavenge\[/.test(line)) tasks++;
      else if (/ Scavenge /.test(line)) {
        perScavenge.push(tasks);
        tasks = 0;
      }
    }
    expect(perScavenge.length).toBeGreaterThan(10);
    return Math.max(...perScavenge.slice(-5));
  };

  it('run in the collecting thread alone after scavengeWithoutHelpers, with helper tasks before', () => {
    // The young generation left to grow (no bounds): large enough for V8 to split its scavenges into tasks.
    expect(mostTasks('churn(); churn();')).toBeGreaterThan(1);
    expect(mostTasks('heap.scavengeWithoutHelpers(); churn(); churn();')).toBe(1);
  });
});
