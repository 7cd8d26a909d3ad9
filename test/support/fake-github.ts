// A fake GitHub REST server for end-to-end tests: a real node:http server on 127.0.0.1 (ephemeral port)
// speaking GitHub's REST shapes, plus a second origin standing in for the blob storage that artifact and log
// downloads redirect to. test/fake-github.test.ts checks the responses against GitHub's OpenAPI description.
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHmac, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import * as gh from './github-objects.js';
import type { IssueMeta, Json, Scope } from './github-objects.js';

export interface FakeRun {
  id: number;
  name: string;
  /** e.g. ".github/workflows/smoke.lock.yml" */
  path: string;
  head_branch?: string;
  event?: string;
  /** default completed */
  status?: string;
  /** default success (null when not completed) */
  conclusion?: string | null;
  /** ISO */
  created_at: string;
  /** ISO; default 5 minutes after created_at (when the run finished) */
  updated_at?: string;
  run_number?: number;
  run_attempt?: number;
  workflow_id?: number;
  artifacts?: FakeArtifact[];
  jobs?: FakeJob[];
}
export interface FakeArtifact {
  id?: number;
  name: string;
  expired?: boolean;
  /** zip bytes */
  zip?: Buffer;
  /** or a map of entry path -> content, zipped with yazl at seed time */
  files?: Record<string, string | Buffer>;
}
export interface FakeJob {
  id?: number;
  name: string;
  status?: string;
  conclusion?: string | null;
  log?: string;
  steps?: { name: string; status?: string; conclusion?: string | null; number?: number }[];
}
export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  created_at: string;
  updated_at: string;
  comments: { id: number; body: string; created_at: string }[];
  pull_request?: boolean;
}
export interface Fault {
  method?: string;
  /** matched on the pathname, as requested or normalised (RecordedRequest.path); a string as a substring */
  path: RegExp | string;
  /** restrict to the API or the storage origin (default: both) */
  origin?: 'api' | 'storage';
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** default 1 */
  times?: number;
  /** delay before answering; a fault with only a delay (no status, body or action) then answers normally */
  delayMs?: number;
  /** reset: send the headers and part of the normal body, then destroy the socket; hang: never answer */
  action?: 'reset' | 'hang';
}
export interface RecordedRequest {
  method: string;
  /** normalised pathname (without /api/v3, /repositories/{id} rewritten to /repos/{owner}/{repo}) */
  path: string;
  /** pathname exactly as requested */
  rawPath: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  origin: 'api' | 'storage';
}
export interface FakeRepo {
  runs: FakeRun[];
  issues: FakeIssue[];
  labels: { name: string; color: string }[];
  private?: boolean;
  archived?: boolean;
  disabled?: boolean;
  /** Workflows besides those of its runs (GET …/actions/workflows lists both). */
  workflows?: { name: string; path: string }[];
}
export interface FakeGitHub {
  /** API base URL, e.g. http://127.0.0.1:PORT (the same routes are also served under /api/v3) */
  url: string;
  /** separate origin serving artifact zips and job logs */
  storageUrl: string;
  requests: RecordedRequest[];
  repos: Map<string, FakeRepo>;
  addRun(repo: string, run: FakeRun): void;
  addIssue(repo: string, issue: Partial<FakeIssue> & { title: string }): FakeIssue;
  /** Adds a repository (no runs) with these properties; returns it. */
  addRepo(repo: string, props?: Partial<FakeRepo>): FakeRepo;
  /**
   * Whether an owner is an organization (GET /orgs/{org}/repos lists its repositories) or a user (that route answers
   * 404; GET /users/{username}/repos lists its public repositories). Default: Organization.
   */
  setOwnerType(owner: string, type: 'Organization' | 'User'): void;
  /** scripted failures, consumed in order */
  fault(f: Fault): void;
  /** added to every API response */
  setLatency(ms: number): void;
  /**
   * The primary rate limit (GitHub's documented behaviour): every API answer carries `x-ratelimit-limit`, `-remaining`,
   * `-used`, `-reset` (epoch seconds) and `-resource: core`; once `used` reaches `limit`, API requests are refused with
   * 403 `API rate limit exceeded for installation ID …` and `x-ratelimit-remaining: 0` until the reset (not counted).
   * Default: 5000 per hour, none used.
   */
  setRateLimit(opts: { limit?: number; used?: number; resetInSeconds?: number }): void;
  close(): Promise<void>;
}

interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** refused by the primary rate limit: not counted as used */
  limited?: true;
}
/** One API call; the objects named by path parameters are resolved (else 404) before the handler runs. */
interface Call {
  s: Scope;
  repo: FakeRepo;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** Link header base: the API base + /repositories/{id} + the rest of the path, as GitHub writes them */
  linkPath: string;
  run?: FakeRun;
  artifact?: FakeArtifact;
  job?: FakeJob;
  jobIndex?: number;
  issue?: FakeIssue;
}
type Handler = (c: Call) => Reply | Promise<Reply>;
type Origin = RecordedRequest['origin'];

