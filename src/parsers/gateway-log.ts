// `mcp-gateway.log`, `proxy.log` and `⟨serverID⟩.log` (FORMATS.md §3, §7): `[ts] [LEVEL] [category] message`,
// records spanning lines. Signals are matched on the parsed prefix (level, category, message start) only; the rest of
// a record, continuation lines included, is data.
import type { Readable } from 'node:stream';
import type { GatewayEvent } from '../model/types.js';
import { forEachLineBytes, type LineSink, type LineStats } from '../util/lines.js';
import { ascii, indexOfByte, recordPrefix, startsWithAt, type RecordPrefix } from '../util/bytes.js';
import { toolResultRepos } from './tool-result.js';
import { canonicalTool } from './tool-names.js';
import { AttributionLines, DEBUG_ATTRIBUTION } from './attribution-lines.js';
import {
  afterTrapGuard,
  count,
  ExcerptBudget,
  Interner,
  loc,
  looseString,
  looseStringArray,
  parseRedactedJson,
  parseWasmError,
  isRecord,
  partOf,
  str,
  stringArrayOrNull,
} from './common.js';

export const RECORD_START =
  /^\[(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z)\] \[(INFO|WARN|ERROR|DEBUG)\] \[([^\]]*)\] (.*)$/s;

export type GatewayFileKind = 'gateway' | 'proxy' | 'server';

type LookupFailure = Extract<GatewayEvent, { type: 'GuardLookupFailed' }>;

export interface GatewayLogContext {
  /** Path shown in evidence. */
  file: string;
  kind: GatewayFileKind;
  /** For `⟨serverID⟩.log`: the server the file belongs to. */
  serverId?: string;
  emit(e: GatewayEvent): void;
  /** Receives the attribution facts (`RoutedToolCall`, `ToolServer`, `ServerNamed`); not read without it. */
  hint?(e: GatewayEvent): void;
}

/** Continuation lines kept per record (a trap's stack trace needs only the first frames). */
const MAX_CONTINUATION = 40;

interface RecordHead {
  line: number;
  level: string;
  category: string;
  message: string;
  raw: string;
}

/** Optional `[⟨serverID⟩] ` after the category (the `…ToServer` writers), not a bracketed message start. */
const SERVER_PREFIX = /^\[([A-Za-z0-9_.:-]+)\] (.*)$/s;
const NOT_SERVER = new Set([
  'DIFC',
  'DIFC-FILTERED',
  'UNRECOGNIZED-ENDPOINT',
  'Guard',
  'stderr',
  'CONFIG',
  'LAUNCHER',
]);

function splitServer(message: string): { server: string | null; msg: string } {
  const m = SERVER_PREFIX.exec(message);
  if (m && !NOT_SERVER.has(m[1]) && !m[1].startsWith('guard:')) return { server: m[1], msg: m[2] };
  return { server: null, msg: message };
}

/** Debug records that carry a signal all start with one of these (any namespace); see classify(). */
const DEBUG_SIGNALS = [
  '[Guard] Registered guard',
  '[DIFC] Phase 1 failed',
  '[DIFC] Phase 4 failed',
  '[DIFC] Filtered collection',
  '[DIFC] STRICT',
].map(ascii);
/** Debug `callWasmFunction: guard=%s is unavailable after a previous trap` (§7.1), not the per-call benign forms. */
const WASM_CALL = ascii('callWasmFunction: guard=');
const REFUSED = ascii(' is unavailable after a previous trap');
const CAT_RPC = ascii('rpc');
/** Debug records around a guard's `call_backend` lookup (see guardLookupDebug()). */
const CAT_GUARD_WASM = ascii('guard:wasm');
const CAT_SERVER_UNIFIED = ascii('server:unified');
const GUARD_MSG_START = ascii('[guard:');
const CALL_BACKEND_TOOL = ascii('] INFO: >>> call_backend: tool=');
const CALL_BACKEND_RETURNED = ascii('] INFO: <<< call_backend returned');
const BACKEND_CALL_FAILED = ascii('Backend call failed: ');
const GUARD_CALLING_BACKEND = ascii('WASM guard calling backend: tool=');
const PERMISSION_LOOKUP = ascii('get_collaborator_permission: ');
const CAT_BACKEND = ascii('backend');
const STDERR_TAG = ascii('] [stderr] ');
const LEVEL_INFO = 0;
const LEVEL_DEBUG = 3;

export class GatewayRecordParser implements LineSink {
  private head: RecordHead | null = null;
  private cont: string[] = [];
  /** The open record carries no signal: its continuation lines are skipped undecoded. */
  private skipping = false;
  private readonly prefix: RecordPrefix = { level: 0, catStart: 0, catEnd: 0, msg: 0 };
  private readonly excerpts = new ExcerptBudget();
  private readonly names = new Interner();
  /** HTTP backend URL → server (`Configuring HTTP MCP backend: %s, url=%s`), for the failures that name only the URL. */
  private readonly httpServers = new Map<string, string>();
  private readonly attribution: AttributionLines | null;
  /** The guard lookup in progress (debug records before its `<<< call_backend FAILED`), and the last one failed. */
  private lookup: { tool: string | null; reason: string | null } = { tool: null, reason: null };
  private lastLookupFailure: LookupFailure | null = null;

