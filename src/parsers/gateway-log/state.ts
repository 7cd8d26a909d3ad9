// The state one gateway log file's classifiers share: the file's context, excerpt budget and name pool, the HTTP
// backends named so far and the guard lookup in progress; and the record head the framing hands them.
import type { GatewayEvent, Loc } from '../../model/types.js';
import { AttributionLines } from '../attribution-lines.js';
import { afterTrapGuard, ExcerptBudget, Interner, loc, parseWasmError } from '../common.js';

export type GatewayFileKind = 'gateway' | 'proxy' | 'server';

export type LookupFailure = Extract<GatewayEvent, { type: 'GuardLookupFailed' }>;

export interface GatewayLogContext {
  /** Path shown in evidence. */
  file: string;
  kind: GatewayFileKind;
  /** For `⟨serverID⟩.log`: the server the file belongs to. */
  serverId?: string;
  emit(e: GatewayEvent): void;
  /** Receives the attribution facts (`RoutedToolCall`, `ToolServer`, `ServerNamed`); not read without it. */
  hint?(e: GatewayEvent): void;
  /**
   * `mcp-gateway.log` of a run with an rpc-messages.jsonl: filtered items and backend tool calls are counted from the
   * JSONL (FORMATS.md global rule 5), so their records here are skipped undecoded (prefilter.ts, countedInJsonl).
   */
  countedInJsonl?: boolean;
}

/** A record's first line, split by the framing (RECORD_START). */
export interface RecordHead {
  line: number;
  level: string;
  category: string;
  message: string;
  raw: string;
}

/** What the classifiers of one file share (one per file, a class so that V8 keeps one shape). */
export class GatewayState {
  readonly excerpts = new ExcerptBudget();
  readonly names = new Interner();
  /** HTTP backend URL → server (`Configuring HTTP MCP backend: %s, url=%s`), for the failures that name only the URL. */
  readonly httpServers = new Map<string, string>();
  readonly attribution: AttributionLines | null;
  /** The guard lookup in progress (debug records before its `<<< call_backend FAILED`), and the last one failed. */
  lookup: { tool: string | null; reason: string | null } = { tool: null, reason: null };
  lastLookupFailure: LookupFailure | null = null;

  constructor(readonly ctx: GatewayLogContext) {
    this.attribution = ctx.hint ? new AttributionLines(ctx.file, (e) => ctx.hint!(e), this.names) : null;
  }
}

/** `AuthRejected` from a match of `⟨reason⟩, remote=⟨remote⟩, path=⟨path⟩` (groups 1, 2, 3), the auth and client forms. */
export function authRejected(s: GatewayState, h: RecordHead, m: RegExpExecArray): void {
  s.ctx.emit({
    type: 'AuthRejected',
    reason: m[1],
    path: m[3],
    shutdownNoise: m[3] === '/close',
    loc: recordLoc(s, h),
  });
}

/** Where a record is (its file, first line and excerpt); called at each emit, not made into a closure per record. */
export function recordLoc(s: GatewayState, h: RecordHead): Loc {
  return loc(s.ctx.file, h.line, h.raw);
}

export function labeling(
  s: GatewayState,
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
  s.ctx.emit({
    type: 'LabelingFailure',
    kind,
    guard: guardName ?? trapGuard ?? wasm?.module ?? server,
    server,
    message: error,
    wasm,
    afterTrap: trapGuard !== null,
    source,
    loc: loc(s.ctx.file, h.line, h.raw),
  });
}

/** A request the proxy refused because resource labeling (Phase 1) failed: a labeling failure and a refused call. */
export function proxyLabelingRejection(s: GatewayState, err: string, h: RecordHead, cont: string[]): void {
  labeling(s, 'guard', err, null, h, cont, 'proxy');
  s.ctx.emit({
    type: 'ToolCallError',
    tool: '',
    error: err,
    afterTrapGuard: afterTrapGuard(err),
    wasm: parseWasmError(err, cont),
    source: 'proxy',
    loc: loc(s.ctx.file, h.line, h.raw),
  });
}
