// Lines of `mcp-gateway.log` (and its stderr fallback) that tell which server a tool call went to, or which servers
// exist (FORMATS.md §3.3, §5, §7.4): routed-mode request lines, lines naming a tool with its server, server lists,
// connections and the `[⟨serverID⟩]` prefix. Matched on the parsed prefix (level, category, message start) only.
import type { GatewayEvent } from '../model/types.js';
import {
  ascii,
  isAlnumByte,
  isCategory,
  isIdByte,
  LEVEL_DEBUG,
  LEVEL_INFO,
  startsWithAt,
  type RecordPrefix,
} from '../util/bytes.js';
import { ExcerptBudget, Interner, loc } from './common.js';

/** The messages naming a tool's server and the tool (`⟨start⟩: serverID=⟨id⟩, toolName=⟨tool⟩`). */
const SERVER_TOOL_NAMES = ['callBackendTool', 'executeBackendToolCall', 'Logging filtered items'];
/** The payload middleware's messages naming a prefixed tool (`⟨start⟩: tool=⟨server⟩___⟨tool⟩`); debug: the first two. */
const PAYLOAD_TOOL_NAMES = [
  'Middleware processing tool call',
  'Processing tool call',
  'Response data marshaled to JSON',
  'Skipping payload storage',
  'Failed to save payload to filesystem',
];
const DEBUG_PAYLOAD_TOOL_NAMES = PAYLOAD_TOOL_NAMES.slice(0, 2);

/** Debug message starts (any namespace) that carry attribution; the byte-level pre-filter lets these through. */
export const DEBUG_ATTRIBUTION = [
  'JSON-RPC request parsed: mode=routed:',
  ...SERVER_TOOL_NAMES.map((n) => `${n}: serverID=`),
  ...DEBUG_PAYLOAD_TOOL_NAMES.map((n) => `${n}: tool=`),
  '[DIFC] Guard calling backend ',
].map(ascii);

/** The first two characters of each debug message record() reads (ROUTED, SERVER_TOOL, GUARD_CALL, PAYLOAD_TOOL). */
const DEBUG_FIRST_TWO = new Set(
  ['JSON-RPC', ...SERVER_TOOL_NAMES, '[DIFC]', ...PAYLOAD_TOOL_NAMES].map(
    (s) => (s.charCodeAt(0) << 16) | s.charCodeAt(1),
  ),
);

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

const PAYLOAD_TOOL = new RegExp(`^(?:${PAYLOAD_TOOL_NAMES.join('|')}): tool=([^,\\s]+)`);
const PAYLOAD_SIZE = /^Payload size \(\d+ bytes\) .*?: tool=([^,\s]+)/;
const SERVER_TOOL = new RegExp(`^(?:${SERVER_TOOL_NAMES.join('|')}): serverID=(${ID}), toolName=([^,\\s]+)`);
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

/** Byte forms of the frequent records whose only use is a fact above (see AttributionLines.known). */
const SERVER_TOOL_STARTS = SERVER_TOOL_NAMES.map((n) => ascii(`${n}: serverID=`));
const TOOL_NAME = ascii(', toolName=');
const DEBUG_PAYLOAD_STARTS = DEBUG_PAYLOAD_TOOL_NAMES.map((n) => ascii(`${n}: tool=`));
const PAYLOAD_STARTS = PAYLOAD_TOOL_NAMES.map((n) => ascii(`${n}: tool=`));
const PAYLOAD_SIZE_START = ascii('Payload size (');
const BYTES_CLOSE = ascii(' bytes) ');
const TOOL_FIELD = ascii(': tool=');
const AUTH_OK = ascii('Authentication successful, remote=');
const PATH_MCP = ascii(' path=/mcp/');
const CAT_PAYLOAD = ascii('payload');
const CAT_AUTH = ascii('auth');
/** Pairs whose bytes known() keeps (a workflow calls a handful of tools). */
const RECENT_PAIRS = 32;

