// The GitHub client: @actions/github's Octokit with our retry and throttling plugins (github/retry.ts, throttle.ts),
// an explicit baseUrl (GitHub Enterprise Server works: https://HOST/api/v3; @actions/github reads GITHUB_API_URL only
// once, at import time), and a user agent naming the action.
import { getOctokit } from '@actions/github';
import { isRateLimited } from './errors.js';
import { ApiBudget, type Reserve } from './budget.js';
import { limiter } from '../util/settle.js';
import { throttle as throttleRequests } from './throttle.js';
import { DO_NOT_RETRY, retry } from './retry.js';
import { timedFetch, type ResponseBody } from './http.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  baseUrl: string;
  log?: (message: string) => void;
  /** Retries on a primary or secondary rate limit while the wait is under this many seconds (total wait bounded). */
  maxRateLimitWaitSeconds?: number;
  /** Requests to keep unspent (`api-reserve`): below it no new run starts (github/budget.ts). Default 10%. */
  reserve?: Reserve;
}

const budgets = new WeakMap<object, ApiBudget>();

/** The client's API budget: its request count, the rate limit last reported, whether a new run may start. */
export function apiBudget(client: GitHubClient): ApiBudget | undefined {
  return budgets.get(client);
}

/**
 * Each attempt of an API call must be answered within this time (its headers, and no pause in its body as long), else
 * it fails like a 5xx and is retried: a connection that never answers would otherwise hold the audit until the job's
 * own timeout (6 hours by default). Downloads have their own idle limit (INTEGRITY_AUDIT_DOWNLOAD_IDLE_MS).
 * `INTEGRITY_AUDIT_API_TIMEOUT_MS` overrides it.
 */
export const API_TIMEOUT_MS = 60_000;

export function apiTimeoutMs(): number {
  const v = Number(process.env.INTEGRITY_AUDIT_API_TIMEOUT_MS);
  return Number.isFinite(v) && v > 0 ? v : API_TIMEOUT_MS;
}

/**
 * API requests in flight at once: GitHub's documented limit, no more than 100 concurrent requests (REST and GraphQL
 * together, a secondary rate limit; a refusal is waited out by the throttling). An audit of many runs is bound by
 * it: each run is three or four requests in two round trips, so at 100 ms a response 500 runs take at least 1.6 s
 * of latency at 100 in flight, 3.2 s at 50 (the scale bench, docs/SCALE.md). Octokit's own throttling queue
 * would hold them to 10 (27 s). Storage downloads (the artifact and log bytes behind the API's redirect) are not API
 * requests and are not counted. `INTEGRITY_AUDIT_API_CONCURRENCY` lowers it (1 to 100), for a token other clients
 * use at the same time.
 */
export const API_CONCURRENCY = 100;

function apiConcurrency(): number {
  const v = Number(process.env.INTEGRITY_AUDIT_API_CONCURRENCY);
  return Number.isInteger(v) && v >= 1 ? Math.min(v, 100) : API_CONCURRENCY;
}

/** `owner/repo` → its two parts, as the REST routes take them. */
export function splitRepository(repository: string): { owner: string; repo: string } {
  const [owner, repo] = repository.split('/');
  return { owner, repo };
}

/** A request's options as the client marks them: its success's body to be read by responseData. */
interface OwnRequestOptions {
  readBody?: boolean;
}

export const USER_AGENT =
  'integrity-audit (GitHub Action; +https://github.com/marketplace/actions/integrity-audit)';

