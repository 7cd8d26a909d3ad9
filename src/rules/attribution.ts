// Which server each tool call went to (FORMATS.md §7.4), from every source the logs give, and, for the calls whose
// server cannot be known, every server they could have reached (fail closed: a call is never dropped for want of
// attribution evidence). Sources, best first; the first that has any call counts them all (one source per fact):
//   1. backend requests: JSONL `rpc_request` `server_id`, `[rpc] ⟨server⟩→tools/call`, the gateway.md RPC bullet;
//   2. routed-mode requests: `JSON-RPC request parsed: mode=routed:⟨server⟩, method=tools/call` (less `Tool not found`);
//   3. the agent's `MCP tool call request … tool=` lines, mapped to a server by tools.json, by the lines that name a
//      tool with its server (`[DIFC-FILTERED]`, payload `⟨server⟩___⟨tool⟩`, debug `serverID=…, toolName=…`,
//      `tools/call denied`), or by a `⟨server⟩___` prefix on the name itself.
// A call of source 3 that maps to no single server is counted for every server it could have reached (any server but
// safe-outputs) and marked inferred.
import { c, plural, rich, type RichText } from '../util/message.js';
import type { EventOf, GatewayEvent, Loc, RunEvidence } from '../model/types.js';

/** What attribution reads of a run (rules/view.ts's RunView, which builds one over itself). */
export interface AttributionView {
  readonly run: RunEvidence;
  readonly servers: ReadonlyMap<string, unknown>;
  of<T extends GatewayEvent['type']>(type: T): EventOf<T>[];
}

/** Placeholder for calls that could have reached a server the logs never name. */
export const UNNAMED_SERVER = 'unknown';

/** The safe-outputs server's ids (`safeoutputs` in gh-aw; `safe_outputs` / `safe-outputs` spellings accepted). */
export function isSafeOutputs(server: string): boolean {
  return /^safe[-_]?outputs?$/i.test(server);
}

/** gh-aw safe-output tools that no GitHub MCP server tool shares a name with. */
const SAFE_OUTPUT_ONLY_TOOLS = new Set([
  'noop',
  'missing_tool',
  'missing_data',
  'report_incomplete',
  'upload_asset',
  'push_to_pull_request_branch',
]);

export type AttributionSource = 'backend' | 'routed' | 'requests';

export interface ServerCalls {
  /** Calls counted for the server: attributed + inferred. */
  count: number;
  /** Calls the logs tie to this server. */
  attributed: number;
  /** Calls whose server is not known, counted for this server because it could have received them. */
  inferred: number;
  first: Loc | null;
}

interface Tally {
  attributed: number;
  inferred: number;
  first: Loc | null;
}

export class CallAttribution {
  readonly source: AttributionSource | null;
  /** Every server the logs name (not the placeholder). */
  readonly knownServers: Set<string>;
  /** A startup list (`Loaded N MCP server(s)`, `Routes:`) or tools.json named every server. */
  readonly completeServerList: boolean;
  /** Calls whose server is not known (each counted for every candidate). */
  readonly unattributedCalls: number;
  private readonly tally = new Map<string, Tally>();
  private toolMap: Map<string, Set<string>> | null = null;

  constructor(private readonly view: AttributionView) {
    const known = new Set<string>();
    const complete = new Set<string>();
    for (const e of view.of('ServerNamed')) (e.complete ? complete : known).add(e.server);
    // tools.json lists every server whose tools registered, i.e. every server a call could reach (§4.7).
    this.completeServerList = complete.size > 0 || (view.run.tools?.size ?? 0) > 0;
    for (const s of complete) known.add(s);
    for (const s of view.servers.keys()) known.add(s);
    for (const s of view.run.tools?.keys() ?? []) known.add(s);
    for (const e of view.of('BackendToolCall')) known.add(e.server);
    for (const e of view.of('RoutedToolCall')) known.add(e.server);
    for (const e of view.of('ToolServer')) known.add(e.server);
    for (const e of view.of('DifcFiltered')) known.add(e.server);
    for (const e of view.of('LabelingFailure')) if (e.server) known.add(e.server);
    known.delete(UNNAMED_SERVER);
    known.delete('');
    this.knownServers = known;

    let unattributed = 0;
    const backend = view.of('BackendToolCall');
    const routed = view.of('RoutedToolCall');
    if (backend.length > 0) {
      this.source = 'backend';
      for (const c of backend) {
        if (c.server === UNNAMED_SERVER || c.server === '') {
          unattributed++;
          this.addInferred(this.candidates(null), c.loc);
        } else this.add(c.server, 'attributed', c.loc);
      }
    } else if (routed.some((r) => r.found)) {
      this.source = 'routed';
      for (const r of routed) if (r.found) this.add(r.server, 'attributed', r.loc);
      for (const r of routed) {
        const t = this.tally.get(r.server);
        if (!r.found && t && t.attributed > 0) t.attributed--;
      }
    } else {
      const requests = view.of('ToolCallRequest');
      // Without request lines, each call left one response or one error line.
      const calls =
        requests.length > 0
          ? requests
          : [
              ...view.of('ToolCallResponse'),
              ...view.of('ToolCallError').filter((e) => e.source === 'gateway'),
            ];
      this.source = calls.length > 0 ? 'requests' : null;
      for (const c of calls) {
        const servers = this.serversOfTool(c.tool);
        if (servers.length === 1) {
          this.add(servers[0], 'attributed', c.loc);
          continue;
        }
        if (servers.length === 0 && SAFE_OUTPUT_ONLY_TOOLS.has(c.tool)) continue;
        unattributed++;
        this.addInferred(this.candidates(servers.length > 1 ? servers : null), c.loc);
      }
    }
    this.unattributedCalls = unattributed;
  }

