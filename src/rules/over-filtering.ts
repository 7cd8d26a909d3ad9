// over-filtering: a tool call or a run filtered at least a threshold share of its items. A strict-mode block (the
// whole response withheld because some of its items violate the policy) counts by the same threshold, with its
// violating items as the filtered share; below it, it is the policy working as designed (difc-filtering-summary).
import type { Loc } from '../model/types.js';
import { code } from '../util/sanitize.js';
import { strictBlocksOf } from './strict-blocks.js';
import { FindingGroups, num } from './group.js';
import type { Rule, RuleOutput } from './types.js';

/** One call's count: a filter count, or a strict block with a known total. */
interface CallCount {
  tool: string | null;
  filtered: number;
  total: number;
  strict: boolean;
  loc: Loc;
}

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
    const strict = strictBlocksOf(view);
    const counts: CallCount[] = view
      .of('FilterCount')
      .filter((c) => !strict.sameCall.has(c))
      .map((c) => ({ tool: c.tool, filtered: c.filtered, total: c.total, strict: false, loc: c.loc }));
    // A strict block without its total (the proxy's debug line) has no share to measure: summary only.
    for (const s of strict.blocks)
      if (s.block.total !== null)
        counts.push({
          tool: s.tool,
          filtered: s.block.filtered,
          total: s.block.total,
          strict: true,
          loc: s.block.loc,
        });

    const byTool = new FindingGroups<{ filtered: number; total: number; strictBlocks: number }>();
    for (const c of counts) {
      if (c.total < minItems || c.filtered / c.total < ratio) continue;
      const tool = c.tool ?? '(gateway call)';
      const g = byTool.add(tool, c.loc, () => ({ filtered: 0, total: 0, strictBlocks: 0 }));
      g.filtered += c.filtered;
      g.total += c.total;
      if (c.strict) g.strictBlocks++;
    }
    for (const [tool, g] of byTool) {
      const details: Record<string, unknown> = { tool, filtered: g.filtered, total: g.total, calls: g.count };
      if (g.strictBlocks > 0) details.strictBlocks = g.strictBlocks;
      out.push({
        title: overFiltering.title!(details, g.count, 1),
        key: { tool, scope: 'call' },
        count: g.count,
        details,
        evidence: g.evidence,
      });
    }
    if (byTool.size === 0 && counts.length > 0) {
      const filtered = counts.reduce((a, c) => a + c.filtered, 0);
      const total = counts.reduce((a, c) => a + c.total, 0);
      if (total >= minItems && filtered / total >= ratio) {
        const details: Record<string, unknown> = { tool: null, filtered, total, calls: counts.length };
        const strictBlocks = counts.filter((c) => c.strict).length;
        if (strictBlocks > 0) details.strictBlocks = strictBlocks;
        out.push({
          title: overFiltering.title!(details, counts.length, 1),
          key: { tool: '*', scope: 'run' },
          count: counts.length,
          details,
          evidence: counts.slice(0, 3).map((c) => c.loc),
        });
      }
    }
    return out;
  },
  mergeDetails: (a, b) => {
    const out: Record<string, unknown> = { ...a };
    for (const k of ['filtered', 'total', 'calls', 'strictBlocks']) {
      if (typeof a[k] === 'number' || typeof b[k] === 'number') out[k] = num(a[k]) + num(b[k]);
    }
    return out;
  },
  title: (d, _count, runs) => {
    const strict = num(d.strictBlocks);
    const tail = strict > 0 ? `; strict mode withheld ${strict} whole response(s)` : '';
    if (typeof d.tool !== 'string')
      return `${runs > 1 ? `${runs} runs` : 'Run'} filtered ${num(d.filtered)} of ${num(d.total)} items${tail}`;
    return `${code(d.tool)}: ${num(d.filtered)} of ${num(d.total)} items filtered in ${num(d.calls)} call(s)${tail}`;
  },
};
