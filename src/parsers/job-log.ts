// Actions job logs (FORMATS.md §10.2), from the Jobs API or a `gh aw logs` run folder's `workflow-logs/`:
// the activation rate-limit signature, matched only in the `activation` / `pre_activation` jobs.
import type { Readable } from 'node:stream';
import { isActivationJob } from '../model/jobs.js';
import type { Loc } from '../model/types.js';
import { forEachLine } from '../util/lines.js';
import { loc } from './common.js';
import type { Parser } from './parser.js';

export { isActivationJob };

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z /;
/** The error as Octokit / github-script print it, not the phrase anywhere in the log (logs echo untrusted text). */
const SIGNATURE =
  /^(?:##\[error\])?(?:Unhandled error: )?(?:RequestError \[HttpError\]|HttpError|Error): API rate limit exceeded for installation\b/;

/** The job a `workflow-logs/` file belongs to: `activation/1_Set up job.txt` or `4_activation.txt`. */
export function jobOfWorkflowLog(path: string): string | null {
  const rel = path.slice(path.indexOf('workflow-logs/') + 'workflow-logs/'.length);
  const dir = /^([^/]+)\//.exec(rel);
  if (dir) return dir[1];
  const file = /^\d+_(.+)\.txt$/.exec(rel);
  return file ? file[1] : null;
}

export async function findActivationRateLimit(stream: Readable, file: string): Promise<Loc | null> {
  let hit: Loc | null = null;
  await forEachLine(stream, (line, n) => {
    if (hit || !line.includes('API rate limit exceeded for installation')) return;
    const body = line.replace(TIMESTAMP, '');
    if (SIGNATURE.test(body)) hit = loc(file, n, line);
  });
  return hit;
}

/** Returns where the activation rate-limit error is, or null. collect reads only the activation jobs' logs. */
export const jobLogParser: Parser<Loc | null> = {
  name: 'job-log',
  suffixes: ['workflow-logs/*.txt'],
  lineBased: true,
  notes: [],
  parse: (stream, ctx) => findActivationRateLimit(stream, ctx.file),
};
