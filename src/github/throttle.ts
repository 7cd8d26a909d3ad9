// GitHub's rate limits, waited out; writes spaced. This does what @octokit/plugin-throttling did for the client
// (the same rules: writes started at least 1 s apart and those that notify people 3 s apart; a secondary rate limit
// retried after its `retry-after`, 60 s without one; a primary one after `x-ratelimit-reset`, plus a second), without
// its queue: the plugin sent every request through Bottleneck job queues, whose scheduling cost about 3 ms of wall
// time per request one after another (2,000 requests against a local server: 6 s, against 1 s without it), and held
// them to 10 in flight. Whether to wait is the caller's `mayWait` (bounded, logged); a wait it allows holds the
// client's other requests too.
import { setTimeout as sleep } from 'node:timers/promises';
import { throttling } from '@octokit/plugin-throttling';
import type { getOctokit } from '@actions/github';
import { messageOf, statusOf } from './errors.js';

interface RateLimitedLike {
  response?: { headers?: Record<string, string | undefined>; data?: { errors?: { type?: string }[] } };
}

/** The seconds to wait before retrying, and which limit it is; null when the error is not a rate limit. */
export function rateLimitWait(
  err: unknown,
  now = Date.now(),
): { seconds: number; secondary: boolean } | null {
  const status = statusOf(err);
  if (status !== 403 && status !== 429) return null;
  const headers = (err as RateLimitedLike).response?.headers ?? {};
  if (/\bsecondary rate\b/i.test(messageOf(err)))
    return { seconds: Number(headers['retry-after']) || 60, secondary: true };
  const limited =
    headers['x-ratelimit-remaining'] === '0' ||
    ((err as RateLimitedLike).response?.data?.errors ?? []).some((e) => e.type === 'RATE_LIMITED');
  if (!limited) return null;
  const reset = (Number(headers['x-ratelimit-reset']) || 0) * 1000;
  return { seconds: Math.max(Math.ceil((reset - now) / 1000) + 1, 0), secondary: false };
}

/** Each call resolves at least `minMs` after the previous one resolved (the first at once), in call order. */
function spacer(minMs: number): () => Promise<void> {
  let chain: Promise<void> = Promise.resolve();
  let next = 0;
  return () =>
    (chain = chain.then(async () => {
      const wait = next - Date.now();
      if (wait > 0) await sleep(wait);
      next = Date.now() + minMs;
    }));
}

export type MayWait = (retryAfter: number, retryCount: number, what: string) => boolean;

/** The plugin: writes spaced, rate limits retried after their wait while `mayWait` allows. */
export function throttle(mayWait: MayWait) {
  return (octokit: { hook: ReturnType<typeof getOctokit>['hook'] }): void => {
    const write = spacer(1000);
    const notify = spacer(3000);
    // A rate limit being waited out holds every request of the client, not only the one refused: the others would be
    // refused too, and GitHub warns that requests sent while limited can get an integration banned.
    let pausedUntil = 0;
    octokit.hook.wrap('request', async (request, options) => {
      const method = String(options.method ?? 'GET').toUpperCase();
      const isWrite = method !== 'GET' && method !== 'HEAD';
      const pathname = new URL(String(options.url), 'http://github.test').pathname;
      for (let retryCount = 0; ; retryCount++) {
        for (let hold = pausedUntil - Date.now(); hold > 0; hold = pausedUntil - Date.now())
          await sleep(hold);
        if (isWrite) {
          await write();
          if (throttling.triggersNotification(pathname)) await notify();
        }
        try {
          return await request(options);
        } catch (err) {
          const wait = rateLimitWait(err);
          if (!wait) throw err;
          const what = `${wait.secondary ? 'secondary rate limit' : 'rate limit'} on ${method} ${String(options.url)}`;
          if (!mayWait(wait.seconds, retryCount, what)) throw err;
          pausedUntil = Math.max(pausedUntil, Date.now() + wait.seconds * 1000);
          await sleep(wait.seconds * 1000);
        }
      }
    });
  };
}
