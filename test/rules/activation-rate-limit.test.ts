// activation-rate-limit: the activation job failed with `API rate limit exceeded for installation` (job logs only,
// FORMATS.md §10.2), so the agent never ran; repeated for one workflow across runs → stagger its cron.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.js';
import { analyzeFiles, findingsOf, lines } from '../support/harness.js';

const RULE = 'activation-rate-limit';

const RATE_LIMITED = lines(
  '2026-04-27T13:01:19.9981230Z ##[group]Run actions/github-script@v8',
  '2026-04-27T13:01:20.0012345Z Checking lock file for workflow daily-audit.lock.yml',
  '2026-04-27T13:01:20.1425091Z RequestError [HttpError]: API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID 0400:1A2B:3C4D and timestamp 2026-04-27 13:01:20 UTC.',
  '2026-04-27T13:01:20.1430000Z     at /home/runner/work/_actions/actions/github-script/v8/dist/index.js:9537:21',
  '2026-04-27T13:01:20.1435955Z ##[error]Unhandled error: HttpError: API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID 0400:1A2B:3C4D and timestamp 2026-04-27 13:01:20 UTC.',
);

const rateLimitedRun = (
  id: string,
  workflow = 'Daily Audit',
  path = 'workflow-logs/activation/3_Check workflow lock file.txt',
) =>
  analyzeFiles(
    {
      'workflow-logs/activation/1_Set up job.txt': lines(
        '2026-04-27T13:01:10.0000000Z Current runner version: 2.329.0',
      ),
      [path]: RATE_LIMITED,
    },
    undefined,
    { id, workflow },
  );

describe('activation-rate-limit', () => {
  it('fires from an activation job log with the signature, and the agent counts as not invoked', async () => {
    const a = await rateLimitedRun('5001');
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].count).toBe(1);
    expect(f[0].details).toEqual({ workflow: 'Daily Audit' });
    expect(f[0].evidence).toHaveLength(1);
    expect(f[0].evidence[0]).toMatchObject({
      file: 'workflow-logs/activation/3_Check workflow lock file.txt',
      line: 3,
    });
    expect(a.facts.agentInvoked).toBe(false);
    // explained: neither agent-not-invoked nor evidence-missing
    expect(findingsOf(a, 'agent-not-invoked')).toEqual([]);
    expect(findingsOf(a, 'evidence-missing')).toEqual([]);
    expect(a.facts.status).toBe('unaudited'); // coverage none (job logs only): never `ok`
  });

  it('reads the per-job file at the archive root (`4_activation.txt`), the older `installation ID` wording and pre_activation', async () => {
    const root = await analyzeFiles({ 'workflow-logs/4_activation.txt': RATE_LIMITED });
    expect(findingsOf(root, RULE)).toHaveLength(1);
    const older = await analyzeFiles({
      'workflow-logs/pre_activation/2_Check team membership.txt': lines(
        '2026-02-01T08:00:00.1234567Z ##[error]Unhandled error: HttpError: API rate limit exceeded for installation ID 12345.',
      ),
    });
    expect(findingsOf(older, RULE)).toHaveLength(1);
    expect(findingsOf(older, RULE)[0].evidence[0].line).toBe(1);
  });

  it('does not fire from the same text echoed in the agent job log', async () => {
    const a = await analyzeFiles({
      'workflow-logs/activation/1_Set up job.txt': lines(
        '2026-04-27T13:01:10.0000000Z Current runner version: 2.329.0',
      ),
      'workflow-logs/agent/7_Execute GitHub Copilot CLI.txt': RATE_LIMITED,
      'workflow-logs/5_agent.txt': RATE_LIMITED,
      'agent/agent-stdio.log': lines('RequestError [HttpError]: API rate limit exceeded for installation.'),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
    expect(a.facts.agentInvoked).toBe(true);
  });

  it('does not fire on the phrase quoted in an activation log line that is not the error', async () => {
    const a = await analyzeFiles({
      'workflow-logs/activation/2_Add reaction.txt': lines(
        '2026-04-27T13:01:20.0000000Z Issue title: "API rate limit exceeded for installation" keeps happening',
        '2026-04-27T13:01:20.0000001Z ::notice::Comment body mentions RequestError [HttpError]: API rate limit exceeded for installation',
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
  });

  it('merges repeated rate limits of one workflow across runs and recommends staggering its cron', async () => {
    const one = await rateLimitedRun('5001');
    const two = await rateLimitedRun('5002', 'Daily Audit', 'workflow-logs/4_activation.txt');
    const other = await rateLimitedRun('5003', 'Issue Triage');
    const report = buildReport(
      [one.facts, two.facts, other.facts],
      [...one.findings, ...two.findings, ...other.findings],
      {
        target: 'octo-org/app',
        window: { from: null, to: null },
      },
    );
    const f = report.findings.filter((x) => x.rule === RULE);
    expect(f).toHaveLength(2);
    const daily = f.find((x) => x.details.workflow === 'Daily Audit')!;
    expect(daily.runs).toEqual(['5001', '5002']);
    expect(daily.count).toBe(2);
    expect(daily.details).toEqual({ workflow: 'Daily Audit', repeated: 2 });
    expect(daily.title).toContain('in 2 runs');
    expect(daily.recommendation).toMatch(/stagger its scheduled cron/);
    expect(daily.evidence.map((e) => e.run)).toEqual(['5001', '5002']);
    const triage = f.find((x) => x.details.workflow === 'Issue Triage')!;
    expect(triage.runs).toEqual(['5003']);
    expect(triage.details).toEqual({ workflow: 'Issue Triage' });
    expect(triage.recommendation).not.toMatch(/in \d+ runs/);
    expect(report.summary).toMatchObject({ runs: 3, critical: 0, warning: 0, info: 2 });
    expect(f.map((x) => x.id)).toEqual(['I-1', 'I-2']);
  });
});
