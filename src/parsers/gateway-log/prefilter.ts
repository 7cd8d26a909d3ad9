// The byte prefilter: from a record's prefix (level, category) and the first bytes of its message, whether it can
// carry a signal at all. Records that cannot are skipped undecoded, with their continuation lines.
import {
  ascii,
  indexOfByte,
  isCategory,
  LEVEL_DEBUG,
  LEVEL_INFO,
  startsWithAt,
  type RecordPrefix,
} from '../../util/bytes.js';
import { DEBUG_ATTRIBUTION } from '../attribution-lines.js';
import {
  CALL_BACKEND_RETURNED,
  CALL_BACKEND_TOOL,
  CALL_FAILED,
  CALLING_BACKEND_TOOL,
  CAT_GUARD_WASM,
  CAT_SERVER_UNIFIED,
  GUARD_TAG,
  PERMISSION_LOOKUP,
} from './classify-debug.js';

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
const CAT_BACKEND = ascii('backend');
const STDERR_TAG = ascii('] [stderr] ');
/** What a debug message start means: a signal, a refusal if isRefusal() says so, an attribution fact. */
const SIGNAL = 0;
const REFUSAL = 1;
const ATTRIBUTION = 2;
/**
 * Every debug message start above, grouped by its first two bytes: most debug messages share no two first bytes
 * with any of them and are settled by one table look-up. GROUP_OF maps the two bytes to a group (0: none).
 */
const GROUPS: { start: Uint8Array; what: number }[][] = [[]];
const GROUP_OF = new Uint8Array(65536);
for (const [list, what] of [
  [DEBUG_SIGNALS, SIGNAL],
  [[WASM_CALL], REFUSAL],
  [DEBUG_ATTRIBUTION, ATTRIBUTION],
] as const) {
  for (const start of list) {
    const key = (start[0] << 8) | start[1];
    if (GROUP_OF[key] === 0) {
      GROUP_OF[key] = GROUPS.length;
      GROUPS.push([]);
    }
    GROUPS[GROUP_OF[key]].push({ start, what });
  }
}

/**
 * The line scanner's table of the debug message starts above (util/line-scan.ts, laid out as assembly/line-scan.ts
 * reads it): GROUP_OF, then each group's offset in the table (u32, little-endian, at 65,536 + 4 × group), then the
 * groups' starts, each as what (1: the refusal, checked by the scanner's isRefusal; 0: may carry), its length and
 * its bytes, a group ended by a length of 0.
 */
export const SCAN_STARTS: Uint8Array = scanStarts();

function scanStarts(): Uint8Array {
  const lists = GROUPS.map((group) => {
    const bytes: number[] = [];
    for (const { start, what } of group) {
      if (start.length > 255) throw new Error('a debug message start is too long for the line scanner');
      bytes.push(what === REFUSAL ? 1 : 0, start.length, ...start);
    }
    bytes.push(0, 0);
    return bytes;
  });
  const at = 65536 + 4 * 256;
  const size = at + lists.reduce((n, l) => n + l.length, 0);
  if (size > 131072 || GROUPS.length > 256)
    throw new Error('too many debug message starts for the line scanner');
  const table = new Uint8Array(size);
  table.set(GROUP_OF);
  const offsets = new DataView(table.buffer, 65536, 4 * 256);
  let next = at;
  lists.forEach((list, g) => {
    offsets.setUint32(4 * g, next, true);
    table.set(list, next);
    next += list.length;
  });
  return table;
}

/** Whether a debug message at `buf[msg..end)` starts with a signal or (when wanted) an attribution fact. */
function debugMessageMayCarry(buf: Buffer, msg: number, end: number, attribution: boolean): boolean {
  if (end - msg < 2) return false;
  const g = GROUP_OF[(buf[msg] << 8) | buf[msg + 1]];
  if (g === 0) return false;
  const group = GROUPS[g];
  for (let i = 0; i < group.length; i++) {
    const { start, what } = group[i];
    if (!startsWithAt(buf, msg, end, start)) continue;
    // `callWasmFunction: guard=` is a signal only as the refusal after a trap, and never an attribution fact.
    if (what === REFUSAL) return isRefusal(buf, msg, end);
    if (what === SIGNAL || attribution) return true;
  }
  return false;
}

/**
 * Whether a record whose prefix is `p` may carry a signal, read on the bytes: RPC previews other than `tools/call`
 * requests and failed responses, most debug records and backend stderr cannot. `attribution`: the attribution
 * facts are wanted (their debug records are then kept too).
 */
