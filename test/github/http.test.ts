// The HTTP transport under Octokit (github/http.ts) against a real HTTP server on 127.0.0.1: what Octokit and the
// downloads rely on of `fetch`, compared with Node's own fetch on the same answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { isTimeout, leanFetch } from '../../src/github/http.js';
import { createClient, responseData } from '../../src/github/client.js';

let server: Server;
let other: Server;
let base: string;
let otherBase: string;
const seen: { url: string; authorization?: string; method: string; body: string }[] = [];

function listen(s: Server): Promise<string> {
  return new Promise((resolve) =>
    s.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(s.address() as AddressInfo).port}`)),
  );
}

async function record(req: IncomingMessage): Promise<void> {
  let body = '';
  for await (const c of req) body += String(c);
  seen.push({ url: req.url ?? '', authorization: req.headers.authorization, method: req.method ?? '', body });
}

beforeAll(async () => {
  other = createServer(async (req, res) => {
    await record(req);
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': '3' }).end('zip');
  });
  otherBase = await listen(other);
  server = createServer(async (req, res) => {
    await record(req);
    if (req.url === '/json')
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-remaining': '42',
      });
    if (req.url === '/json') return void res.end('{"id":9007199254740991,"ok":true}');
    if (req.url === '/moved') return void res.writeHead(302, { location: `${otherBase}/blob` }).end();
    if (req.url === '/same-origin') return void res.writeHead(301, { location: '/json' }).end();
    if (req.url === '/text') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('hello');
    if (req.url === '/bad')
      return void res.writeHead(200, { 'content-type': 'application/json' }).end('{nope');
    if (req.url === '/none') return void res.writeHead(200).end('plain');
    if (req.url === '/bytes')
      return void res.writeHead(200, { 'content-type': 'application/octet-stream; charset=utf-8' }).end('ab');
    if (req.url === '/gzip-json') {
      // Coded whatever the request asked (no Accept-Encoding is sent): undone as fetch undoes it.
      const coded = gzipSync('{"total_count":1,"artifacts":[{"id":7}]}');
      return void res
        .writeHead(200, {
          'content-type': 'application/json',
          'content-encoding': 'gzip',
          'content-length': coded.length,
        })
        .end(coded);
    }
    if (req.url === '/br-text')
      return void res
        .writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'br' })
        .end(brotliCompressSync('hello, coded'));
    if (req.url === '/repos/o/r/issues/1/lock') return void res.writeHead(204).end();
    if (req.url === '/repos/o/r/issues/2')
      return void res
        .writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
        .end('{"number":2,"title":"t"}');
    if (req.url === '/echo') return void res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
    if (req.url === '/pause') {
      // Headers and a first chunk, then nothing more.
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '10' });
      return void res.write('abc');
    }
    // /hang: never answers
  });
  base = await listen(server);
});

afterAll(async () => {
  server.closeAllConnections();
  other.closeAllConnections();
  await new Promise((r) => server.close(r));
  await new Promise((r) => other.close(r));
});

describe('leanFetch', () => {
  it('answers as fetch does: status, headers by name and as pairs, the body', async () => {
    const lean = await leanFetch(`${base}/json`, { headers: { authorization: 'token t' } });
    const real = await fetch(`${base}/json`, { headers: { authorization: 'token t' } });
    expect(lean.status).toBe(real.status);
    expect(lean.ok).toBe(true);
    expect(lean.headers.get('X-RateLimit-Remaining')).toBe('42');
    const pairs = (h: Iterable<[string, string]>) => Object.fromEntries([...h].filter(([k]) => k !== 'date'));
    expect(pairs(lean.headers)).toEqual(pairs(real.headers));
    expect(await lean.text()).toBe(await real.text());
  });

  it('sends the method, headers and body', async () => {
    const res = await leanFetch(`${base}/echo`, {
      method: 'POST',
      headers: { authorization: 'token t', 'content-type': 'application/json' },
      body: '{"title":"x"}',
    });
    await res.text();
    expect(res.status).toBe(201);
    expect(seen.at(-1)).toMatchObject({
      url: '/echo',
      method: 'POST',
      body: '{"title":"x"}',
      authorization: 'token t',
    });
  });

  it("leaves a redirect to the caller with redirect: 'manual'", async () => {
    const res = await leanFetch(`${base}/moved`, {
      redirect: 'manual',
      headers: { authorization: 'token t' },
    });
    await res.text();
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${otherBase}/blob`);
  });

  it('follows redirects, never sending the credentials to another origin', async () => {
    const n = seen.length;
    const res = await leanFetch(`${base}/moved`, { headers: { authorization: 'token t' } });
    expect(await res.text()).toBe('zip');
    expect(seen.slice(n).map((s) => [s.url, s.authorization ?? null])).toEqual([
      ['/moved', 'token t'],
      ['/blob', null],
    ]);
    const same = await leanFetch(`${base}/same-origin`, { headers: { authorization: 'token t' } });
    expect(JSON.parse(await same.text())).toMatchObject({ ok: true });
    expect(seen.at(-1)).toMatchObject({ url: '/json', authorization: 'token t' });
  });

  it("rejects with the signal's reason when it aborts", async () => {
    await expect(leanFetch(`${base}/hang`, { signal: AbortSignal.timeout(100) })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });

  it('times out with timeoutMs: no headers within it, or a pause in the body as long (undici timers)', async () => {
    const hang = await leanFetch(`${base}/hang`, { timeoutMs: 100 }).catch((e: unknown) => e);
    expect(hang).toBeInstanceOf(TypeError);
    expect(isTimeout(hang)).toBe(true);
    const paused = await leanFetch(`${base}/pause`, { timeoutMs: 100 });
    expect(paused.status).toBe(200);
    const body = await paused.text().catch((e: unknown) => e);
    expect(isTimeout(body)).toBe(true);
    // Without it, no timer: the answer is awaited (the 100 ms above ran out; this one answers).
    expect(isTimeout(await leanFetch(`${base}/text`).then((r) => r.text()))).toBe(false);
    expect(isTimeout(new Error('x', { cause: new TypeError('y') }))).toBe(false);
  });

  it('fails a network error as fetch does (a TypeError with the cause)', async () => {
    const closed = createServer();
    const url = await listen(closed);
    await new Promise((r) => closed.close(r));
    const err = await leanFetch(`${url}/x`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypeError);
    expect((err as TypeError).message).toBe('fetch failed');
    expect((err as TypeError).cause).toBeInstanceOf(Error);
  });
});

