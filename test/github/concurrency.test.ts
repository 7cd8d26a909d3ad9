// The client's limit on API requests in flight: ours (API_CONCURRENCY, or INTEGRITY_AUDIT_API_CONCURRENCY), with
// throttling on as on a runner (not the old throttling queue's 10 at a time); never more than the limit. And writes
// still spaced as the throttling plugin spaced them: 1 s apart, 3 s for those that notify people.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_CONCURRENCY, createClient } from '../../src/github/client.js';

let server: http.Server;
let url: string;
let inFlight = 0;
let peak = 0;
/** When each request arrived: method and path. */
let arrivals: { at: number; what: string }[] = [];

beforeEach(async () => {
  inFlight = 0;
  peak = 0;
  arrivals = [];
  server = http.createServer((req, res) => {
    arrivals.push({ at: Date.now(), what: `${req.method} ${req.url}` });
    inFlight++;
    peak = Math.max(peak, inFlight);
    setTimeout(() => {
      inFlight--;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ private: false }));
    }, 500);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  delete process.env.INTEGRITY_AUDIT_API_CONCURRENCY;
  await new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r())));
});

async function burst(n: number): Promise<void> {
  const client = createClient({ token: 'ghs_test', baseUrl: url });
  await Promise.all(
    Array.from({ length: n }, (_, i) => client.rest.repos.get({ owner: 'o', repo: `r${i}` })),
  );
}

describe('API requests in flight', () => {
  it(`throttling on: up to API_CONCURRENCY (${API_CONCURRENCY}) at once, not the throttling queue's 10`, async () => {
    expect(process.env.INTEGRITY_AUDIT_THROTTLE).toBeUndefined();
    await burst(API_CONCURRENCY + 20);
    expect(peak).toBe(API_CONCURRENCY);
  });

  it('INTEGRITY_AUDIT_API_CONCURRENCY sets the limit (capped at GitHub’s 100)', async () => {
    process.env.INTEGRITY_AUDIT_API_CONCURRENCY = '4';
    await burst(8);
    expect(peak).toBe(4);
    process.env.INTEGRITY_AUDIT_API_CONCURRENCY = '500';
    peak = 0;
    await burst(130);
    expect(peak).toBe(100);
  });

  it('writes start 1 s apart, and 3 s apart when they notify people (issues, comments); reads are not held', async () => {
    const client = createClient({ token: 'ghs_test', baseUrl: url });
    await Promise.all([
      ...[1, 2, 3].map((i) =>
        client.rest.issues.updateLabel({ owner: 'o', repo: 'r', name: `l${i}`, color: 'ededed' }),
      ),
      ...[1, 2].map((i) => client.rest.issues.create({ owner: 'o', repo: 'r', title: `t${i}` })),
      ...[1, 2, 3].map((i) => client.rest.repos.get({ owner: 'o', repo: `r${i}` })),
    ]);
    const times = (re: RegExp) => arrivals.filter((a) => re.test(a.what)).map((a) => a.at);
    const gaps = (t: number[]) => t.slice(1).map((x, i) => x - t[i]);
    const writes = times(/^(PATCH|POST) /);
    expect(writes).toHaveLength(5);
    for (const g of gaps(writes)) expect(g).toBeGreaterThanOrEqual(950);
    const issues = times(/^POST \/repos\/o\/r\/issues$/);
    expect(issues).toHaveLength(2);
    expect(gaps(issues)[0]).toBeGreaterThanOrEqual(2950);
    const reads = times(/^GET /);
    expect(Math.max(...reads) - Math.min(...reads)).toBeLessThan(500);
  }, 20_000);
});
