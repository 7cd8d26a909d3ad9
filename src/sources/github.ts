// The GitHub source: recent agentic runs of a repository, their evidence artifacts (downloaded to a temporary file,
// read with yauzl), their jobs, and the activation job's log when that job failed (FORMATS.md §1, §10, §11).
import { createWriteStream, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import picomatch from 'picomatch';
import type { CoverageNote, JobInfo, RunMeta } from '../model/types.js';
import { splitRepository, type GitHubClient } from '../github/client.js';
import { messageOf, PermissionError, statusOf, withPermission } from '../github/errors.js';
import { isActivationJob } from '../model/jobs.js';
import type { PreparedRun } from './run-spec.js';
import { artifactBase, isDockerBuildArtifact, isEvidenceArtifact } from './artifacts.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip.js';
import { settleAll } from '../util/settle.js';

export interface WorkflowRun {
  id: number;
  name?: string | null;
  path?: string;
  head_branch?: string | null;
  event?: string;
  status?: string | null;
  conclusion?: string | null;
  html_url?: string;
  created_at: string;
  run_attempt?: number;
}

export interface GitHubSourceOptions {
  client: GitHubClient;
  /** owner/repo */
  repository: string;
  lookbackHours: number;
  workflows: string[];
  maxRuns: number;
  now?: Date;
  tempRoot: string;
  zipLimits?: ZipLimits;
  log?: (message: string) => void;
}

export interface Discovery {
  runs: WorkflowRun[];
  window: { from: string; to: string };
  notes: string[];
}

const SEARCH_CAP = 1000;
const DROPPED_CONCLUSIONS = new Set(['skipped', 'action_required']);

function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Agentic workflows only (`path` ends in `.lock.yml`), matching the `workflows` names or globs when given. */
export function workflowMatcher(patterns: string[]): (path: string | undefined) => boolean {
  const matchers = patterns.map((p) => picomatch(p.replace(/^\.github\/workflows\//, ''), { nocase: true }));
  return (path) => {
    if (!path || !path.endsWith('.lock.yml')) return false;
    const file = path.replace(/^.*\//, '').replace(/@.*$/, '');
    return (
      matchers.length === 0 ||
      matchers.some(
        (m) => m(file) || m(file.replace(/\.lock\.yml$/, '.md')) || m(file.replace(/\.lock\.yml$/, '')),
      )
    );
  };
}

/**
 * Lists the completed agentic runs created in the window, newest first, at most `maxRuns`. The `created` range
 * filter caps results at 1,000: when a window holds more, it is narrowed to before the oldest run seen and listed
 * again.
 */
export async function discoverRuns(opts: GitHubSourceOptions): Promise<Discovery> {
  const { owner, repo } = splitRepository(opts.repository);
  const to = opts.now ?? new Date();
  const from = new Date(to.getTime() - opts.lookbackHours * 3600_000);
  const matches = workflowMatcher(opts.workflows);
  const seen = new Set<number>();
  const selected: WorkflowRun[] = [];
  const notes: string[] = [];
  let windowEnd = to;
  let more = false;
  for (let round = 0; round < 50; round++) {
    const created = `${isoSeconds(from)}..${isoSeconds(windowEnd)}`;
    let inWindow = 0;
    let total = 0;
    let oldest: string | null = null;
    try {
      await withPermission('actions: read', opts.repository, 'Listing workflow runs', async () => {
        for await (const page of opts.client.paginate.iterator(
          opts.client.rest.actions.listWorkflowRunsForRepo,
          {
            owner,
            repo,
            created,
            status: 'completed',
            per_page: 100,
          },
        )) {
          total = (page.data as unknown as { total_count?: number }).total_count ?? total;
          for (const run of page.data as unknown as WorkflowRun[]) {
            inWindow++;
            if (!oldest || run.created_at < oldest) oldest = run.created_at;
            if (seen.has(run.id)) continue;
            seen.add(run.id);
            if (!matches(run.path) || (run.conclusion && DROPPED_CONCLUSIONS.has(run.conclusion))) continue;
            if (run.status && run.status !== 'completed') continue;
            if (selected.length >= opts.maxRuns) {
              more = true;
              break;
            }
            selected.push(run);
          }
          if (more) break;
        }
      });
    } catch (err) {
      if (statusOf(err) === 404)
        throw new PermissionError(
          `Repository ${opts.repository} was not found, or the token cannot see it (it needs \`actions: read\` on it).`,
        );
      throw err;
    }
    if (more) break;
    // The search cap: more runs in the window than one listing returns. Narrow the window and list again.
    if (inWindow >= SEARCH_CAP && total > inWindow && oldest) {
      const next = new Date(oldest);
      if (next.getTime() >= windowEnd.getTime()) {
        notes.push(
          `More than ${SEARCH_CAP} runs were created at ${oldest}; the runs beyond the API's cap were not listed.`,
        );
        break;
      }
      opts.log?.(
        `listed ${inWindow} of ${total} runs in ${created}; narrowing the window to before ${oldest}`,
      );
      windowEnd = next;
      continue;
    }
    break;
  }
  selected.sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.id - a.id));
  if (more)
    notes.push(
      `More agentic runs matched than max-runs (${opts.maxRuns}): the newest ${opts.maxRuns} were audited.`,
    );
  return { runs: selected, window: { from: from.toISOString(), to: to.toISOString() }, notes };
}

/**
 * Follows the API's 302 to the storage URL itself, so the token is never sent to storage. An answer that does not
 * come within `timeoutMs` is a failure; the caller retries the whole download (this hop is not retried on its own).
 */
async function redirectTarget(
  client: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  timeoutMs: number,
): Promise<{ location: string } | { data: ArrayBuffer }> {
  const res = await client.request(route, {
    ...params,
    request: { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs), retries: 0 },
  });
  const status = res.status as number;
  const location = (res.headers as Record<string, string | undefined>).location;
  if (status >= 300 && status < 400 && location) return { location };
  if (status === 200 && res.data instanceof ArrayBuffer) return { data: res.data };
  if (status === 200 && typeof res.data === 'string')
    return { data: new TextEncoder().encode(res.data).buffer as ArrayBuffer };
  throw new Error(`unexpected ${status} response without a Location header`);
}

class TooLarge extends Error {}

/** Streams a URL to a file (no Authorization header), refusing more than `maxBytes`, aborting when idle. */
async function fetchToFile(url: string, dest: string, maxBytes: number, idleMs: number): Promise<number> {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(new Error(`no data for ${idleMs} ms`)), idleMs);
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new Error(`no data for ${idleMs} ms`)), idleMs);
  };
  try {
    const res = await fetch(url, { signal: controller.signal, redirect: 'follow' });
    if (!res.ok || !res.body)
      throw Object.assign(new Error(`storage answered ${res.status} ${res.statusText}`), {
        status: res.status,
      });
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > maxBytes) throw new TooLarge(`${declared} bytes exceed the cap of ${maxBytes}`);
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        touch();
        bytes += chunk.length;
        if (bytes > maxBytes) cb(new TooLarge(`more than ${maxBytes} bytes (download cap)`));
        else cb(null, chunk);
      },
    });
    await pipeline(
      Readable.fromWeb(res.body as import('node:stream/web').ReadableStream),
      counter,
      createWriteStream(dest),
    );
    return bytes;
  } finally {
    clearTimeout(timer);
  }
}

