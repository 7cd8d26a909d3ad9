// The audit's API budget (issue 12): the REST requests it makes, the primary rate limit GitHub reports on every answer
// (`x-ratelimit-limit`, `-remaining`, `-used`, `-reset`, `-resource`), and the decision to start no new run when the
// budget is spent: the primary limit exhausted (or down to the reserve, `api-reserve`) with its reset too far to wait
// for, or a secondary limit that kept refusing after the throttling plugin's retries. The runs not started, and those
// a refused request left short, are named in the report with the reason (engine/budget.ts), never dropped.
import type { ApiUsage } from '../model/types.js';
import { messageOf, statusOf, type ApiErrorLike } from './errors.js';

/** How many requests to keep unspent: a count, or a share of the limit. */
export type Reserve = { count: number } | { percent: number };

/** The default `api-reserve`: a tenth of the limit (for the issue, and other automation on the same token). */
export const DEFAULT_RESERVE: Reserve = { percent: 10 };

/** `api-reserve` / `--api-reserve`: `N` requests or `P%` of the limit; null when the text is neither. */
export function parseReserve(text: string): Reserve | null {
  const t = text.trim();
  const pct = /^(\d{1,3}(?:\.\d+)?)\s*%$/.exec(t);
  if (pct) {
    const percent = Number(pct[1]);
    return percent <= 100 ? { percent } : null;
  }
  return /^\d{1,7}$/.test(t) ? { count: Number(t) } : null;
}

export function reserveText(r: Reserve): string {
  return 'count' in r ? String(r.count) : `${r.percent}%`;
}

/**
 * The requests a run is counted for while it is under way (its artifact and job listings, then at least one
 * download), before GitHub's answers say what it spent: the reserve holds whatever number of runs start at once.
 */
export const RUN_REQUESTS = 3;

/** The requests a repository's discovery is counted for while under way: its runs' listing and its visibility. */
export const REPOSITORY_REQUESTS = 2;

/** A run (or a repository's discovery) not started because the budget is spent: the message is the reason. */
export class BudgetExhausted extends Error {}

interface RateLimit {
  resource: string;
  limit: number;
  remaining: number;
  used: number;
  /** epoch seconds */
  reset: number;
}

type Headers = Record<string, string | number | undefined> | undefined;

function readRateLimit(headers: Headers): RateLimit | null {
  const n = (name: string): number | null => {
    const v = headers?.[name];
    if (v === undefined || v === '') return null;
    const x = Number(v);
    return Number.isFinite(x) ? x : null;
  };
  const limit = n('x-ratelimit-limit');
  const remaining = n('x-ratelimit-remaining');
  const reset = n('x-ratelimit-reset');
  if (limit === null || remaining === null || reset === null) return null;
  return {
    resource: String(headers?.['x-ratelimit-resource'] ?? 'core'),
    limit,
    remaining,
    used: n('x-ratelimit-used') ?? Math.max(0, limit - remaining),
    reset,
  };
}

/** `21:14 UTC` (with the date when it is not today's). */
function clock(epochSeconds: number, now: number): string {
  const at = new Date(epochSeconds * 1000).toISOString();
  const today = new Date(now).toISOString().slice(0, 10);
  return `${at.slice(0, 10) === today ? '' : `${at.slice(0, 10)} `}${at.slice(11, 16)} UTC`;
}

export interface BudgetOptions {
  reserve?: Reserve;
  /** The longest wait for a reset the client accepts (its rate-limit wait bound). */
  maxWaitSeconds?: number;
  now?: () => number;
}

export class ApiBudget {
  /** REST API requests made (each attempt; storage downloads, which are not API calls, not). */
  requests = 0;
  readonly reserve: Reserve;
  private readonly maxWait: number;
  private readonly now: () => number;
  /** The `core` limit as last reported: within one window (one reset time) the lowest remaining seen. */
  private core: RateLimit | null = null;
  /** A request refused by the primary limit (after the client's waiting), until its reset. */
  private primaryRefusal: RateLimit | null = null;
  /** A request refused by a secondary limit after the retries: no new run for the rest of the audit. */
  private secondaryRefusal: string | null = null;
  /** The first reason a run or repository was refused. */
  private cut: string | null = null;
  /** Runs not started, and runs with a request refused by a rate limit. */
  readonly notStarted = new Set<string>();
  readonly refusedIn = new Set<string>();
  readonly repositoriesSkipped = new Set<string>();
  /**
   * Requests promised to the runs and repositories under way and not yet reflected in the remaining GitHub reported:
   * each admitted unit holds its estimate until it has finished. Many units start at once (the audit's pool), all
   * before any of their answers arrive; counting them keeps the reserve unspent (double counting a unit's answered
   * requests only stops earlier: fail closed).
   */
  private promised = 0;

  constructor(options: BudgetOptions = {}) {
    this.reserve = options.reserve ?? DEFAULT_RESERVE;
    this.maxWait = options.maxWaitSeconds ?? 120;
    this.now = options.now ?? Date.now;
  }

  /** The reserve in requests, for a limit. */
  reserveCount(limit: number): number {
    return 'count' in this.reserve ? this.reserve.count : Math.ceil((limit * this.reserve.percent) / 100);
  }