const DOCS = 'https://docs.github.com/rest';
const MAX_BODY = 65_536;
const RUN_STATUSES = new Set(['queued', 'in_progress', 'completed', 'requested', 'waiting', 'pending']);
const CAPPED_RUN_FILTERS = ['actor', 'branch', 'check_suite_id', 'created', 'event', 'head_sha', 'status'];

const error = (status: number, message: string, errors?: Json[]): Reply => ({
  status,
  body: { message, ...(errors ? { errors } : {}), documentation_url: DOCS, status: String(status) },
});
const notFound = (): Reply => error(404, 'Not Found');
const invalid = (resource: string, field: string, code: string, message?: string): Reply =>
  error(422, 'Validation Failed', [{ resource, code, field, ...(message ? { message } : {}) }]);
const tooLong = (resource: string, text: unknown): Reply | undefined =>
  typeof text === 'string' && [...text].length > MAX_BODY
    ? invalid(resource, 'body', 'custom', `body is too long (maximum is ${MAX_BODY} characters)`)
    : undefined;
const ok = (body: unknown, headers?: Record<string, string>): Reply => ({ status: 200, headers, body });
const now = (): string => gh.iso(Date.now());
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** GitHub search date syntax (`>=D`, `>D`, `<=D`, `<D`, `A..B`, `*`, `D`; D a date or a date-time). */
function createdPredicate(q: string): ((t: number) => boolean) | null {
  const bound = (s: string, end: boolean): number | null => {
    if (s === '*') return end ? Infinity : -Infinity;
    s = s.replace(/ (\d{2}:?\d{2})$/, '+$1'); // an unencoded '+' in a query string arrives as a space
    const m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
    if (!m) return null;
    // a bare date covers the whole UTC day; a date-time without an offset is UTC
    const t = m[2]
      ? Date.parse(m[5] ? s : `${s}Z`)
      : Date.parse(`${m[1]}T00:00:00Z`) + (end ? 86_399_999 : 0);
    return Number.isNaN(t) ? null : t;
  };
  const op = /^(>=|<=|>|<)(.+)$/.exec(q);
  const [a, b] = op ? [op[2], op[2]] : q.includes('..') ? q.split('..', 2) : [q, q];
  const [lo, hi] = [bound(a, false), bound(b, true)];
  if (lo === null || hi === null) return null;
  if (!op) return (t) => t >= lo && t <= hi;
  const cmp: Record<string, (t: number) => boolean> = {
    '>=': (t) => t >= lo,
    '>': (t) => t > hi,
    '<': (t) => t < lo,
    '<=': (t) => t <= hi,
  };
  return cmp[op[1]];
}

