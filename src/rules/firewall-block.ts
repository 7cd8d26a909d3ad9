// firewall-block: other denied destinations (expected blocks, or a missing `network.allowed` entry).
import type { Rule, RuleOutput } from './types.js';
import { describeDomains, isBypassDomain, isExpected } from './view.js';

export const firewallBlock: Rule = {
  meta: {
    id: 'firewall-block',
    defaultSeverity: 'info',
    title: 'Firewall blocked a destination',
    why: 'The agent firewall denied requests to a destination outside the allowlist. Usually expected (telemetry, optional services); a destination the workflow needs is a missing `network.allowed` entry.',
    messages: { default: '`{{domain}}` blocked' },
    fix: "If the workflow needs the destination, add it to `network.allowed` in the frontmatter; if it is expected, list it in the config's `expectedDomains` to silence this note.",
  },
  check({ run, config }) {
    const fw = run.firewall;
    if (!fw) return [];
    const out: RuleOutput[] = [];
    for (const d of fw.domains.values()) {
      if (d.blocked === 0 || isBypassDomain(d.host) || isExpected(d.host, config.expectedDomains)) continue;
      const loc = fw.firstBlock.get(d.host);
      out.push({
        message: { id: 'default', data: { domain: d.host } },
        key: { domain: d.host },
        count: d.blocked,
        details: {
          domains: [
            {
              domain: d.host,
              blocks: d.blocked,
              ports: d.ports,
              ...(d.reasons.length ? { reasons: d.reasons } : {}),
            },
          ],
          source: fw.source,
        },
        evidence: loc ? [loc] : [],
      });
    }
    return out;
  },
  mergeDetails(a, b) {
    type D = { domain: string; blocks: number; ports: string[]; reasons?: string[] };
    const [da] = a.domains as D[];
    const [db] = b.domains as D[];
    const merged: D = {
      ...da,
      blocks: da.blocks + db.blocks,
      ports: [...new Set([...da.ports, ...db.ports])],
    };
    if (da.reasons || db.reasons)
      merged.reasons = [...new Set([...(da.reasons ?? []), ...(db.reasons ?? [])])];
    return { ...a, domains: [merged] };
  },
  describe: (d) => describeDomains(d.domains),
};