  constructor(private readonly ctx: GatewayLogContext) {
    this.attribution = ctx.hint ? new AttributionLines(ctx.file, (e) => ctx.hint!(e), this.names) : null;
  }

  /** Feeds one decoded line: a record start opens a record; any other line continues the open one (else it is stray). */
  line(text: string, lineNo: number): void {
    // Cheap check before the regex: every record starts with `[2` (a timestamp).
    const m =
      text.charCodeAt(0) === 0x5b && text.charCodeAt(1) >= 0x30 && text.charCodeAt(1) <= 0x39
        ? RECORD_START.exec(text)
        : null;
    if (m) {
      this.flush();
      this.head = { line: lineNo, level: m[2], category: m[3], message: m[4], raw: text };
      return;
    }
    if (this.head && this.cont.length < MAX_CONTINUATION) this.cont.push(text);
  }

  /**
   * Feeds one line as bytes. The record prefix is read from the first bytes; records that cannot carry a signal
   * (RPC previews other than `tools/call` requests, most debug lines, backend stderr) are skipped without decoding,
   * and so are their continuation lines. Everything else goes through `line()`.
   */
  lineBytes(buf: Buffer, start: number, end: number, lineNo: number): void {
    const p = this.prefix;
    if (recordPrefix(buf, start, end, p)) {
      if (!this.mayCarrySignal(buf, p, end)) {
        this.flush();
        this.skipping = true;
        return;
      }
      this.skipping = false;
      this.line(buf.toString('utf8', start, end), lineNo);
      return;
    }
    if (this.skipping || !this.head || this.cont.length >= MAX_CONTINUATION) return;
    this.line(buf.toString('utf8', start, end), lineNo);
  }

  private mayCarrySignal(buf: Buffer, p: RecordPrefix, end: number): boolean {
    const catLen = p.catEnd - p.catStart;
    if (p.level === LEVEL_DEBUG) {
      if (catLen === 3 && startsWithAt(buf, p.catStart, p.catEnd, CAT_RPC))
        return isToolCallRequest(buf, p.msg, end) || isErrorResponse(buf, p.msg, end);
      if (
        catLen === 10 &&
        startsWithAt(buf, p.catStart, p.catEnd, CAT_GUARD_WASM) &&
        isGuardLookupDebug(buf, p.msg, end)
      )
        return true;
      if (
        catLen === 14 &&
        startsWithAt(buf, p.catStart, p.catEnd, CAT_SERVER_UNIFIED) &&
        startsWithAt(buf, p.msg, end, PERMISSION_LOOKUP)
      )
        return true;
      if (buf[p.msg] === 0x63 && startsWithAt(buf, p.msg, end, WASM_CALL)) return isRefusal(buf, p.msg, end);
      if (buf[p.msg] === 0x5b && DEBUG_SIGNALS.some((sig) => startsWithAt(buf, p.msg, end, sig))) return true;
      return this.attribution !== null && DEBUG_ATTRIBUTION.some((sig) => startsWithAt(buf, p.msg, end, sig));
    }
    if (
      p.level === LEVEL_INFO &&
      catLen === 7 &&
      startsWithAt(buf, p.catStart, p.catEnd, CAT_BACKEND) &&
      buf[p.msg] === 0x5b
    ) {
      // `[⟨server⟩] [stderr] …`: backend output re-logged, never a signal
      const close = indexOfByte(buf, 0x5d, p.msg, Math.min(end, p.msg + 128));
      return !(close > 0 && startsWithAt(buf, close, end, STDERR_TAG));
    }
    return true;
  }

  end(): void {
    this.flush();
  }

  private flush(): void {
    const h = this.head;
    if (!h) return;
    this.head = null;
    const cont = this.cont;
    this.cont = [];
    try {
      this.classify(h, cont);
    } catch {
      // A record we cannot classify is data, never a crash.
    }
  }

