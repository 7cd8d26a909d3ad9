// The client's limit on API requests in flight: ours (API_CONCURRENCY, or INTEGRITY_AUDIT_API_CONCURRENCY), with the
// throttling queue on as on a runner, not the queue's own 10 at a time; and never more than the limit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_CONCURRENCY, createClient } from '../../src/github/client.js';

let server: http.Server;
let url: string;
let inFlight = 0;
let peak = 0;

beforeEach(async () => {
  inFlight = 0;
  peak = 0;
  server = http.createServer((_req, res) => {
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
});
