// auth-rejected: gateway authentication rejections (the `path=/close` rejection at shutdown is noise).
import { c, rich } from '../util/message.js';
import { FindingGroups } from './group.js';
import type { Rule, RuleOutput } from './types.js';

export const authRejected: Rule = {
  meta: {
    id: 'auth-rejected',
    defaultSeverity: 'info',
    title: 'Gateway rejected requests',
    why: 'The gateway refused requests for authentication reasons while the agent ran: the agent may not have been able to use that server.',
    messages: { default: '`{{reason}}` on `{{path}}` ({{count}}×)' },
    fix: "Check that the agent's MCP configuration carries the gateway API key (gh-aw sets it); repeated rejections on `/mcp/⟨server⟩` mean that server was unusable.",
  },
  check({ view }) {
    const groups = new FindingGroups<{ reason: string; path: string }>();
    for (const e of view.of('AuthRejected')) {
      if (e.shutdownNoise) continue;
      groups.add(`${e.reason}\u0000${e.path}`, e.loc, () => ({ reason: e.reason, path: e.path }));
    }
    const out: RuleOutput[] = [];
    for (const g of groups.values()) {
      out.push({
        message: authRejected.message!({ reason: g.reason, path: g.path }, g.count, 1),
        key: { reason: g.reason, path: g.path },
        count: g.count,
        details: { reason: g.reason, path: g.path },
        evidence: g.evidence,
      });
    }
    return out;
  },
  message: (d, count) => ({ id: 'default', data: { reason: d.reason, path: d.path, count } }),
  describe: (d, count) => [
    rich`${count} ${count === 1 ? 'request' : 'requests'} to ${c(d.path)} rejected: ${c(d.reason)}.`,
  ],
};
