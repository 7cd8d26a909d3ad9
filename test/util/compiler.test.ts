// util/compiler.ts in a process of its own (V8 flags are the process's, so not in the test runner's): a thread
// started after optimizeInNewThreadsThemselves() optimizes in itself, not through V8's helper threads; after
// inlineLess(), TurboFan inlines less, in the calling thread and in the threads it starts.
import { describe, expect, it } from 'vitest';
import { probeProcess } from '../support/probe.js';

/**
 * What `node FLAG` printed running `before` in the main thread (with util/compiler.ts imported as `compiler`), then
 * `mainCode` in the main thread, then `workerCode` in a worker thread started after both.
 */
function probe(flag: string, before: string, mainCode: string, workerCode: string): string {
  return probeProcess(
    'util/compiler.ts',
    'compiler',
    [
      "import { Worker } from 'node:worker_threads';",
      "import { once } from 'node:events';",
      before,
      `new Function(${JSON.stringify(mainCode)})();`,
      `await once(new Worker(${JSON.stringify(workerCode)}, { eval: true }), 'exit');`,
    ],
    [flag],
  );
}

/** The modes in which V8 compiled a hot function in a worker thread (`--trace-opt`). */
function workerCompileModes(before: string): string[] {
  const hot =
    'function workerHot(n) { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; }' +
    ' let t = 0; for (let k = 0; k < 300; k++) t += workerHot(20000);';
  return probe('--trace-opt', before, '', hot)
    .split('\n')
    .filter((l) => l.startsWith('[compiling method') && l.includes('workerHot'))
    .map((l) => /mode: ConcurrencyMode::(\w+)/.exec(l)?.[1] ?? '?');
}

/**
 * A hot function calling three others of about 60 bytes of bytecode each, as `name`: what TurboFan inlined into it
 * (`--trace-turbo-inlining`), in the main thread (`probeMain`) and in a worker started afterwards (`probeWorker`).
 */
function inlinedInto(before: string): { main: string[]; worker: string[] } {
  const hot = (name: string): string =>
    [0, 1, 2]
      .map(
        (k) =>
          `function part${'ABC'[k]}(x) { let s = x; for (let i = 0; i < 3; i++) { s = (s * ${31 + k} + i) % 1000003;` +
          ` s ^= i << ${k + 1}; s += (s >> ${k + 1}) & 7; } return s; }`,
      )
      .join(' ') +
    ` function ${name}(n) { let t = 0; for (let i = 0; i < n; i++) t += partA(i) + partB(i) + partC(i); return t; }` +
    ` let r = 0; for (let k = 0; k < 200; k++) r += ${name}(2000);`;
  const out = probe('--trace-turbo-inlining', before, hot('probeMain'), hot('probeWorker'));
  const into = (name: string): string[] =>
    [
      ...new Set(
        [...out.matchAll(/^Inlining .*<SharedFunctionInfo (\w+)>\} into .*<SharedFunctionInfo (\w+)>/gm)]
          .filter((m) => m[2] === name)
          .map((m) => m[1]!),
      ),
    ].sort();
  return { main: into('probeMain'), worker: into('probeWorker') };
}

describe("V8's optimizing compiler", () => {
  it('a worker started after optimizeInNewThreadsThemselves compiles in its own thread; before, through helpers', () => {
    const before = workerCompileModes('');
    expect(before.length).toBeGreaterThan(0);
    expect(before).toContain('kConcurrent');
    const after = workerCompileModes('compiler.optimizeInNewThreadsThemselves();');
    expect(after.length).toBeGreaterThan(0);
    expect(new Set(after)).toEqual(new Set(['kSynchronous']));
  });

  it('after inlineLess, TurboFan inlines less into a function, in the calling thread and in a worker started later', () => {
    expect(inlinedInto('')).toEqual({
      main: ['partA', 'partB', 'partC'],
      worker: ['partA', 'partB', 'partC'],
    });
    const after = inlinedInto('compiler.inlineLess();');
    expect(after.main.length).toBeGreaterThan(0);
    expect(after.main.length).toBeLessThan(3);
    expect(after.worker.length).toBeGreaterThan(0);
    expect(after.worker.length).toBeLessThan(3);
  });
});
