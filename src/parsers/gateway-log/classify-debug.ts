// Debug records (`[DEBUG] [⟨namespace⟩]`, `DEBUG=*`): RPC previews, the guard lookup around `call_backend`, the legacy
// `[DIFC]` decisions and the refusals after a trap. Only those the prefilter let through reach this.
import { count, parseWasmError, partOf } from '../common.js';
import { type GatewayState, proxyLabelingRejection, type RecordHead, recordLoc } from './state.js';

// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const RPC_FAILED_RESPONSE = /^([^\s→←]+)←resp \d+b err:(.+)$/;
const RPC_TOOLS_CALL = /^([^\s→←]+)→tools\/call /;
const REGISTERED_GUARD_FOR_SERVER = /^\[Guard\] Registered guard '([^']*)' for server '([^']*)'/;
const PHASE1_FAILED = /^\[DIFC\] Phase 1 failed: (?!tool=)(.*)$/s;
const PHASE4_FAILED = /^\[DIFC\] Phase 4 failed: (.*)$/s;
const FILTERED_COLLECTION = /^\[DIFC\] Filtered collection: (\d+)\/(\d+) items accessible/;
const STRICT_BLOCKING = /^\[DIFC\] STRICT: blocking response — (\d+) filtered items/;
const REFUSED_AFTER_TRAP = /^callWasmFunction: guard=(\S+) is unavailable after a previous trap\s*$/;
const GUARD_CALL_BACKEND = /^\[guard:[^\]]*\] INFO: >>> call_backend: tool=(\S+)\s*$/;
const GUARD_CALL_BACKEND_RETURNED = /^\[guard:[^\]]*\] INFO: <<< call_backend returned /;
const WASM_GUARD_CALLING_BACKEND = /^WASM guard calling backend: tool=(\S+)\s*$/;
const BACKEND_CALL_FAILED = /^Backend call failed: (.+)$/;
const OWN_REASON = /^([a-z_]+): (.+)$/;
const NO_TOKEN_FOR_PERMISSION = /^get_collaborator_permission: (no GitHub token available)\b/;

export function classifyDebug(
  s: GatewayState,
  h: RecordHead,
  category: string,
  msg: string,
  cont: string[],
): void {
  const { ctx } = s;
  const emit = ctx.emit;
  if (category === 'rpc') {
    const failed = RPC_FAILED_RESPONSE.exec(msg);
    if (failed) {
      emit({
        type: 'BackendCallFailed',
        server: s.names.get(failed[1]),
        error: failed[2].trim().slice(0, 300),
        source: 'rpc-text',
        loc: s.excerpts.loc('failed', ctx.file, h.line, h.raw),
      });
      return;
    }
    const rpc = RPC_TOOLS_CALL.exec(msg);
    if (rpc)
      emit({
        type: 'BackendToolCall',
        server: s.names.get(rpc[1]),
        source: 'rpc-text',
        loc: s.excerpts.loc('call', ctx.file, h.line, h.raw),
      });
    return;
  }
  if (category === 'guard:wasm' || category === 'server:unified') {
    if (guardLookupDebug(s, h.message)) return;
  }
  let m: RegExpExecArray | null;
  if ((m = REGISTERED_GUARD_FOR_SERVER.exec(msg))) {
    emit({ type: 'GuardRegistered', guard: m[1], server: m[2], legacy: true, loc: recordLoc(s, h) });
  } else if (ctx.kind === 'proxy' && (m = PHASE1_FAILED.exec(msg))) {
    // Proxy form 2026-03-19 → 2026-07-13 (§7.3): before `Request rejected` existed, this is the record of the request
    // the proxy refused. The `tool=` form pairs with a `Request rejected` record, and in the gateway with a WARN one.
    proxyLabelingRejection(s, m[1], h, cont);
  } else if ((m = PHASE4_FAILED.exec(msg))) {
    if (ctx.kind === 'proxy')
      emit({
        type: 'ProxyPhase4Failed',
        message: m[1],
        wasm: parseWasmError(m[1], cont),
        loc: recordLoc(s, h),
      });
  } else if ((m = FILTERED_COLLECTION.exec(msg))) {
    const c = partOf(m[1], m[2]);
    if (c) {
      const where = s.excerpts.loc(c.part < c.whole ? 'filtered' : 'count', ctx.file, h.line, h.raw);
      emit({
        type: 'FilterCount',
        tool: null,
        filtered: c.whole - c.part,
        total: c.whole,
        source: 'gateway',
        loc: where,
      });
    }
  } else if ((m = STRICT_BLOCKING.exec(msg))) {
    const filtered = count(m[1]);
    if (filtered !== null) emit({ type: 'StrictBlock', filtered, total: null, loc: recordLoc(s, h) });
  } else if ((m = REFUSED_AFTER_TRAP.exec(msg))) {
    // Since 2026-08-16: one line per guard call refused after a trap (the refused call's error record is the
    // same call). `LabelResource|LabelResponse callWasmGuardFunction failed: …` repeats the trap text of the
    // same call and is not parsed at all: neither a trap nor another failure.
    emit({
      type: 'GuardRefusal',
      guard: s.names.get(m[1]),
      source: ctx.kind === 'proxy' ? 'proxy' : 'gateway',
      loc: s.excerpts.loc('refusal', ctx.file, h.line, h.raw),
    });
  }
}

/**
 * The debug records of a guard's lookup through `call_backend`, before its `<<< call_backend FAILED` (v0.4.10):
 * the guard's `>>> call_backend: tool=X`, the gateway's `WASM guard calling backend: tool=X`, its reason
 * (`get_collaborator_permission: no GitHub token available for …, skipping`) and `Backend call failed: X: reason`.
 */
export function guardLookupDebug(s: GatewayState, message: string): boolean {
  let m: RegExpExecArray | null;
  if ((m = GUARD_CALL_BACKEND.exec(message))) {
    s.lookup = { tool: s.names.get(m[1]), reason: null };
  } else if (GUARD_CALL_BACKEND_RETURNED.test(message)) {
    s.lookup = { tool: null, reason: null }; // that lookup succeeded
  } else if ((m = WASM_GUARD_CALLING_BACKEND.exec(message))) {
    if (s.lookup.tool !== m[1]) s.lookup = { tool: s.names.get(m[1]), reason: null };
  } else if ((m = BACKEND_CALL_FAILED.exec(message))) {
    // `get_collaborator_permission: no GitHub token available`, or the backend's error for a forwarded lookup
    // (`calling "tools/call": API rate limit exceeded …`)
    const own = OWN_REASON.exec(m[1]);
    if (own && (s.lookup.tool === null || s.lookup.tool === own[1])) {
      s.lookup.tool ??= s.names.get(own[1]);
      s.lookup.reason = own[2].trim().slice(0, 200);
    } else s.lookup.reason = m[1].trim().slice(0, 200);
  } else if ((m = NO_TOKEN_FOR_PERMISSION.exec(message))) {
    s.lookup.reason ??= m[1];
  } else return false;
  return true;
}
