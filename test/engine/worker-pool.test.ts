// The analysis pool's two sides: the pool sends a worker its next run before the current one is answered
// (RUNS_PER_WORKER), and the worker side analyses the runs it is sent one at a time, in order, answering each.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AuditConfig } from '../../src/config.js';
import type { RunAnalysis } from '../../src/engine/analyze.js';
import type { RunSpec } from '../../src/sources/run-spec.js';

/** The worker side's port, as serveWorker sees it in a worker thread. */
const port = vi.hoisted(() => {
  const listeners: ((message: unknown) => void)[] = [];
  return {
    posted: [] as unknown[],
    on(_event: 'message', listener: (message: unknown) => void) {
      listeners.push(listener);
    },
    emit(message: unknown) {
      for (const l of listeners) l(message);
    },
    postMessage(message: unknown) {
      this.posted.push(message);
    },
  };
});
vi.mock('node:worker_threads', async (original) => ({
  ...(await original<typeof import('node:worker_threads')>()),
  parentPort: port,
  workerData: { role: 'integrity-audit-worker' },
}));
const { createPool, RUNS_PER_WORKER, serveWorker } = await import('../../src/engine/workers.js');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'integrity-audit-pool-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spec = (id: string): RunSpec =>
  ({ kind: 'files', meta: { id, workflow: null, branch: null, url: null }, files: [] }) as unknown as RunSpec;
const config = {} as AuditConfig;

/**
 * A stand-in analysis worker: answers each run `ms` after the one before, telling how many runs it had been sent and
 * had answered then; exits when it comes to the run named `exitOn`.
 */
function standInWorker(name: string, ms: number, exitOn?: string): string {
  const entry = join(dir, name);
  writeFileSync(
    entry,
    [
      "import { parentPort } from 'node:worker_threads';",
      'let sent = 0; let answered = 0; let last = Promise.resolve();',
      'parentPort.on("message", (req) => { sent++;',
      `  last = last.then(() => new Promise((r) => setTimeout(r, ${ms}))).then(() => {`,
      `    if (req.fallbackId === ${JSON.stringify(exitOn ?? null)}) process.exit(1);`,
      '    answered++; parentPort.postMessage({ id: req.id, analysis: { sent, answered } }); }); });',
    ].join('\n'),
  );
  return entry;
}

describe('the pool', () => {
  it(`sends a worker up to ${RUNS_PER_WORKER} runs at once, the next while it analyses one, and no more`, async () => {
    const entry = standInWorker('worker.mjs', 100);
    const pool = createPool(pathToFileURL(entry), 1);
    try {
      const replies = (await Promise.all(
        ['a', 'b', 'c', 'd'].map((id) => pool.analyze(spec(id), config, id)),
      )) as unknown as { sent: number; answered: number }[];
      // The first answer finds the second run already sent, and not the third: RUNS_PER_WORKER at once.
      expect(replies[0]).toEqual({ sent: RUNS_PER_WORKER, answered: 1 });
      expect(replies.map((r) => r.sent - r.answered + 1)).toEqual([2, 2, 2, 1]);
    } finally {
      await pool.close();
    }
  });
  it('fails the runs of a worker that exits, and gives the next ones to a new worker, no more at once', async () => {
    const entry = standInWorker('crashing-worker.mjs', 50, 'crash');
    const pool = createPool(pathToFileURL(entry), 1);
    try {
      const ids = ['a', 'crash', 'b', 'c', 'd', 'e'];
      const settled = await Promise.allSettled(ids.map((id) => pool.analyze(spec(id), config, id)));
      const by = new Map(ids.map((id, i) => [id, settled[i]]));
      expect(by.get('a')).toMatchObject({ status: 'fulfilled' });
      expect(by.get('crash')).toMatchObject({ status: 'rejected' });
      const after = ['c', 'd', 'e'].map((id) => by.get(id)!);
      for (const r of after) expect(r.status).toBe('fulfilled');
      // The new worker is sent its next run while it analyses one, as the first was, and no more.
      const atOnce = after.map((r) => {
        const { sent, answered } = (r as PromiseFulfilledResult<unknown>).value as {
          sent: number;
          answered: number;
        };
        return sent - answered + 1;
      });
      expect(Math.max(...atOnce)).toBe(RUNS_PER_WORKER);
    } finally {
      await pool.close();
    }
  });
});

describe('the worker side', () => {
  it('analyses the runs it is sent one at a time, in the order sent, and answers each (a failure too)', async () => {
    const log: string[] = [];
    const gates = new Map<string, () => void>();
    serveWorker(
      (req) =>
        new Promise<RunAnalysis>((resolve, reject) => {
          log.push(`start ${req.fallbackId}`);
          gates.set(req.fallbackId, () => {
            log.push(`end ${req.fallbackId}`);
            if (req.fallbackId === 'b') reject(new Error('unreadable'));
            else resolve({ id: req.fallbackId } as unknown as RunAnalysis);
          });
        }),
    );
    for (const [id, name] of ['a', 'b', 'c'].entries())
      port.emit({ id, spec: spec(name), config, fallbackId: name });
    const settle = () => new Promise((r) => setTimeout(r, 10));
    await settle();
    expect(log).toEqual(['start a']);
    for (const name of ['a', 'b', 'c']) {
      gates.get(name)!();
      await settle();
    }
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(port.posted).toEqual([
      { id: 0, analysis: { id: 'a' } },
      { id: 1, error: 'unreadable' },
      { id: 2, analysis: { id: 'c' } },
    ]);
  });
});
