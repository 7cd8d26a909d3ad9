// Debug records (`[DEBUG] [⟨namespace⟩]`, `DEBUG=*`): RPC previews, the guard lookup around `call_backend`, the legacy
// `[DIFC]` decisions and the refusals after a trap. Only those the prefilter let through reach this.
import { count, loc, parseWasmError, partOf } from '../common.js';
import { type GatewayState, proxyLabelingRejection, type RecordHead } from './state.js';

export function classifyDebug(
  s: GatewayState,
  h: RecordHead,
  category: string,
  msg: string,
  cont: string[],
): void {
  const { ctx } = s;
  const L = () => loc(ctx.file, h.line, h.raw);
  const emit = ctx.emit;
  if (category === 'rpc') {
    const failed = /^([^\s→←]+)←resp \d+b err:(.+)$/.exec(msg);
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
    const rpc = /^([^\s→←]+)→tools\/call /.exec(msg);
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
  if ((m = /^\[Guard\] Registered guard '([^']*)' for server '([^']*)'/.exec(msg))) {
    emit({ type: 'GuardRegistered', guard: m[1], server: m[2], legacy: true, loc: L() });
  } else if (ctx.kind === 'proxy' && (m = /^\[DIFC\] Phase 1 failed: (?!tool=)(.*)$/s.exec(msg))) {
    // Proxy form 2026-03-19 → 2026-07-13 (§7.3): before `Request rejected` existed, this is the record of the request
    // the proxy refused. The `tool=` form pairs with a `Request rejected` record, and in the gateway with a WARN one.
    proxyLabelingRejection(s, m[1], h, cont);
  } else if ((m = /^\[DIFC\] Phase 4 failed: (.*)$/s.exec(msg))) {
    if (ctx.kind === 'proxy')
      emit({ type: 'ProxyPhase4Failed', message: m[1], wasm: parseWasmError(m[1], cont), loc: L() });
  } else if ((m = /^\[DIFC\] Filtered collection: (\d+)\/(\d+) items accessible/.exec(msg))) {
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
  } else if ((m = /^\[DIFC\] STRICT: blocking response — (\d+) filtered items/.exec(msg))) {
    const filtered = count(m[1]);
    if (filtered !== null) emit({ type: 'StrictBlock', filtered, total: null, loc: L() });
  } else if ((m = /^callWasmFunction: guard=(\S+) is unavailable after a previous trap\s*$/.exec(msg))) {
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
  if ((m = /^\[guard:[^\]]*\] INFO: >>> call_backend: tool=(\S+)\s*$/.exec(message))) {
    s.lookup = { tool: s.names.get(m[1]), reason: null };
  } else if (/^\[guard:[^\]]*\] INFO: <<< call_backend returned /.test(message)) {
    s.lookup = { tool: null, reason: null }; // that lookup succeeded
  } else if ((m = /^WASM guard calling backend: tool=(\S+)\s*$/.exec(message))) {
    if (s.lookup.tool !== m[1]) s.lookup = { tool: s.names.get(m[1]), reason: null };
  } else if ((m = /^Backend call failed: (.+)$/.exec(message))) {
    // `get_collaborator_permission: no GitHub token available`, or the backend's error for a forwarded lookup
    // (`calling "tools/call": API rate limit exceeded …`)
    const own = /^([a-z_]+): (.+)$/.exec(m[1]);
    if (own && (s.lookup.tool === null || s.lookup.tool === own[1])) {
      s.lookup.tool ??= s.names.get(own[1]);
      s.lookup.reason = own[2].trim().slice(0, 200);
    } else s.lookup.reason = m[1].trim().slice(0, 200);
  } else if ((m = /^get_collaborator_permission: (no GitHub token available)\b/.exec(message))) {
    s.lookup.reason ??= m[1];
  } else return false;
  return true;
}