export function createClient(options: ClientOptions): GitHubClient {
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const log = options.log ?? (() => undefined);
  // The bound is on the audit's time spent waiting (waits that overlap count once): a secondary limit refuses many
  // requests at once, each told to wait the same minute, and summing their waits would give up after the second.
  let waitedMs = 0;
  let coveredUntil = 0;
  const mayWait = (retryAfter: number, retryCount: number, what: string): boolean => {
    const now = Date.now();
    const end = now + retryAfter * 1000;
    const added = Math.max(0, end - Math.max(now, coveredUntil));
    const waited = Math.round(waitedMs / 1000);
    if (retryCount >= 3 || waitedMs + added > maxWait * 1000) {
      log(`${what}: not retrying (would wait ${retryAfter}s, ${waited}s waited so far, limit ${maxWait}s)`);
      return false;
    }
    waitedMs += added;
    coveredUntil = Math.max(coveredUntil, end);
    log(`${what}: retrying after ${retryAfter}s`);
    return true;
  };
  // Tests against a local fake server turn the throttling queue off (it spaces writes by seconds).
  const throttle = process.env.INTEGRITY_AUDIT_THROTTLE !== 'false';
  // The retry plugin retries a 429 after 1, 4 and 9 s whatever its headers say; a rate limit must wait for
  // `x-ratelimit-reset` or `retry-after`, which the throttling (github/throttle.ts) does (within the bound above). So
  // from a rate-limited response on, the retry plugin leaves the request to the throttling. (Registered before
  // `retry`, so it sees the error first.)
  const rateLimitsToThrottling = (octokit: { hook: GitHubClient['hook'] }) => {
    octokit.hook.error('request', (error, options) => {
      if (isRateLimited(error)) (options.request as { retries?: number }).retries = 0;
      throw error;
    });
  };
  // The budget: every attempt counted (registered before the retry plugins, so it sees each retry), every answer seen
  // once the plugins' retries and rate-limit waits are over (registered after them, below).
  const budget = new ApiBudget({ reserve: options.reserve, maxWaitSeconds: maxWait });
  const countRequests = (octokit: { hook: GitHubClient['hook'] }) => {
    octokit.hook.before('request', () => {
      budget.requests++;
    });
  };
  // At most apiConcurrency() requests in flight; the others queue here. The innermost hook (the first plugin): a
  // request holds its place from when it is sent until its whole answer came, not while it waits to be retried or
  // for a rate limit (each attempt takes a place again).
  const inFlight = limiter(apiConcurrency());
  const holdInFlight = (octokit: { hook: GitHubClient['hook'] }) => {
    octokit.hook.wrap('request', (request, options) =>
      inFlight(async () => {
        const response = await request(options);
        // A success's body is read here (see responseData below), so its place is held until the whole answer came.
        // A 204 or 205 (and a HEAD) comes back without its body read: Octokit's empty string, left as it is.
        if (
          (options.request as OwnRequestOptions).readBody &&
          typeof response.data === 'object' &&
          response.data
        )
          response.data = await responseData(
            response.headers['content-type'],
            response.data as ResponseBody | ReadableStream,
          );
        return response;
      }),
    );
  };
  const client = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      userAgent: USER_AGENT,
      request: { fetch: timedFetch(apiTimeoutMs()) },
      log: {
        debug: () => undefined,
        info: () => undefined,
        warn: (m: string) => log(m),
        error: (m: string) => log(m),
      },
    },
    holdInFlight,
    countRequests,
    ...(throttle ? [rateLimitsToThrottling] : []),
    retry({ doNotRetry: DO_NOT_RETRY }),
    ...(throttle ? [throttleRequests(mayWait)] : []),
  );
  // Each request gets its own `request` options: getOctokit's defaults share one object across all requests, and the
  // retry plugins keep their retry count on it, so one request's retries lengthened another's backoff (after a
  // request retried twice, the next one's first retry waited 9 s instead of 1 s). Registered last: runs first.
  // It also has the body of a successful answer read by the client (responseData, in holdInFlight): Octokit parses
  // JSON with a reviver that looks for integers too large for a number, at about five times JSON.parse's cost (a
  // sixth of the CPU of an audit of 500 runs); GitHub's ids fit in a number, and the code reading them expects one.
  client.hook.wrap('request', async (request, options) => {
    const own = options.request ?? {};
    options.request = { ...own };
    if (own.parseSuccessResponseBody === false) return request(options);
    options.request.parseSuccessResponseBody = false;
    (options.request as OwnRequestOptions).readBody = true;
    return request(options);
  });
  budgets.set(client, budget);
  client.hook.after('request', (response) => {
    budget.observe(response.headers as Record<string, string | undefined>);
  });
  client.hook.error('request', (error) => {
    budget.failed(error);
    throw error;
  });
  return client;
}

/**
 * A successful answer's body as Octokit gives it (@octokit/request's getResponseData): JSON parsed (its text when it
 * does not parse), text for text types and UTF-8, else an ArrayBuffer; parsed with JSON.parse.
 */
export async function responseData(
  contentType: string | undefined,
  body: ResponseBody | ReadableStream | null,
): Promise<unknown> {
  // leanFetch's body reads itself; a web stream (another `fetch`) is read through a Response.
  const response: ResponseBody =
    body !== null && 'text' in body && typeof body.text === 'function'
      ? body
      : new Response(body as ReadableStream | null);
  if (!contentType) return response.text().catch(() => undefined);
  const [type, ...params] = contentType.split(';').map((p) => p.trim().toLowerCase());
  if (type === 'application/json' || type === 'application/scim+json') {
    const text = await response.text().catch(() => '');
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  const utf8 = params.some((p) => /^charset="?utf-8"?$/.test(p));
  if (type.startsWith('text/') || (utf8 && type !== 'application/octet-stream'))
    return response.text().catch(() => undefined);
  return response.arrayBuffer().catch(() => new ArrayBuffer(0));
}