  private classify(h: RecordHead, cont: string[]): void {
    const { ctx } = this;
    const L = () => loc(ctx.file, h.line, h.raw);
    const emit = ctx.emit;
    const { level, category } = h;
    const { server: prefixServer, msg } = splitServer(h.message);
    const server = prefixServer ?? ctx.serverId ?? null;
    this.attribution?.record(level, category, msg, prefixServer, h.line, h.raw);

    if (level === 'DEBUG') {
      if (category === 'rpc') {
        const failed = /^([^\s→←]+)←resp \d+b err:(.+)$/.exec(msg);
        if (failed) {
          emit({
            type: 'BackendCallFailed',
            server: this.names.get(failed[1]),
            error: failed[2].trim().slice(0, 300),
            source: 'rpc-text',
            loc: this.excerpts.loc('failed', ctx.file, h.line, h.raw),
          });
          return;
        }
        const rpc = /^([^\s→←]+)→tools\/call /.exec(msg);
        if (rpc)
          emit({
            type: 'BackendToolCall',
            server: this.names.get(rpc[1]),
            source: 'rpc-text',
            loc: this.excerpts.loc('call', ctx.file, h.line, h.raw),
          });
        return;
      }
      if (category === 'guard:wasm' || category === 'server:unified') {
        if (this.guardLookupDebug(h.message)) return;
      }
      let m: RegExpExecArray | null;
      if ((m = /^\[Guard\] Registered guard '([^']*)' for server '([^']*)'/.exec(msg))) {
        emit({ type: 'GuardRegistered', guard: m[1], server: m[2], legacy: true, loc: L() });
      } else if (ctx.kind === 'proxy' && (m = /^\[DIFC\] Phase 1 failed: (?!tool=)(.*)$/s.exec(msg))) {
        // Proxy form 2026-03-19 → 2026-07-13 (§7.3): before `Request rejected` existed, this is the record of the request
        // the proxy refused. The `tool=` form pairs with a `Request rejected` record, and in the gateway with a WARN one.
        this.proxyLabelingRejection(m[1], h, cont);
      } else if ((m = /^\[DIFC\] Phase 4 failed: (.*)$/s.exec(msg))) {
        if (ctx.kind === 'proxy')
          emit({ type: 'ProxyPhase4Failed', message: m[1], wasm: parseWasmError(m[1], cont), loc: L() });
      } else if ((m = /^\[DIFC\] Filtered collection: (\d+)\/(\d+) items accessible/.exec(msg))) {
        const c = partOf(m[1], m[2]);
        if (c) {
          const where = this.excerpts.loc(c.part < c.whole ? 'filtered' : 'count', ctx.file, h.line, h.raw);
          emit({
            type: 'FilterCount',
            tool: null,
            filtered: c.whole - c.part,
            total: c.whole,
            source: 'gateway',
            loc: where,
          });
        }
      } else if ((m = /^\[DIFC\] STRICT: blocking response — (\d+) filtered items/.exec(msg))) {
        const filtered = count(m[1]);
        if (filtered !== null) emit({ type: 'StrictBlock', filtered, total: null, loc: L() });
      } else if ((m = /^callWasmFunction: guard=(\S+) is unavailable after a previous trap\s*$/.exec(msg))) {
        // Since 2026-08-16: one line per guard call refused after a trap (the refused call's error record is the
        // same call). `LabelResource|LabelResponse callWasmGuardFunction failed: …` repeats the trap text of the
        // same call and is not parsed at all: neither a trap nor another failure.
        emit({
          type: 'GuardRefusal',
          guard: this.names.get(m[1]),
          source: ctx.kind === 'proxy' ? 'proxy' : 'gateway',
          loc: this.excerpts.loc('refusal', ctx.file, h.line, h.raw),
        });
      }
      return;
    }

    switch (category) {
      case 'startup':
        return this.startup(level, msg, h, cont);
      case 'difc':
        return this.difc(level, msg, server, h, cont);
      case 'guard':
        return this.guard(level, msg, prefixServer, h);
      case 'backend':
        return this.backend(level, msg, server, h, cont);
      case 'client':
        return this.client(level, msg, h, cont);
      case 'proxy':
        return this.proxy(level, msg, h, cont);
      case 'auth': {
        const m = /^(?:Request rejected|Authentication failed): (.*), remote=(\S*), path=(\S*)\s*$/.exec(msg);
        if (level === 'ERROR' && m) {
          emit({
            type: 'AuthRejected',
            reason: m[1],
            path: m[3],
            shutdownNoise: m[3] === '/close',
            loc: L(),
          });
        }
        return;
      }
      case 'shutdown':
        if (level === 'ERROR' && /^Proxy server exited with error: /.test(msg)) {
          emit({ type: 'GatewayError', template: 'Proxy server exited with error', message: msg, loc: L() });
        }
        return;
      default:
        return;
    }
  }

  private startup(level: string, msg: string, h: RecordHead, cont: string[]): void {
    const { emit } = this.ctx;
    const L = () => loc(this.ctx.file, h.line, h.raw);
    let m: RegExpExecArray | null;
    if (level === 'INFO') {
      if ((m = /^MCPG Gateway version: (\S+)/.exec(msg)))
        emit({ type: 'GatewayVersion', version: m[1], loc: L() });
      else if ((m = /^Guards enforcement enabled with mode: ?(.*)$/.exec(msg))) {
        emit({ type: 'GuardsCapable', signal: 'Guards enforcement enabled', loc: L() });
        emit({ type: 'EnforcementEnabled', mode: m[1].trim(), loc: L() });
      } else if (/^Guards enforcement disabled/.test(msg)) {
        emit({ type: 'GuardsCapable', signal: 'Guards enforcement disabled', loc: L() });
        emit({ type: 'EnforcementDisabled', legacy: false, loc: L() });
      }
    } else if (level === 'ERROR') {
      if (/^Configuration validation failed:/.test(msg)) {
        // Since 2026-07-20 the body nests `Location:` / `Error:` / `Details:` blocks; the innermost `Error:` says what.
        const errors = cont.map((c) => /^\s*Error: (.*\S)/.exec(c)?.[1]).filter((x) => x !== undefined);
        const detail =
          errors.length > 0 ? errors[errors.length - 1] : (cont.find((c) => c.trim() !== '') ?? '');
        emit({
          type: 'GatewayError',
          template: 'Configuration validation failed',
          message: (msg + ' ' + detail).trim(),
          loc: L(),
        });
      } else if (/^Environment validation failed: /.test(msg)) {
        emit({
          type: 'GatewayError',
          template: 'Environment validation failed',
          message: environmentFailure(msg, cont),
          loc: L(),
        });
      }
    }
  }

