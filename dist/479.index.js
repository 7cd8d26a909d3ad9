export const id = 479;
export const ids = [479];
export const modules = {

/***/ 3479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GITHUB_OPTIONS: () => (/* reexport */ github_options/* GITHUB_OPTIONS */.r0),
  GITHUB_USAGE: () => (/* reexport */ github_options/* GITHUB_USAGE */.s),
  GitHubUsageError: () => (/* reexport */ github_options/* GitHubUsageError */.Jm),
  analyzeFromGitHub: () => (/* binding */ analyzeFromGitHub),
  analyzeFromGitHubCommand: () => (/* binding */ analyzeFromGitHubCommand),
  gateRepositories: () => (/* binding */ gateRepositories),
  githubOnlyOptions: () => (/* reexport */ github_options/* githubOnlyOptions */.Oz)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(157);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/budget.ts
var github_budget = __webpack_require__(9962);
// EXTERNAL MODULE: ./src/util/settle.ts
var settle = __webpack_require__(3053);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/throttle.ts
// GitHub's rate limits, waited out; writes spaced. This does what @octokit/plugin-throttling did for the client
// (the same rules: writes started at least 1 s apart and those that notify people 3 s apart; a secondary rate limit
// retried after its `retry-after`, 60 s without one; a primary one after `x-ratelimit-reset`, plus a second), without
// its queue: the plugin sent every request through Bottleneck job queues, whose scheduling cost about 3 ms of wall
// time per request one after another (2,000 requests against a local server: 6 s, against 1 s without it), and held
// them to 10 in flight. Whether to wait is the caller's `mayWait` (bounded, logged); a wait it allows holds the
// client's other requests too.



/** The seconds to wait before retrying, and which limit it is; null when the error is not a rate limit. */
function rateLimitWait(err, now = Date.now()) {
    const status = (0,errors/* statusOf */.c2)(err);
    if (status !== 403 && status !== 429)
        return null;
    const headers = err.response?.headers ?? {};
    if (/\bsecondary rate\b/i.test((0,errors/* messageOf */.bD)(err)))
        return { seconds: Number(headers['retry-after']) || 60, secondary: true };
    const limited = headers['x-ratelimit-remaining'] === '0' ||
        (err.response?.data?.errors ?? []).some((e) => e.type === 'RATE_LIMITED');
    if (!limited)
        return null;
    const reset = (Number(headers['x-ratelimit-reset']) || 0) * 1000;
    return { seconds: Math.max(Math.ceil((reset - now) / 1000) + 1, 0), secondary: false };
}
/** Each call resolves at least `minMs` after the previous one resolved (the first at once), in call order. */
function spacer(minMs) {
    let chain = Promise.resolve();
    let next = 0;
    return () => (chain = chain.then(async () => {
        const wait = next - Date.now();
        if (wait > 0)
            await (0,promises_.setTimeout)(wait);
        next = Date.now() + minMs;
    }));
}
/** The plugin: writes spaced, rate limits retried after their wait while `mayWait` allows. */
function throttle_throttle(mayWait) {
    return (octokit) => {
        const write = spacer(1000);
        const notify = spacer(3000);
        // A rate limit being waited out holds every request of the client, not only the one refused: the others would be
        // refused too, and GitHub warns that requests sent while limited can get an integration banned.
        let pausedUntil = 0;
        octokit.hook.wrap('request', async (request, options) => {
            const method = String(options.method ?? 'GET').toUpperCase();
            const isWrite = method !== 'GET' && method !== 'HEAD';
            const pathname = new URL(String(options.url), 'http://github.test').pathname;
            for (let retryCount = 0;; retryCount++) {
                for (let hold = pausedUntil - Date.now(); hold > 0; hold = pausedUntil - Date.now())
                    await (0,promises_.setTimeout)(hold);
                if (isWrite) {
                    await write();
                    if (dist_bundle/* throttling */.A.triggersNotification(pathname))
                        await notify();
                }
                try {
                    return await request(options);
                }
                catch (err) {
                    const wait = rateLimitWait(err);
                    if (!wait)
                        throw err;
                    const what = `${wait.secondary ? 'secondary rate limit' : 'rate limit'} on ${method} ${String(options.url)}`;
                    if (!mayWait(wait.seconds, retryCount, what))
                        throw err;
                    pausedUntil = Math.max(pausedUntil, Date.now() + wait.seconds * 1000);
                    await (0,promises_.setTimeout)(wait.seconds * 1000);
                }
            }
        });
    };
}

;// CONCATENATED MODULE: ./src/github/retry.ts
// Failed API requests retried with backoff. This does what @octokit/plugin-retry did for the client, by its rules: an
// error answer (status 400 or more, a network failure or timeout being a 500) whose status is not in `doNotRetry` is
// retried up to `retries` times (3; a request's own `request.retries` overrides it: 0 when the throttling takes a
// rate limit over), the nth retry after n² seconds (1, 4, 9), the attempt number left in `request.retryCount`.
// Without its queue: the plugin sent every request through a new Bottleneck limiter, whose set-up and scheduling took
// about 6% of the CPU of an audit of 500 runs (the scale bench: its one job 0.17 s faster without it).


/** The statuses never retried: the request itself is wrong, or refused, or gone (the plugin's list). */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451];
/** Whether the error is a failed answer that may be retried (the plugin's test: an Octokit RequestError). */
function isRetryable(err, doNotRetry = DO_NOT_RETRY) {
    const status = (0,errors/* statusOf */.c2)(err);
    if (status === null || !err.request?.request)
        return false;
    return status >= 400 && !doNotRetry.includes(status);
}
/** The plugin: each request's attempts in a loop, the waits between them growing. */
function retry(settings = {}) {
    const doNotRetry = settings.doNotRetry ?? DO_NOT_RETRY;
    const baseMs = settings.baseMs ?? 1000;
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const own = (options.request ??= {});
            for (let attempt = 0;; attempt++) {
                try {
                    return await request(options);
                }
                catch (err) {
                    // Read after the failure: an error hook below may have set it (a rate limit left to the throttling).
                    const retries = own.retries ?? settings.retries ?? 3;
                    if (attempt >= retries || !isRetryable(err, doNotRetry))
                        throw err;
                    own.retryCount = attempt + 1;
                    await (0,promises_.setTimeout)((attempt + 1) ** 2 * baseMs);
                }
            }
        });
    };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./src/github/http.ts
// The HTTP transport under Octokit: the part of `fetch` it uses, on undici's request API. Node's `fetch` (undici's
// WHATWG layer: Request and Response objects, web streams, abort plumbing) costs about 0.6 ms of CPU per request
// where undici's own `request` costs about 0.2 ms; an audit of 500 runs makes some 2,000 API requests, and that CPU
// was the main thread's largest share (docs/SCALE.md). Same semantics as `fetch` for what Octokit and we rely on:
// method, headers, string bodies, `redirect: 'manual'` or following (the credentials dropped on a redirect to another
// origin, as `fetch` does), content codings undone (gzip, deflate, br; no Accept-Encoding is sent, but a server may
// code all the same), `signal` (a rejection with its reason), network failures as `TypeError('fetch failed')` with
// the cause. A time limit is undici's own (`timeoutMs`: the headers within it, and no pause in the body as long),
// not an AbortSignal: a timer and an abort listener per request cost more CPU than the rest of the request's set-up.



