// Firewall decision classification shared by `access.log` and `audit.jsonl` (FORMATS.md §9.2, §9.3).
import type { FirewallDomainStats, FirewallSummary, Loc } from '../model/types.js';

export type Decision = 'blocked' | 'allowed' | 'other';

/** Blocked iff the result starts with TCP_DENIED or the status is 403/407; allowed iff 2xx/3xx or a tunnel/hit/miss. */
export function classify(result: string, status: number): Decision {
  if (result.startsWith('TCP_DENIED') || status === 403 || status === 407) return 'blocked';
  if ((status >= 200 && status < 400) || /^TCP_(TUNNEL|HIT|MISS)/.test(result)) return 'allowed';
  return 'other';
}

/** `host:port` → host and port; handles `[v6]:port`. */
export function splitHostPort(value: string): { host: string; port: string | null } {
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(value);
  if (v6) return { host: v6[1].toLowerCase(), port: v6[2] ?? null };
  const m = /^(.*?)(?::(\d+))?$/.exec(value);
  return { host: (m?.[1] ?? value).toLowerCase().replace(/\.$/, ''), port: m?.[2] ?? null };
}

/** The destination host of a request: the CONNECT target, else the Host header, else the URL's host. */
export function destination(
  method: string,
  hostField: string,
  url: string,
): { host: string; port: string | null } | null {
  if (method === 'CONNECT' && url && url !== '-') return splitHostPort(url);
  if (hostField && hostField !== '-') return splitHostPort(hostField);
  if (!url) return null;
  try {
    const u = new URL(url);
    return { host: u.hostname.toLowerCase(), port: u.port || null };
  } catch {
    return null;
  }
}

/** Internal AWF destinations (never reported): 172.30.0.0/24, topology peers, single-label hosts. */
export function isInternalDestination(host: string, topologyPeers: ReadonlySet<string>): boolean {
  if (/^172\.30\.0\.\d{1,3}$/.test(host)) return true;
  if (topologyPeers.has(host)) return true;
  if (!host.includes('.') && !host.includes(':')) return true;
  return false;
}

export class FirewallAccumulator {
  readonly summary: FirewallSummary;

  constructor(source: FirewallSummary['source']) {
    this.summary = { source, total: 0, blocked: 0, domains: new Map(), firstBlock: new Map() };
  }

  /** `where` is the line's location; only a blocked request's is kept (the first per host), so allowed ones need none. */
  add(host: string, port: string | null, decision: Decision, where: Loc | null, reason?: string): void {
    const s = this.summary;
    s.total = (s.total ?? 0) + 1;
    let d: FirewallDomainStats | undefined = s.domains.get(host);
    if (!d) {
      d = { host, blocked: 0, allowed: 0, ports: [], reasons: [] };
      s.domains.set(host, d);
    }
    if (decision === 'blocked') {
      s.blocked++;
      d.blocked++;
      if (port && !d.ports.includes(port) && d.ports.length < 10) d.ports.push(port);
      if (reason && !d.reasons.includes(reason) && d.reasons.length < 5) d.reasons.push(reason);
      if (where && !s.firstBlock.has(host)) s.firstBlock.set(host, where);
    } else if (decision === 'allowed') d.allowed++;
  }
}
