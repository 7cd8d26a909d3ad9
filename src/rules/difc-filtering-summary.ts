// difc-filtering-summary: normal filtering: how many items were filtered, by server, tool and reason.
import type { Rule } from './types.js';

export function reasonClass(reason: string): string {
  if (/has lower integrity than agent requires/.test(reason)) return 'integrity';
  if (/has secrecy requirements that agent doesn't meet/.test(reason)) return 'secrecy';
  if (/lacks required integrity to write|cannot be written to/.test(reason)) return 'write';
  return 'other';
}

function bump(map: Record<string, number>, key: string, n = 1) {
  map[key] = (map[key] ?? 0) + n;
}

export const difcFilteringSummary: Rule = {
  meta: {
    id: 'difc-filtering-summary',
    defaultSeverity: 'info',
    title: 'DIFC filtering summary',
    why: 'Items below the policy were removed before they reached the agent: the integrity layer working as intended.',
    fix: 'Nothing to do. Review the reasons if the counts change sharply.',
  },
  check({ view }) {
    const items = view.of('DifcFiltered');
    const proxy = view.of('FilterCount').filter((c) => c.source === 'proxy');
    const filtered = items.length + proxy.reduce((a, c) => a + c.filtered, 0);
    if (filtered === 0) return [];
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
    return [
      {
        title: `${filtered} item(s) filtered`,
        key: {},
        count: filtered,
        details: { filtered, byServer, byTool, byReason },
        evidence: items.slice(0, 2).map((i) => i.loc),
      },
    ];
  },
  mergeDetails: (a, b) => mergeFilteringDetails(a, b),
};

/** Merging across runs: sums the counts and the per-server, per-tool and per-reason maps. */
export function mergeFilteringDetails(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { filtered: (a.filtered as number) + (b.filtered as number) };
  for (const k of ['byServer', 'byTool', 'byReason']) {
    const m: Record<string, number> = { ...(a[k] as Record<string, number>) };
    for (const [x, n] of Object.entries(b[k] as Record<string, number>)) bump(m, x, n);
    out[k] = m;
  }
  return out;
}
