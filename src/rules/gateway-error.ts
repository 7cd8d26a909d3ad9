// gateway-error: backend connection/startup failures, configuration validation, incomplete tool registration, Go
// panics; grouped by message template.
import { redact } from '../report/sanitize.js';
import type { Loc } from '../engine/types.js';
import type { Rule, RuleOutput } from './types.js';

export const gatewayError: Rule = {
  meta: {
    id: 'gateway-error',
    defaultSeverity: 'warning',
    title: 'Gateway error',
    why: 'The gateway or one of its backends failed: the agent may have run without some MCP tools, or the gateway crashed mid-run.',
    fix: 'Read the error in the evidence: backend start failures point to the MCP server image or its token; configuration errors to the compiled lock file; panics should be reported to github/gh-aw-mcpg.',
  },
  check({ view }) {
    const groups = new Map<string, { count: number; message: string; evidence: Loc[] }>();
    for (const e of view.of('GatewayError')) {
      let g = groups.get(e.template);
      if (!g)
        groups.set(
          e.template,
          (g = { count: 0, message: redact(e.message.split('\n')[0]).slice(0, 300), evidence: [] }),
        );
      g.count++;
      if (g.evidence.length < 3) g.evidence.push(e.loc);
    }
    const out: RuleOutput[] = [];
    for (const [template, g] of groups) {
      out.push({
        title: gatewayError.title!({ template }, g.count, 1),
        key: { template },
        count: g.count,
        details: { template, message: g.message },
        evidence: g.evidence,
      });
    }
    return out;
  },
  title: (d, count) => `${String(d.template)} (${count}×)`,
};