describe('responseData', () => {
  const data = async (path: string) => {
    const res = await leanFetch(`${base}${path}`);
    return responseData(res.headers.get('content-type') ?? undefined, res.body);
  };

  it('gives the body as Octokit does: JSON parsed, text, bytes', async () => {
    expect(await data('/json')).toEqual({ id: 9007199254740991, ok: true });
    expect(await data('/bad')).toBe('{nope');
    expect(await data('/text')).toBe('hello');
    expect(await data('/none')).toBe('plain');
    const bytes = await data('/bytes');
    expect(bytes).toBeInstanceOf(ArrayBuffer);
    expect(Buffer.from(bytes as ArrayBuffer).toString()).toBe('ab');
  });

  it('undoes a content coding as fetch does', async () => {
    expect(await data('/gzip-json')).toEqual({ total_count: 1, artifacts: [{ id: 7 }] });
    expect(await data('/br-text')).toBe('hello, coded');
    const lean = await leanFetch(`${base}/gzip-json`);
    const real = await fetch(`${base}/gzip-json`);
    expect(await lean.text()).toBe(await real.text());
  });

  it("reads a web stream (another fetch's body) the same way", async () => {
    const res = await fetch(`${base}/json`);
    expect(await responseData(res.headers.get('content-type') ?? undefined, res.body)).toEqual({
      id: 9007199254740991,
      ok: true,
    });
  });
});

describe('the client over leanFetch', () => {
  it('gives Octokit data: JSON parsed, and an empty string for 204', async () => {
    const client = createClient({ token: 'ghs_test', baseUrl: base });
    const issue = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: 'o',
      repo: 'r',
      issue_number: 2,
    });
    expect(issue.data).toMatchObject({ number: 2, title: 't' });
    const lock = await client.request('PUT /repos/{owner}/{repo}/issues/{issue_number}/lock', {
      owner: 'o',
      repo: 'r',
      issue_number: 1,
    });
    expect(lock.status).toBe(204);
    expect(lock.data).toBe('');
  });
});
