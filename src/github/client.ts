// The GitHub client: @actions/github's Octokit with the retry and throttling plugins, an explicit baseUrl (GitHub
// Enterprise Server works: https://HOST/api/v3; @actions/github reads GITHUB_API_URL only once, at import time),
// and a user agent naming the action.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  baseUrl: string;
  log?: (message: string) => void;
  /** Retries on a primary or secondary rate limit while the wait is under this many seconds (total wait bounded). */
  maxRateLimitWaitSeconds?: number;
}

export const USER_AGENT = 'integrity-audit (GitHub Action; +https://github.com/marketplace/actions/integrity-audit)';

export function createClient(options: ClientOptions): GitHubClient {
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const log = options.log ?? (() => undefined);
  let waited = 0;
  const mayWait = (retryAfter: number, retryCount: number, what: string): boolean => {
    if (retryCount >= 3 || waited + retryAfter > maxWait) {
      log(`${what}: not retrying (would wait ${retryAfter}s, ${waited}s waited so far, limit ${maxWait}s)`);
      return false;
    }
    waited += retryAfter;
    log(`${what}: retrying after ${retryAfter}s`);
    return true;
  };
  // Tests against a local fake server turn the throttling queue off (it spaces writes by seconds).
  const throttle = process.env.INTEGRITY_AUDIT_THROTTLE !== 'false';
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      userAgent: USER_AGENT,
      log: { debug: () => undefined, info: () => undefined, warn: (m: string) => log(m), error: (m: string) => log(m) },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: {
        enabled: throttle,
        onRateLimit: (retryAfter: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) =>
          mayWait(retryAfter, retryCount, `rate limit on ${opts.method} ${opts.url}`),
        onSecondaryRateLimit: (retryAfter: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) =>
          mayWait(retryAfter, retryCount, `secondary rate limit on ${opts.method} ${opts.url}`),
      },
    },
    retry,
    throttling,
  );
}