  private difc(level: string, msg: string, server: string | null, h: RecordHead, cont: string[]): void {
    const { emit } = this.ctx;
    const L = () => loc(this.ctx.file, h.line, h.raw);
    let m: RegExpExecArray | null;
    if (level === 'INFO') {
      if ((m = /^\[DIFC-FILTERED\] (\{.*)$/s.exec(msg))) {
        const source = this.ctx.kind === 'server' ? 'server' : 'gateway';
        const item = parseRedactedJson(m[1]);
        if (isRecord(item)) {
          emit({
            type: 'DifcFiltered',
            server: str(item.server_id) || server || 'unknown',
            tool: canonicalTool(str(item.tool_name)),
            description: str(item.description),
            reason: str(item.reason),
            integrityTags: stringArrayOrNull(item.integrity_tags),
            secrecyTags: stringArrayOrNull(item.secrecy_tags),
            source,
            loc: L(),
          });
        } else if (item === undefined && isRedactedItem(m[1])) {
          // Redacted (§3.1): still one filtered item; its fields are read one by one, unknown tags stay null.
          const text = m[1];
          emit({
            type: 'DifcFiltered',
            server: looseString(text, 'server_id') || server || 'unknown',
            tool: canonicalTool(looseString(text, 'tool_name') ?? ''),
            description: looseString(text, 'description') ?? '',
            reason: looseString(text, 'reason') ?? '',
            integrityTags: looseStringArray(text, 'integrity_tags') ?? null,
            secrecyTags: looseStringArray(text, 'secrecy_tags') ?? null,
            source,
            unparsed: true,
            loc: L(),
          });
        }
      } else if ((m = /^Guard policy: (\{.*)$/s.exec(msg))) {
        emit({ type: 'GuardsCapable', signal: 'Guard policy', loc: L() });
        const policy = parsePolicy(m[1]);
        emit({ type: 'GuardPolicy', server: server ?? 'unknown', ...policy, raw: m[1], loc: L() });
      } else if (/^MCP_GATEWAY_WASM_GUARDS_DIR/.test(msg)) {
        emit({ type: 'GuardsCapable', signal: 'MCP_GATEWAY_WASM_GUARDS_DIR', loc: L() });
      } else if (/^Loaded discovered WASM guard from file: /.test(msg)) {
        emit({ type: 'GuardsCapable', signal: 'Loaded discovered WASM guard', loc: L() });
      } else if ((m = /^Registered guard '([^']*)'\s*$/.exec(msg)) && server) {
        emit({ type: 'GuardRegistered', server, guard: m[1], legacy: false, loc: L() });
      }
      return;
    }
    if (level === 'WARN') {
      if ((m = /^Failed to load discovered WASM guard from (.*?): (.*)$/s.exec(msg))) {
        emit({ type: 'GuardLoadFailure', server, reason: `failed to load WASM guard: ${m[2]}`, loc: L() });
      } else if ((m = /^Failed to discover WASM guard: (.*)$/s.exec(msg))) {
        emit({
          type: 'GuardLoadFailure',
          server,
          reason: `failed to discover WASM guard: ${m[1]}`,
          loc: L(),
        });
      } else if ((m = /^Failed to create guard '([^']*)': (.*) \(falling back to noop\)/s.exec(msg))) {
        emit({
          type: 'GuardLoadFailure',
          server,
          reason: `failed to create guard '${m[1]}', fell back to noop`,
          loc: L(),
        });
      } else if ((m = /^Guard '([^']*)' not found: (.*) \(falling back to noop\)/s.exec(msg))) {
        emit({
          type: 'GuardLoadFailure',
          server,
          reason: `guard '${m[1]}' not found, fell back to noop`,
          loc: L(),
        });
      } else if (
        (m = /^Guard '([^']*)' is available but no guard policy is set; falling back to noop guard/.exec(msg))
      ) {
        emit({
          type: 'GuardLoadFailure',
          server,
          reason: `guard '${m[1]}' has no policy, fell back to noop`,
          loc: L(),
        });
      } else if ((m = /^Guard labeling failed: (.*)$/s.exec(msg))) {
        this.labeling('guard', m[1], server, h, cont, 'gateway');
      } else if ((m = /^Response labeling failed: (.*)$/s.exec(msg))) {
        this.labeling('response', m[1], server, h, cont, 'gateway');
      } else if ((m = /^STRICT MODE: Blocking entire response - (\d+)\/(\d+) items/.exec(msg))) {
        const c = partOf(m[1], m[2]);
        if (c) emit({ type: 'StrictBlock', filtered: c.part, total: c.whole, loc: L() });
      }
      return;
    }
    if (
      level === 'ERROR' &&
      (m = /^label_agent failed: session=[^,]*, guard=([^,]*), error=(.*)$/s.exec(msg))
    ) {
      this.labeling('session', m[2], server, h, cont, 'gateway', m[1]);
    }
  }

  private labeling(
    kind: 'guard' | 'response' | 'session',
    error: string,
    server: string | null,
    h: RecordHead,
    cont: string[],
    source: 'gateway' | 'proxy',
    guardName?: string,
  ): void {
    const trapGuard = afterTrapGuard(error);
    const wasm = parseWasmError(error, cont);
    this.ctx.emit({
      type: 'LabelingFailure',
      kind,
      guard: guardName ?? trapGuard ?? wasm?.module ?? server,
      server,
      message: error,
      wasm,
      afterTrap: trapGuard !== null,
      source,
      loc: loc(this.ctx.file, h.line, h.raw),
    });
  }

  /** A request the proxy refused because resource labeling (Phase 1) failed: a labeling failure and a refused call. */
  private proxyLabelingRejection(err: string, h: RecordHead, cont: string[]): void {
    this.labeling('guard', err, null, h, cont, 'proxy');
    this.ctx.emit({
      type: 'ToolCallError',
      tool: '',
      error: err,
      afterTrapGuard: afterTrapGuard(err),
      wasm: parseWasmError(err, cont),
      source: 'proxy',
      loc: loc(this.ctx.file, h.line, h.raw),
    });
  }

  /**
   * The debug records of a guard's lookup through `call_backend`, before its `<<< call_backend FAILED` (v0.4.10):
   * the guard's `>>> call_backend: tool=X`, the gateway's `WASM guard calling backend: tool=X`, its reason
   * (`get_collaborator_permission: no GitHub token available for …, skipping`) and `Backend call failed: X: reason`.
   */
  private guardLookupDebug(message: string): boolean {
    let m: RegExpExecArray | null;
    if ((m = /^\[guard:[^\]]*\] INFO: >>> call_backend: tool=(\S+)\s*$/.exec(message))) {
      this.lookup = { tool: this.names.get(m[1]), reason: null };
    } else if (/^\[guard:[^\]]*\] INFO: <<< call_backend returned /.test(message)) {
      this.lookup = { tool: null, reason: null }; // that lookup succeeded
    } else if ((m = /^WASM guard calling backend: tool=(\S+)\s*$/.exec(message))) {
      if (this.lookup.tool !== m[1]) this.lookup = { tool: this.names.get(m[1]), reason: null };
    } else if ((m = /^Backend call failed: (.+)$/.exec(message))) {
      // `get_collaborator_permission: no GitHub token available`, or the backend's error for a forwarded lookup
      // (`calling "tools/call": API rate limit exceeded …`)
      const own = /^([a-z_]+): (.+)$/.exec(m[1]);
      if (own && (this.lookup.tool === null || this.lookup.tool === own[1])) {
        this.lookup.tool ??= this.names.get(own[1]);
        this.lookup.reason = own[2].trim().slice(0, 200);
      } else this.lookup.reason = m[1].trim().slice(0, 200);
    } else if ((m = /^get_collaborator_permission: (no GitHub token available)\b/.exec(message))) {
      this.lookup.reason ??= m[1];
    } else return false;
    return true;
  }

  /** `guardName` is the `[⟨guard⟩] ` the guard's own messages start with (split off like a server prefix). */
  private guard(level: string, msg: string, guardName: string | null, h: RecordHead): void {
    const L = () => loc(this.ctx.file, h.line, h.raw);
    let m: RegExpExecArray | null;
    if (level === 'ERROR' && guardName && (m = /^<<< call_backend FAILED with code (-?\d+)\s*$/.exec(msg))) {
      const code = Number(m[1]);
      const e: LookupFailure = {
        type: 'GuardLookupFailed',
        guard: guardName,
        tool: this.lookup.tool,
        code: Number.isSafeInteger(code) ? code : null,
        reason: this.lookup.reason,
        loc: L(),
      };
      this.lookup = { tool: null, reason: null };
      this.lastLookupFailure = e;
      this.ctx.emit(e);
      return;
    }
    if (
      level === 'WARN' &&
      guardName &&
      (m = /^Backend call ([A-Za-z0-9_]+) failed with code -?\d+\s*$/.exec(msg))
    ) {
      // The guard's own follow-up names the tool: it completes a failure whose debug records were not logged.
      const last = this.lastLookupFailure;
      if (last && last.guard === guardName && last.tool === null) last.tool = this.names.get(m[1]);
      return;
    }
    if (level === 'INFO' && (m = /^Registered guard '([^']*)' for server '([^']*)'/.exec(msg))) {
      this.ctx.emit({ type: 'GuardRegistered', guard: m[1], server: m[2], legacy: false, loc: L() });
    } else if (
      level === 'WARN' &&
      guardName &&
      /^Repo visibility lookup (?:rate-limited|result for .*: unknown \(rate-limited)/.test(msg)
    ) {
      this.ctx.emit({ type: 'RateLimit', kind: 'guard-lookup', server: guardName, loc: L() });
    }
  }

  private backend(level: string, msg: string, server: string | null, h: RecordHead, cont: string[]): void {
    const { emit } = this.ctx;
    const L = () => loc(this.ctx.file, h.line, h.raw);
    let m: RegExpExecArray | null;
    if (level === 'ERROR') {
      if ((m = /^WASM guard trap: guard=([^,]*), func=([^,]*), error=(.*)$/s.exec(msg))) {
        const wasm = parseWasmError(m[3], cont);
        emit({
          type: 'WasmTrap',
          guard: m[1],
          func: m[2],
          cause: wasm?.cause ?? m[3].replace(/^WASM function call failed: /, '').trim(),
          source: this.ctx.kind === 'proxy' ? 'proxy' : 'gateway',
          loc: L(),
        });
        return;
      }
      if ((m = /^circuit breaker for server "([^"]*)" (?:re-)?OPENED/.exec(msg))) {
        emit({ type: 'RateLimit', kind: 'circuit-breaker', server: m[1], loc: L() });
        return;
      }
      const template = BACKEND_ERRORS.find((t) => t.re.test(msg));
      if (template) {
        const url = /^All HTTP transports failed for url=(\S+)/.exec(msg)?.[1];
        const named =
          /(?:^Failed to register tools from |\bserver=)([^\s,:()]+)|\bserver "([^"]+)"/
            .exec(msg)
            ?.slice(1)
            .find((x) => x !== undefined) ??
          (url !== undefined ? (this.httpServers.get(url) ?? null) : null) ??
          server;
        const message = template.withBody ? withBody(msg, cont) : msg;
        emit({ type: 'GatewayError', template: template.name, message, server: named, loc: L() });
      }
      return;
    }
    if (level === 'INFO') {
      if (
        (m = /^Configuring HTTP MCP backend: ([^,\s]+), url=(\S+)/.exec(msg)) &&
        this.httpServers.size < 1000
      )
        this.httpServers.set(m[2], server ?? m[1]);
      return;
    }
    if (level !== 'WARN') return;
    if ((m = /^rate-limit error for server "([^"]*)"/.exec(msg))) {
      emit({ type: 'RateLimit', kind: 'backend', server: m[1] ?? server, loc: L() });
    } else if ((m = /^circuit breaker for server "([^"]*)": stranded HALF-OPEN probe detected/.exec(msg))) {
      emit({ type: 'RateLimit', kind: 'circuit-breaker-probe', server: m[1], loc: L() });
    } else if (/^HTTP backend is not ready: /.test(msg)) {
      // Since 2026-08-07: a request to a routed HTTP backend whose tools are not registered yet got 503. A fact,
      // not a failure of its own: the backend's startup failure is the finding, unless it registered later.
      emit({ type: 'BackendNotReady', server, loc: L() });
    }
  }

  private client(level: string, msg: string, h: RecordHead, cont: string[]): void {
    const { emit } = this.ctx;
    const L = () => loc(this.ctx.file, h.line, h.raw);
    let m: RegExpExecArray | null;
    if (level === 'INFO') {
      if ((m = /^MCP tool call request, session=[^,]*, tool=([^,]*), args=/.exec(msg))) {
        emit({
          type: 'ToolCallRequest',
          tool: this.names.get(canonicalTool(m[1])),
          loc: this.excerpts.loc('request', this.ctx.file, h.line, h.raw),
        });
      } else if ((m = /^MCP tool call response, session=[^,]*, tool=([^,]*), result=(.*)$/s.exec(msg))) {
        const result = toolResultRepos(m[2]);
        const where =
          result.repos.length > 0 ? L() : this.excerpts.loc('response', this.ctx.file, h.line, h.raw);
        emit({ type: 'ToolCallResponse', tool: this.names.get(canonicalTool(m[1])), ...result, loc: where });
      }
    } else if (level === 'ERROR') {
      if ((m = /^MCP tool call error, session=[^,]*, tool=([^,]*), error=(.*)$/s.exec(msg))) {
        emit({
          type: 'ToolCallError',
          tool: canonicalTool(m[1]),
          error: m[2],
          afterTrapGuard: afterTrapGuard(m[2]),
          wasm: parseWasmError(m[2], cont),
          source: 'gateway',
          loc: L(),
        });
        // `rate limit circuit breaker is OPEN for server %q …`; since 2026-08-05 also `is HALF-OPEN` (§7.6).
        const cb = /^rate limit circuit breaker is (OPEN|HALF-OPEN) for server "([^"]*)"/.exec(m[2]);
        if (cb) emit({ type: 'CircuitBreakerRejection', server: cb[2], state: cb[1], loc: L() });
      } else if (/^upstream rate limit hit: /.test(msg)) {
        emit({ type: 'RateLimit', kind: 'upstream', server: null, loc: L() });
      } else if ((m = /^Rejected MCP client connection: (.*), remote=(\S*), path=(\S*)\s*$/.exec(msg))) {
        emit({ type: 'AuthRejected', reason: m[1], path: m[3], shutdownNoise: m[3] === '/close', loc: L() });
      }
    }
  }

  private proxy(level: string, msg: string, h: RecordHead, cont: string[]): void {
    const { emit } = this.ctx;
    const L = () => loc(this.ctx.file, h.line, h.raw);
    let m: RegExpExecArray | null;
    if (level === 'ERROR') {
      if ((m = /^Request rejected: status=(\d+) code=(\S+) message=(.*?) err=(.*)$/s.exec(msg))) {
        const [, status, , message, err] = m;
        if (message.startsWith('resource labeling failed')) {
          this.proxyLabelingRejection(err, h, cont);
        } else if (status === '503') {
          emit({
            type: 'GatewayError',
            template: 'Proxy enforcement not configured',
            message: msg,
            loc: L(),
          });
        }
      } else if (/^returning 503: proxy enforcement not configured/.test(msg)) {
        emit({ type: 'GatewayError', template: 'Proxy enforcement not configured', message: msg, loc: L() });
      } else if (/^upstream rate limit hit: /.test(msg)) {
        emit({ type: 'RateLimit', kind: 'upstream', server: null, loc: L() });
      }
    } else if (level === 'WARN' && (m = /^\[UNRECOGNIZED-ENDPOINT\] (\{.*)$/s.exec(msg))) {
      const v = parseRedactedJson(m[1]);
      if (isRecord(v))
        emit({
          type: 'UnrecognizedEndpoint',
          method: str(v.method),
          path: str(v.path),
          source: 'proxy',
          loc: L(),
        });
      else if (v === undefined && m[1].includes('[REDACTED]') && /^\{"method":"[A-Z]+"/.test(m[1]))
        // Redacted (§3.1): still one forwarded request; a path the redaction ran into is kept up to the cut.
        emit({
          type: 'UnrecognizedEndpoint',
          method: looseString(m[1], 'method') ?? '',
          path: looseString(m[1], 'path') ?? /"path":"([^"\s]*)/.exec(m[1])?.[1] ?? '',
          source: 'proxy',
          loc: L(),
        });
    } else if (
      level === 'INFO' &&
      (m = /^DIFC filtered (\d+)\/(\d+) items for \S+ \S+ \(tool=([^)]*)\)/.exec(msg))
    ) {
      const c = partOf(m[1], m[2]);
      if (c)
        emit({
          type: 'FilterCount',
          tool: m[3] ? this.names.get(canonicalTool(m[3])) : null,
          filtered: c.part,
          total: c.whole,
          source: 'proxy',
          loc: L(),
        });
    }
  }
}

