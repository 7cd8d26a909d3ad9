// The repository's artifact listing (`GET /repos/{owner}/{repo}/actions/artifacts`), read once for many runs in place
// of one listing per run: an audit of 25 runs of a repository then costs one request for their artifacts, not 25 (a
// quarter of the audit's API requests; GitHub's limits are per hour and per repository). It is used only where it is
// certain to hold every artifact of a run, and a run it does not settle is listed on its own, as before.
import { apiBudget, splitRepository } from '../../github/client.js';
import { messageOf } from '../../github/errors.js';
import type { Artifact, GitHubSourceOptions, RunArtifacts, WorkflowRun } from './types.js';

/** An artifact of the repository's listing: it names its run and its time. */
export interface ListedArtifact extends Artifact {
  created_at?: string | null;
  workflow_run?: { id?: number } | null;
}

/**
 * A run that finished less than this long ago is listed on its own: the repository's listing can show an upload
 * minutes after it was made (the runs of a scheduled audit are older; the run right before a post-agent step is not).
 */
export const SETTLE_MS = 10 * 60_000;
/** An artifact's time may precede its run's creation by clock skew between GitHub's services: this much is allowed. */
export const SKEW_MS = 5 * 60_000;
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
export function indexArtifacts(
  listed: readonly ListedArtifact[],
  exhausted: boolean,
  runs: ReadonlyMap<number, number>,
): Map<number, Artifact[]> | null {
  let horizon = Infinity;
  const ids = new Set<number>();
  const byRun = new Map<number, Artifact[]>();
  for (const a of listed) {
    const time = Date.parse(a.created_at ?? '');
    const run = a.workflow_run?.id;
    if (!Number.isFinite(time) || typeof run !== 'number' || time > horizon) return null;
    horizon = time;
    const created = runs.get(run);
    // A page read after new uploads shifted the listing repeats the end of the one before.
    if (ids.has(a.id) || created === undefined) continue;
    // An artifact older than its run breaks what the coverage rests on: the listing's times cannot be relied on.
    if (time < created - SKEW_MS) return null;
    ids.add(a.id);
    const own = byRun.get(run);
    const artifact: Artifact = {
      id: a.id,
      name: a.name,
      expired: a.expired,
      expires_at: a.expires_at,
      size_in_bytes: a.size_in_bytes,
    };
    if (own) own.push(artifact);
    else byRun.set(run, [artifact]);
  }
  const covered = new Map<number, Artifact[]>();
  for (const [run, created] of runs) {
    const own = byRun.get(run);
    if (own && (exhausted || created - SKEW_MS > horizon)) covered.set(run, own);
  }
  return covered;
}

/** The first page of the repository's listing, asked before its runs are known: its audit one round trip shorter. */
export interface EarlyListing {
  /** When it was asked (ms): the runs that had settled by then are those it can hold whole. */
  readonly sentAt: number;
  readonly page: Promise<{ items: ListedArtifact[]; next: string | null } | { error: unknown }>;
}

/**
 * Asks for the first page of the repository's artifact listing now, beside the listing of its runs (the artifact
 * index needs the runs before it can use the page; the page no longer waits for them). Null once the API budget is
 * spent or when max-runs is below what the index uses. Never rejects: a failure is kept for the index, which then
 * lists each run's own.
 */
export function listArtifactsEarly(
  opts: Pick<GitHubSourceOptions, 'client' | 'repository' | 'maxRuns'>,
): EarlyListing | null {
  const { client, repository } = opts;
  // Fewer runs than the index ever uses (max-runs 1), or no budget left: nothing asked.
  if (opts.maxRuns < MIN_RUNS || apiBudget(client)?.stopReason()) return null;
  const { owner, repo } = splitRepository(repository);
  const sentAt = Date.now();
  const page = client
    .request('GET /repos/{owner}/{repo}/actions/artifacts', { owner, repo, per_page: 100 })
    .then(
      (res) => ({
        items: (res.data as { artifacts?: ListedArtifact[] }).artifacts ?? [],
        next: nextPage(res.headers.link),
      }),
      (error: unknown) => ({ error }),
    );
  return { sentAt, page };
}

