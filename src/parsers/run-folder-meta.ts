// `gh aw logs` run folders: `run.json` (run metadata) and `jobs.json` (the Jobs API answer), when present.
import type { Readable } from 'node:stream';
import type { JobInfo, RunMeta } from '../model/types.js';
import { isRecord, readJsonObject, readSmallJson } from './common.js';
import { unusable, UNUSABLE_NOTE, type Parser } from './parser.js';

/** `onError` hears why a file that is there could not be used (invalid JSON, too large, not an object). */
export async function parseRunJson(
  stream: Readable,
  onError?: (error: string) => void,
): Promise<Partial<RunMeta>> {
  const value = await readJsonObject(stream, 4 * 1024 * 1024, onError);
  if (!value) return {};
  const pick = (...keys: string[]) => {
    for (const k of keys) if (typeof value[k] === 'string' && value[k] !== '') return value[k] as string;
    return null;
  };
  const out: Partial<RunMeta> = {};
  const wf = pick('workflowName', 'workflow_name', 'name');
  if (wf) out.workflow = wf;
  const br = pick('headBranch', 'head_branch');
  if (br) out.branch = br;
  const url = pick('url', 'html_url', 'URL');
  if (url) out.url = url;
  const concl = pick('conclusion');
  if (concl) out.conclusion = concl;
  const ev = pick('event');
  if (ev) out.event = ev;
  const created = pick('createdAt', 'created_at');
  if (created) out.createdAt = created;
  return out;
}

/** `onError` hears why a file that is there could not be used (invalid JSON, too large, no job list). */
export async function parseJobsJson(
  stream: Readable,
  onError?: (error: string) => void,
): Promise<JobInfo[] | null> {
  const { value, error } = await readSmallJson(stream, 16 * 1024 * 1024);
  const list = Array.isArray(value)
    ? value
    : isRecord(value) && Array.isArray(value.jobs)
      ? value.jobs
      : null;
  const problem =
    error ?? (value === null || list ? null : 'no job list (an array, or an object with `jobs`)');
  if (problem) onError?.(problem);
  if (!list) return null;
  return list
    .filter(isRecord)
    .filter((j) => typeof j.name === 'string')
    .map((j) => {
      const job: JobInfo = {
        name: j.name as string,
        conclusion: typeof j.conclusion === 'string' ? j.conclusion : null,
        status: typeof j.status === 'string' ? j.status : null,
      };
      // The job's page: `html_url` in the Jobs API's answer (whose `url` is the API's), `url` in gh's.
      const url = typeof j.html_url === 'string' ? j.html_url : typeof j.url === 'string' ? j.url : null;
      if (url) job.url = url;
      return job;
    });
}

export const runJsonParser: Parser<Partial<RunMeta>> = {
  name: 'run-json',
  suffixes: ['run.json'],
  lineBased: false,
  notes: [UNUSABLE_NOTE],
  parse: (stream, ctx, sink) => parseRunJson(stream, unusable(ctx, sink)),
};

export const jobsJsonParser: Parser<JobInfo[] | null> = {
  name: 'jobs-json',
  suffixes: ['jobs.json'],
  lineBased: false,
  notes: [UNUSABLE_NOTE],
  parse: (stream, ctx, sink) => parseJobsJson(stream, unusable(ctx, sink)),
};