  /** Calls counted for a server. */
  callsTo(server: string): ServerCalls {
    const t = this.tally.get(server);
    if (!t) return { count: 0, attributed: 0, inferred: 0, first: null };
    return {
      count: t.attributed + t.inferred,
      attributed: t.attributed,
      inferred: t.inferred,
      first: t.first,
    };
  }

  /** Servers with any call counted (the placeholder included). */
  serversWithCalls(): string[] {
    return [...this.tally.entries()].filter(([, t]) => t.attributed + t.inferred > 0).map(([s]) => s);
  }

  /**
   * Servers a tool belongs to: tools.json (every server listing it), else the lines naming the tool with its server,
   * else a `⟨server⟩___` prefix on the name, else the servers of its canonical name if it is a feature-flag alias.
   */
  serversOfTool(tool: string): string[] {
    const map = this.tools();
    const hit = map.get(tool);
    if (hit && hit.size > 0) return [...hit];
    const i = tool.indexOf('___');
    if (i > 0) {
      const server = tool.slice(0, i);
      const bare = map.get(tool.slice(i + 3));
      if (!bare || bare.has(server)) return [server];
    }
    // A GitHub MCP feature-flag alias (`list_issues_ff_fields_param`, §8.5) belongs where its canonical tool does.
    const alias = /^(.+?)_ff_[a-z0-9_]+$/.exec(tool);
    const canonical = alias ? map.get(alias[1]) : undefined;
    return canonical ? [...canonical] : [];
  }

  /** Where a call of unknown server could have gone: `among` (ambiguous names) or any server the logs name. */
  private candidates(among: string[] | null): string[] {
    if (among) {
      const open = among.filter((s) => !isSafeOutputs(s));
      return open.length > 0 ? open : among.slice(0, 1);
    }
    // A server whose tool list is known (tools.json, not empty) did not expose the tool.
    const listed = this.view.run.tools;
    const open = [...this.knownServers].filter((s) => !isSafeOutputs(s) && !(listed?.get(s)?.size ?? 0));
    if (open.length > 0) return open;
    // A startup list or tools.json named every server, and each was ruled out: the call reached none we could audit.
    if (this.completeServerList) return [];
    return [UNNAMED_SERVER];
  }

  private tools(): Map<string, Set<string>> {
    if (this.toolMap) return this.toolMap;
    const map = new Map<string, Set<string>>();
    const put = (tool: string, server: string) => {
      let s = map.get(tool);
      if (!s) map.set(tool, (s = new Set()));
      s.add(server);
    };
    const listed = this.view.run.tools;
    if (listed) for (const [server, names] of listed) for (const t of names) put(t, server);
    // Lines that name a tool with its server complete the picture for servers tools.json does not list.
    for (const e of this.view.of('ToolServer')) if (!listed?.has(e.server)) put(e.tool, e.server);
    for (const e of this.view.of('DifcFiltered'))
      if (e.tool && e.server !== UNNAMED_SERVER && !listed?.has(e.server)) put(e.tool, e.server);
    this.toolMap = map;
    return map;
  }

  private add(server: string, kind: 'attributed' | 'inferred', at: Loc): void {
    let t = this.tally.get(server);
    if (!t) this.tally.set(server, (t = { attributed: 0, inferred: 0, first: null }));
    t[kind]++;
    t.first ??= at;
  }

  private addInferred(servers: string[], at: Loc): void {
    for (const s of servers) this.add(s, 'inferred', at);
  }
}

/**
 * The sentence the report shows for a finding whose calls were (partly) counted by inference: why (kept under the
 * Markdown's 200-character cap for a detail value).
 */
export function inferredNote(view: { readonly attribution: CallAttribution }): string {
  const why =
    view.attribution.source === 'backend'
      ? 'the gateway logged these calls with server unknown'
      : 'no JSONL server_id, [rpc] or routed-mode line, tools.json entry or other line names the server of these calls';
  return `${why}, so each is counted for every server it could have reached but safe-outputs`;
}

/**
 * What a finding built on `calls` adds when some were counted by inference: `details.attribution: "inferred"`, the
 * number inferred and the reason (shown in the Markdown), a title suffix and a recommendation prefix. Null when every
 * call was attributed from the logs.
 */
export function inferredParts(
  calls: ServerCalls,
  view: { readonly attribution: CallAttribution },
): { details: Record<string, unknown>; titleSuffix: string; recommendation: string } | null {
  if (calls.inferred === 0) return null;
  return {
    details: {
      attribution: 'inferred',
      inferredToolCalls: calls.inferred,
      attributionNote: inferredNote(view),
    },
    titleSuffix:
      calls.attributed === 0 ? ' (server of the calls inferred)' : ' (server of some calls inferred)',
    recommendation: `The server of ${plural(calls.inferred, 'call', 'calls')} was inferred, not logged: confirm it from the run's \`rpc-messages.jsonl\` or \`tools.json\` if available.`,
  };
}

/** Tool calls to a server, with the attribution note when their server was inferred. */
export function describeCalls(d: Record<string, unknown>, what: string): RichText[] {
  const n = typeof d.toolCalls === 'number' ? d.toolCalls : 0;
  return [
    rich`Server ${c(d.server)}: ${plural(n, 'tool call', 'tool calls')} ${what}${d.reason ? ` (${String(d.reason)})` : ''}.`,
    ...(d.attribution === 'inferred'
      ? [
          rich`The server of ${plural(typeof d.inferredToolCalls === 'number' ? d.inferredToolCalls : 0, 'call', 'calls')} was inferred: ${String(d.attributionNote ?? '')}.`,
        ]
      : []),
  ];
}