/** One page of `items` plus GitHub's Link header (absolute URLs); `cap` limits the reachable results. */
function paginate<T>(c: Call, items: T[], cap = Infinity): { items: T[]; headers: Record<string, string> } {
  const int = (k: string): number => Number.parseInt(c.query.get(k) ?? '', 10);
  const perPage = int('per_page') > 0 ? Math.min(int('per_page'), 100) : 30;
  const page = int('page') > 0 ? int('page') : 1;
  const reachable = Math.min(items.length, cap);
  const last = Math.max(1, Math.ceil(reachable / perPage));
  const start = Math.min((page - 1) * perPage, reachable);
  const link = (p: number, rel: string): string => {
    const q = new URLSearchParams(c.query);
    q.set('page', String(p));
    return `<${c.linkPath}?${q.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  const slice = items.slice(start, Math.min(start + perPage, reachable));
  return { items: slice, headers: links.length ? { link: links.join(', ') } : {} };
}

class Server implements FakeGitHub {
  url = '';
  storageUrl = '';
  requests: RecordedRequest[] = [];
  repos = new Map<string, FakeRepo>();
  private api = http.createServer((req, res) => void this.serve('api', req, res));
  private storage = http.createServer((req, res) => void this.serve('storage', req, res));
  private faults: Fault[] = [];
  private latency: number;
  private used = 0;
  private limit = 5000;
  private nextId = 1_000_000;
  private zips = new Map<number, Promise<Buffer>>();
  private issueMeta = new WeakMap<FakeIssue, IssueMeta>();
  private repoIds = new Map<string, number>();
  private ownerTypes = new Map<string, 'Organization' | 'User'>();
  private secret = randomBytes(16);
  /**
   * Request ids: a random prefix per server and a counter (unique, as GitHub's and Azure's are). Random bytes per
   * response cost the fake a tenth of its CPU in the scale bench, on the cores the action under test runs on.
   */
  private readonly idPrefix = randomBytes(16).toString('hex').toUpperCase();
  private requestSeq = 0;
  private resetAt = Math.floor(Date.now() / 1000) + 3600;

  constructor(private opts: { latencyMs?: number; token?: string }) {
    this.latency = opts.latencyMs ?? 0;
  }

  /** Routing table. `~` stands for /repos/:owner/:repo (404 when the repository is unknown). */
  private routes: Record<string, Handler> = {
    'GET ~': (c) => ok(this.repoJson(c, c.s.full, true)),
    'GET /orgs/:org/repos': (c) => this.listOwnerRepos(c, c.params.org, 'org'),
    'GET /users/:username/repos': (c) => this.listOwnerRepos(c, c.params.username, 'user'),
    'GET ~/actions/runs': (c) => this.listRuns(c, c.repo.runs),
    'GET ~/actions/runs/:run_id': (c) => ok(this.runJson(c.s, c.run!)),
    'GET ~/actions/runs/:run_id/artifacts': (c) => this.listArtifacts(c, [c.run!]),
    'GET ~/actions/runs/:run_id/jobs': (c) => this.listJobs(c),
    'GET ~/actions/workflows': (c) => this.listWorkflows(c),
    'GET ~/actions/workflows/:workflow_id/runs': (c) => this.listWorkflowRuns(c),
    'GET ~/actions/artifacts': (c) => this.listArtifacts(c, this.sortedRuns(c.repo.runs)),
    'GET ~/actions/artifacts/:artifact_id': async (c) =>
      ok(await this.artifactJson(c.s, c.run!, c.artifact!)),
    'GET ~/actions/artifacts/:artifact_id/:archive_format': (c) => this.downloadArtifact(c),
    'GET ~/actions/jobs/:job_id': (c) => ok(gh.job(c.s, c.run!, c.job!, c.jobIndex!)),
    'GET ~/actions/jobs/:job_id/logs': (c) => this.jobLogs(c.job!),
    'GET ~/issues': (c) => this.listIssues(c),
    'POST ~/issues': (c) => this.createIssue(c),
    'GET ~/issues/:issue_number': (c) => ok(this.issueJson(c, c.issue!)),
    'PATCH ~/issues/:issue_number': (c) => this.updateIssue(c, c.issue!),
    'GET ~/issues/:issue_number/comments': (c) => this.listComments(c, c.issue!),
    'POST ~/issues/:issue_number/comments': (c) => this.createComment(c, c.issue!),
    'GET ~/labels': (c) => this.listLabels(c),
    'GET ~/labels/:name': (c) => this.getLabel(c),
    'POST ~/labels': (c) => this.createLabel(c),
    'GET /rate_limit': () => this.rateLimit(),
  };
  private compiled = Object.entries(this.routes).map(([key, handler]) => {
    const [method, template] = key.split(' ');
    const path = template.replace('~', '/repos/:owner/:repo');
    const re = new RegExp(`^${path.replace(/:\w+/g, '([^/]+)')}/?$`);
    return { method, re, names: [...path.matchAll(/:(\w+)/g)].map((m) => m[1]), handler };
  });

  async listen(): Promise<this> {
    const listen = (s: http.Server): Promise<string> =>
      new Promise((resolve) =>
        s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port.toString())),
      );
    const ports = await Promise.all([listen(this.api), listen(this.storage)]);
    [this.url, this.storageUrl] = ports.map((port) => `http://127.0.0.1:${port}`);
    return this;
  }

  async close(): Promise<void> {
    const stop = (s: http.Server): Promise<void> =>
      new Promise((r) => (s.closeAllConnections(), s.close(() => r())));
    await Promise.all([stop(this.api), stop(this.storage)]);
  }

  fault(f: Fault): void {
    this.faults.push({ ...f, times: f.times ?? 1 });
  }

  setLatency(ms: number): void {
    this.latency = ms;
  }

  setRateLimit(opts: { limit?: number; used?: number; resetInSeconds?: number }): void {
    if (opts.limit !== undefined) this.limit = opts.limit;
    if (opts.used !== undefined) this.used = opts.used;
    if (opts.resetInSeconds !== undefined) this.resetAt = Math.floor(Date.now() / 1000) + opts.resetInSeconds;
  }

  /** The primary limit spent (and not reset yet): the refusal GitHub answers with. */
  private rateLimited(path: string): Reply | null {
    if (path === '/rate_limit') return null;
    if (Date.now() / 1000 >= this.resetAt) {
      this.used = 0;
      this.resetAt = Math.floor(Date.now() / 1000) + 3600;
    }
    if (this.used < this.limit) return null;
    return {
      status: 403,
      limited: true,
      body: {
        message:
          'API rate limit exceeded for installation ID 58463520. If you reach out to GitHub Support for help, please include the request ID 0400:3C2B1A:9F8E7D:6C5B4A:680E2A10 and timestamp 2026-04-27 13:01:20 UTC.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
        status: '403',
      },
    };
  }

  // ---- seeding --------------------------------------------------------------------------------------------

  private repoKey(full: string): string | undefined {
    return [...this.repos.keys()].find((k) => same(k, full));
  }

  private ensureRepo(full: string): FakeRepo {
    const key = this.repoKey(full) ?? full;
    if (!this.repos.has(key)) this.repos.set(key, { runs: [], issues: [], labels: [] });
    return this.repos.get(key)!;
  }

  private repoId(full: string): number {
    if (!this.repoIds.has(full)) this.repoIds.set(full, 100_000 + this.repoIds.size);
    return this.repoIds.get(full)!;
  }

  addRepo(repo: string, props: Partial<FakeRepo> = {}): FakeRepo {
    return Object.assign(this.ensureRepo(repo), props);
  }

  setOwnerType(owner: string, type: 'Organization' | 'User'): void {
    this.ownerTypes.set(owner.toLowerCase(), type);
  }

  private ownerType(owner: string): 'Organization' | 'User' {
    return this.ownerTypes.get(owner.toLowerCase()) ?? 'Organization';
  }

  /** The owners that exist: those of a repository, or given a type. */
  private ownerLogin(name: string): string | undefined {
    const owners = [...this.repos.keys()].map((k) => k.split('/')[0]);
    return owners.find((o) => same(o, name)) ?? [...this.ownerTypes.keys()].find((o) => same(o, name));
  }

  addRun(repo: string, run: FakeRun): void {
    this.ensureRepo(repo).runs.push(run);
    this.prepare(run);
  }

  /** Assign ids and start zipping (idempotent; also covers runs pushed into `repos` directly). */
  private prepare(run: FakeRun): void {
    for (const a of run.artifacts ?? []) {
      a.id ??= this.nextId++;
      if (this.zips.has(a.id)) continue;
      this.zips.set(a.id, a.zip ? Promise.resolve(a.zip) : gh.zipFiles(a.files ?? {}));
    }
    for (const j of run.jobs ?? []) j.id ??= this.nextId++;
  }

  addIssue(repo: string, partial: Partial<FakeIssue> & { title: string }): FakeIssue {
    const r = this.ensureRepo(repo);
    const at = partial.created_at ?? now();
    const issue: FakeIssue = {
      ...partial,
      number: partial.number ?? Math.max(0, ...r.issues.map((i) => i.number)) + 1,
      body: partial.body ?? '',
      state: partial.state ?? 'open',
      labels: partial.labels ?? [],
      comments: partial.comments ?? [],
      created_at: at,
      updated_at: partial.updated_at ?? at,
    };
    for (const c of issue.comments) this.nextId = Math.max(this.nextId, c.id + 1);
    this.ensureLabels(r, issue.labels);
    r.issues.push(issue);
    return issue;
  }

  private ensureLabels(repo: FakeRepo, names: string[]): void {
    for (const name of names) {
      if (!repo.labels.some((l) => same(l.name, name))) repo.labels.push({ name, color: 'ededed' });
    }
  }

  // ---- request pipeline -----------------------------------------------------------------------------------

  private async serve(origin: Origin, req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = req.method ?? 'GET';
      const text = (await readBody(req)).toString('utf8');
      let body: unknown = text || undefined;
      let badJson = false;
      try {
        if (text && origin === 'api') body = JSON.parse(text);
      } catch {
        badJson = true;
      }
      const ghes = origin === 'api' && /^\/api\/v3(\/|$)/.test(url.pathname);
      const path = origin === 'api' ? this.normalise(url.pathname.slice(ghes ? 7 : 0) || '/') : url.pathname;
      const query = Object.fromEntries(url.searchParams);
      this.requests.push({ method, path, rawPath: url.pathname, query, headers: req.headers, body, origin });
      if (origin === 'api' && this.latency > 0) await sleep(this.latency);

      const fault = this.takeFault(origin, method, url.pathname, path);
      if (fault?.delayMs) await sleep(fault.delayMs);
      if (fault?.action === 'hang') return;
      let reply: Reply;
      const limited = origin === 'api' && !fault ? this.rateLimited(path) : null;
      if (limited) reply = limited;
      else if (fault && !fault.action && (fault.status !== undefined || fault.body !== undefined)) {
        const status = fault.status ?? 500;
        const body = fault.body ?? error(status, http.STATUS_CODES[status] ?? '').body;
        reply = { status, headers: fault.headers, body };
      } else {
        const base = this.url + (ghes ? '/api/v3' : '');
        if (origin === 'storage') reply = await this.serveStorage(req, url);
        else if (badJson) reply = error(400, 'Problems parsing JSON');
        else reply = await this.route(method, path, url.searchParams, body, base, req.headers.authorization);
        const headers = { ...reply.headers, ...fault?.headers };
        if (fault) reply = { ...reply, status: fault.status ?? reply.status, headers };
      }
      this.send(origin, req, res, reply, fault?.action === 'reset');
    } catch (e) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e instanceof Error ? e.stack : e));
    }
  }

  /** Link-style /repositories/{id}/… paths onto /repos/{owner}/{repo}/…. */
  private normalise(path: string): string {
    const owner = /^\/(organizations|user)\/(\d+)\/repos$/.exec(path);
    if (owner) {
      const logins = [...this.repos.keys()].map((k) => k.split('/')[0]);
      const login = logins.find((o) => gh.hashId(`owner:${o}`) === Number(owner[2]));
      if (login) return `/${owner[1] === 'user' ? 'users' : 'orgs'}/${login}/repos`;
    }
    const m = /^\/repositories\/(\d+)(\/.*)?$/.exec(path);
    const full = m && [...this.repoIds].find(([, id]) => id === Number(m[1]))?.[0];
    return m && full ? `/repos/${full}${m[2] ?? ''}` : path;
  }

  private takeFault(origin: Origin, method: string, rawPath: string, path: string): Fault | undefined {
    const hit = (f: Fault, p: string): boolean =>
      typeof f.path === 'string' ? p.includes(f.path) : f.path.test(p);
    const i = this.faults.findIndex(
      (f) =>
        (!f.origin || f.origin === origin) &&
        (!f.method || f.method.toUpperCase() === method) &&
        (hit(f, rawPath) || hit(f, path)),
    );
    if (i < 0) return undefined;
    const f = this.faults[i];
    if ((f.times = (f.times ?? 1) - 1) <= 0) this.faults.splice(i, 1);
    return f;
  }

  private async route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
    base: string,
    auth?: string,
  ): Promise<Reply> {
    const { token } = this.opts;
    if (token !== undefined && path !== '/rate_limit') {
      if (!auth) return error(401, 'Requires authentication');
      if (!['token', 'bearer'].some((s) => same(auth, `${s} ${token}`))) return error(401, 'Bad credentials');
    }
    for (const r of this.compiled) {
      const m = r.method === method ? r.re.exec(path) : null;
      if (!m) continue;
      const params = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
      const key = params.owner === undefined ? undefined : this.repoKey(`${params.owner}/${params.repo}`);
      if (params.owner !== undefined && !key) return notFound();
      const full = key ?? '';
      const repo = key ? this.repos.get(key)! : { runs: [], issues: [], labels: [] };
      repo.runs.forEach((run) => this.prepare(run));
      const repoId = key ? this.repoId(key) : 0;
      const s: Scope = { api: base, html: 'https://github.com', full, repoId, isPrivate: !!repo.private };
      const rest = path.replace(/^\/repos\/[^/]+\/[^/]+/, '');
      const linkPath = key ? `${base}/repositories/${s.repoId}${rest}` : base + path;
      const c: Call = { s, repo, params, query, body: (body ?? {}) as Record<string, unknown>, linkPath };
      return this.resolve(c) ? r.handler(c) : notFound();
    }
    return notFound();
  }

  /** Fill in the objects named by the path parameters; false when one does not exist. */
  private resolve(c: Call): boolean {
    const { run_id, artifact_id, job_id, issue_number } = c.params;
    for (const run of c.repo.runs) {
      if (String(run.id) === run_id) c.run = run;
      const artifact = run.artifacts?.find((a) => String(a.id) === artifact_id);
      if (artifact) [c.run, c.artifact] = [run, artifact];
      const jobIndex = (run.jobs ?? []).findIndex((j) => String(j.id) === job_id);
      if (jobIndex >= 0) [c.run, c.job, c.jobIndex] = [run, run.jobs![jobIndex], jobIndex];
    }
    c.issue = c.repo.issues.find((i) => String(i.number) === issue_number);
    return !(
      (run_id !== undefined && !c.run) ||
      (artifact_id !== undefined && !c.artifact) ||
      (job_id !== undefined && !c.job) ||
      (issue_number !== undefined && !c.issue)
    );
  }

  /** GitHub's form: 4, 6, 6, 6 and 8 hex digits. */
  private requestId(): string {
    const p = this.idPrefix;
    const seq = (this.requestSeq++ >>> 0).toString(16).toUpperCase().padStart(8, '0');
    return `${p.slice(0, 4)}:${p.slice(4, 10)}:${p.slice(10, 16)}:${p.slice(16, 22)}:${seq}`;
  }

  private send(
    origin: Origin,
    req: IncomingMessage,
    res: ServerResponse,
    reply: Reply,
    reset: boolean,
  ): void {
    const headers: Record<string, string> = {};
    let payload: Buffer | undefined;
    if (Buffer.isBuffer(reply.body)) payload = reply.body;
    else if (typeof reply.body === 'string') payload = Buffer.from(reply.body);
    else if (reply.body !== undefined) {
      payload = Buffer.from(JSON.stringify(reply.body));
      headers['content-type'] = 'application/json; charset=utf-8';
    }
    if (origin === 'api') {
      if (!reply.limited) this.used++;
      Object.assign(headers, {
        'x-github-media-type': 'github.v3; format=json',
        'x-github-api-version-selected': '2022-11-28',
        'x-ratelimit-limit': String(this.limit),
        'x-ratelimit-remaining': String(Math.max(0, this.limit - this.used)),
        'x-ratelimit-used': String(this.used),
        'x-ratelimit-reset': String(this.resetAt),
        'x-ratelimit-resource': 'core',
        'x-github-request-id': this.requestId(),
      });
    } else {
      Object.assign(headers, {
        'x-ms-request-id': this.requestId().replaceAll(':', '').toLowerCase(),
        'x-ms-version': '2025-01-05',
      });
    }
    for (const [k, v] of Object.entries(reply.headers ?? {})) headers[k.toLowerCase()] = v;
    headers['content-length'] = String(payload?.length ?? 0);
    if (reset && !payload?.length) return void req.socket.destroy();
    res.writeHead(reply.status, headers);
    if (!reset) return void res.end(payload);
    // a connection reset mid-body: the client has the headers and half of the bytes
    res.write(payload!.subarray(0, Math.ceil(payload!.length / 2)), () =>
      setImmediate(() => req.socket.destroy()),
    );
  }

  // ---- storage origin (Azure-blob-like: pre-signed URLs, no Authorization header accepted) ----------------

  private sign(path: string, expiry: string): string {
    return createHmac('sha256', this.secret).update(`${path}\n${expiry}`).digest('base64');
  }

  private redirect(path: string, filename: string): Reply {
    const se = gh.iso(Date.now() + 60_000);
    const sig = this.sign(path, se);
    const rscd = `attachment; filename="${filename}"`;
    const q = new URLSearchParams({ sv: '2025-01-05', spr: 'https', se, sr: 'b', sp: 'r', sig, rscd });
    return { status: 302, headers: { location: `${this.storageUrl}${path}?${q.toString()}` } };
  }

  private async serveStorage(req: IncomingMessage, url: URL): Promise<Reply> {
    const azure = (status: number, code: string, message: string): Reply => {
      const xml = `<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
      const headers = { 'content-type': 'application/xml', 'x-ms-error-code': code };
      return { status, headers, body: `<?xml version="1.0" encoding="utf-8"?>\n${xml}` };
    };
    if (req.headers.authorization !== undefined) {
      const message = 'Authentication information is not given in the correct format.';
      return azure(400, 'InvalidAuthenticationInfo', `${message} Check the value of Authorization header.`);
    }
    const se = url.searchParams.get('se') ?? '';
    if (url.searchParams.get('sig') !== this.sign(url.pathname, se) || !(Date.parse(se) > Date.now())) {
      return azure(403, 'AuthenticationFailed', 'Server failed to authenticate the request.');
    }
    const [, kind, idText] =
      /^\/actions-results\/(artifacts|logs)\/(\d+)\.(zip|txt)$/.exec(url.pathname) ?? [];
    const id = Number(idText);
    if (kind === 'artifacts' && this.zips.has(id)) {
      return { status: 200, headers: { 'content-type': 'application/zip' }, body: await this.zips.get(id) };
    }
    const jobs = [...this.repos.values()].flatMap((r) => r.runs.flatMap((run) => run.jobs ?? []));
    const log = jobs.find((j) => j.id === id)?.log;
    if (kind === 'logs' && log !== undefined) {
      return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: log };
    }
    return azure(404, 'BlobNotFound', 'The specified blob does not exist.');
  }

  // ---- handlers: runs, workflows, artifacts, jobs ---------------------------------------------------------

  private page(c: Call, all: unknown[]): Reply {
    const p = paginate(c, all);
    return ok(p.items, p.headers);
  }

  private sortedRuns(runs: FakeRun[]): FakeRun[] {
    return [...runs].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id);
  }

  private workflowId(s: Scope, run: FakeRun): number {
    return run.workflow_id ?? gh.hashId(`workflow:${s.full}:${run.path}`);
  }

  private runJson(s: Scope, run: FakeRun, repoJson = gh.repository(s)): Json {
    return gh.workflowRun(s, run, this.workflowId(s, run), repoJson);
  }

  private listRuns(c: Call, runs: FakeRun[]): Reply {
    const q = c.query;
    const created = q.has('created') ? createdPredicate(q.get('created')!) : () => true;
    if (!created)
      return invalid('WorkflowRun', 'created', 'invalid', `Invalid created filter: ${q.get('created')}`);
    const status = q.get('status');
    const fields: Record<string, (r: FakeRun) => string> = {
      branch: (r) => r.head_branch ?? 'main',
      event: (r) => r.event ?? 'schedule',
      actor: () => gh.BOT.login,
      head_sha: (r) => gh.sha(`run:${r.id}`),
    };
    const selected = this.sortedRuns(runs).filter(
      (r) =>
        created(Math.floor(Date.parse(r.created_at) / 1000) * 1000) &&
        (!status ||
          (RUN_STATUSES.has(status) ? (r.status ?? 'completed') : gh.runConclusion(r)) === status) &&
        Object.entries(fields).every(([k, get]) => !q.has(k) || get(r) === q.get(k)),
    );
    const p = paginate(c, selected, CAPPED_RUN_FILTERS.some((k) => q.has(k)) ? 1000 : Infinity);
    const repoJson = gh.repository(c.s);
    const workflow_runs = p.items.map((r) => this.runJson(c.s, r, repoJson));
    return ok({ total_count: selected.length, workflow_runs }, p.headers);
  }

  private workflows(c: Call): { id: number; name: string; path: string }[] {
    const byPath = new Map<string, { id: number; name: string; path: string }>();
    for (const r of c.repo.runs) {
      byPath.set(r.path, { id: this.workflowId(c.s, r), name: r.name, path: r.path });
    }
    for (const w of c.repo.workflows ?? []) {
      if (!byPath.has(w.path))
        byPath.set(w.path, { id: gh.hashId(`workflow:${c.s.full}:${w.path}`), name: w.name, path: w.path });
    }
    return [...byPath.values()].sort((a, b) => a.id - b.id);
  }

  private listWorkflows(c: Call): Reply {
    const all = this.workflows(c);
    const p = paginate(c, all);
    const workflows = p.items.map((w) => gh.workflow(c.s, w.id, w.name, w.path));
    return ok({ total_count: all.length, workflows }, p.headers);
  }

  private listWorkflowRuns(c: Call): Reply {
    const key = c.params.workflow_id;
    const wf = this.workflows(c).find((w) => String(w.id) === key || w.path.split('/').pop() === key);
    if (!wf) return notFound();
    const runs = c.repo.runs.filter((r) => r.path === wf.path);
    return this.listRuns(c, runs);
  }

  /** A repository as GET /repos/{o}/{r} (`full`) or the owner listings (minimal-repository) give it. */
  private repoJson(c: Call, full: string, complete: boolean): Json {
    const r = this.repos.get(full)!;
    const s: Scope = { ...c.s, full, repoId: this.repoId(full), isPrivate: !!r.private };
    const owner = full.split('/')[0];
    const json = gh.repository(s, complete);
    return {
      ...json,
      owner: gh.user(s, owner, gh.hashId(`owner:${owner}`), this.ownerType(owner)),
      ...(complete ? {} : { visibility: r.private ? 'private' : 'public', default_branch: 'main' }),
      ...(complete ? {} : gh.repoDates()),
      archived: !!r.archived,
      disabled: !!r.disabled,
    };
  }

  /**
   * GET /orgs/{org}/repos (404 for a user) and GET /users/{username}/repos (public repositories only, as documented;
   * an organization's too): `type`, `sort`, `direction`, paginated with Link URLs by owner id as GitHub writes them.
   */
  private listOwnerRepos(c: Call, name: string, route: 'org' | 'user'): Reply {
    const login = this.ownerLogin(name);
    if (!login || (route === 'org' && this.ownerType(login) !== 'Organization')) return notFound();
    const type = c.query.get('type') ?? (route === 'org' ? 'all' : 'owner');
    const allowed =
      route === 'org'
        ? ['all', 'public', 'private', 'forks', 'sources', 'member']
        : ['all', 'owner', 'member'];
    if (!allowed.includes(type)) return invalid('Repository', 'type', 'invalid');
    const sort = c.query.get('sort') ?? (route === 'org' ? 'created' : 'full_name');
    const direction = c.query.get('direction') ?? (sort === 'full_name' ? 'asc' : 'desc');
    const names = [...this.repos.keys()].filter((k) => same(k.split('/')[0], login));
    const visible = names.filter((k) => {
      const priv = !!this.repos.get(k)!.private;
      if (route === 'user') return !priv && type !== 'member';
      return type === 'public'
        ? !priv
        : type === 'private'
          ? priv
          : type !== 'forks' && type !== 'member'
            ? true
            : false;
    });
    const order = (a: string, b: string): number =>
      sort === 'full_name' ? a.toLowerCase().localeCompare(b.toLowerCase()) : this.repoId(a) - this.repoId(b);
    visible.sort((a, b) => (direction === 'asc' ? order(a, b) : order(b, a)));
    const ownerId = gh.hashId(`owner:${login}`);
    const linkPath = `${c.s.api}/${route === 'org' ? 'organizations' : 'user'}/${ownerId}/repos`;
    const p = paginate({ ...c, linkPath }, visible);
    return ok(
      p.items.map((k) => this.repoJson(c, k, false)),
      p.headers,
    );
  }

  private async artifactJson(s: Scope, run: FakeRun, a: FakeArtifact): Promise<Json> {
    return gh.artifact(s, run, a, await this.zips.get(a.id!)!);
  }

  private async listArtifacts(c: Call, runs: FakeRun[]): Promise<Reply> {
    const name = c.query.get('name');
    const all = runs.flatMap((run) => (run.artifacts ?? []).map((a) => ({ run, a })));
    const named = all.filter(({ a }) => name === null || a.name === name);
    const p = paginate(c, named);
    const artifacts = await Promise.all(p.items.map(({ run, a }) => this.artifactJson(c.s, run, a)));
    return ok({ total_count: named.length, artifacts }, p.headers);
  }

  private downloadArtifact(c: Call): Reply {
    const a = c.artifact!;
    if (c.params.archive_format !== 'zip') return notFound();
    if (a.expired) return error(410, 'Artifact has expired');
    return this.redirect(`/actions-results/artifacts/${a.id}.zip`, `${a.name}.zip`);
  }

  private listJobs(c: Call): Reply {
    const all = (c.run!.jobs ?? []).map((j, i) => gh.job(c.s, c.run!, j, i));
    const p = paginate(c, all);
    return ok({ total_count: all.length, jobs: p.items }, p.headers);
  }

  private jobLogs(j: FakeJob): Reply {
    return j.log === undefined
      ? notFound()
      : this.redirect(`/actions-results/logs/${j.id}.txt`, `job-${j.id}.txt`);
  }

  // ---- handlers: issues, comments, labels -----------------------------------------------------------------

  private meta(c: Call, i: FakeIssue): IssueMeta {
    if (!this.issueMeta.has(i)) {
      this.issueMeta.set(i, {
        id: gh.hashId(`issue:${c.s.full}:${i.number}`),
        stateReason: null,
        closedAt: null,
      });
    }
    const meta = this.issueMeta.get(i)!;
    if (i.state === 'closed') meta.stateReason ??= 'completed';
    return meta;
  }

  private issueJson(c: Call, i: FakeIssue): Json {
    const labelOf = (n: string): Json =>
      gh.label(c.s, c.repo.labels.find((l) => same(l.name, n)) ?? { name: n, color: 'ededed' });
    return gh.issue(c.s, i, this.meta(c, i), labelOf);
  }

  private listIssues(c: Call): Reply {
    const q = c.query;
    const state = q.get('state') ?? 'open';
    const wanted = (q.get('labels') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const since = q.has('since') ? Date.parse(q.get('since')!) : -Infinity;
    const sort = q.get('sort') ?? 'created';
    const dir = q.get('direction') === 'asc' ? 1 : -1;
    const key = (i: FakeIssue): number =>
      sort === 'comments' ? i.comments.length : Date.parse(sort === 'updated' ? i.updated_at : i.created_at);
    const all = c.repo.issues
      .filter((i) => (state === 'all' || i.state === state) && Date.parse(i.updated_at) >= since)
      .filter((i) => wanted.every((w) => i.labels.some((l) => same(l, w))))
      .sort((a, b) => dir * (key(a) - key(b) || a.number - b.number));
    const issues = all.map((i) => this.issueJson(c, i));
    return this.page(c, issues);
  }

  private labelNames(v: unknown): string[] | undefined {
    return Array.isArray(v)
      ? v.map((l) => String(typeof l === 'string' ? l : (l as { name?: unknown }).name))
      : undefined;
  }

  private createIssue(c: Call): Reply {
    const { title, body } = c.body;
    if (typeof title !== 'string' && typeof title !== 'number')
      return invalid('Issue', 'title', 'missing_field');
    const rejected = tooLong('Issue', body);
    if (rejected) return rejected;
    const labels = this.labelNames(c.body.labels) ?? [];
    const issue = this.addIssue(c.s.full, {
      title: String(title),
      body: typeof body === 'string' ? body : '',
      labels,
    });
    const json = this.issueJson(c, issue);
    return { status: 201, headers: { location: json.url as string }, body: json };
  }

  private updateIssue(c: Call, i: FakeIssue): Reply {
    const b = c.body;
    const rejected = tooLong('Issue', b.body);
    if (rejected) return rejected;
    if (b.state !== undefined && b.state !== 'open' && b.state !== 'closed')
      return invalid('Issue', 'state', 'invalid');
    const meta = this.meta(c, i);
    if (typeof b.title === 'string') i.title = b.title;
    if (typeof b.body === 'string' || b.body === null) i.body = b.body ?? '';
    const labels = this.labelNames(b.labels);
    if (labels) this.ensureLabels(c.repo, (i.labels = labels));
    if (b.state && b.state !== i.state) {
      i.state = b.state as 'open' | 'closed';
      meta.closedAt = i.state === 'closed' ? now() : null;
      meta.stateReason = i.state === 'closed' ? 'completed' : 'reopened';
    }
    if (typeof b.state_reason === 'string') meta.stateReason = b.state_reason;
    i.updated_at = now();
    return ok(this.issueJson(c, i));
  }

  private listComments(c: Call, i: FakeIssue): Reply {
    const since = c.query.has('since') ? Date.parse(c.query.get('since')!) : -Infinity;
    const comments = i.comments.filter((x) => Date.parse(x.created_at) >= since);
    const json = comments.map((x) => gh.comment(c.s, i.number, x));
    return this.page(c, json);
  }

  private createComment(c: Call, i: FakeIssue): Reply {
    const { body } = c.body;
    if (typeof body !== 'string') return invalid('IssueComment', 'body', 'missing_field');
    const rejected = tooLong('IssueComment', body);
    if (rejected) return rejected;
    const comment = { id: this.nextId++, body, created_at: now() };
    i.comments.push(comment);
    i.updated_at = comment.created_at;
    const json = gh.comment(c.s, i.number, comment);
    return { status: 201, headers: { location: json.url as string }, body: json };
  }

  private listLabels(c: Call): Reply {
    const labels = c.repo.labels.map((l) => gh.label(c.s, l));
    return this.page(c, labels);
  }

  private getLabel(c: Call): Reply {
    const l = c.repo.labels.find((x) => same(x.name, c.params.name));
    return l ? ok(gh.label(c.s, l)) : notFound();
  }

  private createLabel(c: Call): Reply {
    const { name, color = 'ededed' } = c.body;
    if (typeof name !== 'string' || !name) return invalid('Label', 'name', 'missing_field');
    const hex = String(color).replace(/^#/, '').toLowerCase();
    if (!/^[0-9a-f]{6}$/.test(hex)) return invalid('Label', 'color', 'invalid');
    if (c.repo.labels.some((l) => same(l.name, name))) return invalid('Label', 'name', 'already_exists');
    c.repo.labels.push({ name, color: hex });
    return { status: 201, body: gh.label(c.s, { name, color: hex }) };
  }

  private rateLimit(): Reply {
    const core = {
      limit: this.limit,
      used: this.used,
      remaining: Math.max(0, this.limit - this.used),
      reset: this.resetAt,
    };
    return ok({
      resources: { core, search: { limit: 30, used: 0, remaining: 30, reset: this.resetAt } },
      rate: core,
    });
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function startFakeGitHub(opts: { latencyMs?: number; token?: string } = {}): Promise<FakeGitHub> {
  return new Server(opts).listen();
}
