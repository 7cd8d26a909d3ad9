// util/compiler.ts in a process of its own (V8 flags are the process's, so not in the test runner's): a thread
// started after optimizeInNewThreadsThemselves() optimizes in itself, not through V8's helper threads.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../support/run-action.js';

/**
 * The modes in which V8 compiled a hot function in a worker thread (`--trace-opt`), the worker started after `before`
 * ran in the main thread with util/compiler.ts imported as `compiler`.
 */
function workerCompileModes(before: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'integrity-audit-compiler-'));
  const script = join(dir, 'probe.mts');
  const compiler = pathToFileURL(join(ROOT, 'src', 'util', 'compiler.ts')).href;
  const hot =
    'function workerHot(n) { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; }' +
    ' let t = 0; for (let k = 0; k < 300; k++) t += workerHot(20000);';
  writeFileSync(
    script,
    [
      `import * as compiler from ${JSON.stringify(compiler)};`,
      "import { Worker } from 'node:worker_threads';",
      "import { once } from 'node:events';",
      before,
      `await once(new Worker(${JSON.stringify(hot)}, { eval: true }), 'exit');`,
    ].join('\n'),
  );
  const out = execFileSync(process.execPath, ['--trace-opt', '--import', 'tsx', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return out
    .split('\n')
    .filter((l) => l.startsWith('[compiling method') && l.includes('workerHot'))
    .map((l) => /mode: ConcurrencyMode::(\w+)/.exec(l)?.[1] ?? '?');
}

describe('optimizing when every core analyses', () => {
  it('a worker started after optimizeInNewThreadsThemselves compiles in its own thread; before, through helpers', () => {
    const before = workerCompileModes('');
    expect(before.length).toBeGreaterThan(0);
    expect(before).toContain('kConcurrent');
    const after = workerCompileModes('compiler.optimizeInNewThreadsThemselves();');
    expect(after.length).toBeGreaterThan(0);
    expect(new Set(after)).toEqual(new Set(['kSynchronous']));
  });
});
