// activation-rate-limit: the activation job failed with `API rate limit exceeded for installation`, so the agent
// never ran. Findings of one workflow merge across runs; repeated ones recommend staggering its cron.
import { code } from '../util/sanitize.js';
import type { Rule } from './types.js';

export const activationRateLimit: Rule = {
  meta: {
    id: 'activation-rate-limit',
    defaultSeverity: 'info',
    title: 'Activation job hit the installation rate limit',
    why: "The run's GITHUB_TOKEN shares 1,000 requests/hour with every run in the repository; when it is exhausted the activation job fails and the agent is never invoked, so no MCP traffic and no filtering happened.",
    fix: 'Nothing to fix in the integrity layer. If the same workflow is rate-limited repeatedly, stagger its scheduled cron time away from other agentic workflows.',
  },
  check({ run }) {
    if (!run.activationRateLimit) return [];
    const workflow = run.meta.workflow ?? run.meta.workflowPath ?? '(unknown workflow)';
    return [
      {
        title: activationRateLimit.title!({ workflow }, 1, 1),
        key: { workflow },
        count: 1,
        details: { workflow },
        evidence: [run.activationRateLimit],
      },
    ];
  },
  // One finding per run: merged ones count the runs.
  mergeDetails: (a, b) => ({ ...a, repeated: repeatedOf(a) + repeatedOf(b) }),
  title: (d, _count, runs) =>
    `${code(String(d.workflow))}: activation job rate-limited${runs > 1 ? ` in ${runs} runs` : ''} (agent not invoked)`,
  recommendation: (_d, _count, runs) =>
    runs > 1
      ? `The same workflow was rate-limited in ${runs} runs: stagger its scheduled cron time away from the other agentic workflows of the repository.`
      : undefined,
};

function repeatedOf(d: Record<string, unknown>): number {
  return typeof d.repeated === 'number' ? d.repeated : 1;
}
