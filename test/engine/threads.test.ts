// How runs are read and where they are analysed: the direct file reader against the stream path, the worker pool
// against the calling thread (through the built CLI, the way a user runs it), and the policy choosing between them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { FileStream, READ_CHUNK } from '../../src/util/file-stream.js';
import { forEachLineBytes } from '../../src/util/lines.js';
import { worthWorkers, WORKER_THRESHOLD_BYTES } from '../../src/engine/audit.js';
import { workerCount } from '../../src/engine/workers.js';
import { EXAMPLES } from '../e2e/fixtures.js';
import { ROOT } from '../support/run-action.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'integrity-audit-threads-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function lines(stream: Readable, maxLineBytes?: number) {
  const got: string[] = [];
  const stats = await forEachLineBytes(
    stream,
    { lineBytes: (b, s, e, n) => void got.push(`${n}:${b.toString('latin1', s, e)}`) },
    { maxLineBytes },
  );
  return { got, stats };
}

describe('reading a file directly (FileStream through the line splitter)', () => {
  it('gives the same lines as the stream path, across chunk boundaries, CRLF and a last line without newline', async () => {
    // Lines of every length around the chunk size, so that lines, CRLFs and cut lines straddle the boundaries.
    const parts: string[] = [];
    for (let i = 0; parts.join('').length < 3 * READ_CHUNK + 1000; i++)
      parts.push('x'.repeat((i * 7919) % 70_000) + (i % 3 === 0 ? '\r\n' : '\n'));
    parts.push('last line without newline');
    const text = parts.join('');
    const path = join(dir, 'lines.log');
    writeFileSync(path, text);
    const direct = await lines(new FileStream(path), 50_000);
    // The reference: the same bytes through the stream path, in pieces of odd sizes.
    const whole = Buffer.from(text);
    const pieces: Buffer[] = [];
    for (let at = 0, k = 1; at < whole.length; at += 12_345 * k, k = (k % 7) + 1)
      pieces.push(whole.subarray(at, Math.min(whole.length, at + 12_345 * k)));
    const reference = await lines(Readable.from(pieces), 50_000);
    expect(direct.got).toEqual(reference.got);
    expect(direct.stats).toEqual(reference.stats);
    expect(direct.stats.bytes).toBe(whole.length);
    expect(direct.stats.truncatedLines).toBeGreaterThan(0);
    expect(direct.got.at(-1)).toMatch(/:last line without newline$/);
  });

  it('is an ordinary stream for readers that are not the line splitter', async () => {
    const path = join(dir, 'plain.json');
    const body = JSON.stringify({ a: 'b'.repeat(3 * READ_CHUNK) });
    writeFileSync(path, body);
    const chunks: Buffer[] = [];
    for await (const c of new FileStream(path)) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe(body);
  });

  it('fails the read, not the process, when the file is missing', async () => {
    await expect(lines(new FileStream(join(dir, 'missing.log')))).rejects.toThrow(/ENOENT/);
    const s = new FileStream(join(dir, 'missing.log'));
    await expect(
      (async () => {
        for await (const _ of s) void _;
      })(),
    ).rejects.toThrow(/ENOENT/);
  });

  it('does not open the file when destroyed unread', async () => {
    const s = new FileStream(join(dir, 'never-created.log'));
    s.destroy();
    await new Promise((r) => s.on('close', r));
    expect(s.destroyed).toBe(true);
  });
});

describe('where runs are analysed', () => {
  const env = process.env.INTEGRITY_AUDIT_WORKERS;
  afterAll(() => {
    if (env === undefined) delete process.env.INTEGRITY_AUDIT_WORKERS;
    else process.env.INTEGRITY_AUDIT_WORKERS = env;
  });

  it('uses worker threads only for large inputs on 4 or more cores, unless INTEGRITY_AUDIT_WORKERS decides', async () => {
    delete process.env.INTEGRITY_AUDIT_WORKERS;
    const big = WORKER_THRESHOLD_BYTES;
    expect(await worthWorkers(10, async () => big, 2)).toBe(false);
    expect(await worthWorkers(10, async () => big, 4)).toBe(true);
    expect(await worthWorkers(10, async () => big - 1, 4)).toBe(false);
    expect(await worthWorkers(1, async () => big, 8)).toBe(false);
    expect(await worthWorkers(8, async () => null, 4)).toBe(true);
    expect(await worthWorkers(7, async () => null, 4)).toBe(false);
    process.env.INTEGRITY_AUDIT_WORKERS = '2';
    expect(await worthWorkers(3, async () => 1, 2)).toBe(true);
    expect(workerCount(3)).toBe(2);
    expect(workerCount(1)).toBe(1);
    process.env.INTEGRITY_AUDIT_WORKERS = '0';
    expect(await worthWorkers(10, async () => big, 8)).toBe(false);
    process.env.INTEGRITY_AUDIT_WORKERS = 'lots';
    expect(await worthWorkers(10, async () => big, 2)).toBe(false);
  });

  function cli(out: string, workers: string): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [join(ROOT, 'dist', 'cli.js'), 'analyze', EXAMPLES, '--format', 'json', '--output', out],
        { env: { ...process.env, INTEGRITY_AUDIT_WORKERS: workers }, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
  }

  it('gives the same report from two worker threads as from the calling thread (dist/cli.js)', async () => {
    const inThread = join(dir, 'in-thread.json');
    const pooled = join(dir, 'pooled.json');
    const [a, b] = await Promise.all([cli(inThread, '0'), cli(pooled, '2')]);
    expect(a).toMatchObject({ code: expect.any(Number), stderr: '' });
    expect(b).toMatchObject({ code: a.code, stderr: '' });
    const strip = (file: string) => {
      const r = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      delete r.generatedAt;
      return r;
    };
    const report = strip(inThread);
    expect((report.runs as unknown[]).length).toBe(3);
    expect((report.findings as unknown[]).length).toBeGreaterThan(0);
    expect(strip(pooled)).toEqual(report);
  });
});
