// How runs are read and where they are analysed: the direct file reader against the stream path, the worker pool
// against the calling thread (through the built CLI, the way a user runs it), and the policy choosing between them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readable } from 'node:stream';
import { FileStream, READ_CHUNK } from '../../src/util/file-stream.js';
import { forEachLineBytes } from '../../src/util/lines.js';
import {
  FEW_CORES_WORKER_THRESHOLD_BYTES,
  inflateInAnalysingThreads,
  inflatesItself,
  worthWorkers,
  WORKER_THRESHOLD_BYTES,
} from '../../src/engine/audit.js';
import { withCallingThread, workerCount } from '../../src/engine/workers.js';
import { EXAMPLES } from '../e2e/fixtures.js';
import { ROOT } from '../support/run-action.js';
import { readZip } from '../../src/sources/zip.js';
import { inflateThread, SLOT_BYTES, SLOTS, stopInflateThread } from '../../src/sources/inflate-thread.js';
import { directRead } from '../../src/util/direct-read.js';
import type { EvidenceFile } from '../../src/sources/types.js';
import { deflated, rawZip, stored } from '../hardening/zip-bytes.js';
import { fdsBackTo, openFds } from '../support/fds.js';
import { zipFiles } from '../support/github-objects.js';
import { artifactsOf } from '../support/seed.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'integrity-audit-threads-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `dist/cli.js analyze TARGET --format json --output OUT` with extra environment, as a user runs it. */
function cli(
  target: string,
  out: string,
  env: NodeJS.ProcessEnv,
  nodeArgs: string[] = [],
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...nodeArgs, join(ROOT, 'dist', 'cli.js'), 'analyze', target, '--format', 'json', '--output', out],
      { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** A JSON report without its time of writing. */
function reportOf(file: string): Record<string, unknown> {
  const r = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  delete r.generatedAt;
  return r;
}

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
    const sized = (bytes: number) => async () => bytes;
    expect(await worthWorkers(10, sized(big), 1)).toBe(false);
    expect(await worthWorkers(10, sized(big), 4)).toBe(true);
    expect(await worthWorkers(10, sized(big - 1), 4)).toBe(false);
    expect(await worthWorkers(1, sized(big), 8)).toBe(false);
    expect(await worthWorkers(8, async () => null, 4)).toBe(true);
    expect(await worthWorkers(7, async () => null, 4)).toBe(false);
    // 2 or 3 cores: one worker for large local inputs only (docs/PERFORMANCE.md): not below the larger threshold, not
    // for runs still to download (the network work); each analysing thread then inflates its own zip entries.
    const few = FEW_CORES_WORKER_THRESHOLD_BYTES;
    expect(await worthWorkers(10, sized(few), 2)).toBe(true);
    expect(await worthWorkers(10, sized(few), 3)).toBe(true);
    expect(await worthWorkers(10, sized(few - 1), 2)).toBe(false);
    expect(await worthWorkers(10, sized(big), 2)).toBe(false);
    expect(inflateInAnalysingThreads(1, 2)).toBe(true);
    expect(inflateInAnalysingThreads(2, 3)).toBe(true);
    expect(inflateInAnalysingThreads(0, 2)).toBe(false);
    expect(inflateInAnalysingThreads(3, 4)).toBe(false);
    // The calling thread alone inflates its own entries over local files (nothing to download meanwhile), not while
    // runs download, and beside workers as the workers do.
    expect(inflatesItself(0, true, 2)).toBe(true);
    expect(inflatesItself(0, true, 8)).toBe(true);
    expect(inflatesItself(0, false, 2)).toBe(false);
    expect(inflatesItself(1, false, 2)).toBe(true);
    expect(inflatesItself(3, true, 4)).toBe(false);
    expect(await worthWorkers(500, async () => null, 2)).toBe(false);
    expect(await worthWorkers(1, sized(few * 4), 2)).toBe(false);
    process.env.INTEGRITY_AUDIT_WORKERS = '2';
    expect(await worthWorkers(3, sized(1), 2)).toBe(true);
    expect(workerCount(3)).toBe(2);
    expect(workerCount(1)).toBe(1);
    process.env.INTEGRITY_AUDIT_WORKERS = '0';
    expect(await worthWorkers(10, sized(big), 8)).toBe(false);
    process.env.INTEGRITY_AUDIT_WORKERS = 'lots';
    expect(await worthWorkers(10, sized(big), 1)).toBe(false);
  });

  it('analyses on the calling thread whenever it is free, on the pool while it is busy', async () => {
    const where: string[] = [];
    const gates: (() => void)[] = [];
    const inline = (id: string) =>
      new Promise<string>((resolve) => {
        where.push(`inline ${id}`);
        gates.push(() => resolve(id));
      });
    const pooled = async (id: string) => {
      where.push(`pool ${id}`);
      return id;
    };
    const analyze = withCallingThread(pooled, inline);
    const a = analyze('a');
    const b = analyze('b');
    const c = analyze('c');
    expect(await b).toBe('b');
    expect(await c).toBe('c');
    gates.shift()!();
    expect(await a).toBe('a');
    // Free again: the next run is the calling thread's.
    const d = analyze('d');
    gates.shift()!();
    expect(await d).toBe('d');
    expect(where).toEqual(['inline a', 'pool b', 'pool c', 'inline d']);
    // Without a pool every run is analysed on the calling thread, several at once as before.
    const alone = withCallingThread(null, inline);
    const e = alone('e');
    const f = alone('f');
    gates.splice(0).forEach((g) => g());
    expect(await Promise.all([e, f])).toEqual(['e', 'f']);
    expect(where.slice(4)).toEqual(['inline e', 'inline f']);
  });

  it('gives the same report from one worker and the calling thread as from the calling thread alone', async () => {
    const inThread = join(dir, 'in-thread-1.json');
    const pooled = join(dir, 'pooled-1.json');
    const [a, b] = await Promise.all([
      cli(EXAMPLES, inThread, { INTEGRITY_AUDIT_WORKERS: '0' }),
      cli(EXAMPLES, pooled, { INTEGRITY_AUDIT_WORKERS: '1' }),
    ]);
    expect(a).toMatchObject({ code: expect.any(Number), stderr: '' });
    expect(b).toMatchObject({ code: a.code, stderr: '' });
    expect(reportOf(pooled)).toEqual(reportOf(inThread));
  });

  it('gives the same report from two worker threads as from the calling thread (dist/cli.js)', async () => {
    const inThread = join(dir, 'in-thread.json');
    const pooled = join(dir, 'pooled.json');
    const [a, b] = await Promise.all([
      cli(EXAMPLES, inThread, { INTEGRITY_AUDIT_WORKERS: '0' }),
      cli(EXAMPLES, pooled, { INTEGRITY_AUDIT_WORKERS: '2' }),
    ]);
    expect(a).toMatchObject({ code: expect.any(Number), stderr: '' });
    expect(b).toMatchObject({ code: a.code, stderr: '' });
    const report = reportOf(inThread);
    expect((report.runs as unknown[]).length).toBe(3);
    expect((report.findings as unknown[]).length).toBeGreaterThan(0);
    expect(reportOf(pooled)).toEqual(report);
  });
});