export interface DownloadOptions {
  maxBytes: number;
  idleMs: number;
  attempts: number;
  backoffMs: number;
}

export const DEFAULT_DOWNLOAD: DownloadOptions = {
  maxBytes: DEFAULT_ZIP_LIMITS.maxTotalBytes,
  idleMs: Number(process.env.INTEGRITY_AUDIT_DOWNLOAD_IDLE_MS) || 60_000,
  attempts: 3,
  backoffMs: Number(process.env.INTEGRITY_AUDIT_RETRY_BASE_MS) || 1000,
};

/** Downloads a redirecting API resource (artifact zip, job log) to `dest`; retries transient failures with a fresh URL. */
export async function download(
  client: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  dest: string,
  options: DownloadOptions = DEFAULT_DOWNLOAD,
): Promise<number> {
  let lastError: unknown = null;
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      const target = await redirectTarget(client, route, params, options.idleMs);
      if ('data' in target) {
        if (target.data.byteLength > options.maxBytes)
          throw new TooLarge(`${target.data.byteLength} bytes exceed the cap`);
        await fs.writeFile(dest, Buffer.from(target.data));
        return target.data.byteLength;
      }
      return await fetchToFile(target.location, dest, options.maxBytes, options.idleMs);
    } catch (err) {
      lastError = err;
      const status = statusOf(err);
      // Client errors are final (410 expired, 404, a missing permission; rate limits were waited out by the
      // throttling plugin); server, network and timeout failures of either hop are retried with a fresh pre-signed URL.
      if (err instanceof TooLarge || (status !== null && status < 500 && status !== 429)) throw err;
      if (attempt < options.attempts)
        await new Promise((r) => setTimeout(r, options.backoffMs * 2 ** (attempt - 1)));
    }
  }
  throw lastError;
}

