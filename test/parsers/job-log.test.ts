// Actions job logs (FORMATS.md §10.2): the activation rate-limit signature, in the activation jobs only.
import { describe, expect, it } from 'vitest';
import { lines } from '../support/harness.js';
import { findActivationRateLimit, isActivationJob, jobOfWorkflowLog } from '../../src/parsers/job-log.js';
import { streamOf } from './helpers.js';

const FILE = 'workflow-logs/activation/3_Add reaction.txt';
const find = (text: string) => findActivationRateLimit(streamOf(text), FILE);

describe('job of a workflow-logs file', () => {
  it('reads the job from the step folder or from the job file name', () => {
    expect(jobOfWorkflowLog('workflow-logs/activation/1_Set up job.txt')).toBe('activation');
    expect(jobOfWorkflowLog('run-123/workflow-logs/4_activation.txt')).toBe('activation');
    expect(jobOfWorkflowLog('workflow-logs/2_pre_activation.txt')).toBe('pre_activation');
    expect(jobOfWorkflowLog('workflow-logs/agent/12_Execute GitHub Copilot CLI.txt')).toBe('agent');
    expect(jobOfWorkflowLog('workflow-logs/notes.txt')).toBeNull();
  });

  it('knows the activation jobs', () => {
    expect(isActivationJob('activation')).toBe(true);
    expect(isActivationJob('pre_activation')).toBe(true);
    expect(isActivationJob('agent')).toBe(false);
    expect(isActivationJob(null)).toBe(false);
  });
});

describe('activation rate-limit signature', () => {
  it('finds the Octokit error line (real shape, 7-digit fraction timestamps)', async () => {
    const hit = await find(
      lines(
        '2026-04-27T13:01:19.9876543Z ##[group]Run actions/github-script@v8',
        '2026-04-27T13:01:20.1425091Z RequestError [HttpError]: API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID 1234:5678.',
        '2026-04-27T13:01:20.1435955Z ##[error]Unhandled error: HttpError: API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID 1234:5678.',
      ),
    );
    expect(hit).toMatchObject({ file: FILE, line: 2 });
    expect(hit!.excerpt).toContain('RequestError [HttpError]: API rate limit exceeded for installation');
  });

  it('finds the ##[error] annotation alone and the older `installation ID n.` wording', async () => {
    expect(
      await find(
        lines(
          '2026-04-27T13:01:20.1435955Z ##[error]Unhandled error: HttpError: API rate limit exceeded for installation. If you reach out …',
        ),
      ),
    ).toMatchObject({ line: 1 });
    expect(
      await find(
        lines('2026-01-10T08:00:00.0000001Z HttpError: API rate limit exceeded for installation ID 12345.'),
      ),
    ).toMatchObject({ line: 1 });
  });

  it('ignores the phrase inside echoed text, other rate limits and lines without the error prefix', async () => {
    const hit = await find(
      lines(
        '2026-04-27T13:01:20.0000000Z Issue body: API rate limit exceeded for installation (copied from a log)',
        '2026-04-27T13:01:20.0000001Z echo "HttpError: API rate limit exceeded for installation"',
        '2026-04-27T13:01:20.0000002Z ##[warning]API rate limit exceeded for user ID 1.',
        '2026-04-27T13:01:20.0000003Z CAPIError: 429 quota exceeded',
        'API rate limit exceeded for installation',
      ),
    );
    expect(hit).toBeNull();
  });
});
