// difc-filtering-summary: normal filtering: how many items were filtered, by server, tool and reason; and the
// strict-mode blocks (whole responses withheld because some of their items violate the policy), by tool and run.
import { c, plural, rich, type RichText } from '../util/message.js';
import { strictBlocksOf } from './strict-blocks.js';
import { asCounts, bump, num, sumCounts } from './group.js';
import type { Rule } from './types.js';

export function reasonClass(reason: string): string {
  if (/has lower integrity than agent requires/.test(reason)) return 'integrity';
  if (/has secrecy requirements that agent doesn't meet/.test(reason)) return 'secrecy';
  if (/lacks required integrity to write|cannot be written to/.test(reason)) return 'write';
  return 'other';
}

/** `details.strict`: responses withheld whole by strict mode. */
interface StrictDetails {
  /** blocked responses (calls) */
  blocks: number;
  /** items that violated the policy, summed over the blocks */
  violating: number;
  /** items of the blocked responses (withheld from the agent); null when a block did not say */
  items: number | null;
  byTool: Record<string, number>;
  byRun: Record<string, number>;
}

export const difcFilteringSummary: Rule = {
  meta: {
    id: 'difc-filtering-summary',
    defaultSeverity: 'info',
    title: 'DIFC filtering summary',
    why: 'Items below the policy were removed before they reached the agent (in strict mode, the whole response that held them was withheld): the integrity layer working as intended.',
    fix: 'Nothing to do. Review the reasons if the counts change sharply.',
    messages: {
      filtered: '{{filtered:item:items}} filtered',
      strict:
        'Strict mode withheld {{blocks:whole response:whole responses}} of `{{tools}}` ({{violating}}{{ofItems}} {{noun}} violated the policy){{inRuns}}',
      both: '{{filtered:item:items}} filtered; strict mode withheld {{blocks:whole response:whole responses}} of `{{tools}}` ({{violating}}{{ofItems}} {{noun}} violated the policy){{inRuns}}',
    },
  },
  check({ view, run }) {
    const items = view.of('DifcFiltered');
    const proxy = view.of('FilterCount').filter((c) => c.source === 'proxy');
    const filtered = view.filteredItems;
    const strict = strictBlocksOf(view).blocks;
    if (filtered === 0 && strict.length === 0) return [];
    const byServer: Record<string, number> = {};
    const byTool: Record<string, number> = {};
    const byReason: Record<string, number> = {};
    for (const i of items) {
      bump(byServer, i.server);
      bump(byTool, i.tool || '(unknown)');
      bump(byReason, reasonClass(i.reason));
    }
    for (const c of proxy) {
      if (c.filtered === 0) continue;
      bump(byServer, 'proxy', c.filtered);
      bump(byTool, c.tool ?? '(proxy)', c.filtered);
      bump(byReason, 'proxy', c.filtered);
    }
    const details: Record<string, unknown> = { filtered, byServer, byTool, byReason };
    let violating = 0;
    if (strict.length > 0) {
      const s: StrictDetails = { blocks: 0, violating: 0, items: 0, byTool: {}, byRun: {} };
      for (const b of strict) {
        s.blocks++;
        s.violating += b.block.filtered;
        s.items = s.items === null || b.block.total === null ? null : s.items + b.block.total;
        bump(s.byTool, b.tool ?? '(unknown tool)');
        bump(s.byRun, run.meta.id);
      }
      violating = s.violating;
      details.strict = s;
    }
    return [
      {
        message: difcFilteringSummary.message!(details, filtered + violating, 1),
        key: {},
        count: filtered + violating,
        details,
        evidence: [...items.slice(0, 2).map((i) => i.loc), ...strict.slice(0, 2).map((b) => b.block.loc)],
      },
    ];
  },
  mergeDetails: (a, b) => mergeFilteringDetails(a, b),
  message: (d) => {
    const filtered = num(d.filtered);
    const s = strictOf(d.strict);
    if (!s) return { id: 'filtered', data: { filtered } };
    const runs = Object.keys(s.byRun).length;
    const items = s.items === null ? s.violating : s.items;
    return {
      id: filtered > 0 ? 'both' : 'strict',
      data: {
        filtered,
        blocks: s.blocks,
        tools: Object.keys(s.byTool).sort().slice(0, 5),
        violating: s.violating,
        ofItems: s.items === null ? '' : ` of ${s.items}`,
        noun: items === 1 ? 'item' : 'items',
        inRuns: runs > 1 ? ` in ${runs} runs` : '',
      },
    };
  },
  describe: (d) => {
    const out: RichText[] = [];
    const ranked = (v: unknown) =>
      Object.entries(asCounts(v))
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 12);
    if (num(d.filtered) > 0) {
      out.push(rich`${plural(num(d.filtered), 'item', 'items')} filtered.`);
      out.push(rich`By server: ${ranked(d.byServer).map(([k, n]) => rich`${c(k)} ×${n}`)}.`);
      out.push(rich`By tool: ${ranked(d.byTool).map(([k, n]) => rich`${c(k)} ×${n}`)}.`);
      out.push(rich`By reason: ${ranked(d.byReason).map(([k, n]) => rich`${REASON_TEXT[k] ?? k} ×${n}`)}.`);
    }
    const s = strictOf(d.strict);
    if (s) {
      out.push(
        rich`Strict mode withheld ${plural(s.blocks, 'whole response', 'whole responses')}: ${plural(s.violating, 'item', 'items')} violated the policy${s.items === null ? '' : ` of ${s.items}`}; by tool: ${ranked(s.byTool).map(([k, n]) => rich`${c(k)} ×${n}`)}.`,
      );
    }
    return out;
  },
};

/** The reason classes as people read them. */
const REASON_TEXT: Record<string, string> = {
  integrity: 'integrity below the policy',
  secrecy: 'secrecy the agent may not read',
  write: 'write not allowed',
  proxy: 'filtered by the DIFC proxy',
  other: 'other reasons',
};

/** `details.strict` when it has its shape. */
function strictOf(v: unknown): StrictDetails | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const s = v as Partial<StrictDetails>;
  const isMap = (m: unknown) => typeof m === 'object' && m !== null && !Array.isArray(m);
  return typeof s.blocks === 'number' && typeof s.violating === 'number' && isMap(s.byTool) && isMap(s.byRun)
    ? (s as StrictDetails)
    : undefined;
}

/** Merging across runs: sums the counts and the per-server, per-tool and per-reason maps, and the strict blocks. */
export function mergeFilteringDetails(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { filtered: (a.filtered as number) + (b.filtered as number) };
  for (const k of ['byServer', 'byTool', 'byReason']) out[k] = sumCounts(a[k], b[k]);
  const sa = strictOf(a.strict);
  const sb = strictOf(b.strict);
  if (sa || sb) {
    const s: StrictDetails = { blocks: 0, violating: 0, items: 0, byTool: {}, byRun: {} };
    for (const x of [sa, sb]) {
      if (!x) continue;
      s.blocks += x.blocks;
      s.violating += x.violating;
      s.items = s.items === null || x.items === null ? null : s.items + x.items;
      s.byTool = sumCounts(s.byTool, x.byTool);
      s.byRun = sumCounts(s.byRun, x.byRun);
    }
    out.strict = s;
  }
  return out;
}
