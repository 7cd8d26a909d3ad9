// The API budget's decisions (github/budget.ts): the reserve input, the rate limit as the answers report it (the
// lowest remaining within a window, a newer window replacing an older one, whatever order concurrent answers arrive
// in), and when no new run may start.
import { describe, expect, it } from 'vitest';
import {
  ApiBudget,
  BudgetExhausted,
  parseReserve,
  REPOSITORY_REQUESTS,
  RUN_REQUESTS,
} from '../../src/github/budget.js';

const NOW = Date.parse('2026-12-04T20:00:00Z');
const at = (secondsFromNow: number) => String(NOW / 1000 + secondsFromNow);
const headers = (remaining: number, resetIn: number, limit = 5000) => ({
  'x-ratelimit-limit': String(limit),
  'x-ratelimit-remaining': String(remaining),
  'x-ratelimit-used': String(limit - remaining),
  'x-ratelimit-reset': at(resetIn),
  'x-ratelimit-resource': 'core',
});
const budget = (reserve = parseReserve('10%')!) =>
  new ApiBudget({ reserve, maxWaitSeconds: 120, now: () => NOW });

/** An API error as Octokit throws it (a RequestError: an Error with status and response). */
const apiError = (status: number, message: string, h: Record<string, string>) =>
  Object.assign(new Error(message), { status, response: { headers: h } });

describe('api-reserve', () => {
  it('is a number of requests or a share of the limit', () => {
    expect(parseReserve('200')).toEqual({ count: 200 });
    expect(parseReserve('0')).toEqual({ count: 0 });
    expect(parseReserve(' 12.5% ')).toEqual({ percent: 12.5 });
    for (const bad of ['', '-1', '10 %x', '101%', 'lots', '1e3']) expect(parseReserve(bad), bad).toBeNull();
    expect(budget({ percent: 10 }).reserveCount(5000)).toBe(500);
    expect(budget({ percent: 10 }).reserveCount(1000)).toBe(100);
    expect(budget({ count: 42 }).reserveCount(5000)).toBe(42);
  });
});

describe('the budget', () => {
  it('keeps the lowest remaining of a window whatever the order of the answers; a newer window replaces it', () => {
    const b = budget();
    b.observe(headers(4000, 3000));
    b.observe(headers(3990, 3000));
    b.observe(headers(3995, 3000)); // an answer that arrived late
    expect(b.usage([]).rateLimit).toMatchObject({
      remaining: 3990,
      used: 1010,
      limit: 5000,
      resource: 'core',
    });
    b.observe(headers(4999, 3100)); // the next window
    expect(b.usage([]).rateLimit?.remaining).toBe(4999);
    b.observe(headers(10, 3000)); // a straggler of the older window
    expect(b.usage([]).rateLimit?.remaining).toBe(4999);
    b.observe({ ...headers(0, 3200, 30), 'x-ratelimit-resource': 'search' }); // another resource's limit
    expect(b.usage([]).rateLimit?.remaining).toBe(4999);
    b.observe(undefined); // GitHub Enterprise Server without rate limiting sends none
    expect(b.stopReason()).toBeNull();
  });

  it('counts the requests of the runs and repositories under way against the reserve until they finish', () => {
    const b = budget({ count: 100 });
    // One request short of room for two runs and a repository under way.
    const remaining = 100 + 2 * RUN_REQUESTS + REPOSITORY_REQUESTS - 1;
    b.observe(headers(remaining, 3000));
    const first = b.admitRun('1');
    b.admitRun('2');
    const repository = b.admitRepository('acme/r1');
    // Nothing answered yet, but those under way may spend the requests above the reserve.
    expect(() => b.admitRun('3')).toThrow(
      `GitHub API requests down to the reserve (x-ratelimit-remaining ${remaining} of 5000, ${2 * RUN_REQUESTS + REPOSITORY_REQUESTS} requests under way, api-reserve 100), resets at 20:50 UTC: not started`,
    );
    first();
    first(); // once
    expect(() => b.admitRun('4')).not.toThrow();
    expect(() => b.admitRun('5')).toThrow(BudgetExhausted);
    repository();
    expect(() => b.admitRun('6')).not.toThrow();
    expect([...b.notStarted]).toEqual(['3', '5']);
    // api-reserve 0 keeps nothing: runs start until GitHub itself reports the limit spent.
    const none = budget({ count: 0 });
    none.observe(headers(1, 3000));
    for (let i = 0; i < 10; i++) none.admitRun(String(i));
    expect(none.stopReason()).toBeNull();
  });

  it('stops new runs below the reserve or at 0, but not when the reset is within the wait bound', () => {
    const b = budget({ count: 100 });
    b.observe(headers(100, 3000));
    const release = b.admitRun('1');
    release();
    b.observe(headers(99, 3000));
    expect(() => b.admitRun('2')).toThrow(BudgetExhausted);
    expect(() => b.admitRun('3')).toThrow(
      'GitHub API requests down to the reserve (x-ratelimit-remaining 99 of 5000, api-reserve 100), resets at 20:50 UTC: not started',
    );
    expect([...b.notStarted]).toEqual(['2', '3']);
    // A window that renews within 120 s is waited for, not given up.
    const soon = budget({ count: 100 });
    soon.observe(headers(0, 60));
    expect(soon.stopReason()).toBeNull();
    const spent = budget({ count: 0 });
    spent.observe(headers(0, 3600 * 25));
    expect(spent.stopReason()).toBe(
      'GitHub API rate limit exhausted (x-ratelimit-remaining 0 of 5000), resets at 2026-12-05 21:00 UTC',
    );
  });

  it('a refused request: the primary limit until its reset, a secondary limit for the rest of the audit', () => {
    const primary = budget({ count: 0 });
    primary.failed(apiError(403, 'API rate limit exceeded for installation ID 1.', headers(0, 1800)));
    expect(primary.stopReason()).toMatch(/^GitHub API rate limit exhausted .*resets at 20:30 UTC$/);
    const secondary = budget();
    secondary.failed(apiError(403, 'Resource not accessible by integration', headers(4000, 1800)));
    expect(secondary.stopReason()).toBeNull();
    secondary.failed(
      apiError(
        403,
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        {
          'retry-after': '60',
        },
      ),
    );
    expect(secondary.stopReason()).toBe(
      'GitHub API secondary rate limit kept refusing requests after waiting (You have exceeded a secondary rate limit.)',
    );
    secondary.refusedRun('7');
    expect(secondary.usage(['7']).cutShort).toEqual({
      reason: secondary.stopReason(),
      runs: ['7'],
      repositories: [],
    });
  });
});