function runMeta(run: WorkflowRun, repository: string): RunMeta {
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

interface Artifact {
  id: number;
  name: string;
  expired: boolean;
  expires_at?: string | null;
  size_in_bytes?: number;
}

/**
 * Prepares one run: evidence artifacts downloaded to temporary files, jobs listed, the failed activation job's log
 * fetched. The result is plain data (a RunSpec) that any thread can open; cleanup removes the files.
 */
export async function prepareRun(
  opts: GitHubSourceOptions,
  run: WorkflowRun,
  repositoryPrivate: boolean | null,
): Promise<PreparedRun> {
  const { owner, repo } = splitRepository(opts.repository);
  const { client } = opts;
  const meta = runMeta(run, opts.repository);
  const notes: CoverageNote[] = [];
  const zips: { path: string; artifact: string }[] = [];
  const files: { path: string; diskPath: string }[] = [];
  const dir = await fs.mkdtemp(join(opts.tempRoot, `run-${run.id}-`));
  const cleanup = () => fs.rm(dir, { recursive: true, force: true });
  try {
    const guard = <T>(what: string, fn: () => Promise<T>): Promise<T> =>
      withPermission('actions: read', opts.repository, what, fn);

    const fetchArtifact = async (
      a: Artifact,
    ): Promise<{ note?: CoverageNote; zip?: { path: string; artifact: string } }> => {
      if (isDockerBuildArtifact(a.name))
        return {
          note: {
            file: a.name,
            reason: 'skipped: `.dockerbuild` artifact (not a zip archive)',
            partial: false,
          },
        };
      if (!isEvidenceArtifact(a.name)) return {};
      if (a.expired) {
        // `activation` is kept one day and holds only run metadata (also in `usage` / `info`): its expiry is routine.
        const routine = artifactBase(a.name) === 'activation';
        return {
          note: {
            file: a.name,
            reason: `artifact expired${a.expires_at ? ` on ${a.expires_at}` : ''} (retention period): not audited`,
            partial: !routine,
            kind: 'expired',
          },
        };
      }
      const zipPath = join(dir, `${a.id}.zip`);
      try {
        const bytes = await guard(`Downloading artifact ${a.name}`, () =>
          download(
            client,
            'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
            { owner, repo, artifact_id: a.id, archive_format: 'zip' },
            zipPath,
          ),
        );
        opts.log?.(`  run ${run.id}: artifact ${a.name}, ${bytes} bytes`);
        return { zip: { path: zipPath, artifact: a.name } };
      } catch (err) {
        if (err instanceof PermissionError) throw err;
        const status = statusOf(err);
        return {
          note:
            status === 410
              ? {
                  file: a.name,
                  reason: 'artifact expired or deleted (410 Gone): not audited',
                  partial: true,
                  kind: 'expired',
                }
              : err instanceof TooLarge
                ? { file: a.name, reason: `refused: ${messageOf(err)}`, partial: true, kind: 'refused' }
                : {
                    file: a.name,
                    reason: `download failed: ${messageOf(err)}`,
                    partial: true,
                    kind: 'unreadable',
                  },
        };
      }
    };

    // Jobs: was the agent invoked, and did the activation job fail (rate-limit signature in its log)?
    const fetchJobs = async (jobNotes: CoverageNote[]): Promise<void> => {
      try {
        const jobs = (await guard('Listing jobs', () =>
          client.paginate(client.rest.actions.listJobsForWorkflowRun, {
            owner,
            repo,
            run_id: run.id,
            filter: 'latest',
            per_page: 100,
          }),
        )) as unknown as {
          id: number;
          name: string;
          conclusion: string | null;
          status: string;
        }[];
        meta.jobs = jobs.map((j): JobInfo => ({ name: j.name, conclusion: j.conclusion, status: j.status }));
        for (const job of jobs) {
          if (!isActivationJob(job.name) || job.conclusion !== 'failure') continue;
          const logPath = join(dir, `job-${job.id}.txt`);
          try {
            await download(
              client,
              'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
              { owner, repo, job_id: job.id },
              logPath,
            );
            files.push({ path: `workflow-logs/${job.name}/job-log.txt`, diskPath: logPath });
          } catch (err) {
            jobNotes.push({
              file: `job ${job.name}`,
              reason: `job log unavailable: ${messageOf(err)}`,
              partial: false,
            });
          }
        }
      } catch (err) {
        if (err instanceof PermissionError) throw err;
        jobNotes.push({ file: 'jobs', reason: `jobs unavailable: ${messageOf(err)}`, partial: false });
      }
    };

    // Artifacts and jobs are fetched at once, and a run's artifacts are downloaded at once: a run costs about the
    // latency of its longest chain of requests, not their sum. Results are merged in a fixed order.
    const jobNotes: CoverageNote[] = [];
    const [artifacts] = await settleAll([
      (async () => {
        let list: Artifact[];
        try {
          list = (await guard('Listing artifacts', () =>
            client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
              owner,
              repo,
              run_id: run.id,
              per_page: 100,
            }),
          )) as unknown as Artifact[];
        } catch (err) {
          if (err instanceof PermissionError) throw err;
          // The run is known from the listing: it keeps its row (workflow, link, jobs) and says why it was not audited.
          notes.push(
            statusOf(err) === 404
              ? {
                  file: 'run',
                  reason: 'not found (404): deleted after it was listed; not audited',
                  partial: true,
                  kind: 'missing',
                }
              : {
                  file: 'artifacts',
                  reason: `could not be listed: ${messageOf(err)}`,
                  partial: true,
                  kind: 'unreadable',
                },
          );
          return null;
        }
        const results = await settleAll(list.map((a) => fetchArtifact(a)));
        for (const r of results) {
          if (r.note) notes.push(r.note);
          if (r.zip) zips.push(r.zip);
        }
        return list;
      })(),
      fetchJobs(jobNotes),
    ]);
    notes.push(...jobNotes);
    if (artifacts?.length === 0)
      notes.push({ file: 'artifacts', reason: 'the run has no artifacts', partial: false, kind: 'missing' });
    return {
      spec: { kind: 'files', meta, notes, repositoryPrivate, zips, files, zipLimits: opts.zipLimits },
      cleanup,
    };
  } catch (err) {
    // Every request of the run has settled (settleAll): nothing writes into `dir` any more. A failure to remove it
    // must not hide the error that matters.
    await cleanup().catch(() => undefined);
    throw err;
  }
}

/** Repository visibility (private repos get no automatic integrity policy); null when it cannot be read. */
export async function repositoryIsPrivate(client: GitHubClient, repository: string): Promise<boolean | null> {
  const { owner, repo } = splitRepository(repository);
  try {
    const res = await client.rest.repos.get({ owner, repo });
    return res.data.private === true || res.data.visibility === 'internal';
  } catch {
    return null;
  }
}
