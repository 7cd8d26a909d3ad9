// agent-not-invoked: the agent never ran for a reason other than the activation rate limit (skipped or missing agent
// job, an empty agent-stdio.log with no tool call). FORMATS.md §10.1.
import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingsOf, gw, guardedPreamble, lines, P } from '../support/harness.js';

const RULE = 'agent-not-invoked';

describe('agent-not-invoked', () => {
  it('fires when the Jobs API shows the agent job skipped', async () => {
    const a = await analyzeFiles({}, undefined, {
      jobs: [
        { name: 'pre_activation', conclusion: 'success' },
        { name: 'activation', conclusion: 'failure' },
        { name: 'agent', conclusion: 'skipped' },
        { name: 'conclusion', conclusion: 'skipped' },
      ],
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].count).toBe(1);
    expect(f[0].details).toEqual({ reason: 'agent job skipped' });
    expect(a.facts.agentInvoked).toBe(false);
    // the run's own evidence explains the missing artifacts
    expect(findingsOf(a, 'evidence-missing')).toEqual([]);
  });

  it('fires when there is no agent job (jobs.json of a `gh aw logs` folder)', async () => {
    const a = await analyzeFiles({
      'jobs.json': JSON.stringify({
        total_count: 1,
        jobs: [{ name: 'pre_activation', status: 'completed', conclusion: 'success' }],
      }),
    });
    expect(findingsOf(a, RULE).map((x) => x.details)).toEqual([{ reason: 'no agent job' }]);
  });

  it('fires when agent-stdio.log is empty and no tool call was made', async () => {
    const a = await analyzeFiles({
      [P.stdio]: '',
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw('INFO', 'startup', 'Starting MCPG in ROUTED mode on 0.0.0.0:8080'),
      ),
    });
    expect(findingsOf(a, RULE).map((x) => x.details)).toEqual([
      { reason: 'agent produced no output and made no tool call' },
    ]);
    expect(a.facts.agentInvoked).toBe(false);
  });

  it('does not fire when the agent evidently ran', async () => {
    const stdio = await analyzeFiles({
      [P.stdio]: lines(
        '[INFO] Allowed domains: api.githubcopilot.com',
        '[SUCCESS] Command completed successfully',
      ),
    });
    expect(stdio.facts.agentInvoked).toBe(true);
    expect(findingsOf(stdio, RULE)).toEqual([]);
    // tool calls prove it even with an empty agent-stdio.log
    const calls = await analyzeFiles({
      [P.stdio]: '',
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw('INFO', 'client', 'MCP tool call request, session=4f1c9a2e7b3d4c1e, tool=list_issues, args={}'),
      ),
    });
    expect(calls.facts.agentInvoked).toBe(true);
    expect(findingsOf(calls, RULE)).toEqual([]);
    const jobRan = await analyzeFiles({ [P.stdio]: lines('hello') }, undefined, {
      jobs: [
        { name: 'activation', conclusion: 'success' },
        { name: 'agent', conclusion: 'success' },
      ],
    });
    expect(findingsOf(jobRan, RULE)).toEqual([]);
  });

  it('does not fire when the evidence says nothing either way (agentInvoked null)', async () => {
    const a = await analyzeFiles({ [P.gateway]: lines(...guardedPreamble()) });
    expect(a.facts.agentInvoked).toBeNull();
    expect(findingsOf(a, RULE)).toEqual([]);
  });

  it('leaves an activation rate limit to activation-rate-limit', async () => {
    const a = await analyzeFiles(
      {
        'workflow-logs/activation/3_Check.txt': lines(
          '2026-04-27T13:01:20.1425091Z RequestError [HttpError]: API rate limit exceeded for installation. If you reach out to GitHub Support ...',
        ),
      },
      undefined,
      {
        jobs: [
          { name: 'activation', conclusion: 'failure' },
          { name: 'agent', conclusion: 'skipped' },
        ],
      },
    );
    expect(a.facts.agentInvoked).toBe(false);
    expect(findingsOf(a, RULE)).toEqual([]);
    expect(findingsOf(a, 'activation-rate-limit')).toHaveLength(1);
  });
});
