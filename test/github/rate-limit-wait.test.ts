// Waiting out a secondary rate limit (github/throttle.ts and the client's bound, github/client.ts), against a real
// HTTP server on 127.0.0.1: GitHub refuses many requests at once, each with the same retry-after. The bound is on the
// time the audit spends waiting (overlapping waits count once), and while one wait runs the client's other requests
// are held, not sent into the limit.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '../../src/github/client.js';

const SECONDARY = {
  message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  documentation_url:
    'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
};

let server: Server;
let base: string;
/** Paths refused once each (a secondary limit, retry-after 1), then answered. */
let refuseOnce = new Set<string>();
let arrivals: { path: string; at: number }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    arrivals.push({ path, at: performance.now() });
    const json = { 'content-type': 'application/json; charset=utf-8' };
    if (refuseOnce.delete(path))
      return void res.writeHead(403, { ...json, 'retry-after': '1' }).end(JSON.stringify(SECONDARY));
    res.writeHead(200, json).end('{"ok":true}');
  });
  base = await new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  refuseOnce = new Set();
  arrivals = [];
});

describe('secondary rate limits', () => {
  it('many requests refused at once with the same retry-after are all retried within a bound smaller than their sum', async () => {
    const paths = Array.from({ length: 6 }, (_, i) => `/repos/o/r/actions/runs/${i + 1}/jobs`);
    refuseOnce = new Set(paths);
    const logs: string[] = [];
    // 6 waits of 1 s overlap: about 1 s of waiting, within a 2 s bound (their sum, 6 s, is not).
    const client = createClient({
      token: 'ghs_test',
      baseUrl: base,
      maxRateLimitWaitSeconds: 2,
      log: (m) => logs.push(m),
    });
    const answers = await Promise.allSettled(paths.map((p) => client.request(`GET ${p}`)));
    expect(answers.map((a) => a.status)).toEqual(paths.map(() => 'fulfilled'));
    expect(logs.filter((l) => /retrying after 1s/.test(l))).toHaveLength(6);
    expect(logs.join('\n')).not.toMatch(/not retrying/);
  });

  it('while a wait runs, the other requests are held until it ends', async () => {
    refuseOnce = new Set(['/first']);
    const client = createClient({ token: 'ghs_test', baseUrl: base, maxRateLimitWaitSeconds: 10 });
    const first = client.request('GET /first');
    // Sent once the refusal came back: held until the pause ends, not sent into the limit.
    while (arrivals.length === 0) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 100));
    await client.request('GET /second');
    await first;
    const refusedAt = arrivals.find((a) => a.path === '/first')!.at;
    const second = arrivals.find((a) => a.path === '/second')!.at;
    expect(second - refusedAt).toBeGreaterThanOrEqual(950);
  });

  it('a wait past the bound is not taken, and then holds nothing', async () => {
    refuseOnce = new Set(['/a']);
    const logs: string[] = [];
    const client = createClient({
      token: 'ghs_test',
      baseUrl: base,
      maxRateLimitWaitSeconds: 0,
      log: (m) => logs.push(m),
    });
    await expect(client.request('GET /a')).rejects.toMatchObject({ status: 403 });
    const started = performance.now();
    await client.request('GET /b');
    expect(performance.now() - started).toBeLessThan(900);
    expect(logs.join('\n')).toMatch(/not retrying \(would wait 1s, 0s waited so far, limit 0s\)/);
  });
});
