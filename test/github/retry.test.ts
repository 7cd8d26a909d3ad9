// The retry plugin (github/retry.ts) on a real Octokit against a real HTTP server on 127.0.0.1: what is retried, how
// often, after which waits, and what is not. (The e2e fault tests run it inside the action: test/e2e/faults.test.ts.)
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Octokit } from '@octokit/core';
import { DO_NOT_RETRY, isRetryable, retry } from '../../src/github/retry.js';

let server: Server;
let base: string;
/** The statuses the server answers, one per request, in order; then 200. */
let script: number[] = [];
let times: number[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    times.push(performance.now());
    const status = script.shift() ?? 200;
    if (status === 0) {
      req.socket.destroy(); // a network failure
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ status }));
  });
  base = await new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  script = [];
  times = [];
});

const BASE_MS = 15;

function client(extra?: (o: InstanceType<typeof Octokit>) => void) {
  const Retrying = Octokit.plugin(...(extra ? [extra] : []), retry({ baseMs: BASE_MS }));
  return new Retrying({ baseUrl: base });
}

async function status(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (err) {
    return Number((err as { status?: number }).status);
  }
}

describe('retry', () => {
  it('retries a 5xx three times, the waits growing as n²', async () => {
    script = [502, 500, 503];
    expect(await status(client().request('GET /x'))).toBe(200);
    expect(times).toHaveLength(4);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    // Lower bounds only (timers never fire early); the upper side is the machine's.
    expect(gaps[0]).toBeGreaterThanOrEqual(BASE_MS * 1 - 1);
    expect(gaps[1]).toBeGreaterThanOrEqual(BASE_MS * 4 - 1);
    expect(gaps[2]).toBeGreaterThanOrEqual(BASE_MS * 9 - 1);
  });

  it('gives up after 4 attempts with the last error', async () => {
    script = [500, 500, 500, 502, 200];
    expect(await status(client().request('GET /x'))).toBe(502);
    expect(times).toHaveLength(4);
  });

  it('retries a network failure and a plain 429', async () => {
    script = [0, 429];
    expect(await status(client().request('GET /x'))).toBe(200);
    expect(times).toHaveLength(3);
  });

  it.each(DO_NOT_RETRY)('does not retry a %i', async (s) => {
    script = [s];
    expect(await status(client().request('GET /x'))).toBe(s);
    expect(times).toHaveLength(1);
  });

  it("a request's own retries count wins, also when an error hook below sets it after the failure", async () => {
    script = [500, 500];
    expect(await status(client().request('GET /x', { request: { retries: 1 } }))).toBe(500);
    expect(times).toHaveLength(2);
    times = [];
    script = [500, 500];
    const leaveIt = (o: InstanceType<typeof Octokit>) => {
      o.hook.error('request', (error, options) => {
        (options.request as { retries?: number }).retries = 0;
        throw error;
      });
    };
    expect(await status(client(leaveIt).request('GET /x'))).toBe(500);
    expect(times).toHaveLength(1);
  });

  it('leaves the attempt number in request.retryCount, per request', async () => {
    script = [500, 500];
    const seen: (number | undefined)[] = [];
    const watch = (o: InstanceType<typeof Octokit>) => {
      o.hook.before('request', (options) => {
        seen.push((options.request as { retryCount?: number }).retryCount);
      });
    };
    await client(watch).request('GET /x');
    expect(seen).toEqual([undefined, 1, 2]);
  });

  it('isRetryable: only failed answers of a request', () => {
    expect(isRetryable(new Error('plain'))).toBe(false);
    expect(isRetryable({ status: 500, request: { request: {} } })).toBe(true);
    expect(isRetryable({ status: 500, request: {} })).toBe(false);
    expect(isRetryable({ status: 304, request: { request: {} } })).toBe(false);
    expect(isRetryable({ status: 404, request: { request: {} } })).toBe(false);
  });
});