/** The `rel="next"` URL of a `Link` header (GitHub's pagination), or null on the last page. */
export function nextPage(link: string | undefined): string | null {
  for (const part of (link ?? '').split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return null;
}

/**
 * A repository's runs to prepare and the one listing of their artifacts, read when the first of them asks (every run
 * of the repository waits for the same listing). A run the listing does not settle gets null: its own listing.
 */
export class ArtifactIndex implements RunArtifacts {
  /** Settled runs: id → creation time (ms). */
  private readonly runs = new Map<number, number>();
  private listing: Promise<Map<number, Artifact[]> | null> | null = null;

  constructor(
    private readonly opts: Pick<GitHubSourceOptions, 'client' | 'repository' | 'log'>,
    runs: readonly WorkflowRun[],
    /** The listing's first page, already asked (listArtifactsEarly). */
    private readonly early: EarlyListing | null = null,
    now = early?.sentAt ?? Date.now(),
  ) {
    for (const run of runs) {
      const finished = Date.parse(run.updated_at ?? '');
      const created = Date.parse(run.created_at);
      if (finished <= now - SETTLE_MS && Number.isFinite(created)) this.runs.set(run.id, created);
    }
    if (this.runs.size < MIN_RUNS) this.runs.clear();
  }

  /**
   * Starts the listing now (when it will be used), not when the first run asks: with many repositories, their runs
   * queued behind others would otherwise each wait one more round trip for their repository's listing.
   */
  prefetch(): this {
    if (this.runs.size > 0) this.listing ??= this.list();
    return this;
  }

  /** The run's artifacts from the repository's listing, or null: list the run's own. */
  async of(run: Pick<WorkflowRun, 'id'>): Promise<Artifact[] | null> {
    if (!this.runs.has(run.id)) return null;
    this.listing ??= this.list();
    return (await this.listing)?.get(run.id) ?? null;
  }

  private async list(): Promise<Map<number, Artifact[]> | null> {
    const { client, repository } = this.opts;
    // With the API budget spent no run starts (github/budget.ts): the listing would be a request for nothing.
    if (apiBudget(client)?.stopReason()) return null;
    const { owner, repo } = splitRepository(repository);
    const oldest = Math.min(...this.runs.values());
    const maxPages = Math.max(2, Math.ceil(this.runs.size / RUNS_PER_PAGE));
    const listed: ListedArtifact[] = [];
    let exhausted = true;
    let pages = 0;
    const early = this.early;
    // The listing's pages in order, each with whether another follows: the first one asked early when it was, then
    // the rest by the `Link` header.
    async function* listingPages(): AsyncGenerator<{ items: ListedArtifact[]; more: boolean }> {
      let route = 'GET /repos/{owner}/{repo}/actions/artifacts';
      let params: Record<string, unknown> = { owner, repo, per_page: 100 };
      if (early) {
        const first = await early.page;
        if ('error' in first) throw first.error;
        yield { items: first.items, more: first.next !== null };
        if (!first.next) return;
        [route, params] = [`GET ${first.next}`, {}];
      }
      for await (const page of client.paginate.iterator(route, params))
        yield { items: page.data as unknown as ListedArtifact[], more: nextPage(page.headers.link) !== null };
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
    } catch (err) {
      this.opts.log?.(
        `  ${repository}: the repository's artifact listing failed (${messageOf(err)}); listing each run's own`,
      );
      return null;
    }
    const index = indexArtifacts(listed, exhausted, this.runs);
    this.opts.log?.(
      index
        ? `  ${repository}: ${index.size} of ${this.runs.size} run(s) found in the repository's artifact listing (${pages} page(s))`
        : `  ${repository}: the repository's artifact listing cannot be relied on (not newest first, an artifact without its run or time, or older than its run); listing each run's own`,
    );
    return index;
  }
}
