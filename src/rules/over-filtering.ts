// over-filtering: a tool call or a run filtered at least a threshold share of its items. A strict-mode block (the
// whole response withheld because some of its items violate the policy) counts by the same threshold, with its
// violating items as the filtered share; below it, it is the policy working as designed (difc-filtering-summary).
import type { Loc } from '../model/types.js';
import { plural, rich, c } from '../util/message.js';
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
    messages: {
      tool: '`{{tool}}`: {{filtered}} of {{total}} items filtered in {{calls:call:calls}}',
      toolStrict:
        '`{{tool}}`: {{filtered}} of {{total}} items filtered in {{calls:call:calls}}; strict mode withheld {{strict:whole response:whole responses}}',
      run: 'Run filtered {{filtered}} of {{total}} items',
      runStrict:
        'Run filtered {{filtered}} of {{total}} items; strict mode withheld {{strict:whole response:whole responses}}',
      runs: '{{runs}} runs filtered {{filtered}} of {{total}} items',
      runsStrict:
        '{{runs}} runs filtered {{filtered}} of {{total}} items; strict mode withheld {{strict:whole response:whole responses}}',
    },
    schema: {
      type: 'object',
      properties: {
        ratio: {
          type: 'number',
          exclusiveMinimum: 0,
          maximum: 1,
          default: 0.8,
          description: 'the share of filtered items (of a call, or of the run) from which it is reported',
        },
        minItems: {
          type: 'integer',
          minimum: 1,
          default: 5,
          description: 'calls (or runs) with fewer items are not measured',
        },
      },
      additionalProperties: false,
    },
    fix: "Check the filtered items' reasons: if legitimate data is filtered, widen the policy (`repos`, `min-integrity`) or fix the labels; if not, narrow the prompt to what the agent may read.",
  },
  check({ view, options }) {
    const ratio = options.ratio as number;
    const minItems = options.minItems as number;
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
        message: overFiltering.message!(details, g.count, 1),
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
          message: overFiltering.message!(details, counts.length, 1),
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
  message: (d, _count, runs) => {
    const strict = num(d.strictBlocks);
    const base = typeof d.tool === 'string' ? 'tool' : runs > 1 ? 'runs' : 'run';
    return {
      id: strict > 0 ? `${base}Strict` : base,
      data: {
        tool: d.tool,
        filtered: num(d.filtered),
        total: num(d.total),
        calls: num(d.calls),
        strict,
        runs,
      },
    };
  },
  describe: (d) => {
    const share = num(d.total) > 0 ? Math.round((100 * num(d.filtered)) / num(d.total)) : 0;
    const strict = num(d.strictBlocks);
    return [
      typeof d.tool === 'string'
        ? rich`${c(d.tool)}: ${num(d.filtered)} of ${num(d.total)} items filtered (${share}%) in ${plural(num(d.calls), 'call', 'calls')}.`
        : rich`${num(d.filtered)} of ${num(d.total)} items filtered (${share}%) in ${plural(num(d.calls), 'call', 'calls')}.`,
      ...(strict > 0
        ? [rich`Strict mode withheld ${plural(strict, 'whole response', 'whole responses')}.`]
        : []),
    ];
  },
};
