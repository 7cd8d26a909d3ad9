// Preparing one run: its evidence artifacts downloaded to temporary files, its jobs listed, and the failed activation
// job's log fetched (FORMATS.md §1, §10, §11).
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { CoverageNote, JobInfo, RunMeta } from '../../model/types.js';
import { apiBudget, splitRepository } from '../../github/client.js';
import { isRateLimited, messageOf, PermissionError, statusOf, withPermission } from '../../github/errors.js';
import { isActivationJob } from '../../model/jobs.js';
import type { PreparedRun, ZipSource } from '../run-spec.js';
import { artifactBase, isDockerBuildArtifact, isEvidenceArtifact } from '../artifacts.js';
import { settleAll } from '../../util/settle.js';
import { download, DOWNLOAD_MEMORY, fetchResource, TooLarge } from './download.js';
import type { Artifact, GitHubSourceOptions, WorkflowRun } from './types.js';

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
  // No new run once the API budget is spent: the run is named as not audited, with the reason (github/budget.ts).
  // The run's requests count as under way against the reserve until it is prepared (many runs start at once).
  const budget = apiBudget(client);
  const admitted = budget?.admitRun(String(run.id));
  /** A request refused by a rate limit: the budget names the run as cut short. */
  const limited = (err: unknown): void => {
    if (isRateLimited(err)) budget?.refusedRun(String(run.id));
  };
  const meta = runMeta(run, opts.repository);
  const notes: CoverageNote[] = [];
  const zips: ZipSource[] = [];
  const files: { path: string; diskPath: string }[] = [];
  const fetched: string[] = [];
  // The run's temporary folder, made at the first download that goes to disk (most fit the memory budget).
  let made: Promise<string> | null = null;
  const dir = () => (made ??= fs.mkdtemp(join(opts.tempRoot, `run-${run.id}-`)));
  const releases: (() => void)[] = [];
  const cleanup = async () => {
    for (const release of releases.splice(0)) release();
    const folder = made && (await made.catch(() => null));
    if (folder) await fs.rm(folder, { recursive: true, force: true });
  };
  try {
    const guard = <T>(what: string, fn: () => Promise<T>): Promise<T> =>
      withPermission('actions: read', opts.repository, what, fn);

    const fetchArtifact = async (
      a: Artifact,
    ): Promise<{ note?: CoverageNote; zip?: ZipSource; logged?: string }> => {
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
      try {
        const got = await guard(`Downloading artifact ${a.name}`, () =>
          fetchResource(
            client,
            'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
            { owner, repo, artifact_id: a.id, archive_format: 'zip' },
            async () => join(await dir(), `${a.id}.zip`),
            opts.memory === undefined ? DOWNLOAD_MEMORY : opts.memory,
          ),
        );
        releases.push(got.release);
        return {
          zip: got.data ? { data: got.data, artifact: a.name } : { path: got.path!, artifact: a.name },
          logged: `${a.name} (${got.bytes} bytes)`,
        };
      } catch (err) {
        if (err instanceof PermissionError) throw err;
        limited(err);
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
          html_url?: string | null;
        }[];
        meta.jobs = jobs.map((j): JobInfo => ({
          name: j.name,
          conclusion: j.conclusion,
          status: j.status,
          url: j.html_url ?? null,
        }));
        for (const job of jobs) {
          if (!isActivationJob(job.name) || job.conclusion !== 'failure') continue;
          try {
            const logPath = join(await dir(), `job-${job.id}.txt`);
            await download(
              client,
              'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
              { owner, repo, job_id: job.id },
              logPath,
            );
            files.push({ path: `workflow-logs/${job.name}/job-log.txt`, diskPath: logPath });
          } catch (err) {
            limited(err);
            jobNotes.push({
              file: `job ${job.name}`,
              reason: `job log unavailable: ${messageOf(err)}`,
              partial: false,
            });
          }
        }
      } catch (err) {
        if (err instanceof PermissionError) throw err;
        limited(err);
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
          // From the repository's one listing when it holds the whole run, else the run's own (artifact-index.ts).
          list =
            (await opts.artifactIndex?.of(run)) ??
            ((await guard('Listing artifacts', () =>
              client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
                owner,
                repo,
                run_id: run.id,
                per_page: 100,
              }),
            )) as unknown as Artifact[]);
        } catch (err) {
          if (err instanceof PermissionError) throw err;
          limited(err);
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
  } catch (err) {
    // Every request of the run has settled (settleAll): nothing writes into `dir` any more. A failure to remove it
    // must not hide the error that matters.
    await cleanup().catch(() => undefined);
    throw err;
  } finally {
    admitted?.();
  }
}
