// over-filtering: a tool call or a run filtered at least a threshold share of its items, or strict mode blocked a
// whole response.
import type { Loc } from '../engine/types.js';
import { code } from '../report/sanitize.js';
import type { Rule, RuleOutput } from './types.js';

export const overFiltering: Rule = {
  meta: {
    id: 'over-filtering',
    defaultSeverity: 'warning',
    title: 'Over-filtering',
    why: 'Most of what the agent asked for was removed, so it worked from a near-empty view: either the policy is stricter than the workflow needs, or items are labelled lower than they should be.',
    fix: "Check the filtered items' reasons: if legitimate data is filtered, widen the policy (`repos`, `min-integrity`) or fix the labels; if not, narrow the prompt to what the agent may read.",
  },
  check({ view, config }) {
    const { ratio, minItems } = config.overFiltering;
    const out: RuleOutput[] = [];
    const counts = view.of('FilterCount');
    const byTool = new Map<string, { calls: number; filtered: number; total: number; evidence: Loc[] }>();
    for (const c of counts) {
      if (c.total < minItems || c.filtered / c.total < ratio) continue;
      const tool = c.tool ?? '(gateway call)';
      let g = byTool.get(tool);
      if (!g) byTool.set(tool, (g = { calls: 0, filtered: 0, total: 0, evidence: [] }));
      g.calls++;
      g.filtered += c.filtered;
      g.total += c.total;
      if (g.evidence.length < 3) g.evidence.push(c.loc);
    }
    for (const [tool, g] of byTool) {
      out.push({
        title: `${code(tool)}: ${g.filtered} of ${g.total} items filtered in ${g.calls} call(s)`,
        key: { tool, scope: 'call' },
        count: g.calls,
        details: { tool, filtered: g.filtered, total: g.total, calls: g.calls },
        evidence: g.evidence,
      });
    }
    if (byTool.size === 0 && counts.length > 0) {
      const filtered = counts.reduce((a, c) => a + c.filtered, 0);
      const total = counts.reduce((a, c) => a + c.total, 0);
      if (total >= minItems && filtered / total >= ratio) {
        out.push({
          title: `Run filtered ${filtered} of ${total} items`,
          key: { tool: '*', scope: 'run' },
          count: counts.length,
          details: { tool: null, filtered, total, calls: counts.length },
          evidence: counts.slice(0, 3).map((c) => c.loc),
        });
      }
    }
    const strict = view.of('StrictBlock');
    if (strict.length > 0) {
      const filtered = strict.reduce((a, s) => a + s.filtered, 0);
      const total = strict.every((s) => s.total !== null)
        ? strict.reduce((a, s) => a + (s.total ?? 0), 0)
        : null;
      out.push({
        title: `Strict mode blocked ${strict.length} whole response(s)`,
        key: { tool: 'strict-mode', scope: 'response' },
        count: strict.length,
        details: { tool: null, filtered, total, strictBlocks: strict.length },
        evidence: strict.slice(0, 3).map((s) => s.loc),
      });
    }
    return out;
  },
};
