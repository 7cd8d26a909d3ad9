// Lines of `mcp-gateway.log` (and its stderr fallback) that tell which server a tool call went to, or which servers
// exist (FORMATS.md §3.3, §5, §7.4): routed-mode request lines, lines naming a tool with its server, server lists,
// connections and the `[⟨serverID⟩]` prefix. Matched on the parsed prefix (level, category, message start) only.
import type { GatewayEvent, Loc } from '../model/types.js';
import { ascii } from '../util/bytes.js';
import { ExcerptBudget, Interner, loc } from './common.js';

/** Debug message starts (any namespace) that carry attribution; the byte-level pre-filter lets these through. */
export const DEBUG_ATTRIBUTION = [
  'JSON-RPC request parsed: mode=routed:',
  'callBackendTool: serverID=',
  'executeBackendToolCall: serverID=',
  'Logging filtered items: serverID=',
  'Middleware processing tool call: tool=',
  'Processing tool call: tool=',
  '[DIFC] Guard calling backend ',
].map(ascii);

/** A server id as the gateway prints it (config keys: letters, digits, `_`, `-`, `.`). */
const ID = '[A-Za-z0-9][A-Za-z0-9_.-]*';
const SERVER_ID = new RegExp(`^${ID}$`);
/** Bracketed message starts of `difc`/`backend` lines that are not server ids. */
const NOT_SERVER_PREFIXES = new Set(['allowed-tools', 'REDACTED', 'Filtered', 'stderr']);

/** `⟨server⟩___⟨tool⟩`: the prefixed name the payload middleware and unified mode use (§7.4). */
export function splitPrefixedTool(name: string): { server: string; tool: string } | null {
  const i = name.indexOf('___');
  if (i <= 0) return null;
  const server = name.slice(0, i);
  const tool = name.slice(i + 3);
  return SERVER_ID.test(server) && tool !== '' ? { server, tool } : null;
}

/** `[a b c]` (Go `%v` of a slice) → names. */
function goList(text: string): string[] {
  return text
    .trim()
    .split(/\s+/)
    .filter((s) => SERVER_ID.test(s));
}

const PAYLOAD_TOOL =
  /^(?:Middleware processing tool call|Processing tool call|Response data marshaled to JSON|Skipping payload storage|Failed to save payload to filesystem): tool=([^,\s]+)/;
const PAYLOAD_SIZE = /^Payload size \(\d+ bytes\) .*?: tool=([^,\s]+)/;
const SERVER_TOOL = new RegExp(
  `^(?:callBackendTool|executeBackendToolCall|Logging filtered items): serverID=(${ID}), toolName=([^,\\s]+)`,
);
const GUARD_CALL = new RegExp(`^\\[DIFC\\] Guard calling backend (${ID}) tool (\\S+) for metadata`);
const DENIED = new RegExp(`^tools/call denied: tool="([^"]+)" not in allowed-tools for server=(${ID})`);
const ROUTED = new RegExp(`^JSON-RPC request parsed: mode=routed:(${ID}), method=tools/call,`);
const NOT_FOUND = new RegExp(`^Tool not found: mode=routed:(${ID}), method=tools/call,`);
const LOADED = /^Loaded \d+ MCP server\(s\): \[([^\]]*)\]/;
const ROUTES = /^Routes: \/mcp\/<server> (?:for servers:|where <server> is one of:) \[([^\]]*)\]/;
const CONNECTION = new RegExp(`^New MCP client connection, .*, backend=(${ID}), session=`);
const ROUTE_PATH = new RegExp(
  `^(?:Authentication successful|Request rejected: .*|Authentication failed: .*), remote=\\S*, path=/mcp/(${ID})/?\\s*$`,
);

export class AttributionLines {
  private readonly named = new Set<string>();
  private readonly pairs = new Set<string>();
  private readonly excerpts = new ExcerptBudget();

  constructor(
    private readonly file: string,
    private readonly emit: (e: GatewayEvent) => void,
    private readonly names: Interner,
  ) {}

  /** One record's prefix and first line; `prefixServer` is the `[⟨serverID⟩] ` after the category, if any. */
  record(
    level: string,
    category: string,
    msg: string,
    prefixServer: string | null,
    line: number,
    raw: string,
  ): void {
    const L = () => loc(this.file, line, raw);
    // `…ToServer` lines (`[difc] [⟨server⟩] …`, `[backend] [⟨server⟩] …`, §3.3); not the bracketed message starts.
    if (
      prefixServer &&
      (category === 'difc' || category === 'backend') &&
      SERVER_ID.test(prefixServer) &&
      !NOT_SERVER_PREFIXES.has(prefixServer)
    ) {
      this.server(prefixServer, false, 'prefix', L);
    }
    let m: RegExpExecArray | null;
    if (level === 'DEBUG') {
      if ((m = ROUTED.exec(msg))) this.routed(m[1], true, line, raw);
      else if ((m = SERVER_TOOL.exec(msg)) || (m = GUARD_CALL.exec(msg))) this.pair(m[1], m[2], 'debug', L);
      else if ((m = PAYLOAD_TOOL.exec(msg))) this.prefixed(m[1], L);
      return;
    }
    switch (category) {
      case 'startup':
        if (level === 'INFO' && ((m = LOADED.exec(msg)) || (m = ROUTES.exec(msg))))
          for (const s of goList(m[1])) this.server(s, true, 'startup', L);
        return;
      case 'client':
        if (level === 'INFO' && (m = CONNECTION.exec(msg))) this.server(m[1], false, 'connection', L);
        else if (level === 'WARN' && (m = NOT_FOUND.exec(msg))) this.routed(m[1], false, line, raw);
        else if (level === 'WARN' && (m = DENIED.exec(msg))) this.pair(m[2], m[1], 'allowed-tools', L);
        return;
      case 'auth':
        if ((m = ROUTE_PATH.exec(msg))) this.server(m[1], false, 'route', L);
        return;
      case 'payload':
        if ((m = PAYLOAD_TOOL.exec(msg)) || (m = PAYLOAD_SIZE.exec(msg))) this.prefixed(m[1], L);
        return;
      default:
        return;
    }
  }

  private routed(server: string, found: boolean, line: number, raw: string): void {
    this.emit({
      type: 'RoutedToolCall',
      server: this.names.get(server),
      found,
      loc: this.excerpts.loc(found ? 'routed' : 'not-found', this.file, line, raw),
    });
  }

  private prefixed(name: string, L: () => Loc): void {
    const p = splitPrefixedTool(name);
    if (p) this.pair(p.server, p.tool, 'prefix', L);
  }

  private pair(server: string, tool: string, source: string, L: () => Loc): void {
    const k = `${server}\u0000${tool}`;
    if (this.pairs.has(k) || this.pairs.size >= 5000) return;
    this.pairs.add(k);
    this.emit({
      type: 'ToolServer',
      server: this.names.get(server),
      tool: this.names.get(tool),
      source,
      loc: L(),
    });
  }

  private server(server: string, complete: boolean, source: string, L: () => Loc): void {
    const k = `${complete ? 1 : 0}${server}`;
    if (this.named.has(k) || this.named.size >= 1000) return;
    this.named.add(k);
    this.emit({ type: 'ServerNamed', server: this.names.get(server), complete, source, loc: L() });
  }
}
