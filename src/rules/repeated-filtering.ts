// repeated-filtering: the same item (`issue:owner/repo#12`) filtered for integrity in several runs of one workflow
// within the audit. Items silently missing from the agent's results, run after run, is what people notice: this names
// the item and the fix. A cross-run rule: each run reports the items it filtered (one finding per workflow and item);
// the report builder merges them across runs and keeps those filtered in at least `minRuns` runs.
import { c, plural, rich } from '../util/message.js';
import { asCounts, bump, FindingGroups, sumCounts } from './group.js';
import type { Rule, RuleOutput } from './types.js';

/** Descriptions that do not name one item (`issue:#unknown`, `resource:⟨tool⟩`, empty). */
function namesAnItem(description: string): boolean {
  return (
    /^[a-z-]+:\S+$/.test(description) &&
    !description.includes('#unknown') &&
    !description.startsWith('resource:')
  );
}

/** The most items one run reports (a run that filtered thousands still merges in bounded memory). */
const MAX_ITEMS_PER_RUN = 1000;

export const repeatedFiltering: Rule = {
  meta: {
    id: 'repeated-filtering',
    defaultSeverity: 'info',
    title: 'Same item filtered in several runs',
    why: "The integrity filter removed the same item from the agent's results run after run: it is working as configured, but the workflow keeps missing that item, the most common surprise with integrity filtering.",
    fix: 'If the item should reach the agent: add its author to `trusted-users`, have a maintainer add the approval label the policy honours, or lower `min-integrity` for this workflow; if not, nothing to do.',
    messages: {
      default: '`{{item}}` filtered in {{runs}} runs of `{{workflow}}`',
    },
    schema: {
      type: 'object',
      properties: {
        minRuns: {
          type: 'integer',
          minimum: 2,
          default: 2,
          description: 'reported when the same item is filtered in at least this many runs of one workflow',
        },
      },
      additionalProperties: false,
    },
  },
  check({ run, view, options }) {
    const workflow = run.meta.workflow ?? run.meta.workflowPath ?? '(unknown workflow)';
    const items = new FindingGroups<{ server: string; byTool: Record<string, number> }>();
    for (const f of view.of('DifcFiltered')) {
      if (!/has lower integrity than agent requires/.test(f.reason) || !namesAnItem(f.description)) continue;
      if (!items.has(f.description) && items.size >= MAX_ITEMS_PER_RUN) continue;
      const g = items.add(f.description, f.loc, () => ({ server: f.server, byTool: {} }));
      bump(g.byTool, f.tool || '(unknown tool)');
    }
    const out: RuleOutput[] = [];
    for (const [item, g] of items) {
      const details = {
        workflow,
        item,
        server: g.server,
        byTool: g.byTool,
        byRun: { [run.meta.id]: g.count },
      };
      out.push({
        message: repeatedFiltering.message!(details, g.count, 1),
        key: { workflow, item },
        count: g.count,
        details,
        evidence: g.evidence.slice(0, 1),
        minRuns: options.minRuns as number,
      });
    }
    return out;
  },
  mergeDetails: (a, b) => ({
    ...a,
    byTool: sumCounts(a.byTool, b.byTool),
    byRun: sumCounts(a.byRun, b.byRun),
  }),
  message: (d, _count, runs) => ({ id: 'default', data: { item: d.item, workflow: d.workflow, runs } }),
  describe: (d, count, runs) => {
    const tools = Object.entries(asCounts(d.byTool)).sort((a, b) => b[1] - a[1]);
    return [
      rich`${c(d.item)} was filtered ${plural(count, 'time', 'times')} in ${runs} runs of ${c(d.workflow)} (below the policy's integrity).`,
      rich`Returned by ${tools.slice(0, 5).map(([t, n]) => rich`${c(t)} ×${n}`)} on server ${c(d.server)}.`,
    ];
  },
};
