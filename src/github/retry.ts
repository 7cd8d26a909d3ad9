// Failed API requests retried with backoff. This does what @octokit/plugin-retry did for the client, by its rules: an
// error answer (status 400 or more, a network failure or timeout being a 500) whose status is not in `doNotRetry` is
// retried up to `retries` times (3; a request's own `request.retries` overrides it: 0 when the throttling takes a
// rate limit over), the nth retry after n² seconds (1, 4, 9), the attempt number left in `request.retryCount`.
// Without its queue: the plugin sent every request through a new Bottleneck limiter, whose set-up and scheduling took
// about 6% of the CPU of an audit of 500 runs (the scale bench: its one job 0.17 s faster without it).
import { setTimeout as sleep } from 'node:timers/promises';
import type { getOctokit } from '@actions/github';
import { statusOf } from './errors.js';

/** The statuses never retried: the request itself is wrong, or refused, or gone (the plugin's list). */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451];

export interface RetryOptions {
  doNotRetry?: readonly number[];
  /** Retries after the first attempt (3). */
  retries?: number;
  /** The first retry's wait in ms; the nth waits n² times it (1000). */
  baseMs?: number;
}

interface RequestErrorLike {
  request?: { request?: unknown };
}

/** Whether the error is a failed answer that may be retried (the plugin's test: an Octokit RequestError). */
export function isRetryable(err: unknown, doNotRetry: readonly number[] = DO_NOT_RETRY): boolean {
  const status = statusOf(err);
  if (status === null || !(err as RequestErrorLike).request?.request) return false;
  return status >= 400 && !doNotRetry.includes(status);
}

/** The plugin: each request's attempts in a loop, the waits between them growing. */
export function retry(settings: RetryOptions = {}) {
  const doNotRetry = settings.doNotRetry ?? DO_NOT_RETRY;
  const baseMs = settings.baseMs ?? 1000;
  return (octokit: { hook: ReturnType<typeof getOctokit>['hook'] }): void => {
    octokit.hook.wrap('request', async (request, options) => {
      const own = (options.request ??= {}) as { retries?: number; retryCount?: number };
      for (let attempt = 0; ; attempt++) {
        try {
          return await request(options);
        } catch (err) {
          // Read after the failure: an error hook below may have set it (a rate limit left to the throttling).
          const retries = own.retries ?? settings.retries ?? 3;
          if (attempt >= retries || !isRetryable(err, doNotRetry)) throw err;
          own.retryCount = attempt + 1;
          await sleep((attempt + 1) ** 2 * baseMs);
        }
      }
    });
  };
}
