// agent-not-invoked: the agent never ran for a reason other than the activation rate limit.
import { rich } from '../util/message.js';
import type { Rule } from './types.js';

export const agentNotInvoked: Rule = {
  meta: {
    id: 'agent-not-invoked',
    defaultSeverity: 'info',
    title: 'Agent not invoked',
    why: 'The run ended before the agent made any MCP call (early exit, skipped agent job, engine failure), so there was nothing to filter.',
    fix: "Check the run's activation and agent jobs if this was unexpected.",
    messages: { default: 'Agent not invoked: {{reason}}' },
  },
  check({ run, facts }) {
    if (facts.agentInvoked !== false || run.activationRateLimit) return [];
    const agentJob = run.meta.jobs?.find((j) => j.name === 'agent');
    const reason = run.meta.jobs
      ? !agentJob
        ? 'no agent job'
        : agentJob.conclusion === 'skipped'
          ? 'agent job skipped'
          : 'agent produced no output and made no tool call'
      : 'agent produced no output and made no tool call';
    return [
      {
        message: { id: 'default', data: { reason } },
        key: { reason },
        count: 1,
        details: { reason },
        evidence: [],
      },
    ];
  },
  describe: (d) => [rich`Why: ${String(d.reason)}.`],
};
