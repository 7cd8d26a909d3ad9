// upstream-rate-limit: GitHub rate limits seen by the gateway, proxy or guard; circuit breaker opened (OPEN or, since
// 2026-08-05, HALF-OPEN rejections; a stranded HALF-OPEN probe).
import type { EventOf } from '../model/types.js';
import { c, rich } from '../util/message.js';
import { FindingGroups } from './group.js';
import type { Rule, RuleOutput } from './types.js';

const LABEL = {
  upstream: 'GitHub rate limit hit through the proxy',
  backend: 'Rate-limited tool results',
  'circuit-breaker': 'Rate-limit circuit breaker opened',
  'guard-lookup': "Guard's repository visibility lookups rate-limited",
  'circuit-breaker-probe': 'Rate-limit circuit breaker released a stranded HALF-OPEN probe',
};

export const upstreamRateLimit: Rule = {
  meta: {
    id: 'upstream-rate-limit',
    defaultSeverity: 'info',
    title: 'Upstream rate limit',
    why: "GitHub rate-limited the MCP server, the proxy or the guard's own lookups: tool calls were refused or labels may be coarser than usual.",
    messages: { default: '{{what}} ({{count}}×)' },
    fix: 'Infrastructure, not integrity: spread heavy workflows over time or use a token with a larger budget.',
  },
  check({ view }) {
    const groups = new FindingGroups<{ servers: Set<string> }>();
    // Calls the breaker refused (`… is OPEN|HALF-OPEN for server %q`, §7.6) are the same fact as its opening; they
    // stand for it only when no OPENED record of that server was logged.
    const opened = new Set(
      view
        .of('RateLimit')
        .filter((e) => e.kind === 'circuit-breaker')
        .map((e) => e.server),
    );
    const implied = new Map<string, EventOf<'RateLimit'>>();
    for (const r of view.of('CircuitBreakerRejection'))
      if (!opened.has(r.server) && !implied.has(r.server))
        implied.set(r.server, { type: 'RateLimit', kind: 'circuit-breaker', server: r.server, loc: r.loc });
    for (const e of [...view.of('RateLimit'), ...implied.values()]) {
      const g = groups.add(e.kind, e.loc, () => ({ servers: new Set<string>() }));
      if (e.server) g.servers.add(e.server);
    }
    const out: RuleOutput[] = [];
    for (const [kind, g] of groups) {
      out.push({
        message: upstreamRateLimit.message!({ kind }, g.count, 1),
        key: { kind },
        count: g.count,
        details: { kind, servers: [...g.servers] },
        evidence: g.evidence,
      });
    }
    return out;
  },
  mergeDetails: (a, b) => ({ ...a, servers: union(a.servers, b.servers) }),
  message: (d, count) => ({
    id: 'default',
    data: { what: LABEL[d.kind as keyof typeof LABEL] ?? String(d.kind), count },
  }),
  describe: (d) => {
    const servers = union(d.servers, []);
    return servers.length ? [rich`Servers: ${servers.slice(0, 10).map((s) => c(s))}.`] : [];
  },
};

function union(a: unknown, b: unknown): string[] {
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return [...new Set([...list(a), ...list(b)])];
}
