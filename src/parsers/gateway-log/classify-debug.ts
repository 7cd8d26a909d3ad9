// Debug records (`[DEBUG] [⟨namespace⟩]`, `DEBUG=*`): RPC previews, the guard lookup around `call_backend`, the legacy
// `[DIFC]` decisions and the refusals after a trap. Only those the prefilter let through reach this.
import { count, parseWasmError, partOf } from '../common.js';
import {
  ascii,
  isAlnumByte,
  isCategory,
  LEVEL_DEBUG,
  startsWithAt,
  type RecordPrefix,
} from '../../util/bytes.js';
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

/** The byte starts of the records guardLookupDebug() reads (the prefilter keeps these, in both namespaces). */
export const CAT_GUARD_WASM = ascii('guard:wasm');
export const CAT_SERVER_UNIFIED = ascii('server:unified');
export const GUARD_TAG = ascii('[guard:');
export const CALL_BACKEND_TOOL = ascii('] INFO: >>> call_backend: tool=');
export const CALL_BACKEND_RETURNED = ascii('] INFO: <<< call_backend returned');
export const CALLING_BACKEND_TOOL = ascii('WASM guard calling backend: tool=');
export const CALL_FAILED = ascii('Backend call failed: ');
export const PERMISSION_LOOKUP = ascii('get_collaborator_permission: ');
const NO_TOKEN = ascii('get_collaborator_permission: no GitHub token available');

/** ASCII whitespace, as `\s` reads it on ASCII. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
/** `[A-Za-z0-9_]`, a word character for `\b`. */
function isWord(c: number): boolean {
  return isAlnumByte(c) || c === 0x5f;
}

/**
 * The end of `(\S+)\s*$` at `i` read on ASCII bytes (the tool: visible ASCII, then only ASCII whitespace to the
 * end), or -1 when it does not hold or a byte is one a regex would read otherwise (anything not ASCII, a control
 * character): the record is then decoded.
 */
function toolThenSpace(buf: Buffer, i: number, end: number): number {
  const from = i;
  while (i < end && buf[i] > 0x20 && buf[i] < 0x7f) i++;
  if (i === from) return -1;
  for (let j = i; j < end; j++) if (!isSpace(buf[j])) return -1;
  return i;
}

/**
 * guardLookupDebug() read on the bytes of a record whose prefix is `p`, for its three frequent forms (one of each per
 * guard lookup, with the permission lookup's reason): `[guard:⟨name⟩] INFO: >>> call_backend: tool=⟨tool⟩`,
 * `WASM guard calling backend: tool=⟨tool⟩` and `get_collaborator_permission: no GitHub token available`. Applies
 * the record as guardLookupDebug() would and says true; false (nothing changed) for any other record or any byte
 * the expressions above would read otherwise, which then goes the decoded way.
 */
export function guardLookupBytes(s: GatewayState, buf: Buffer, p: RecordPrefix, end: number): boolean {
  if (p.level !== LEVEL_DEBUG) return false;
  const msg = p.msg;
  if (isCategory(buf, p, CAT_GUARD_WASM)) {
    let tool: number;
    let guardTag = false;
    if (startsWithAt(buf, msg, end, CALLING_BACKEND_TOOL)) tool = msg + CALLING_BACKEND_TOOL.length;
    else if (startsWithAt(buf, msg, end, GUARD_TAG)) {
      // `[guard:[^\]]*]`: the first `]` after the tag closes it.
      let close = msg + GUARD_TAG.length;
      while (close < end && buf[close] !== 0x5d) close++;
      if (!startsWithAt(buf, close, end, CALL_BACKEND_TOOL)) return false;
      tool = close + CALL_BACKEND_TOOL.length;
      guardTag = true;
    } else if (startsWithAt(buf, msg, end, CALL_FAILED))
      return callFailed(s, buf, msg + CALL_FAILED.length, end);
    else return false;
    const toolEnd = toolThenSpace(buf, tool, end);
    if (toolEnd < 0) return false;
    const name = buf.toString('latin1', tool, toolEnd);
    if (guardTag || s.lookup.tool !== name) s.lookup = { tool: s.names.get(name), reason: null };
    return true;
  }
  if (isCategory(buf, p, CAT_SERVER_UNIFIED) && startsWithAt(buf, msg, end, NO_TOKEN)) {
    const after = msg + NO_TOKEN.length;
    // `\b` after `available`: the end, or a byte that is no ASCII word character.
    if (after < end && isWord(buf[after])) return false;
    s.lookup.reason ??= 'no GitHub token available';
    return true;
  }
  return false;
}

/**
 * `Backend call failed: (.+)$` from `from` on, on printable ASCII only (else false: decoded), as guardLookupDebug()
 * applies it: `⟨tool⟩: ⟨reason⟩` (`[a-z_]+: .+`) of the lookup in progress, or the backend's error as the reason.
 */
function callFailed(s: GatewayState, buf: Buffer, from: number, end: number): boolean {
  if (from >= end) return false;
  for (let i = from; i < end; i++) if (buf[i] < 0x20 || buf[i] > 0x7e) return false;
  let i = from;
  while (i < end && ((buf[i] >= 0x61 && buf[i] <= 0x7a) || buf[i] === 0x5f)) i++;
  if (i > from && buf[i] === 0x3a && buf[i + 1] === 0x20 && i + 2 < end) {
    const tool = buf.toString('latin1', from, i);
    if (s.lookup.tool === null || s.lookup.tool === tool) {
      s.lookup.tool ??= s.names.get(tool);
      s.lookup.reason = trimmed(buf, i + 2, end);
      return true;
    }
  }
  s.lookup.reason = trimmed(buf, from, end);
  return true;
}

/** `.trim().slice(0, 200)` of printable ASCII bytes (the only whitespace among them is the space). */
function trimmed(buf: Buffer, from: number, end: number): string {
  while (from < end && buf[from] === 0x20) from++;
  while (end > from && buf[end - 1] === 0x20) end--;
  return buf.toString('latin1', from, Math.min(end, from + 200));
}