describe('the inflate thread (zip entries read by the line splitter)', () => {
  /** Text that compresses about as well as real logs (4–8×), `bytes` long, the same for a seed. */
  function logText(bytes: number, seed: number): Buffer {
    const words = [
      'tools/call',
      'github',
      'list_issues',
      'DIFC',
      'filtered',
      'guard',
      '"id":',
      'secrecy',
      '443',
    ];
    let x = seed;
    const parts: string[] = [];
    let n = 0;
    while (n < bytes) {
      x = (x * 1103515245 + 12345) >>> 0;
      const line = `${x.toString(36)} ${words[x % words.length]} ${words[(x >>> 8) % words.length]} ${x % 9973}\n`;
      parts.push(line);
      n += line.length;
    }
    return Buffer.from(parts.join('')).subarray(0, bytes);
  }

  /** Reads the entry through its DirectRead, keeping a copy of every chunk (the chunk's memory is lent). */
  async function readDirectly(f: EvidenceFile): Promise<Buffer> {
    const s = await f.open();
    try {
      const direct = directRead(s);
      if (!direct) throw new Error(`${f.path} is not a DirectRead`);
      const chunks: Buffer[] = [];
      await direct.readDirect((c) => chunks.push(Buffer.from(c)));
      return Buffer.concat(chunks);
    } finally {
      s.destroy();
    }
  }

  const big = logText(3 * SLOTS * SLOT_BYTES + 12_345, 1);
  const contents: Record<string, Buffer> = {
    'mcp-logs/mcp-gateway.log': big,
    'mcp-logs/rpc-messages.jsonl': logText(SLOTS * SLOT_BYTES, 2),
    'slot-sized.log': logText(SLOT_BYTES, 3),
    'stored.log': logText(SLOT_BYTES + 1, 4),
    'empty.log': Buffer.alloc(0),
  };
  function archive(name: string): string {
    const path = join(dir, name);
    writeFileSync(
      path,
      rawZip(
        Object.entries(contents).map(([n, c]) => (n.startsWith('stored') ? stored(n, c) : deflated(n, c))),
      ),
    );
    return path;
  }

  it('gives the bytes of each entry, through many slots, for several entries read at once', async () => {
    expect(await inflateThread()).not.toBeNull();
    const z = await readZip(archive('several.zip'), 'several.zip', 'agent');
    try {
      expect(z.notes).toEqual([]);
      const got = await Promise.all(z.files.map((f) => readDirectly(f)));
      expect(
        Object.fromEntries(z.files.map((f, i) => [f.path, got[i].equals(contents[f.path.slice(6)])])),
      ).toEqual(Object.fromEntries(Object.keys(contents).map((n) => [`agent/${n}`, true])));
    } finally {
      await z.close();
    }
  });

  it('stops an entry whose reader fails, and reads the next ones; nothing stays open', async () => {
    await inflateThread();
    const before = openFds();
    const z = await readZip(archive('stopped.zip'), 'stopped.zip', 'agent');
    try {
      const gateway = z.files.find((f) => f.path.endsWith('mcp-gateway.log'))!;
      const s = await gateway.open();
      let chunks = 0;
      await expect(
        directRead(s)!.readDirect(() => {
          if (++chunks === 2) throw new Error('the parser gave up');
        }),
      ).rejects.toThrow('the parser gave up');
      s.destroy();
      expect(chunks).toBe(2);
      expect((await readDirectly(gateway)).equals(big)).toBe(true);
    } finally {
      await z.close();
    }
    expect((await fdsBackTo(before)) ?? 0).toBeLessThanOrEqual(before ?? 0);
  });

  it('fails the entries being read when the thread stops, and starts a new one for the next', async () => {
    const z = await readZip(archive('stopping.zip'), 'stopping.zip', 'agent');
    try {
      const gateway = z.files.find((f) => f.path.endsWith('mcp-gateway.log'))!;
      const s = await gateway.open();
      let stopping: Promise<void> | null = null;
      await expect(directRead(s)!.readDirect(() => void (stopping ??= stopInflateThread()))).rejects.toThrow(
        /inflate thread stopped/,
      );
      s.destroy();
      await stopping;
      expect((await readDirectly(gateway)).equals(big)).toBe(true);
    } finally {
      await z.close();
    }
  });

  it('is not used with INTEGRITY_AUDIT_INFLATE_THREAD=0: the entry is inflated in the calling thread', async () => {
    const z = await readZip(archive('in-thread.zip'), 'in-thread.zip', 'agent');
    process.env.INTEGRITY_AUDIT_INFLATE_THREAD = '0';
    try {
      expect(await inflateThread()).toBeNull();
      const gateway = z.files.find((f) => f.path.endsWith('mcp-gateway.log'))!;
      expect((await readDirectly(gateway)).equals(big)).toBe(true);
    } finally {
      delete process.env.INTEGRITY_AUDIT_INFLATE_THREAD;
      await z.close();
    }
    expect(await inflateThread()).not.toBeNull();
  });

  /** The example runs with each artifact zipped, the way the API hands them over. */
  async function zippedExamples(): Promise<string> {
    const out = join(dir, 'zipped-runs');
    for (const run of readdirSync(EXAMPLES)) {
      const target = join(out, run);
      mkdirSync(target, { recursive: true });
      for (const artifact of await artifactsOf(join(EXAMPLES, run)))
        writeFileSync(join(target, `${artifact.name}.zip`), await zipFiles(artifact.files!));
    }
    return out;
  }

  it('leaves the calling thread’s young generation bounded when an analysis worker starts its inflate thread', async () => {
    // Starting a thread undoes the heap flags of the whole process (Node 20); each thread that starts one sets them
    // again. The probe, run in the CLI's main thread as it exits, keeps objects alive across collections: a young
    // generation still held at 1 MiB does not grow, one whose bound was undone grows to 16 MiB and more.
    const runs = await zippedExamples();
    const probe = join(dir, 'young-probe.mjs');
    const said = join(dir, 'young-generation.txt');
    writeFileSync(
      probe,
      [
        "import { getHeapSpaceStatistics } from 'node:v8';",
        "import { isMainThread } from 'node:worker_threads';",
        "import { writeFileSync } from 'node:fs';",
        'if (isMainThread) process.on("exit", () => {',
        '  let kept = [];',
        '  for (let i = 0; i < 64; i++) { for (let j = 0; j < 16384; j++) kept.push({ j }); if (kept.length >= 262144) kept = []; }',
        '  const young = getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size;',
        `  writeFileSync(${JSON.stringify(said)}, String(young));`,
        '});',
      ].join('\n'),
    );
    const out = join(dir, 'young.json');
    // One worker beside the calling thread: it takes the runs that come while the calling thread is busy.
    const r = await cli(runs, out, { INTEGRITY_AUDIT_WORKERS: '1', INTEGRITY_AUDIT_INFLATE_THREAD: '1' }, [
      '--import',
      pathToFileURL(probe).href,
    ]);
    expect(r).toMatchObject({ stderr: '' });
    expect((reportOf(out).runs as unknown[]).length).toBe(3);
    expect(Number(readFileSync(said, 'utf8'))).toBeLessThanOrEqual(4 * 1024 * 1024);
    // Each analysing thread inflating its own entries: no inflate thread starts, nor undoes the bounds.
    rmSync(said);
    const h = await cli(runs, out, { INTEGRITY_AUDIT_WORKERS: '1', INTEGRITY_AUDIT_INFLATE_THREAD: 'here' }, [
      '--import',
      pathToFileURL(probe).href,
    ]);
    expect(h).toMatchObject({ stderr: '' });
    expect((reportOf(out).runs as unknown[]).length).toBe(3);
    expect(Number(readFileSync(said, 'utf8'))).toBeLessThanOrEqual(4 * 1024 * 1024);
  }, 60_000);

  it('gives the same report with and without the thread, and the CLI exits when done (dist/cli.js)', async () => {
    const runs = await zippedExamples();
    const run = (target: string, out: string, thread: string) =>
      cli(target, out, { INTEGRITY_AUDIT_INFLATE_THREAD: thread });
    const threaded = join(dir, 'zipped-thread.json');
    const inThread = join(dir, 'zipped-in-thread.json');
    const here = join(dir, 'zipped-here.json');
    const [a, b] = await Promise.all([run(runs, threaded, '1'), run(runs, inThread, '0')]);
    expect(a).toMatchObject({ code: expect.any(Number), stderr: '' });
    expect(b).toMatchObject({ code: a.code, stderr: '' });
    // Each analysing thread inflating its own entries (as beside a worker on 2-3 cores), with a worker.
    const c = await cli(runs, here, { INTEGRITY_AUDIT_INFLATE_THREAD: 'here', INTEGRITY_AUDIT_WORKERS: '1' });
    expect(c).toMatchObject({ code: a.code, stderr: '' });
    const report = reportOf(threaded);
    expect((report.runs as unknown[]).length).toBe(3);
    expect((report.findings as unknown[]).length).toBeGreaterThan(0);
    expect(reportOf(inThread)).toEqual(report);
    expect(reportOf(here)).toEqual(report);
    // The same findings as from the folders themselves: zipping loses nothing.
    const plain = join(dir, 'plain.json');
    expect(await run(EXAMPLES, plain, '1')).toMatchObject({ code: a.code, stderr: '' });
    expect((reportOf(plain).findings as { rule: string }[]).map((f) => f.rule)).toEqual(
      (report.findings as { rule: string }[]).map((f) => f.rule),
    );
  }, 60_000);
});