/** The end of an ID (`[A-Za-z0-9][A-Za-z0-9_.-]*`) at `i`, or -1. */
function idEnd(buf: Uint8Array, i: number, end: number): number {
  if (i >= end || !isAlnumByte(buf[i])) return -1;
  i++;
  while (i < end && isIdByte(buf[i])) i++;
  return i;
}
/**
 * The end of `[^,\s]+` at `i` read on ASCII bytes, or -1 when it is empty or meets a byte a regex would read
 * otherwise (a control character or anything not ASCII, which may be a Unicode space): the caller then decodes.
 */
function nameEnd(buf: Uint8Array, i: number, end: number): number {
  const from = i;
  while (i < end) {
    const c = buf[i];
    if (c === 0x2c || c === 0x20) break;
    if (c < 0x21 || c > 0x7e) return -1;
    i++;
  }
  return i > from ? i : -1;
}

export class AttributionLines {
  private readonly named = new Set<string>();
  private readonly pairs = new Set<string>();
  /** Server and tool bytes of pairs known() found told, for a comparison without decoding (see knownPair). */
  private readonly recentPairs: Uint8Array[] = [];
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
    // `…ToServer` lines (`[difc] [⟨server⟩] …`, `[backend] [⟨server⟩] …`, §3.3); not the bracketed message starts.
    if (
      prefixServer &&
      (category === 'difc' || category === 'backend') &&
      SERVER_ID.test(prefixServer) &&
      !NOT_SERVER_PREFIXES.has(prefixServer)
    ) {
      this.server(prefixServer, false, 'prefix', line, raw);
    }
    let m: RegExpExecArray | null;
    if (level === 'DEBUG') {
      // Most debug records kept for a signal start otherwise: no expression below can match them.
      if (!DEBUG_FIRST_TWO.has((msg.charCodeAt(0) << 16) | msg.charCodeAt(1))) return;
      if ((m = ROUTED.exec(msg))) this.routed(m[1], true, line, raw);
      else if ((m = SERVER_TOOL.exec(msg)) || (m = GUARD_CALL.exec(msg)))
        this.pair(m[1], m[2], 'debug', line, raw);
      else if ((m = PAYLOAD_TOOL.exec(msg))) this.prefixed(m[1], line, raw);
      return;
    }
    switch (category) {
      case 'startup':
        if (level === 'INFO' && ((m = LOADED.exec(msg)) || (m = ROUTES.exec(msg))))
          for (const s of goList(m[1])) this.server(s, true, 'startup', line, raw);
        return;
      case 'client':
        if (level === 'INFO' && (m = CONNECTION.exec(msg))) this.server(m[1], false, 'connection', line, raw);
        else if (level === 'WARN' && (m = NOT_FOUND.exec(msg))) this.routed(m[1], false, line, raw);
        else if (level === 'WARN' && (m = DENIED.exec(msg)))
          this.pair(m[2], m[1], 'allowed-tools', line, raw);
        return;
      case 'auth':
        if ((m = ROUTE_PATH.exec(msg))) this.server(m[1], false, 'route', line, raw);
        return;
      case 'payload':
        if ((m = PAYLOAD_TOOL.exec(msg)) || (m = PAYLOAD_SIZE.exec(msg))) this.prefixed(m[1], line, raw);
        return;
      default:
        return;
    }
  }

  /**
   * Whether the record whose prefix recordPrefix() read as `p` can only repeat facts already told (or past their
   * caps), read on its bytes: a tool's server on every call (`callBackendTool: serverID=…, toolName=…`, the payload
   * middleware's `tool=⟨server⟩___⟨tool⟩`) and each request's route (`Authentication successful, … path=/mcp/…`),
   * records nothing else reads. Such records need not be decoded at all. False whenever the bytes are not exactly
   * one of these forms as the expressions above read them: the record is then decoded and read by record().
   */
  known(buf: Buffer, p: RecordPrefix, end: number): boolean {
    const msg = p.msg;
    if (p.level === LEVEL_DEBUG) {
      for (const start of SERVER_TOOL_STARTS) {
        if (!startsWithAt(buf, msg, end, start)) continue;
        const server = msg + start.length;
        const serverEnd = idEnd(buf, server, end);
        if (serverEnd < 0 || !startsWithAt(buf, serverEnd, end, TOOL_NAME)) return false;
        const tool = serverEnd + TOOL_NAME.length;
        const toolEnd = nameEnd(buf, tool, end);
        return toolEnd > 0 && this.knownPair(buf, server, serverEnd, tool, toolEnd);
      }
      for (const start of DEBUG_PAYLOAD_STARTS)
        if (startsWithAt(buf, msg, end, start)) return this.knownPrefixed(buf, msg + start.length, end);
      return false;
    }
    if (p.level !== LEVEL_INFO) return false;
    if (isCategory(buf, p, CAT_PAYLOAD)) {
      for (const start of PAYLOAD_STARTS)
        if (startsWithAt(buf, msg, end, start)) return this.knownPrefixed(buf, msg + start.length, end);
      const field = payloadSizeTool(buf, msg, end);
      return field > 0 && this.knownPrefixed(buf, field, end);
    }
    if (isCategory(buf, p, CAT_AUTH) && startsWithAt(buf, msg, end, AUTH_OK)) {
      const server = routePathServer(buf, msg + AUTH_OK.length, end);
      return server !== null && (this.named.size >= 1000 || this.named.has(`0${server}`));
    }
    return false;
  }

  /**
   * Whether a `[difc]` record's `[⟨serverID⟩] ` prefix at `buf[start..end)` (ASCII, as splitServer() reads it) tells
   * nothing new: record() would name no server for it, or has named it already (or is past its cap).
   */
  knownPrefixServer(buf: Buffer, start: number, end: number): boolean {
    if (this.named.size >= 1000) return true;
    const id = buf.toString('latin1', start, end);
    return !SERVER_ID.test(id) || NOT_SERVER_PREFIXES.has(id) || this.named.has(`0${id}`);
  }

  /**
   * Whether the pair `buf[server..serverEnd)`, `buf[tool..toolEnd)` (ASCII) was told. The pairs told most recently
   * are compared as bytes first: a record of a known pair then costs no string at all.
   */
  private knownPair(buf: Buffer, server: number, serverEnd: number, tool: number, toolEnd: number): boolean {
    const recent = this.recentPairs;
    for (let k = 0; k < recent.length; k += 2)
      if (equalAt(buf, server, serverEnd, recent[k]) && equalAt(buf, tool, toolEnd, recent[k + 1]))
        return true;
    if (this.pairs.size >= 5000) return true;
    if (
      !this.pairs.has(
        `${buf.toString('latin1', server, serverEnd)}\u0000${buf.toString('latin1', tool, toolEnd)}`,
      )
    )
      return false;
    if (recent.length < 2 * RECENT_PAIRS)
      recent.push(copyOf(buf, server, serverEnd), copyOf(buf, tool, toolEnd));
    return true;
  }

  /** `⟨server⟩___⟨tool⟩` at `i` (splitPrefixedTool's reading) already paired. */
  private knownPrefixed(buf: Buffer, i: number, end: number): boolean {
    const nameStop = nameEnd(buf, i, end);
    if (nameStop < 0) return false;
    let sep = i;
    while (sep + 2 < nameStop && !(buf[sep] === 0x5f && buf[sep + 1] === 0x5f && buf[sep + 2] === 0x5f))
      sep++;
    if (sep + 2 >= nameStop || sep === i || sep + 3 >= nameStop) return false;
    if (idEnd(buf, i, sep) !== sep) return false;
    return this.knownPair(buf, i, sep, sep + 3, nameStop);
  }

  private routed(server: string, found: boolean, line: number, raw: string): void {
    this.emit({
      type: 'RoutedToolCall',
      server: this.names.get(server),
      found,
      loc: this.excerpts.loc(found ? 'routed' : 'not-found', this.file, line, raw),
    });
  }

  private prefixed(name: string, line: number, raw: string): void {
    const p = splitPrefixedTool(name);
    if (p) this.pair(p.server, p.tool, 'prefix', line, raw);
  }

  private pair(server: string, tool: string, source: string, line: number, raw: string): void {
    const k = `${server}\u0000${tool}`;
    if (this.pairs.has(k) || this.pairs.size >= 5000) return;
    this.pairs.add(k);
    this.emit({
      type: 'ToolServer',
      server: this.names.get(server),
      tool: this.names.get(tool),
      source,
      loc: loc(this.file, line, raw),
    });
  }

  private server(server: string, complete: boolean, source: string, line: number, raw: string): void {
    const k = `${complete ? 1 : 0}${server}`;
    if (this.named.has(k) || this.named.size >= 1000) return;
    this.named.add(k);
    this.emit({
      type: 'ServerNamed',
      server: this.names.get(server),
      complete,
      source,
      loc: loc(this.file, line, raw),
    });
  }
}