const TOOLS_CALL = ascii('tools/call ');

/** `⟨server⟩→tools/call ` at the start of an RPC message, checked on the bytes (`→` is E2 86 92). */
function isToolCallRequest(buf: Buffer, msg: number, end: number): boolean {
  const limit = Math.min(end - 14, msg + 128);
  for (let i = msg; i < limit; i++) {
    const c = buf[i];
    if (c === 0x20) return false;
    if (c === 0xe2 && buf[i + 1] === 0x86 && buf[i + 2] === 0x92)
      return startsWithAt(buf, i + 3, end, TOOLS_CALL);
  }
  return false;
}

/**
 * A `[DIFC-FILTERED]` object the redaction broke (§3.1): it carries the `[REDACTED]` marker and still names its
 * server or tool. Other text that does not parse is not an item.
 */
function isRedactedItem(text: string): boolean {
  return (
    text.includes('[REDACTED]') &&
    (looseString(text, 'server_id') !== null || looseString(text, 'tool_name') !== null)
  );
}

/** After `callWasmFunction: guard=`: the guard name, then ` is unavailable after a previous trap` (not `, func=`). */
function isRefusal(buf: Buffer, msg: number, end: number): boolean {
  const from = msg + WASM_CALL.length;
  const limit = Math.min(end, from + 128);
  for (let i = from; i < limit; i++) {
    const c = buf[i];
    if (c === 0x2c) return false;
    if (c === 0x20) return startsWithAt(buf, i, end, REFUSED);
  }
  return false;
}

