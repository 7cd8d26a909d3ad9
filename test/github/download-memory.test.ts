// Downloads into memory within a byte budget (sources/github/download.ts): content that fits is kept in memory and
// its bytes held from the budget until released; content over the per-download size, or past what the budget has
// left, goes to the file as before; a download that fails gives its bytes back. Against a local API (302 to a local
// storage origin), through the real client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createClient } from '../../src/github/client.js';
import { fetchResource, MemoryBudget, type DownloadOptions } from '../../src/sources/github/download.js';

const ROUTE = 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}';
const OPTIONS: DownloadOptions = { maxBytes: 1 << 20, idleMs: 2000, attempts: 2, backoffMs: 10 };
/** Artifact id → its bytes; id 99 is cut off after half its bytes on every attempt. */
const blobs = new Map<number, Buffer>([
  [1, Buffer.alloc(1000, 1)],
  [2, Buffer.alloc(5000, 2)],
  [3, Buffer.alloc(3000, 3)],
  [99, Buffer.alloc(2000, 9)],
  [4, Buffer.alloc(3000, 4)],
]);

let api: http.Server;
let storage: http.Server;
let client: ReturnType<typeof createClient>;
let dir: string;

beforeAll(async () => {
  storage = http.createServer((req, res) => {
    const id = Number(/\/(\d+)$/.exec(req.url ?? '')?.[1]);
    const body = blobs.get(id)!;
    if (id === 4) {
      // Sent gzip-coded: the declared length is not the content's (fetch undoes the coding).
      const coded = gzipSync(body);
      res.writeHead(200, { 'content-length': String(coded.length), 'content-encoding': 'gzip' });
      return void res.end(coded);
    }
    res.writeHead(200, { 'content-length': String(body.length) });
    if (id === 99) res.write(body.subarray(0, 1000), () => setImmediate(() => req.socket.destroy()));
    else res.end(body);
  });
  const listen = async (s: http.Server) => {
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
    return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  };
  const storageUrl = await listen(storage);
  api = http.createServer((req, res) => {
    const id = /artifacts\/(\d+)\/zip/.exec(req.url ?? '')?.[1];
    res.writeHead(302, { location: `${storageUrl}/blob/${id}` });
    res.end();
  });
  client = createClient({ token: 'ghs_test', baseUrl: await listen(api) });
  dir = mkdtempSync(join(tmpdir(), 'ia-download-memory-'));
});

afterAll(async () => {
  for (const s of [api, storage])
    await new Promise<void>((r) => (s.closeAllConnections(), s.close(() => r())));
  rmSync(dir, { recursive: true, force: true });
});

const get = (id: number, budget: MemoryBudget | null) => {
  const dest = join(dir, `${id}-${Math.random()}.zip`);
  return {
    dest,
    done: fetchResource(
      client,
      ROUTE,
      { owner: 'o', repo: 'r', artifact_id: id, archive_format: 'zip' },
      dest,
      budget,
      OPTIONS,
    ),
  };
};

describe('downloads into memory within a budget', () => {
  it('keeps what fits in memory (no file), holds its bytes until released; the rest goes to the file', async () => {
    const budget = new MemoryBudget(4500, 4000);
    const a = get(1, budget);
    const small = await a.done;
    expect(small.data?.equals(blobs.get(1)!)).toBe(true);
    expect([small.path, existsSync(a.dest), budget.inUse]).toEqual([null, false, 1000]);
    // Over the per-download size: to the file, nothing taken.
    const b = get(2, budget);
    const large = await b.done;
    expect([large.data, large.path, large.bytes, budget.inUse]).toEqual([null, b.dest, 5000, 1000]);
    expect(readFileSync(b.dest).equals(blobs.get(2)!)).toBe(true);
    // Fits the per-download size, but not what the budget has left (1000 + 3000 ≤ 4500: fits; a second does not).
    const c = await get(3, budget).done;
    expect([c.data?.length, budget.inUse]).toEqual([3000, 4000]);
    const d = get(3, budget);
    const spilled = await d.done;
    expect([spilled.data, spilled.path, budget.inUse]).toEqual([null, d.dest, 4000]);
    // Released (once, whatever the calls): the bytes are the budget's again.
    small.release();
    small.release();
    c.release();
    expect(budget.inUse).toBe(0);
  });

  it('a download cut off mid-body is retried, and when it fails its bytes are back in the budget', async () => {
    const budget = new MemoryBudget(10_000, 4000);
    await expect(get(99, budget).done).rejects.toThrow();
    expect(budget.inUse).toBe(0);
  });

  it('a body sent with a content coding goes to the file (its declared length is not the content’s)', async () => {
    const budget = new MemoryBudget(10_000, 4000);
    const a = get(4, budget);
    const got = await a.done;
    expect([got.data, got.path, got.bytes, budget.inUse]).toEqual([null, a.dest, 3000, 0]);
    expect(readFileSync(a.dest).equals(blobs.get(4)!)).toBe(true);
  });

  it('no budget (null): every download to the file', async () => {
    const a = get(1, null);
    const got = await a.done;
    expect([got.data, got.path]).toEqual([null, a.dest]);
    expect(readFileSync(a.dest).equals(blobs.get(1)!)).toBe(true);
  });
});