  /** Every answer's headers (success or error, after the client's retries). */
  observe(headers: Headers): void {
    const rl = readRateLimit(headers);
    if (!rl || rl.resource !== 'core') return;
    const c = this.core;
    if (!c || rl.reset > c.reset) this.core = rl;
    else if (rl.reset === c.reset && rl.remaining < c.remaining) this.core = rl;
  }

  /** An API error that reached the caller (the client's retries and waits are over). */
  failed(err: unknown): void {
    const e = err as ApiErrorLike;
    const status = statusOf(err);
    if (status !== 403 && status !== 429) return;
    const headers = e.response?.headers as Headers;
    this.observe(headers);
    const rl = readRateLimit(headers);
    if (rl && rl.remaining === 0) this.primaryRefusal = rl;
    else if (/\bsecondary rate\b/i.test(messageOf(err)))
      this.secondaryRefusal ??= messageOf(err).split(/(?<=\.)\s/)[0];
  }

  /** Why no new run may start now, or null. */
  stopReason(): string | null {
    const now = this.now();
    if (this.secondaryRefusal)
      return `GitHub API secondary rate limit kept refusing requests after waiting (${this.secondaryRefusal})`;
    const p = this.primaryRefusal;
    if (p && p.reset * 1000 > now)
      return `GitHub API rate limit exhausted (x-ratelimit-remaining 0 of ${p.limit}), resets at ${clock(p.reset, now)}`;
    const c = this.core;
    // A window that renews within the client's wait bound is waited for (the throttling plugin), not given up.
    if (!c || c.reset * 1000 <= now + this.maxWait * 1000) return null;
    if (c.remaining <= 0)
      return `GitHub API rate limit exhausted (x-ratelimit-remaining 0 of ${c.limit}), resets at ${clock(c.reset, now)}`;
    const reserve = this.reserveCount(c.limit);
    // The requests under way count against the reserve (api-reserve 0 keeps none: GitHub's own refusal is the limit).
    const underWay = reserve > 0 ? this.promised : 0;
    if (c.remaining - underWay < reserve)
      return `GitHub API requests down to the reserve (x-ratelimit-remaining ${c.remaining} of ${c.limit}${underWay > 0 ? `, ${underWay} requests under way` : ''}, api-reserve ${'count' in this.reserve ? reserve : `${reserveText(this.reserve)} = ${reserve}`}), resets at ${clock(c.reset, now)}`;
    return null;
  }

  private refuse(what: string): never {
    const reason = this.stopReason()!;
    this.cut ??= reason;
    throw new BudgetExhausted(`${reason}: ${what}`);
  }

  /** Holds `requests` against the reserve until the returned function is called (once). */
  private promise(requests: number): () => void {
    this.promised += requests;
    let held = true;
    return () => {
      if (held) this.promised -= requests;
      held = false;
    };
  }

  /**
   * Before a run's first request: throws BudgetExhausted (the run is named as not audited) when the budget is spent;
   * else the run's requests (RUN_REQUESTS) count as under way until the returned function is called.
   */
  admitRun(runId: string): () => void {
    if (this.stopReason() === null) return this.promise(RUN_REQUESTS);
    this.notStarted.add(runId);
    this.refuse('not started');
  }

  /**
   * Before listing a repository's runs (many repositories): throws BudgetExhausted when the budget is spent; else its
   * listing and visibility (REPOSITORY_REQUESTS) count as under way until the returned function is called.
   */
  admitRepository(repository: string): () => void {
    if (this.stopReason() === null) return this.promise(REPOSITORY_REQUESTS);
    this.repositoriesSkipped.add(repository);
    this.refuse('runs not listed');
  }

  /** Listing a repository's runs was refused by a rate limit: the error to throw (the repository is not covered). */
  repositoryRefused(repository: string, err: unknown): BudgetExhausted {
    this.failed(err);
    this.repositoriesSkipped.add(repository);
    const reason = this.stopReason() ?? `GitHub API rate limit refused the request (${messageOf(err)})`;
    this.cut ??= reason;
    return new BudgetExhausted(`${reason}: runs not listed`);
  }

  /** A request of this run was refused by a rate limit (its coverage may be short). */
  refusedRun(runId: string): void {
    this.refusedIn.add(runId);
    this.cut ??= this.stopReason();
  }

  /** What the report says of the budget (`report.api`), `runs` the runs the budget cut short. */
  usage(runsCut: string[]): ApiUsage {
    const c = this.core;
    const usage: ApiUsage = {
      requests: this.requests,
      rateLimit: c
        ? {
            resource: c.resource,
            limit: c.limit,
            remaining: c.remaining,
            used: c.used,
            reset: new Date(c.reset * 1000).toISOString(),
          }
        : null,
      reserve: c ? this.reserveCount(c.limit) : 'count' in this.reserve ? this.reserve.count : null,
    };
    const reason = this.cut ?? this.stopReason() ?? 'GitHub API rate limit refused requests of the audit';
    if (runsCut.length > 0 || this.repositoriesSkipped.size > 0)
      usage.cutShort = {
        reason,
        runs: runsCut,
        repositories: [...this.repositoriesSkipped].sort(),
      };
    return usage;
  }
}