/** The first line of a message plus its first non-blank continuation line (multi-line `%v` errors). */
function withBody(msg: string, cont: readonly string[]): string {
  const detail = cont.find((c) => c.trim() !== '');
  return detail === undefined ? msg : `${msg.trimEnd()} ${detail.trim()}`;
}

/**
 * `Environment validation failed: %s` where `%s` repeats the prefix and lists the errors on continuation lines
 * (`Environment validation failed: Environment validation failed:` + `  - ⟨error⟩`, §7.7): one failure, said once.
 */
export function environmentFailure(msg: string, cont: readonly string[]): string {
  const head = msg.replace(/^(?:Environment validation failed:\s*)+/i, '').trim();
  const items = cont
    .map((c) => /^\s*-\s+(.*\S)/.exec(c)?.[1])
    .filter((x): x is string => x !== undefined)
    .slice(0, 5);
  const parts = [head, ...items].filter((x) => x !== '');
  return `Environment validation failed: ${parts.join('; ')}`.trim();
}

const BACKEND_ERRORS: { name: string; re: RegExp; withBody?: boolean }[] = [
  // Since 2026-08-09: the container backend broke the host-path mount policy and was not launched.
  { name: 'Mount policy violation', re: /^Mount policy violation: /, withBody: true },
  { name: 'MCP backend connection failed', re: /^MCP backend connection failed/ },
  { name: 'MCP backend command not found', re: /^MCP backend command not found/ },
  { name: 'MCP backend connection/protocol error', re: /^MCP backend connection\/protocol error/ },
  { name: 'MCP connection failed', re: /^MCP connection failed: / },
  { name: 'All HTTP transports failed', re: /^All HTTP transports failed/ },
  { name: 'MCP backend server startup timeout', re: /^MCP backend server startup timeout/ },
  { name: 'Session reconnect failed', re: /^(?:Session|SDK session) reconnect failed for / },
  { name: 'Failed to register tools', re: /^Failed to register tools from / },
  { name: 'Tool registration incomplete', re: /^Tool registration incomplete: / },
  {
    name: 'Health check restart failed',
    re: /^Health check: (?:restart failed for server|server "[^"]*" reached max restart attempts)/,
  },
];

