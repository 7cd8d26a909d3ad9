// activation-rate-limit: the activation job failed with `API rate limit exceeded for installation`, so the agent
// never ran. Findings of one workflow merge across runs; repeated ones recommend staggering its cron.
import { c, rich } from '../util/message.js';
import type { Rule } from './types.js';

export const activationRateLimit: Rule = {
  meta: {
    id: 'activation-rate-limit',
    defaultSeverity: 'info',
    title: 'Activation job hit the installation rate limit',
    why: "The run's GITHUB_TOKEN shares 1,000 requests/hour with every run in the repository; when it is exhausted the activation job fails and the agent is never invoked, so no MCP traffic and no filtering happened.",
    messages: {
      single: '`{{workflow}}`: activation job rate-limited (agent not invoked)',
      repeated: '`{{workflow}}`: activation job rate-limited in {{runs}} runs (agent not invoked)',
    },
    fix: 'Nothing to fix in the integrity layer. If the same workflow is rate-limited repeatedly, stagger its scheduled cron time away from other agentic workflows.',
  },
  check({ run }) {
    if (!run.activationRateLimit) return [];
    const workflow = run.meta.workflow ?? run.meta.workflowPath ?? '(unknown workflow)';
    return [
      {
        message: activationRateLimit.message!({ workflow }, 1, 1),
        key: { workflow },
        count: 1,
        details: { workflow },
        evidence: [run.activationRateLimit],
      },
    ];
  },
  // One finding per run: merged ones count the runs.
  mergeDetails: (a, b) => ({ ...a, repeated: repeatedOf(a) + repeatedOf(b) }),
  message: (d, _count, runs) => ({
    id: runs > 1 ? 'repeated' : 'single',
    data: { workflow: d.workflow, runs },
  }),
  describe: (d, _count, runs) => [
    rich`Workflow ${c(d.workflow)}: the activation job hit the installation rate limit in ${runs === 1 ? 'one run' : `${runs} runs`}, so the agent never ran.`,
  ],
  recommendation: (_d, _count, runs) =>
    runs > 1
      ? `The same workflow was rate-limited in ${runs} runs: stagger its scheduled cron time away from the other agentic workflows of the repository.`
      : undefined,
};

function repeatedOf(d: Record<string, unknown>): number {
  return typeof d.repeated === 'number' ? d.repeated : 1;
}
