// Derived, read-only views of a run's events that several rules share (guards per server, tool → server, …).
import type { EventOf, GatewayEvent, RunEvidence } from '../model/types.js';
import { c, rich, type RichText } from '../util/message.js';
import { CallAttribution, type ServerCalls } from './attribution.js';

export interface ServerGuardState {
  server: string;
  policy: EventOf<'GuardPolicy'> | null;
  /** The last registration (current-era records win over legacy debug/stderr ones). */
  registered: EventOf<'GuardRegistered'> | null;
  loadFailures: EventOf<'GuardLoadFailure'>[];
}

export class RunView {
  private readonly byType = new Map<string, GatewayEvent[]>();
  readonly servers = new Map<string, ServerGuardState>();

  constructor(readonly run: RunEvidence) {
    for (const e of run.events) {
      let list = this.byType.get(e.type);
      if (!list) this.byType.set(e.type, (list = []));
      list.push(e);
    }
    const state = (server: string) => {
      let s = this.servers.get(server);
      if (!s) this.servers.set(server, (s = { server, policy: null, registered: null, loadFailures: [] }));
      return s;
    };
    for (const p of this.of('GuardPolicy')) state(p.server).policy = p;
    for (const r of this.of('GuardRegistered')) {
      const s = state(r.server);
      if (!s.registered || !r.legacy || s.registered.legacy) s.registered = r;
    }
    for (const f of this.of('GuardLoadFailure')) if (f.server) state(f.server).loadFailures.push(f);
  }

  of<T extends GatewayEvent['type']>(type: T): EventOf<T>[] {
    return (this.byType.get(type) ?? []) as EventOf<T>[];
  }

  /**
   * Items filtered in the run (`difc.filtered`): the per-item records from their one source (collect chooses it),
   * plus the proxy's `DIFC filtered n/m` counts (the proxy writes no per-item records).
   */
  get filteredItems(): number {
    let n = this.of('DifcFiltered').length;
    for (const c of this.of('FilterCount')) if (c.source === 'proxy') n += c.filtered;
    return n;
  }

  get gatewayVersion(): string | null {
    return this.of('GatewayVersion')[0]?.version ?? null;
  }

  /** Enforcement disabled for the whole gateway (current INFO line, or the v0.1.x stderr line). */
  get enforcementDisabled(): EventOf<'EnforcementDisabled'> | null {
    return this.of('EnforcementDisabled')[0] ?? null;
  }

  /** Whether the gateway is a version that has guards (v0.1.8+, or it logs a guard-era line). */
  get gatewayHasGuards(): boolean {
    if (this.of('GuardsCapable').length > 0) return true;
    const v = this.gatewayVersion;
    return v !== null && compareVersions(v, 'v0.1.8') >= 0;
  }

  private attributionCache: CallAttribution | null = null;

  /** Which server each tool call went to, from every source the logs give (rules/attribution.ts). */
  get attribution(): CallAttribution {
    return (this.attributionCache ??= new CallAttribution(this));
  }

  /**
   * Server a tool belongs to: tools.json (the first server listing it), else the lines naming the tool with its
   * server; null when unknown or ambiguous.
   */
  serverOfTool(tool: string): string | null {
    const tools = this.run.tools;
    if (tools) for (const [server, names] of tools) if (names.has(tool)) return server;
    const servers = this.attribution.serversOfTool(tool);
    return servers.length === 1 ? servers[0] : null;
  }

  /**
   * Tool calls a server received: backend requests (JSONL, `[rpc]`, gateway.md), else routed-mode requests, else the
   * agent's requests mapped to servers; calls of unknown server are counted for every server they could have reached
   * (`inferred`).
   */
  toolCallsTo(server: string): ServerCalls {
    return this.attribution.callsTo(server);
  }

  /** GitHub MCP servers: `github` by id, or servers with a guard policy (only the GitHub guard takes one). */
  isGitHubServer(server: string): boolean {
    return /github/i.test(server) || this.servers.get(server)?.policy != null;
  }

  /** Final guard of a server: 'noop', a guard name, or null when nothing was logged. */
  guardOf(server: string): string | null {
    return this.servers.get(server)?.registered?.guard ?? null;
  }
}

/** Compares `v0.1.8`-style versions; unparsable versions compare as equal. */
export function compareVersions(a: string, b: string): number {
  const pa = a
    .replace(/^v/, '')
    .split(/[.-]/)
    .map((x) => parseInt(x, 10));
  const pb = b
    .replace(/^v/, '')
    .split(/[.-]/)
    .map((x) => parseInt(x, 10));
  for (let i = 0; i < 3; i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (Number.isNaN(x) || Number.isNaN(y)) return 0;
    if (x !== y) return x - y;
  }
  return 0;
}

/** Domain label-suffix match: `api.github.com` matches `github.com`; `githubcopilot.com` does not. */
export function domainMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const p = pattern.toLowerCase().replace(/^\*\./, '');
  if (pattern.startsWith('*.')) return h.endsWith('.' + p);
  return h === p || h.endsWith('.' + p);
}

/** Repository scope match for policy `repos` entries: exact, `owner/*`, `owner/prefix*` (case-insensitive). */
export function repoCovered(repo: string, entries: readonly string[]): boolean {
  const r = repo.toLowerCase();
  for (const raw of entries) {
    const e = raw.toLowerCase();
    if (e === 'all') return true;
    if (e.endsWith('*')) {
      if (r.startsWith(e.slice(0, -1))) return true;
    } else if (e === r) return true;
  }
  return false;
}

/** Normalises a message into a template: numbers, quoted strings and hex ids become placeholders. */
export function messageTemplate(message: string, max = 160): string {
  return message
    .split('\n')[0]
    .replace(/"[^"]*"|'[^']*'/g, '"…"')
    .replace(/\b[0-9a-f]{12,}\b/gi, '⟨id⟩')
    .replace(/\d+(\.\d+)?/g, 'N')
    .slice(0, max);
}

/** GitHub and the AI services: reached directly, not through the gateway (direct-api-bypass, firewall-block). */
export const BYPASS_DOMAINS = ['github.com', 'openai.com', 'chatgpt.com'];

export function isBypassDomain(host: string): boolean {
  return BYPASS_DOMAINS.some((d) => domainMatches(host, d));
}

export function isExpected(host: string, expected: readonly string[]): boolean {
  return expected.some((e) => (e.startsWith('*.') ? domainMatches(host, e) : host === e));
}

/** Firewall details for people: `api.github.com` ×2 (443), one line per destination, its reasons after it. */
export function describeDomains(v: unknown): RichText[] {
  type D = { domain?: unknown; blocks?: unknown; ports?: unknown; reasons?: unknown };
  const list = Array.isArray(v) ? (v as D[]) : [];
  const lines = list.slice(0, 10).map((d) => {
    const ports = Array.isArray(d.ports) ? (d.ports as unknown[]).map(String) : [];
    const reasons = Array.isArray(d.reasons) ? (d.reasons as unknown[]).map(String) : [];
    return rich`${c(d.domain)} ×${typeof d.blocks === 'number' ? d.blocks : '?'}${ports.length ? ` (${ports.join(', ')})` : ''}${reasons.length ? ': ' : ''}${reasons.slice(0, 3).map((r) => c(r))}`;
  });
  if (list.length > 10)
    lines.push(rich`and ${list.length - 10} more ${list.length - 10 === 1 ? 'destination' : 'destinations'}`);
  return lines;
}