const RESP_ERR = ascii('resp ');

/** `⟨server⟩←resp ⟨n⟩b err:` at the start of an RPC message (`←` is E2 86 90): a backend call that failed. */
function isErrorResponse(buf: Buffer, msg: number, end: number): boolean {
  const limit = Math.min(end - 8, msg + 128);
  for (let i = msg; i < limit; i++) {
    const c = buf[i];
    if (c === 0x20) return false;
    if (c === 0xe2 && buf[i + 1] === 0x86 && buf[i + 2] === 0x90) {
      let j = i + 3;
      if (!startsWithAt(buf, j, end, RESP_ERR)) return false;
      j += RESP_ERR.length;
      while (j < end && buf[j] >= 0x30 && buf[j] <= 0x39) j++;
      return (
        buf[j] === 0x62 &&
        buf[j + 1] === 0x20 &&
        buf[j + 2] === 0x65 &&
        buf[j + 3] === 0x72 &&
        buf[j + 4] === 0x72
      );
    }
  }
  return false;
}

/** `[guard:⟨name⟩] INFO: >>> call_backend: tool=`, `Backend call failed: ` or `WASM guard calling backend: tool=`. */
function isGuardLookupDebug(buf: Buffer, msg: number, end: number): boolean {
  if (startsWithAt(buf, msg, end, BACKEND_CALL_FAILED) || startsWithAt(buf, msg, end, GUARD_CALLING_BACKEND))
    return true;
  if (!startsWithAt(buf, msg, end, GUARD_MSG_START)) return false;
  const close = indexOfByte(buf, 0x5d, msg + GUARD_MSG_START.length, Math.min(end, msg + 72));
  return (
    close > 0 &&
    (startsWithAt(buf, close, end, CALL_BACKEND_TOOL) || startsWithAt(buf, close, end, CALL_BACKEND_RETURNED))
  );
}

