// upstream-rate-limit: GitHub rate limits seen by the gateway, proxy or guard; circuit breaker opened.
import type { Loc } from '../engine/types.js';
import type { Rule, RuleOutput } from './types.js';

const LABEL = {
  upstream: 'GitHub rate limit hit through the proxy',
  backend: 'rate-limited tool results',
  'circuit-breaker': 'rate-limit circuit breaker opened',
  'guard-lookup': "guard's repository visibility lookups rate-limited",
};

export const upstreamRateLimit: Rule = {
  meta: {
    id: 'upstream-rate-limit',
    defaultSeverity: 'info',
    title: 'Upstream rate limit',
    why: "GitHub rate-limited the MCP server, the proxy or the guard's own lookups: tool calls were refused or labels may be coarser than usual.",
    fix: 'Infrastructure, not integrity: spread heavy workflows over time or use a token with a larger budget.',
  },
  check({ view }) {
    const groups = new Map<string, { count: number; servers: Set<string>; evidence: Loc[] }>();
    for (const e of view.of('RateLimit')) {
      let g = groups.get(e.kind);
      if (!g) groups.set(e.kind, (g = { count: 0, servers: new Set(), evidence: [] }));
      g.count++;
      if (e.server) g.servers.add(e.server);
      if (g.evidence.length < 3) g.evidence.push(e.loc);
    }
    const out: RuleOutput[] = [];
    for (const [kind, g] of groups) {
      out.push({
        title: upstreamRateLimit.title!({ kind }, g.count, 1),
        key: { kind },
        count: g.count,
        details: { kind, servers: [...g.servers] },
        evidence: g.evidence,
      });
    }
    return out;
  },
  mergeDetails: (a, b) => ({ ...a, servers: union(a.servers, b.servers) }),
  title: (d, count) => `${LABEL[d.kind as keyof typeof LABEL] ?? String(d.kind)} (${count}×)`,
};

function union(a: unknown, b: unknown): string[] {
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return [...new Set([...list(a), ...list(b)])];
}