export function mayCarrySignal(buf: Buffer, p: RecordPrefix, end: number, attribution: boolean): boolean {
  if (p.level === LEVEL_DEBUG) {
    if (isCategory(buf, p, CAT_RPC))
      return isToolCallRequest(buf, p.msg, end) || isErrorResponse(buf, p.msg, end);
    // Either namespace, as classifyDebug() reads them (the gateway writes the reason under server:unified).
    if (
      (isCategory(buf, p, CAT_GUARD_WASM) || isCategory(buf, p, CAT_SERVER_UNIFIED)) &&
      isGuardLookupDebug(buf, p.msg, end)
    )
      return true;
    // Most debug records end here, after one table look-up by the message's first two bytes.
    return debugMessageMayCarry(buf, p.msg, end, attribution);
  }
  if (p.level === LEVEL_INFO && isCategory(buf, p, CAT_BACKEND) && buf[p.msg] === 0x5b) {
    // `[⟨server⟩] [stderr] …`: backend output re-logged, never a signal
    const close = indexOfByte(buf, 0x5d, p.msg, Math.min(end, p.msg + 128));
    return !(close > 0 && startsWithAt(buf, close, end, STDERR_TAG));
  }
  return true;
}

const CAT_DIFC = ascii('difc');
const DIFC_FILTERED = ascii('[DIFC-FILTERED]');
/** The bytes of splitServer()'s `[⟨serverID⟩] ` prefix: `[A-Za-z0-9_.:-]`. */
const PREFIX_ID = new Uint8Array(256);
for (const c of ascii('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.:-')) PREFIX_ID[c] = 1;

/** countedInJsonl(): not such a record. */
export const NOT_COUNTED = -1;
/** countedInJsonl(): such a record, with no `[⟨serverID⟩] ` prefix. */
export const COUNTED = 0;

/**
 * The records whose only facts are the ones a run's rpc-messages.jsonl counts when there is one (FORMATS.md global
 * rule 5): debug `rpc` previews (backend tool calls and their failures) and INFO `[difc]` `[DIFC-FILTERED]` items.
 * NOT_COUNTED for any other record; COUNTED for one of them; for a `[DIFC-FILTERED]` item after a `[⟨serverID⟩] `
 * prefix, the offset of the prefix's `]` (the server is an attribution fact, see AttributionLines.knownPrefixServer).
 * Classified, such a record yields DifcFiltered, BackendToolCall or BackendCallFailed, or nothing at all.
 */
export function countedInJsonl(buf: Buffer, p: RecordPrefix, end: number): number {
  if (p.level === LEVEL_DEBUG) return isCategory(buf, p, CAT_RPC) ? COUNTED : NOT_COUNTED;
  if (p.level !== LEVEL_INFO || !isCategory(buf, p, CAT_DIFC) || buf[p.msg] !== 0x5b) return NOT_COUNTED;
  if (startsWithAt(buf, p.msg, end, DIFC_FILTERED)) return COUNTED;
  let i = p.msg + 1;
  while (i < end && PREFIX_ID[buf[i]] === 1) i++;
  return i > p.msg + 1 &&
    buf[i] === 0x5d &&
    buf[i + 1] === 0x20 &&
    startsWithAt(buf, i + 2, end, DIFC_FILTERED)
    ? i
    : NOT_COUNTED;
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

/**
 * `[guard:⟨name⟩] INFO: >>> call_backend: tool=` (or `returned`), `Backend call failed: `, `WASM guard calling backend:
 * tool=` or `get_collaborator_permission: `: the records guardLookupDebug() reads.
 */
function isGuardLookupDebug(buf: Buffer, msg: number, end: number): boolean {
  // By the first byte: most `guard:wasm` records are the guard's own `[guard:⟨name⟩] DEBUG: …` lines.
  const c = buf[msg];
  if (c === 0x42) return startsWithAt(buf, msg, end, CALL_FAILED);
  if (c === 0x57) return startsWithAt(buf, msg, end, CALLING_BACKEND_TOOL);
  if (c === 0x67) return startsWithAt(buf, msg, end, PERMISSION_LOOKUP);
  if (c !== 0x5b || !startsWithAt(buf, msg, end, GUARD_TAG)) return false;
  const close = indexOfByte(buf, 0x5d, msg + GUARD_TAG.length, Math.min(end, msg + 72));
  return (
    close > 0 &&
    buf[close + 2] === 0x49 &&
    (startsWithAt(buf, close, end, CALL_BACKEND_TOOL) || startsWithAt(buf, close, end, CALL_BACKEND_RETURNED))
  );
}