/** Whether `buf[start..end)` holds exactly the bytes of `bytes`. */
function equalAt(buf: Uint8Array, start: number, end: number, bytes: Uint8Array): boolean {
  return end - start === bytes.length && startsWithAt(buf, start, end, bytes);
}

/** A copy (a Buffer's `slice` is a view, and the line splitter reuses its buffer). */
function copyOf(buf: Uint8Array, start: number, end: number): Uint8Array {
  return new Uint8Array(buf.subarray(start, end));
}

/**
 * PAYLOAD_SIZE on bytes: `Payload size (⟨digits⟩ bytes) ` then the first `: tool=`, whose name starts right after
 * it; the offset of the name, or -1 (also when a byte on the way is one `.` would not cross, or not ASCII).
 */
function payloadSizeTool(buf: Uint8Array, msg: number, end: number): number {
  if (!startsWithAt(buf, msg, end, PAYLOAD_SIZE_START)) return -1;
  let i = msg + PAYLOAD_SIZE_START.length;
  const digits = i;
  while (i < end && buf[i] >= 0x30 && buf[i] <= 0x39) i++;
  if (i === digits || !startsWithAt(buf, i, end, BYTES_CLOSE)) return -1;
  for (i += BYTES_CLOSE.length; i < end; i++) {
    const c = buf[i];
    if (c < 0x20 || c > 0x7e) return -1;
    if (c === 0x3a && startsWithAt(buf, i, end, TOOL_FIELD)) {
      const name = i + TOOL_FIELD.length;
      return nameEnd(buf, name, end) > 0 ? name : -1;
    }
  }
  return -1;
}

/**
 * ROUTE_PATH after `Authentication successful, remote=` on bytes: `\S*, path=/mcp/⟨ID⟩/?\s*$`, the server id, or
 * null (also for any byte that is not ASCII, or a control character other than a trailing tab).
 */
function routePathServer(buf: Buffer, i: number, end: number): string | null {
  // \S* cannot cross a space: `, path=` is where the first space is, after a comma.
  let space = i;
  while (space < end && buf[space] > 0x20 && buf[space] <= 0x7e) space++;
  if (space >= end || buf[space] !== 0x20 || space === i || buf[space - 1] !== 0x2c) return null;
  if (!startsWithAt(buf, space, end, PATH_MCP)) return null;
  const id = space + PATH_MCP.length;
  const idStop = idEnd(buf, id, end);
  if (idStop < 0) return null;
  let j = idStop;
  if (buf[j] === 0x2f && j < end) j++;
  while (j < end && (buf[j] === 0x20 || buf[j] === 0x09)) j++;
  return j === end ? buf.toString('latin1', id, idStop) : null;
}