/** The response headers as `fetch`'s Headers give them to Octokit: get() by name, and [name, value] pairs. */
class ResponseHeaders {
    map = new Map();
    constructor(raw) {
        for (const name of Object.keys(raw).sort()) {
            const v = raw[name];
            if (v !== undefined)
                this.map.set(name.toLowerCase(), Array.isArray(v) ? v.join(', ') : v);
        }
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    [Symbol.iterator]() {
        return this.map.entries();
    }
}
/** What Octokit reads of a `fetch` Response. `body` is the body itself (not a web stream): see responseData(). */
class LeanResponse {
    status;
    url;
    headers;
    body;
    statusText = '';
    constructor(status, url, headers, body) {
        this.status = status;
        this.url = url;
        this.headers = headers;
        this.body = body;
    }
    get ok() {
        return this.status >= 200 && this.status < 300;
    }
    text() {
        return this.body.text();
    }
    arrayBuffer() {
        return this.body.arrayBuffer();
    }
}
/** Redirects followed at most, as `fetch` does (20). */
const MAX_REDIRECTS = 20;
let shared = null;
/** One connection pool for the process (keep-alive, as `fetch`'s global dispatcher). */
function dispatcher() {
    shared ??= new undici.Agent();
    return shared;
}
/** `fetch(input, init)` for Octokit, on undici's request API (see the top of this file). */
async function leanFetch(input, init = {}) {
    const url = String(input);
    const signal = init.signal ?? undefined;
    try {
        const res = await (0,undici.request)(url, {
            method: (init.method ?? 'GET'),
            headers: init.headers,
            body: init.body ?? undefined,
            signal,
            dispatcher: dispatcher(),
            maxRedirections: init.redirect === 'manual' ? 0 : MAX_REDIRECTS,
            throwOnError: false,
            ...(init.timeoutMs !== undefined && { headersTimeout: init.timeoutMs, bodyTimeout: init.timeoutMs }),
        });
        const headers = new ResponseHeaders(res.headers);
        const codings = (headers.get('content-encoding') ?? '')
            .split(',')
            .map((c) => c.trim().toLowerCase())
            .filter((c) => c !== '' && c !== 'identity');
        const coded = codings.length > 0 && init.method !== 'HEAD' && res.statusCode !== 204 && res.statusCode !== 304;
        return new LeanResponse(res.statusCode, url, headers, coded ? decoded(res.body, codings) : res.body);
    }
    catch (err) {
        if (signal?.aborted)
            throw signal.reason;
        if (err instanceof TypeError && err.message === 'fetch failed')
            throw err;
        throw new TypeError('fetch failed', { cause: err });
    }
}
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
/** Whether `err` (or its cause, as leanFetch wraps it) is a `timeoutMs` running out. */
function isTimeout(err) {
    for (let e = err, depth = 0; e && depth < 3; e = e.cause, depth++)
        if (TIMEOUT_CODES.has(String(e.code)))
            return true;
    return false;
}
/**
 * `fetch` with a time limit on each call (github/http.ts's `timeoutMs`), for Octokit's `request.fetch`: the retry
 * plugin calls it again for each retry, with a fresh limit.
 */
function timedFetch(ms) {
    return ((input, init) => leanFetch(input, { ...init, timeoutMs: ms }));
}
/** A decoder for one content coding as `fetch` undoes it, null for one it leaves alone. */
function decoder(coding) {
    if (coding === 'gzip' || coding === 'x-gzip')
        return (0,external_node_zlib_.createGunzip)();
    if (coding === 'deflate')
        return (0,external_node_zlib_.createInflate)();
    if (coding === 'br')
        return (0,external_node_zlib_.createBrotliDecompress)();
    return null;
}
/** `body` with its codings undone (the last applied first), readable as text or bytes; unknown codings left alone. */
function decoded(body, codings) {
    const steps = codings.reverse().map(decoder);
    if (steps.some((d) => d === null))
        return body;
    // pipeline() passes an error of any stage on to the last one, where the reader hears it.
    let out = body;
    for (const step of steps)
        out = (0,external_node_stream_.pipeline)(out, step, () => undefined);
    const all = async () => {
        const chunks = [];
        for await (const c of out)
            chunks.push(c);
        return Buffer.concat(chunks);
    };
    return Object.assign(out, {
        text: async () => (await all()).toString('utf8'),
        arrayBuffer: async () => {
            const b = await all();
            return b.buffer.slice(b.byteOffset, b.byteOffset + b.length);
        },
    });
}

;// CONCATENATED MODULE: ./src/github/client.ts
// The GitHub client: @actions/github's Octokit with our retry and throttling plugins (github/retry.ts, throttle.ts),
// an explicit baseUrl (GitHub Enterprise Server works: https://HOST/api/v3; @actions/github reads GITHUB_API_URL only
// once, at import time), and a user agent naming the action.







const budgets = new WeakMap();
/** The client's API budget: its request count, the rate limit last reported, whether a new run may start. */
function apiBudget(client) {
    return budgets.get(client);
}
/**
 * Each attempt of an API call must be answered within this time (its headers, and no pause in its body as long), else
 * it fails like a 5xx and is retried: a connection that never answers would otherwise hold the audit until the job's
 * own timeout (6 hours by default). Downloads have their own idle limit (INTEGRITY_AUDIT_DOWNLOAD_IDLE_MS).
 * `INTEGRITY_AUDIT_API_TIMEOUT_MS` overrides it.
 */
const API_TIMEOUT_MS = 60_000;
function apiTimeoutMs() {
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
const API_CONCURRENCY = 100;
function apiConcurrency() {
    const v = Number(process.env.INTEGRITY_AUDIT_API_CONCURRENCY);
    return Number.isInteger(v) && v >= 1 ? Math.min(v, 100) : API_CONCURRENCY;
}
/** `owner/repo` → its two parts, as the REST routes take them. */
function splitRepository(repository) {
    const [owner, repo] = repository.split('/');
    return { owner, repo };
}
const USER_AGENT = 'integrity-audit (GitHub Action; +https://github.com/marketplace/actions/integrity-audit)';
function createClient(options) {
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const log = options.log ?? (() => undefined);
    // The bound is on the audit's time spent waiting (waits that overlap count once): a secondary limit refuses many
    // requests at once, each told to wait the same minute, and summing their waits would give up after the second.
    let waitedMs = 0;
    let coveredUntil = 0;
    const mayWait = (retryAfter, retryCount, what) => {
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
    const rateLimitsToThrottling = (octokit) => {
        octokit.hook.error('request', (error, options) => {
            if ((0,errors/* isRateLimited */.Jz)(error))
                options.request.retries = 0;
            throw error;
        });
    };
    // The budget: every attempt counted (registered before the retry plugins, so it sees each retry), every answer seen
    // once the plugins' retries and rate-limit waits are over (registered after them, below).
    const budget = new github_budget/* ApiBudget */.W1({ reserve: options.reserve, maxWaitSeconds: maxWait });
    const countRequests = (octokit) => {
        octokit.hook.before('request', () => {
            budget.requests++;
        });
    };
    // At most apiConcurrency() requests in flight; the others queue here. The innermost hook (the first plugin): a
    // request holds its place from when it is sent until its whole answer came, not while it waits to be retried or
    // for a rate limit (each attempt takes a place again).
    const inFlight = (0,settle/* limiter */.TA)(apiConcurrency());
    const holdInFlight = (octokit) => {
        octokit.hook.wrap('request', (request, options) => inFlight(async () => {
            const response = await request(options);
            // A success's body is read here (see responseData below), so its place is held until the whole answer came.
            // A 204 or 205 (and a HEAD) comes back without its body read: Octokit's empty string, left as it is.
            if (options.request.readBody &&
                typeof response.data === 'object' &&
                response.data)
                response.data = await responseData(response.headers['content-type'], response.data);
            return response;
        }));
    };
    const client = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.baseUrl,
        userAgent: USER_AGENT,
        request: { fetch: timedFetch(apiTimeoutMs()) },
        log: {
            debug: () => undefined,
            info: () => undefined,
            warn: (m) => log(m),
            error: (m) => log(m),
        },
    }, holdInFlight, countRequests, ...(throttle ? [rateLimitsToThrottling] : []), retry({ doNotRetry: DO_NOT_RETRY }), ...(throttle ? [throttle_throttle(mayWait)] : []));
    // Each request gets its own `request` options: getOctokit's defaults share one object across all requests, and the
    // retry plugins keep their retry count on it, so one request's retries lengthened another's backoff (after a
    // request retried twice, the next one's first retry waited 9 s instead of 1 s). Registered last: runs first.
    // It also has the body of a successful answer read by the client (responseData, in holdInFlight): Octokit parses
    // JSON with a reviver that looks for integers too large for a number, at about five times JSON.parse's cost (a
    // sixth of the CPU of an audit of 500 runs); GitHub's ids fit in a number, and the code reading them expects one.
    client.hook.wrap('request', async (request, options) => {
        const own = options.request ?? {};
        options.request = { ...own };
        if (own.parseSuccessResponseBody === false)
            return request(options);
        options.request.parseSuccessResponseBody = false;
        options.request.readBody = true;
        return request(options);
    });
    budgets.set(client, budget);
    client.hook.after('request', (response) => {
        budget.observe(response.headers);
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
async function responseData(contentType, body) {
    // leanFetch's body reads itself; a web stream (another `fetch`) is read through a Response.
    const response = body !== null && 'text' in body && typeof body.text === 'function'
        ? body
        : new Response(body);
    if (!contentType)
        return response.text().catch(() => undefined);
    const [type, ...params] = contentType.split(';').map((p) => p.trim().toLowerCase());
    if (type === 'application/json' || type === 'application/scim+json') {
        const text = await response.text().catch(() => '');
        try {
            return JSON.parse(text);
        }
        catch {
            return text;
        }
    }
    const utf8 = params.some((p) => /^charset="?utf-8"?$/.test(p));
    if (type.startsWith('text/') || (utf8 && type !== 'application/octet-stream'))
        return response.text().catch(() => undefined);
    return response.arrayBuffer().catch(() => new ArrayBuffer(0));
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/sources/github/discovery.ts
// Discovery: which runs of a repository to audit (recent completed agentic runs, FORMATS.md §1), and the
// repository's visibility.



const SEARCH_CAP = 1000;
const DROPPED_CONCLUSIONS = new Set(['skipped', 'action_required']);
function isoSeconds(d) {
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Agentic workflows only (`path` ends in `.lock.yml`), matching the `workflows` names or globs when given. */
function workflowMatcher(patterns) {
    const matchers = patterns.map((p) => picomatch_default()(p.replace(/^\.github\/workflows\//, ''), { nocase: true }));
    return (path) => {
        if (!path || !path.endsWith('.lock.yml'))
            return false;
        const file = path.replace(/^.*\//, '').replace(/@.*$/, '');
        return (matchers.length === 0 ||
            matchers.some((m) => m(file) || m(file.replace(/\.lock\.yml$/, '.md')) || m(file.replace(/\.lock\.yml$/, ''))));
    };
}
/**
 * Lists the completed agentic runs created in the window, newest first, at most `maxRuns`. The `created` range
 * filter caps results at 1,000: when a window holds more, it is narrowed to before the oldest run seen and listed
 * again.
 */
async function discoverRuns(opts) {
    // With many repositories, one listed after the API budget is spent is not covered, saying why (github/budget.ts);
    // its requests count as under way against the reserve until it is listed (many repositories are listed at once).
    const budget = apiBudget(opts.client);
    const admitted = budget?.admitRepository(opts.repository);
    try {
        return await listRuns(opts, budget);
    }
    finally {
        admitted?.();
    }
}
async function listRuns(opts, budget) {
    const { owner, repo } = splitRepository(opts.repository);
    const to = opts.now ?? new Date();
    const from = new Date(to.getTime() - opts.lookbackHours * 3600_000);
    const matches = workflowMatcher(opts.workflows);
    const seen = new Set();
    const selected = [];
    const notes = [];
    let windowEnd = to;
    let more = false;
    for (let round = 0; round < 50; round++) {
        const created = `${isoSeconds(from)}..${isoSeconds(windowEnd)}`;
        let inWindow = 0;
        let total = 0;
        let oldest = null;
        try {
            await (0,errors/* withPermission */.IW)('actions: read', opts.repository, 'Listing workflow runs', async () => {
                for await (const page of opts.client.paginate.iterator(opts.client.rest.actions.listWorkflowRunsForRepo, {
                    owner,
                    repo,
                    created,
                    status: 'completed',
                    per_page: 100,
                })) {
                    total = page.data.total_count ?? total;
                    for (const run of page.data) {
                        inWindow++;
                        if (!oldest || run.created_at < oldest)
                            oldest = run.created_at;
                        if (seen.has(run.id))
                            continue;
                        seen.add(run.id);
                        if (!matches(run.path) || (run.conclusion && DROPPED_CONCLUSIONS.has(run.conclusion)))
                            continue;
                        if (run.status && run.status !== 'completed')
                            continue;
                        if (selected.length >= opts.maxRuns) {
                            more = true;
                            break;
                        }
                        selected.push(run);
                    }
                    if (more)
                        break;
                }
            });
        }
        catch (err) {
            if ((0,errors/* isRateLimited */.Jz)(err) && budget)
                throw budget.repositoryRefused(opts.repository, err);
            if ((0,errors/* statusOf */.c2)(err) === 404)
                throw new errors/* PermissionError */.i_(`Repository ${opts.repository} was not found, or the token cannot see it (it needs \`actions: read\` on it).`);
            throw err;
        }
        if (more)
            break;
        // The search cap: more runs in the window than one listing returns. Narrow the window and list again.
        if (inWindow >= SEARCH_CAP && total > inWindow && oldest) {
            const next = new Date(oldest);
            if (next.getTime() >= windowEnd.getTime()) {
                notes.push(`More than ${SEARCH_CAP} runs were created at ${oldest}; the runs beyond the API's cap were not listed.`);
                break;
            }
            opts.log?.(`listed ${inWindow} of ${total} runs in ${created}; narrowing the window to before ${oldest}`);
            windowEnd = next;
            continue;
        }
        break;
    }
    selected.sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.id - a.id));
    if (more)
        notes.push(`More agentic runs matched than max-runs (${opts.maxRuns}): the newest ${opts.maxRuns} were audited.`);
    return { runs: selected, window: { from: from.toISOString(), to: to.toISOString() }, notes };
}
/** Repository visibility (private repos get no automatic integrity policy); null when it cannot be read. */
async function repositoryIsPrivate(client, repository) {
    const { owner, repo } = splitRepository(repository);
    try {
        const res = await client.rest.repos.get({ owner, repo });
        return res.data.private === true || res.data.visibility === 'internal';
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/sources/zip.ts + 1 modules
var zip = __webpack_require__(8313);
;// CONCATENATED MODULE: ./src/sources/github/download.ts
// Downloading: a redirecting API resource (artifact zip, job log) to a file, the token never sent to storage, with a
// size cap, an idle timeout and retries of transient failures.








/**
 * Follows the API's 302 to the storage URL itself, so the token is never sent to storage. An answer that does not
 * come within `timeoutMs` is a failure; the caller retries the whole download (this hop is not retried on its own).
 */
async function redirectTarget(client, route, params, timeoutMs) {
    const res = await client.request(route, {
        ...params,
        // Its own time limit, when shorter than the API's (each attempt of this hop is the download's to retry).
        request: { redirect: 'manual', fetch: timedFetch(Math.min(timeoutMs, apiTimeoutMs())), retries: 0 },
    });
    const status = res.status;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location)
        return { location };
    if (status === 200 && res.data instanceof ArrayBuffer)
        return { data: res.data };
    if (status === 200 && typeof res.data === 'string')
        return { data: new TextEncoder().encode(res.data).buffer };
    throw new Error(`unexpected ${status} response without a Location header`);
}
/** A download refused for its size (final: not retried). */
class TooLarge extends Error {
}
/**
 * Bytes of downloads held in memory at once (artifact zips read straight from memory: no temporary file written, read
 * back and removed for each), with what each download takes from it. A download that does not fit goes to a file as
 * before, so memory stays bounded whatever the runs in flight. `INTEGRITY_AUDIT_DOWNLOAD_MEMORY_MB` sets the budget
 * (0: every download to a file).
 */
class MemoryBudget {
    total;
    perDownload;
    used = 0;
    constructor(total, 
    /** A download larger than this goes to a file even when the budget has room. */
    perDownload) {
        this.total = total;
        this.perDownload = perDownload;
    }
    /** Takes `bytes` when they fit; false (nothing taken) when not. */
    take(bytes) {
        if (bytes > this.perDownload || this.used + bytes > this.total)
            return false;
        this.used += bytes;
        return true;
    }
    give(bytes) {
        this.used = Math.max(0, this.used - bytes);
    }
    get inUse() {
        return this.used;
    }
}
const MB = 1024 * 1024;
function budgetMB() {
    const v = Number(process.env.INTEGRITY_AUDIT_DOWNLOAD_MEMORY_MB);
    return Number.isFinite(v) && v >= 0 && process.env.INTEGRITY_AUDIT_DOWNLOAD_MEMORY_MB !== '' ? v : 64;
}
/** The process's budget: 64 MiB of downloads in memory, none over 8 MiB (larger artifacts are files). */
const DOWNLOAD_MEMORY = new MemoryBudget(budgetMB() * MB, 8 * MB);
function inMemory(data, budget) {
    let held = data.length;
    return {
        bytes: data.length,
        data,
        path: null,
        release: () => {
            budget.give(held);
            held = 0;
        },
    };
}
const onDisk = (bytes, path) => ({
    bytes,
    data: null,
    path,
    release: () => undefined,
});
const pathOf = (dest) => (typeof dest === 'string' ? dest : dest());
/**
 * Streams a URL (no Authorization header) into memory when its declared length fits the budget, else to a file,
 * refusing more than `maxBytes`, aborting when idle.
 */
async function fetchBody(url, dest, maxBytes, idleMs, budget) {
    let taken = 0;
    let body = null;
    try {
        // No answer, or a pause in the body, as long as `idleMs`: undici's timers (github/http.ts).
        const res = await leanFetch(url, { redirect: 'follow', timeoutMs: idleMs });
        body = res.body;
        // undici fails a body destroyed before its end with an 'error' event: heard here, whoever stops reading it.
        body.on('error', () => undefined);
        if (!res.ok)
            throw Object.assign(new Error(`storage answered ${res.status} ${res.statusText}`.trimEnd()), {
                status: res.status,
            });
        const length = res.headers.get('content-length');
        const declared = Number(length ?? '0');
        if (declared > maxBytes)
            throw new TooLarge(`${declared} bytes exceed the cap of ${maxBytes}`);
        // A content coding is undone by leanFetch (as fetch does): such a body's declared length is not its content's, so
        // it is never taken into memory by it.
        const coding = (res.headers.get('content-encoding') ?? 'identity').toLowerCase();
        if (budget &&
            length !== null &&
            coding === 'identity' &&
            Number.isSafeInteger(declared) &&
            budget.take(declared)) {
            taken = declared;
            // One buffer of the declared length, filled as the chunks come.
            const data = Buffer.allocUnsafeSlow(declared);
            let at = 0;
            for await (const chunk of res.body) {
                if (at + chunk.length > declared)
                    throw new Error(`more than the declared ${declared} bytes`);
                data.set(chunk, at);
                at += chunk.length;
            }
            if (at !== declared)
                throw new Error(`${at} bytes, ${declared} declared`);
            taken = 0;
            return inMemory(data, budget);
        }
        const path = await pathOf(dest);
        let bytes = 0;
        const counter = new external_node_stream_.Transform({
            transform(chunk, _enc, cb) {
                bytes += chunk.length;
                if (bytes > maxBytes)
                    cb(new TooLarge(`more than ${maxBytes} bytes (download cap)`));
                else
                    cb(null, chunk);
            },
        });
        await (0,external_node_stream_promises_.pipeline)(res.body, counter, (0,external_node_fs_.createWriteStream)(path));
        return onDisk(bytes, path);
    }
    catch (err) {
        throw isTimeout(err) ? new Error(`no data for ${idleMs} ms`, { cause: err }) : err;
    }
    finally {
        // A body not read to its end would hold its connection.
        if (body && !body.readableEnded)
            body.destroy();
        if (taken > 0)
            budget.give(taken);
    }
}
const DEFAULT_DOWNLOAD = {
    maxBytes: zip/* DEFAULT_ZIP_LIMITS */.R.maxTotalBytes,
    idleMs: Number(process.env.INTEGRITY_AUDIT_DOWNLOAD_IDLE_MS) || 60_000,
    attempts: 3,
    backoffMs: Number(process.env.INTEGRITY_AUDIT_RETRY_BASE_MS) || 1000,
};
/**
 * Downloads a redirecting API resource (artifact zip, job log); retries transient failures with a fresh URL. With a
 * `budget`, content that fits it is kept in memory (`data`) and `dest` is not written; else it is in `dest`.
 */
async function fetchResource(client, route, params, dest, budget, options = DEFAULT_DOWNLOAD) {
    let lastError = null;
    for (let attempt = 1; attempt <= options.attempts; attempt++) {
        try {
            const target = await redirectTarget(client, route, params, options.idleMs);
            if ('data' in target) {
                if (target.data.byteLength > options.maxBytes)
                    throw new TooLarge(`${target.data.byteLength} bytes exceed the cap`);
                if (budget?.take(target.data.byteLength))
                    return inMemory(Buffer.from(target.data), budget);
                const path = await pathOf(dest);
                await external_node_fs_.promises.writeFile(path, Buffer.from(target.data));
                return onDisk(target.data.byteLength, path);
            }
            return await fetchBody(target.location, dest, options.maxBytes, options.idleMs, budget);
        }
        catch (err) {
            lastError = err;
            const status = (0,errors/* statusOf */.c2)(err);
            // Client errors are final (410 expired, 404, a missing permission; rate limits were waited out by the
            // throttling plugin); server, network and timeout failures of either hop are retried with a fresh pre-signed URL.
            if (err instanceof TooLarge || (status !== null && status < 500 && status !== 429))
                throw err;
            if (attempt < options.attempts)
                await (0,promises_.setTimeout)(options.backoffMs * 2 ** (attempt - 1));
        }
    }
    throw lastError;
}
/** Downloads a redirecting API resource (artifact zip, job log) to `dest`; retries transient failures with a fresh URL. */
async function download(client, route, params, dest, options = DEFAULT_DOWNLOAD) {
    return (await fetchResource(client, route, params, dest, null, options)).bytes;
}

// EXTERNAL MODULE: ./src/model/jobs.ts
var model_jobs = __webpack_require__(6977);
// EXTERNAL MODULE: ./src/sources/artifacts.ts
var sources_artifacts = __webpack_require__(5677);
;// CONCATENATED MODULE: ./src/sources/github/prepare.ts
// Preparing one run: its evidence artifacts downloaded to temporary files, its jobs listed, and the failed activation
// job's log fetched (FORMATS.md §1, §10, §11).








function runMeta(run, repository) {
    return {
        id: String(run.id),
        workflow: run.name ?? null,
        workflowPath: run.path ?? null,
        branch: run.head_branch ?? null,
        event: run.event ?? null,
        conclusion: run.conclusion ?? null,
        url: run.html_url ?? null,
        createdAt: run.created_at,
        repository,
    };
}
/**
 * Prepares one run: evidence artifacts downloaded to temporary files, jobs listed, the failed activation job's log
 * fetched. The result is plain data (a RunSpec) that any thread can open; cleanup removes the files.
 */
async function prepare_prepareRun(opts, run, repositoryPrivate) {
    const { owner, repo } = splitRepository(opts.repository);
    const { client } = opts;
    // No new run once the API budget is spent: the run is named as not audited, with the reason (github/budget.ts).
    // The run's requests count as under way against the reserve until it is prepared (many runs start at once).
    const budget = apiBudget(client);
    const admitted = budget?.admitRun(String(run.id));
    /** A request refused by a rate limit: the budget names the run as cut short. */
    const limited = (err) => {
        if ((0,errors/* isRateLimited */.Jz)(err))
            budget?.refusedRun(String(run.id));
    };
    const meta = runMeta(run, opts.repository);
    const notes = [];
    const zips = [];
    const files = [];
    const fetched = [];
    // The run's temporary folder, made at the first download that goes to disk (most fit the memory budget).
    let made = null;
    const dir = () => (made ??= external_node_fs_.promises.mkdtemp((0,external_node_path_.join)(opts.tempRoot, `run-${run.id}-`)));
    const releases = [];
    const cleanup = async () => {
        for (const release of releases.splice(0))
            release();
        const folder = made && (await made.catch(() => null));
        if (folder)
            await external_node_fs_.promises.rm(folder, { recursive: true, force: true });
    };
    try {
        const guard = (what, fn) => (0,errors/* withPermission */.IW)('actions: read', opts.repository, what, fn);
        const fetchArtifact = async (a) => {
            if ((0,sources_artifacts/* isDockerBuildArtifact */.h0)(a.name))
                return {
                    note: {
                        file: a.name,
                        reason: 'skipped: `.dockerbuild` artifact (not a zip archive)',
                        partial: false,
                    },
                };
            if (!(0,sources_artifacts/* isEvidenceArtifact */.id)(a.name))
                return {};
            if (a.expired) {
                // `activation` is kept one day and holds only run metadata (also in `usage` / `info`): its expiry is routine.
                const routine = (0,sources_artifacts/* artifactBase */.Q4)(a.name) === 'activation';
                return {
                    note: {
                        file: a.name,
                        reason: `artifact expired${a.expires_at ? ` on ${a.expires_at}` : ''} (retention period): not audited`,
                        partial: !routine,
                        kind: 'expired',
                    },
                };
            }
            try {
                const got = await guard(`Downloading artifact ${a.name}`, () => fetchResource(client, 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { owner, repo, artifact_id: a.id, archive_format: 'zip' }, async () => (0,external_node_path_.join)(await dir(), `${a.id}.zip`), opts.memory === undefined ? DOWNLOAD_MEMORY : opts.memory));
                releases.push(got.release);
                return {
                    zip: got.data ? { data: got.data, artifact: a.name } : { path: got.path, artifact: a.name },
                    logged: `${a.name} (${got.bytes} bytes)`,
                };
            }
            catch (err) {
                if (err instanceof errors/* PermissionError */.i_)
                    throw err;
                limited(err);
                const status = (0,errors/* statusOf */.c2)(err);
                return {
                    note: status === 410
                        ? {
                            file: a.name,
                            reason: 'artifact expired or deleted (410 Gone): not audited',
                            partial: true,
                            kind: 'expired',
                        }
                        : err instanceof TooLarge
                            ? { file: a.name, reason: `refused: ${(0,errors/* messageOf */.bD)(err)}`, partial: true, kind: 'refused' }
                            : {
                                file: a.name,
                                reason: `download failed: ${(0,errors/* messageOf */.bD)(err)}`,
                                partial: true,
                                kind: 'unreadable',
                            },
                };
            }
        };
        // Jobs: was the agent invoked, and did the activation job fail (rate-limit signature in its log)?
        const fetchJobs = async (jobNotes) => {
            try {
                const jobs = (await guard('Listing jobs', () => client.paginate(client.rest.actions.listJobsForWorkflowRun, {
                    owner,
                    repo,
                    run_id: run.id,
                    filter: 'latest',
                    per_page: 100,
                })));
                meta.jobs = jobs.map((j) => ({
                    name: j.name,
                    conclusion: j.conclusion,
                    status: j.status,
                    url: j.html_url ?? null,
                }));
                for (const job of jobs) {
                    if (!(0,model_jobs/* isActivationJob */.K)(job.name) || job.conclusion !== 'failure')
                        continue;
                    try {
                        const logPath = (0,external_node_path_.join)(await dir(), `job-${job.id}.txt`);
                        await download(client, 'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', { owner, repo, job_id: job.id }, logPath);
                        files.push({ path: `workflow-logs/${job.name}/job-log.txt`, diskPath: logPath });
                    }
                    catch (err) {
                        limited(err);
                        jobNotes.push({
                            file: `job ${job.name}`,
                            reason: `job log unavailable: ${(0,errors/* messageOf */.bD)(err)}`,
                            partial: false,
                        });
                    }
                }
            }
            catch (err) {
                if (err instanceof errors/* PermissionError */.i_)
                    throw err;
                limited(err);
                jobNotes.push({ file: 'jobs', reason: `jobs unavailable: ${(0,errors/* messageOf */.bD)(err)}`, partial: false });
            }
        };
        // Artifacts and jobs are fetched at once, and a run's artifacts are downloaded at once: a run costs about the
        // latency of its longest chain of requests, not their sum. Results are merged in a fixed order.
        const jobNotes = [];
        const [artifacts] = await (0,settle/* settleAll */.j3)([
            (async () => {
                let list;
                try {
                    // From the repository's one listing when it holds the whole run, else the run's own (artifact-index.ts).
                    list =
                        (await opts.artifactIndex?.of(run)) ??
                            (await guard('Listing artifacts', () => client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
                                owner,
                                repo,
                                run_id: run.id,
                                per_page: 100,
                            })));
                }
                catch (err) {
                    if (err instanceof errors/* PermissionError */.i_)
                        throw err;
                    limited(err);
                    // The run is known from the listing: it keeps its row (workflow, link, jobs) and says why it was not audited.
                    notes.push((0,errors/* statusOf */.c2)(err) === 404
                        ? {
                            file: 'run',
                            reason: 'not found (404): deleted after it was listed; not audited',
                            partial: true,
                            kind: 'missing',
                        }
                        : {
                            file: 'artifacts',
                            reason: `could not be listed: ${(0,errors/* messageOf */.bD)(err)}`,
                            partial: true,
                            kind: 'unreadable',
                        });
                    return null;
                }
                const results = await (0,settle/* settleAll */.j3)(list.map((a) => fetchArtifact(a)));
                for (const r of results) {
                    if (r.note)
                        notes.push(r.note);
                    if (r.zip)
                        zips.push(r.zip);
                }
                // Said on the run's one log line (engine/audit.ts), its artifacts in the listing's order.
                fetched.push(...results.flatMap((r) => (r.logged ? [r.logged] : [])));
                return list;
            })(),
            fetchJobs(jobNotes),
        ]);
        notes.push(...jobNotes);
        if (artifacts?.length === 0)
            notes.push({ file: 'artifacts', reason: 'the run has no artifacts', partial: false, kind: 'missing' });
        return {
            spec: { kind: 'files', meta, notes, repositoryPrivate, zips, files, zipLimits: opts.zipLimits },
            ...(fetched.length > 0 && { fetched: `downloaded ${fetched.join(', ')}` }),
            cleanup,
        };
    }
    catch (err) {
        // Every request of the run has settled (settleAll): nothing writes into `dir` any more. A failure to remove it
        // must not hide the error that matters.
        await cleanup().catch(() => undefined);
        throw err;
    }
    finally {
        admitted?.();
    }
}

;// CONCATENATED MODULE: ./src/sources/github.ts




;// CONCATENATED MODULE: ./src/sources/github/repositories.ts
// Which repositories to audit: `owner/repo` entries as given, and `owner/⟨glob⟩` entries expanded by listing the
// owner's repositories (an organization, else a user), archived and disabled ones skipped, kept only when they have an
// agentic workflow (a workflow whose path ends in `.lock.yml`). A repository the token cannot read is not covered,
// named with the permission it needs, and the others go on.



const ENTRY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/(.+)$/;
const GLOB_CHARS = /[*?[\]{}!()+@]/;
/** Splits `repository` input text (commas, newlines, spaces) into entries. */
function repositoryEntries(text) {
    const list = Array.isArray(text) ? text : [text];
    return list.flatMap((t) => t.split(/[\s,]+/)).filter((e) => e !== '');
}
/** An entry's owner and name pattern; throws on an entry that is not `owner/repo` or `owner/⟨glob⟩`. */
function parseEntry(entry) {
    const m = ENTRY.exec(entry);
    if (!m || m[2].includes('/'))
        throw new Error(`"${entry}" is not owner/repo or an owner/⟨glob⟩ such as owner/* (the owner cannot be a glob)`);
    return { owner: m[1], name: m[2], glob: GLOB_CHARS.test(m[2]) };
}
/** A token without access: what it needs, in the words the action uses. */
function deniedReason(err, permission, what) {
    const status = (0,errors/* statusOf */.c2)(err);
    if (status === 404)
        return `${what} answered 404: the token cannot see the repository (it needs \`${permission}\` on it)`;
    return `${what} failed with ${status ?? 'an error'} (${(0,errors/* messageOf */.bD)(err)}): the token needs \`${permission}\` on it`;
}
const readDenied = (err) => (0,errors/* isPermissionDenied */.T1)(err) || (0,errors/* statusOf */.c2)(err) === 404;
/** The owner's repositories: GET /orgs/{org}/repos, else (404: not an organization) GET /users/{username}/repos. */
async function ownerRepositories(client, owner) {
    try {
        return (await client.paginate('GET /orgs/{org}/repos', {
            org: owner,
            type: 'all',
            per_page: 100,
        }));
    }
    catch (err) {
        if ((0,errors/* statusOf */.c2)(err) !== 404)
            throw err;
    }
    return (await client.paginate('GET /users/{username}/repos', {
        username: owner,
        type: 'owner',
        per_page: 100,
    }));
}
/** Whether the repository has an agentic workflow (path ending in `.lock.yml`). */
async function hasAgenticWorkflow(client, repository) {
    const { owner, repo } = splitRepository(repository);
    for await (const page of client.paginate.iterator('GET /repos/{owner}/{repo}/actions/workflows', {
        owner,
        repo,
        per_page: 100,
    })) {
        // The paginate plugin gives the `workflows` array of each page as its data.
        const data = page.data;
        const workflows = Array.isArray(data) ? data : (data.workflows ?? []);
        if (workflows.some((w) => typeof w.path === 'string' && w.path.endsWith('.lock.yml')))
            return true;
    }
    return false;
}
/**
 * Expands the entries. A literal `owner/repo` is kept as given (its runs are listed like the action's one
 * repository). A glob lists its owner's repositories; each match that is not archived or disabled is kept when its
 * workflows include an agentic one. Listing errors other than a missing permission or visibility propagate.
 */
async function repositories_selectRepositories(client, entries, log) {
    const out = { repositories: [], notCovered: [], notes: [] };
    const seen = new Set();
    const keep = (full) => {
        if (seen.has(full.toLowerCase()))
            return;
        seen.add(full.toLowerCase());
        out.repositories.push(full);
    };
    for (const entry of entries) {
        const { owner, name, glob } = parseEntry(entry);
        if (!glob) {
            keep(`${owner}/${name}`);
            continue;
        }
        let listed;
        try {
            listed = await ownerRepositories(client, owner);
        }
        catch (err) {
            if (!readDenied(err))
                throw err;
            out.notCovered.push({
                repository: entry,
                reason: (0,errors/* statusOf */.c2)(err) === 404
                    ? `no organization or user ${owner} is visible to the token`
                    : deniedReason(err, 'metadata: read', `Listing the repositories of ${owner}`),
            });
            continue;
        }
        const match = picomatch_default()(name, { nocase: true, dot: true });
        const matched = listed.filter((r) => match(r.name)).sort((a, b) => a.name.localeCompare(b.name));
        const inactive = matched.filter((r) => r.archived || r.disabled);
        let without = 0;
        for (const r of matched) {
            if (r.archived || r.disabled || seen.has(r.full_name.toLowerCase()))
                continue;
            try {
                if (await hasAgenticWorkflow(client, r.full_name))
                    keep(r.full_name);
                else
                    without++;
            }
            catch (err) {
                if (!readDenied(err))
                    throw err;
                out.notCovered.push({
                    repository: r.full_name,
                    reason: deniedReason(err, 'actions: read', 'Listing its workflows'),
                });
            }
        }
        const skipped = [
            inactive.length > 0 ? `${inactive.length} archived or disabled` : '',
            without > 0 ? `${without} without an agentic workflow` : '',
        ].filter(Boolean);
        const line = `${entry}: ${matched.length} repositor${matched.length === 1 ? 'y' : 'ies'} matched${skipped.length ? ` (skipped: ${skipped.join(', ')})` : ''}`;
        log?.(line);
        out.notes.push(line);
    }
    return out;
}
/** A report note for a repository that was not covered. */
function notCoveredNote(n) {
    return `Repository ${n.repository} was not covered: ${n.reason}.`;
}

;// CONCATENATED MODULE: ./src/sources/github/cache.ts
// The download folder of `analyze --repo … --download DIR`: each run in `DIR/run-⟨id⟩/` as `gh aw logs` keeps runs —
// its artifact zips (`⟨artifact⟩.zip`), job logs under `workflow-logs/`, `run.json` and `jobs.json` — and, written
// last, `integrity-audit.json` (the manifest: run facts and the coverage notes of the download, e.g. an expired
// artifact). A run whose manifest is there is complete: it is read from the folder, not fetched again. `analyze DIR`
// reads the same folders as local runs (parsers/download-manifest.ts keeps the notes).


const MANIFEST = 'integrity-audit.json';
function runFolder(dir, runId) {
    return (0,external_node_path_.join)(dir, `run-${runId}`);
}
/** A path segment that stays inside its folder (no `..`, no separators, no NUL). */
function safeSegment(s) {
    const clean = s.replace(/[\\/\u0000]/g, '_');
    return /^\.*$/.test(clean) ? '_' : clean;
}
const safePath = (p) => p.split('/').map(safeSegment).join('/');
/** The run as kept in the download folder, or null when it is not there complete. */
async function cachedRun(dir, runId) {
    const folder = runFolder(dir, runId);
    let manifest;
    try {
        manifest = JSON.parse(await external_node_fs_.promises.readFile((0,external_node_path_.join)(folder, MANIFEST), 'utf8'));
    }
    catch {
        return null;
    }
    if (manifest?.integrityAudit !== 1 || !manifest.meta || !Array.isArray(manifest.zips))
        return null;
    const manifestZips = manifest.zips.map((z) => ({
        path: (0,external_node_path_.join)(folder, safePath(z.path)),
        artifact: z.artifact,
    }));
    const spec = {
        kind: 'files',
        meta: manifest.meta,
        notes: manifest.notes ?? [],
        repositoryPrivate: manifest.repositoryPrivate ?? null,
        zips: manifestZips,
        files: (manifest.files ?? []).map((f) => ({
            path: f.path,
            diskPath: (0,external_node_path_.join)(folder, safePath(f.diskPath)),
        })),
    };
    const paths = [...manifestZips.map((z) => z.path), ...spec.files.map((f) => f.diskPath)];
    const present = await Promise.all(paths.map((p) => external_node_fs_.promises.stat(p).then(() => true, () => false)));
    return present.every(Boolean) ? { spec } : null;
}
/**
 * Moves a prepared run's downloads into `DIR/run-⟨id⟩/` (those held in memory are written there) and writes its
 * manifest last (a folder without one is redone next time). Returns the run reading from there; its cleanup removes
 * only the temporary folder (and gives back the memory).
 */
async function keepRun(dir, runId, prepared) {
    const { spec } = prepared;
    if (spec.kind !== 'files')
        return prepared;
    const folder = runFolder(dir, runId);
    await external_node_fs_.promises.rm(folder, { recursive: true, force: true });
    await external_node_fs_.promises.mkdir(folder, { recursive: true });
    const manifest = {
        integrityAudit: 1,
        meta: spec.meta,
        repositoryPrivate: spec.repositoryPrivate,
        notes: spec.notes,
        zips: [],
        files: [],
    };
    const used = new Set();
    for (const z of spec.zips) {
        let name = `${safeSegment(z.artifact)}.zip`;
        for (let i = 2; used.has(name); i++)
            name = `${safeSegment(z.artifact)}-${i}.zip`;
        used.add(name);
        // A small download is in memory (it never had a file): written here.
        if (z.data)
            await external_node_fs_.promises.writeFile((0,external_node_path_.join)(folder, name), z.data);
        else
            await external_node_fs_.promises.rename(z.path, (0,external_node_path_.join)(folder, name));
        manifest.zips.push({ path: name, artifact: z.artifact });
    }
    for (const f of spec.files) {
        const rel = safePath(f.path);
        await external_node_fs_.promises.mkdir((0,external_node_path_.dirname)((0,external_node_path_.join)(folder, rel)), { recursive: true });
        await external_node_fs_.promises.rename(f.diskPath, (0,external_node_path_.join)(folder, rel));
        manifest.files.push({ path: f.path, diskPath: rel });
    }
    const m = spec.meta;
    // prettier-ignore
    const run = {
        id: Number(m.id), name: m.workflow, path: m.workflowPath ?? null, head_branch: m.branch, event: m.event ?? null,
        conclusion: m.conclusion ?? null, html_url: m.url, created_at: m.createdAt ?? null, repository: m.repository ?? null,
    };
    await external_node_fs_.promises.writeFile((0,external_node_path_.join)(folder, 'run.json'), JSON.stringify(run, null, 2) + '\n');
    if (m.jobs)
        await external_node_fs_.promises.writeFile((0,external_node_path_.join)(folder, 'jobs.json'), JSON.stringify({ jobs: m.jobs }, null, 2) + '\n');
    await external_node_fs_.promises.writeFile((0,external_node_path_.join)(folder, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
    const kept = await cachedRun(dir, runId);
    if (!kept)
        throw new Error(`${folder}: the run could not be kept`);
    return { spec: kept.spec, fetched: prepared.fetched, cleanup: prepared.cleanup };
}

;// CONCATENATED MODULE: ./src/sources/github/artifact-index.ts
// The repository's artifact listing (`GET /repos/{owner}/{repo}/actions/artifacts`), read once for many runs in place
// of one listing per run: an audit of 25 runs of a repository then costs one request for their artifacts, not 25 (a
// quarter of the audit's API requests; GitHub's limits are per hour and per repository). It is used only where it is
// certain to hold every artifact of a run, and a run it does not settle is listed on its own, as before.


/**
 * A run that finished less than this long ago is listed on its own: the repository's listing can show an upload
 * minutes after it was made (the runs of a scheduled audit are older; the run right before a post-agent step is not).
 */
const SETTLE_MS = 10 * 60_000;
/** An artifact's time may precede its run's creation by clock skew between GitHub's services: this much is allowed. */
const SKEW_MS = 5 * 60_000;
/** Fewer settled runs than this: each run's own listing (the repository's would save nothing). */
const MIN_RUNS = 2;
/** Pages of the repository's listing read at most: one per this many runs, at least 2 (other workflows upload too). */
const RUNS_PER_PAGE = 10;
/**
 * The listed artifacts by run, for the runs (id → creation time in ms) the listing is certain to hold whole; null when
 * the listing cannot be relied on: an artifact without its run or its time, one newer than the one before it (the
 * coverage below needs newest first, which GitHub does not document), or one of these runs' older than its run.
 *
 * The listing is newest first, so once read to an artifact of time T, every artifact not read is at most T; a run's
 * artifacts come after the run was created. A run created after T (with SKEW_MS to spare) has all its artifacts read;
 * when the listing was read to its end (`exhausted`) every run has. A run with no artifact read is left out: "the run
 * has no artifacts" is said only by its own listing.
 */
function indexArtifacts(listed, exhausted, runs) {
    let horizon = Infinity;
    const ids = new Set();
    const byRun = new Map();
    for (const a of listed) {
        const time = Date.parse(a.created_at ?? '');
        const run = a.workflow_run?.id;
        if (!Number.isFinite(time) || typeof run !== 'number' || time > horizon)
            return null;
        horizon = time;
        const created = runs.get(run);
        // A page read after new uploads shifted the listing repeats the end of the one before.
        if (ids.has(a.id) || created === undefined)
            continue;
        // An artifact older than its run breaks what the coverage rests on: the listing's times cannot be relied on.
        if (time < created - SKEW_MS)
            return null;
        ids.add(a.id);
        const own = byRun.get(run);
        const artifact = {
            id: a.id,
            name: a.name,
            expired: a.expired,
            expires_at: a.expires_at,
            size_in_bytes: a.size_in_bytes,
        };
        if (own)
            own.push(artifact);
        else
            byRun.set(run, [artifact]);
    }
    const covered = new Map();
    for (const [run, created] of runs) {
        const own = byRun.get(run);
        if (own && (exhausted || created - SKEW_MS > horizon))
            covered.set(run, own);
    }
    return covered;
}
/**
 * Asks for the first page of the repository's artifact listing now, beside the listing of its runs (the artifact
 * index needs the runs before it can use the page; the page no longer waits for them). Null once the API budget is
 * spent or when max-runs is below what the index uses. Never rejects: a failure is kept for the index, which then
 * lists each run's own.
 */
function listArtifactsEarly(opts) {
    const { client, repository } = opts;
    // Fewer runs than the index ever uses (max-runs 1), or no budget left: nothing asked.
    if (opts.maxRuns < MIN_RUNS || apiBudget(client)?.stopReason())
        return null;
    const { owner, repo } = splitRepository(repository);
    const sentAt = Date.now();
    const page = client
        .request('GET /repos/{owner}/{repo}/actions/artifacts', { owner, repo, per_page: 100 })
        .then((res) => ({
        items: res.data.artifacts ?? [],
        next: nextPage(res.headers.link),
    }), (error) => ({ error }));
    return { sentAt, page };
}
/** The `rel="next"` URL of a `Link` header (GitHub's pagination), or null on the last page. */
function nextPage(link) {
    for (const part of (link ?? '').split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (m)
            return m[1];
    }
    return null;
}
/**
 * A repository's runs to prepare and the one listing of their artifacts, read when the first of them asks (every run
 * of the repository waits for the same listing). A run the listing does not settle gets null: its own listing.
 */
class ArtifactIndex {
    opts;
    early;
    /** Settled runs: id → creation time (ms). */
    runs = new Map();
    listing = null;
    constructor(opts, runs, 
    /** The listing's first page, already asked (listArtifactsEarly). */
    early = null, now = early?.sentAt ?? Date.now()) {
        this.opts = opts;
        this.early = early;
        for (const run of runs) {
            const finished = Date.parse(run.updated_at ?? '');
            const created = Date.parse(run.created_at);
            if (finished <= now - SETTLE_MS && Number.isFinite(created))
                this.runs.set(run.id, created);
        }
        if (this.runs.size < MIN_RUNS)
            this.runs.clear();
    }
    /**
     * Starts the listing now (when it will be used), not when the first run asks: with many repositories, their runs
     * queued behind others would otherwise each wait one more round trip for their repository's listing.
     */
    prefetch() {
        if (this.runs.size > 0)
            this.listing ??= this.list();
        return this;
    }
    /** The run's artifacts from the repository's listing, or null: list the run's own. */
    async of(run) {
        if (!this.runs.has(run.id))
            return null;
        this.listing ??= this.list();
        return (await this.listing)?.get(run.id) ?? null;
    }
    async list() {
        const { client, repository } = this.opts;
        // With the API budget spent no run starts (github/budget.ts): the listing would be a request for nothing.
        if (apiBudget(client)?.stopReason())
            return null;
        const { owner, repo } = splitRepository(repository);
        const oldest = Math.min(...this.runs.values());
        const maxPages = Math.max(2, Math.ceil(this.runs.size / RUNS_PER_PAGE));
        const listed = [];
        let exhausted = true;
        let pages = 0;
        const early = this.early;
        // The listing's pages in order, each with whether another follows: the first one asked early when it was, then
        // the rest by the `Link` header.
        async function* listingPages() {
            let route = 'GET /repos/{owner}/{repo}/actions/artifacts';
            let params = { owner, repo, per_page: 100 };
            if (early) {
                const first = await early.page;
                if ('error' in first)
                    throw first.error;
                yield { items: first.items, more: first.next !== null };
                if (!first.next)
                    return;
                [route, params] = [`GET ${first.next}`, {}];
            }
            for await (const page of client.paginate.iterator(route, params))
                yield { items: page.data, more: nextPage(page.headers.link) !== null };
        }
        try {
            for await (const { items, more } of listingPages()) {
                listed.push(...items);
                pages++;
                const last = Date.parse(items.at(-1)?.created_at ?? '');
                if (more && (pages >= maxPages || last < oldest - SKEW_MS)) {
                    exhausted = false;
                    break;
                }
            }
        }
        catch (err) {
            this.opts.log?.(`  ${repository}: the repository's artifact listing failed (${(0,errors/* messageOf */.bD)(err)}); listing each run's own`);
            return null;
        }
        const index = indexArtifacts(listed, exhausted, this.runs);
        this.opts.log?.(index
            ? `  ${repository}: ${index.size} of ${this.runs.size} run(s) found in the repository's artifact listing (${pages} page(s))`
            : `  ${repository}: the repository's artifact listing cannot be relied on (not newest first, an artifact without its run or time, or older than its run); listing each run's own`);
        return index;
    }
}

// EXTERNAL MODULE: ./src/engine/audit.ts + 45 modules
var audit = __webpack_require__(8959);
;// CONCATENATED MODULE: ./src/engine/github.ts
// Auditing straight from GitHub: one or many repositories (entries and owner globs), their recent agentic runs
// discovered and prepared by the GitHub source, analysed by auditRuns. The CLI's `analyze --repo` runs this; it is the
// same discovery (discoverRuns), download (prepareRun) and evidence code as the action's one repository.









/**
 * Runs prepared at once, across every repository of the audit (one pool: a repository's last runs never leave the
 * pool half empty): a run is two round trips in a row (its listings, then its downloads), so with the API's latency
 * (100 ms and more) the audit needs many in flight, while their analysis is held to the analysing threads
 * (engine/audit.ts analyzeJobs) and their downloads kept in memory only within a byte budget
 * (sources/github/download.ts). The client holds the API requests in flight to its own limit (github/client.ts). The
 * scale bench (docs/SCALE.md) measures it.
 */
const RUN_CONCURRENCY = 64;
/**
 * Repositories whose runs are listed at once (each one or a few listing requests, and its visibility, two requests at
 * once): 20 repositories are listed in one round trip, within the client's limit on requests in flight (100).
 */
const DISCOVERY_CONCURRENCY = 20;
async function sizeOf(run) {
    if (run.spec.kind !== 'files')
        return 0;
    const inMemory = run.spec.zips.reduce((n, z) => n + (z.data?.byteLength ?? 0), 0);
    const paths = [
        ...run.spec.zips.flatMap((z) => (z.path === undefined ? [] : [z.path])),
        ...run.spec.files.map((f) => f.diskPath),
    ];
    const sizes = await Promise.all(paths.map((p) => external_node_fs_.promises.stat(p).then((s) => s.size, () => 0)));
    return sizes.reduce((a, b) => a + b, inMemory);
}
/** The discovery and download options of one repository, as both entries below build them. */
function sourceOptionsFor(opts, client, repository, now) {
    return {
        client,
        repository,
        lookbackHours: opts.lookbackHours,
        workflows: opts.workflows,
        maxRuns: opts.maxRuns,
        tempRoot: opts.tempRoot,
        now,
        log: opts.log,
    };
}
/**
 * A repository's source options with the one artifact listing of the runs it will prepare (artifact-index.ts). With
 * its first page asked early (discoverRepository), the rest is read now: every repository's at once, while the first
 * runs are prepared. Without, it is sent only when a run first asks (runs kept in a download folder are not prepared,
 * and may all be kept).
 */
function withArtifactIndex(sourceOptions, runs, early) {
    const index = new ArtifactIndex(sourceOptions, runs, early);
    return { ...sourceOptions, artifactIndex: early ? index.prefetch() : index };
}
/**
 * A repository's runs and its visibility, asked at once (a run's evidence needs both). `visibility` from the config
 * (`repository-visibility`) saves the request. Both requests settle before an error is thrown. With `early`, the
 * first page of the repository's artifact listing is asked at the same time (for withArtifactIndex): the runs'
 * downloads start a round trip sooner.
 */
async function discoverRepository(sourceOptions, visibility, early = false) {
    const listing = early ? listArtifactsEarly(sourceOptions) : null;
    const [discovery, isPrivate] = await (0,settle/* settleAll */.j3)([
        discoverRuns(sourceOptions),
        visibility
            ? Promise.resolve(visibility === 'private')
            : repositoryIsPrivate(sourceOptions.client, sourceOptions.repository),
    ]);
    return { discovery, isPrivate, early: listing };
}
/**
 * Every repository's runs listed, DISCOVERY_CONCURRENCY repositories at once. A repository the token cannot read is
 * not covered (unless `single`: then its PermissionError ends the audit); any other error ends it once the listings
 * in flight have settled. Results in the repositories' order.
 */
async function discoverAll(opts, client, repositories, now, single, early) {
    const results = await (0,settle/* mapLimit */.sf)(repositories, DISCOVERY_CONCURRENCY, async (repository) => {
        const sourceOptions = sourceOptionsFor(opts, client, repository, now);
        opts.log?.(`integrity-audit: listing agentic runs of ${repository} from the last ${opts.lookbackHours} h`);
        try {
            const found = await discoverRepository(sourceOptions, opts.config.repositoryVisibility, early);
            return { repository, sourceOptions, ...found };
        }
        catch (err) {
            if (single || !(err instanceof errors/* PermissionError */.i_ || err instanceof github_budget/* BudgetExhausted */.Vd))
                throw err;
            return { repository, reason: err.message.replace(/\.$/, '') };
        }
    });
    return {
        found: results.filter((r) => 'discovery' in r),
        notCovered: results.filter((r) => 'reason' in r),
    };
}
/**
 * One repository given as `owner/repo` is audited as the action audits it: a missing permission ends the audit. With
 * several entries or a glob, a repository the token cannot read is reported as not covered and the others go on.
 */
async function auditGitHub(opts) {
    const { client, config } = opts;
    const single = opts.entries.length === 1 && !parseEntry(opts.entries[0]).glob;
    const selection = single
        ? { repositories: [opts.entries[0]], notCovered: [], notes: [] }
        : await repositories_selectRepositories(client, opts.entries, opts.log);
    const now = opts.now ?? new Date();
    const window = {
        from: new Date(now.getTime() - opts.lookbackHours * 3600_000).toISOString(),
        to: now.toISOString(),
    };
    const discovered = await discoverAll(opts, client, selection.repositories, now, single, !opts.download);
    const notCovered = [...selection.notCovered, ...discovered.notCovered];
    const notes = [...selection.notes];
    const jobs = [];
    let bytes = 0;
    let cached = 0;
    for (const { repository, sourceOptions: listed, discovery, isPrivate, early } of discovered.found) {
        notes.push(...discovery.notes.map((n) => (single ? n : `${repository}: ${n}`)));
        opts.log?.(`integrity-audit: ${discovery.runs.length} run(s) of ${repository} to audit`);
        const sourceOptions = withArtifactIndex(listed, discovery.runs, early);
        for (const run of discovery.runs)
            jobs.push({
                id: String(run.id),
                prepare: async () => {
                    let prepared;
                    if (!opts.download)
                        prepared = await prepare_prepareRun(sourceOptions, run, isPrivate);
                    else {
                        const kept = await cachedRun(opts.download, run.id);
                        if (kept)
                            cached++;
                        prepared =
                            kept ?? (await keepRun(opts.download, run.id, await prepare_prepareRun(sourceOptions, run, isPrivate)));
                    }
                    bytes += await sizeOf(prepared);
                    return prepared;
                },
            });
    }
    if (opts.download)
        await external_node_fs_.promises.mkdir(opts.download, { recursive: true });
    let done = 0;
    const { report } = await (0,audit/* auditRuns */.QM)(jobs, {
        config,
        target: single ? selection.repositories[0] : opts.entries.join(', '),
        window,
        notes: [...notes, ...notCovered.map(notCoveredNote)],
        concurrency: RUN_CONCURRENCY,
        workerEntry: opts.workerEntry,
        useWorkers: await (0,audit/* worthWorkers */.Qg)(jobs.length, async () => null),
        log: (m) => {
            if (/^run \d+\/\d+ /.test(m))
                opts.progress?.({ done: ++done, total: jobs.length, bytes, cached });
            else
                opts.log?.(m);
        },
        rethrow: (err) => single && err instanceof errors/* PermissionError */.i_,
    });
    // Fail closed: a repository that could not be read leaves the audit incomplete, never clean.
    if (notCovered.length > 0 && report.summary.verdict === 'clean')
        report.summary.verdict = 'incomplete';
    return { report, notCovered };
}
/**
 * The action's many repositories: the same selection, discovery and download as auditGitHub, but one report per
 * repository (each its own issue in `issue-mode: per-repository`). `keep` picks the runs of a shard. Every
 * repository's runs go through one pool (RUN_CONCURRENCY runs in flight whatever the repository), then each
 * repository's report is built from its own runs.
 */
async function auditRepositories(opts) {
    const { client, config } = opts;
    const selection = await selectRepositories(client, opts.entries, opts.log);
    const now = opts.now ?? new Date();
    const discovered = await discoverAll(opts, client, selection.repositories, now, false, true);
    const notCovered = [...selection.notCovered, ...discovered.notCovered];
    const parts = discovered.found.map((d) => {
        const runs = opts.keep
            ? d.discovery.runs.filter((r) => opts.keep(d.repository, r.id))
            : d.discovery.runs;
        opts.log?.(`integrity-audit: ${d.repository}: ${runs.length} run(s) to audit`);
        return { ...d, runs, sourceOptions: withArtifactIndex(d.sourceOptions, runs, d.early) };
    });
    const jobs = parts.flatMap((p) => p.runs.map((run) => ({
        id: String(run.id),
        createdAt: run.created_at,
        prepare: () => prepareRun(p.sourceOptions, run, p.isPrivate),
    })));
    const analyses = await analyzeJobs(jobs, {
        config,
        target: null,
        window: { from: null, to: null },
        concurrency: RUN_CONCURRENCY,
        workerEntry: opts.workerEntry,
        useWorkers: await worthWorkers(jobs.length, async () => null),
        log: opts.log,
    });
    let at = 0;
    const perRepository = parts.map((p) => {
        const own = analyses.slice(at, (at += p.runs.length));
        const { report } = reportOf(own, {
            config,
            target: p.repository,
            window: p.discovery.window,
            notes: p.discovery.notes,
        });
        return { repository: p.repository, report };
    });
    return {
        perRepository,
        notCovered: notCovered.sort((a, b) => a.repository.localeCompare(b.repository)),
        notes: selection.notes,
    };
}

// EXTERNAL MODULE: ./src/report/verdict.ts
var verdict = __webpack_require__(687);
// EXTERNAL MODULE: ./src/report/words.ts
var words = __webpack_require__(2691);
;// CONCATENATED MODULE: ./src/engine/budget.ts



/** The report's note when the budget cut the audit short. */
function budgetNote(cut, report) {
    const notStarted = new Set(cut.runs);
    const none = report.runs.filter((r) => notStarted.has(r.id) && r.coverage === 'none').length;
    const parts = [
        none > 0 ? `${(0,words/* count */.U)(none, 'run')} not audited` : null,
        cut.runs.length > none ? `${(0,words/* count */.U)(cut.runs.length - none, 'run')} not fully audited` : null,
        cut.repositories.length > 0
            ? `${(0,words/* count */.U)(cut.repositories.length, 'repository', 'repositories')} not covered (${cut.repositories.join(', ')})`
            : null,
    ].filter((p) => p !== null);
    return `The GitHub API budget cut the audit short: ${cut.reason}; ${parts.join(', ')}.`;
}
/** The report with `api` (and the note, when the budget cut it short) of the client's budget; unchanged without one. */
function withApiUsage(report, client) {
    const budget = apiBudget(client);
    if (!budget)
        return report;
    const cut = report.runs
        .filter((r) => budget.notStarted.has(r.id) || (budget.refusedIn.has(r.id) && (0,verdict/* notFullyAudited */.WG)(r)))
        .map((r) => r.id);
    const api = budget.usage(cut);
    const out = { ...report, api };
    if (!api.cutShort)
        return out;
    out.notes = [budgetNote(api.cutShort, report), ...(report.notes ?? [])];
    // Fail closed: the runs left out already keep the verdict from `clean`; a repository not listed does too.
    if (out.summary.verdict === 'clean')
        out.summary = { ...out.summary, verdict: 'incomplete' };
    return out;
}

// EXTERNAL MODULE: ./src/config.ts
var src_config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/report/suppressions.ts
var suppressions = __webpack_require__(6104);
// EXTERNAL MODULE: ./src/rules/index.ts + 24 modules
var rules = __webpack_require__(1717);
// EXTERNAL MODULE: ./src/cli/output.ts + 8 modules
var output = __webpack_require__(7044);
// EXTERNAL MODULE: ./src/cli/github-options.ts
var github_options = __webpack_require__(8920);
// EXTERNAL MODULE: ./src/cli/settings.ts
var settings = __webpack_require__(1957);
;// CONCATENATED MODULE: ./src/cli/github-mode.ts
// `integrity-audit analyze --repo owner/repo …`: the CLI straight from GitHub. The same discovery, download and
// evidence code as the action (engine/github.ts); the token from GITHUB_TOKEN or GH_TOKEN (`GH_TOKEN=$(gh auth token)`).















function numberOption(name, text, def, min, max, int) {
    if (text === undefined)
        return def;
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n) || n < min || n > max || (int && !Number.isInteger(n)))
        throw new github_options/* GitHubUsageError */.Jm(`--${name} must be ${int ? 'an integer' : 'a number'} from ${min} to ${max} (got "${text}")`);
    return n;
}
/** Bytes as the progress line shows them. */
function size(bytes) {
    return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
async function analyzeFromGitHub(values, options) {
    const env = options.env ?? process.env;
    const stderr = options.stderr ?? process.stderr;
    const entries = repositoryEntries(values.repo ?? []);
    if (entries.length === 0)
        throw new github_options/* GitHubUsageError */.Jm('--repo needs owner/repo or owner/GLOB');
    for (const e of entries) {
        try {
            parseEntry(e);
        }
        catch (err) {
            throw new github_options/* GitHubUsageError */.Jm(`--repo ${err.message}`);
        }
    }
    const lookbackHours = numberOption('lookback-hours', values['lookback-hours'], 24, 1, 24 * 400, false);
    const maxRuns = numberOption('max-runs', values['max-runs'], 50, 1, 1000, true);
    const workflows = repositoryEntries(values.workflows ?? []);
    const apiUrl = (values['api-url'] ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    try {
        if (!/^https?:$/.test(new URL(apiUrl).protocol))
            throw new Error();
    }
    catch {
        throw new github_options/* GitHubUsageError */.Jm(`--api-url must be an http(s) URL such as https://api.github.com (got "${apiUrl}")`);
    }
    const token = env.GITHUB_TOKEN || env.GH_TOKEN;
    if (!token)
        throw new github_options/* GitHubUsageError */.Jm('--repo needs a token in GITHUB_TOKEN or GH_TOKEN (e.g. GH_TOKEN=$(gh auth token))');
    const download = values.download === undefined ? undefined : (0,external_node_path_.resolve)(values.download);
    if (download !== undefined) {
        const st = await external_node_fs_.promises.stat(download).catch(() => null);
        if (st && !st.isDirectory())
            throw new github_options/* GitHubUsageError */.Jm(`--download ${values.download}: is not a folder`);
    }
    const tty = stderr.isTTY === true;
    const log = (m) => {
        if (tty)
            stderr.write(m + '\n');
    };
    const reserve = values['api-reserve'] === undefined ? github_budget/* DEFAULT_RESERVE */.fV : (0,github_budget/* parseReserve */.cl)(values['api-reserve']);
    if (!reserve)
        throw new github_options/* GitHubUsageError */.Jm(`--api-reserve must be a number of requests (e.g. 200) or a share of the rate limit (e.g. 10%) (got "${values['api-reserve']}")`);
    const client = createClient({ token, baseUrl: apiUrl, log, reserve });
    // Downloads are renamed into the download folder: the temporary folder sits beside it (one file system).
    if (download)
        await external_node_fs_.promises.mkdir(download, { recursive: true });
    const tempRoot = await external_node_fs_.promises.mkdtemp((0,external_node_path_.join)(download ?? (0,external_node_os_.tmpdir)(), download ? '.integrity-audit-tmp-' : 'integrity-audit-'));
    try {
        const audit = await auditGitHub({
            client,
            entries,
            lookbackHours,
            workflows,
            maxRuns,
            config: options.config,
            tempRoot,
            download,
            workerEntry: options.workerEntry,
            log,
            progress: (p) => log(`integrity-audit: ${p.done}/${p.total} run(s) done, ${size(p.bytes)} of evidence` +
                (p.cached > 0 ? ` (${p.cached} run(s) from ${values.download})` : '')),
        });
        // The API requests and rate limit, and the runs and repositories the budget left out.
        return { ...audit, report: withApiUsage(audit.report, client) };
    }
    finally {
        await external_node_fs_.promises.rm(tempRoot, { recursive: true, force: true }).catch(() => undefined);
    }
}
/** `--require-full-coverage` also fails (4) when a repository could not be read. */
function gateRepositories(audit, result, requireFullCoverage) {
    if (result.code !== 0 || !requireFullCoverage || audit.notCovered.length === 0)
        return result;
    const list = audit.notCovered.map((n) => n.repository).join(', ');
    return {
        code: 4,
        reason: `integrity-audit: ${audit.notCovered.length} repositor${audit.notCovered.length === 1 ? 'y' : 'ies'} not covered: ${list} (require-full-coverage)`,
    };
}
/**
 * `analyze --repo …`: the settings (as `analyze <path>` reads them, minus the paths), the audit from GitHub, then the
 * report and the one gate, plus the repositories not covered under `--require-full-coverage`.
 */
async function analyzeFromGitHubCommand(values, paths, options) {
    if (paths.length > 0)
        throw new settings/* UsageError */.eb('analyze takes paths or --repo, not both');
    const out = (0,settings/* outputSettings */.xM)(values);
    const config = values.config ? (0,src_config/* loadConfigFile */.HT)(values.config, rules/* RULE_SPECS */.Ce) : src_config/* DEFAULT_CONFIG */.PV;
    (0,suppressions/* parseSuppressions */.Q9)(config.suppressions, rules/* RULE_IDS */.Iu, values.config); // a mistake fails now, not after the audit
    (0,settings/* checkOutputSetting */.Oh)(out);
    let audit;
    try {
        audit = await analyzeFromGitHub(values, { config, workerEntry: options.workerEntry });
    }
    catch (err) {
        throw err instanceof github_options/* GitHubUsageError */.Jm ? new settings/* UsageError */.eb(err.message) : err;
    }
    const code = (0,output/* emitReport */.K)(audit.report, out, `Last ${values['lookback-hours'] ?? 24} hours`);
    const result = gateRepositories(audit, { code: code, reason: null }, out.requireFullCoverage);
    if (result.code !== code && result.reason)
        process.stderr.write(`${result.reason}\n`);
    return result.code;
}


/***/ })

};