function safeJson(text: string): unknown {
  const v = parseRedactedJson(text);
  return v === undefined ? null : v;
}

/** `Guard policy: {"allow-only":{"min-integrity":"approved","repos":[...]}}` → repos and min-integrity. */
export function parsePolicy(text: string): {
  repos: string[] | 'all' | 'public' | null;
  minIntegrity: string | null;
} {
  const v = safeJson(text);
  if (!isRecord(v)) {
    // A redacted line (§3.1): read the two fields one by one.
    const min = looseString(text, 'min-integrity');
    const all = /"repos":"(all|public)"/.exec(text)?.[1] as 'all' | 'public' | undefined;
    return { repos: all ?? looseStringArray(text, 'repos') ?? null, minIntegrity: min };
  }
  const body = isRecord(v['allow-only']) ? v['allow-only'] : isRecord(v.allowonly) ? v.allowonly : v;
  const repos = body.repos;
  const min = body['min-integrity'] ?? body.min_integrity;
  return {
    repos:
      repos === 'all' || repos === 'public'
        ? repos
        : Array.isArray(repos)
          ? repos.filter((r): r is string => typeof r === 'string')
          : null,
    minIntegrity: typeof min === 'string' ? min : null,
  };
}

export async function parseGatewayLog(stream: Readable, ctx: GatewayLogContext): Promise<LineStats> {
  const parser = new GatewayRecordParser(ctx);
  const stats = await forEachLineBytes(stream, parser);
  parser.end();
  return stats;
}
