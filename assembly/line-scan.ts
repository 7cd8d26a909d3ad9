// AssemblyScript, compiled to WebAssembly by scripts/build.mjs (src/util/line-scan-wasm.ts): the line walk of the two
// largest logs, `mcp-gateway.log` and `stderr.log`, for src/util/line-scan.ts. It finds each line's end and hands
// JavaScript only the lines that can change its parser's state: while the parser is idle (no record open), a line
// whose first bytes say it cannot open anything is counted and passed over here. The rules are a conservative copy of
// the parsers' own first checks (a line passed to JavaScript is decided there in full):
// - gateway logs (src/parsers/gateway-log/framing.ts, prefilter.ts mayCarrySignal): a line that is no record start
//   continues nothing while no record is open; a DEBUG record is passed over unless its category is `rpc`, or it is
//   `guard:wasm` / `server:unified` and may be a guard lookup record (isGuardLookupDebug), or its message starts with
//   one of the starts JavaScript gives (prefilter.ts SCAN_STARTS: every debug signal and attribution start, grouped by
//   their first two bytes; the refusal's start only when isRefusal says so); an `rpc` record is passed over too when
//   the run's rpc-messages.jsonl counts what it says (JSONL, countedInJsonl);
// - stderr.log (src/parsers/stderr-log.ts mayOpen): a line that cannot open a record.

/**
 * Where JavaScript writes the table of debug message starts (prefilter.ts SCAN_STARTS, up to 131,072 bytes): a
 * group number per two first bytes (65,536 bytes, 0: no start begins so), then at GROUPS each group's offset in the
 * table (u32), and there its starts, each as what (u8: 1 the refusal, else may carry), length (u8) and bytes, ended
 * by a length of 0. And where the input goes.
 */
const TABLE: usize = 65536;
const GROUPS: usize = TABLE + 65536;
const INPUT: usize = TABLE + 131072;
const REFUSAL: u32 = 1;

export function tableOffset(): usize {
  return TABLE;
}
export function inputOffset(): usize {
  return INPUT;
}

export const GATEWAY: i32 = 1;
export const STDERR: i32 = 2;
/** stderr.log with the gateway's records in it (the gateway could not open its log file). */
export const FALLBACK: i32 = 4;
/** With GATEWAY: the run's rpc-messages.jsonl counts what the `rpc` records say (framing.ts countedElsewhere). */
export const JSONL: i32 = 8;

let lines: i32 = 0;
let lineStart: usize = 0;
let lineEnd: usize = 0;
let after: usize = 0;

export function reset(): void {
  lines = 0;
}
/** The lines so far when JavaScript counted some itself (a line too long for the scanner). */
export function setLines(n: i32): void {
  lines = n;
}
/** Lines walked so far (passed over or not): the line number of the last line found. */
export function lineCount(): i32 {
  return lines;
}
/** The last line found: [start, end) without its `\n` or `\r\n`; `after`: where the next line starts. */
export function start(): usize {
  return lineStart;
}
export function end(): usize {
  return lineEnd;
}
export function next_(): usize {
  return after;
}

/** The timestamp's first 16 bytes: digit lanes (all ones) and the punctuation expected in the others. */
const DIGITS = i8x16(0, -1, -1, -1, -1, 0, -1, -1, 0, -1, -1, 0, -1, -1, 0, -1);
const PUNCT = i8x16(0x5b, 0, 0, 0, 0, 0x2d, 0, 0, 0x2d, 0, 0, 0x54, 0, 0, 0x3a, 0);

@inline
function digit(p: usize): u32 {
  return <u32>(<u32>load<u8>(p) - 48 < 10);
}

function findNewline(from: usize, limit: usize): usize {
  let e = from;
  const nl = i8x16.splat(10);
  while (e + 32 <= limit) {
    const a = i8x16.eq(v128.load(e), nl);
    const b = i8x16.eq(v128.load(e, 16), nl);
    if (v128.any_true(v128.or(a, b))) {
      const m = i8x16.bitmask(a) | (i8x16.bitmask(b) << 16);
      return e + <usize>ctz(m);
    }
    e += 32;
  }
  while (e + 16 <= limit) {
    const m = i8x16.bitmask(i8x16.eq(v128.load(e), nl));
    if (m != 0) return e + <usize>ctz(m);
    e += 16;
  }
  while (e < limit) {
    if (load<u8>(e) == 10) return e;
    e++;
  }
  return limit;
}

@inline
function bytesAre(p: usize, limit: usize, text: string): bool {
  const n = <usize>text.length;
  if (p + n > limit) return false;
  for (let i: usize = 0; i < n; i++) if (<u32>load<u8>(p + i) != <u32>text.charCodeAt(<i32>i)) return false;
  return true;
}

let catStart: usize = 0;
let catEnd: usize = 0;

/** The level of a record start (0 INFO, 1 WARN, 2 ERROR, 3 DEBUG), -1 for any other line: util/bytes.ts recordPrefix. */
function recordLevel(s: usize, e: usize): i32 {
  if (e - s < 26 || load<u8>(s) != 0x5b) return -1;
  // `[dddd-dd-ddTdd:d` in one comparison of 16 bytes (the line has at least 26), then `d:dd`.
  const v = v128.load(s);
  const digits = i8x16.lt_u(i8x16.sub(v, i8x16.splat(0x30)), i8x16.splat(10));
  const punct = i8x16.eq(v, PUNCT);
  if (!i8x16.all_true(v128.or(v128.and(digits, DIGITS), v128.and(punct, v128.not(DIGITS))))) return -1;
  if ((digit(s + 16) & digit(s + 18) & digit(s + 19)) == 0 || load<u8>(s + 17) != 0x3a) return -1;
  let q = s + 20;
  if (load<u8>(q) == 0x2e) {
    if ((digit(q + 1) & digit(q + 2) & digit(q + 3)) == 0) return -1;
    q += 4;
  }
  if (load<u8>(q) != 0x5a || load<u8>(q + 1) != 0x5d || load<u8>(q + 2) != 0x20 || load<u8>(q + 3) != 0x5b) return -1;
  q += 4;
  if (e - q < 9) return -1;
  let level: i32;
  const c = load<u8>(q);
  if (c == 0x44) {
    if (load<u32>(q) != 0x55424544 || load<u8>(q + 4) != 0x47) return -1;
    level = 3;
    q += 5;
  } else if (c == 0x49) {
    if (load<u32>(q) != 0x4f464e49) return -1;
    level = 0;
    q += 4;
  } else if (c == 0x57) {
    if (load<u32>(q) != 0x4e524157) return -1;
    level = 1;
    q += 4;
  } else if (c == 0x45) {
    if (load<u32>(q) != 0x4f525245 || load<u8>(q + 4) != 0x52) return -1;
    level = 2;
    q += 5;
  } else return -1;
  if (load<u8>(q) != 0x5d || load<u8>(q + 1) != 0x20 || load<u8>(q + 2) != 0x5b) return -1;
  q += 3;
  const limit = q + 256 < e ? q + 256 : e;
  let close = q;
  // The category's `]`, 16 bytes at a time while they are within the line.
  while (close + 16 <= limit) {
    const m = i8x16.bitmask(i8x16.eq(v128.load(close), i8x16.splat(0x5d)));
    if (m != 0) {
      close += <usize>ctz(m);
      break;
    }
    close += 16;
  }
  while (close < limit && load<u8>(close) != 0x5d) close++;
  if (close >= limit || close + 1 >= e || load<u8>(close + 1) != 0x20) return -1;
  catStart = q;
  catEnd = close;
  return level;
}

// The categories read whole (prefilter.ts: CAT_RPC, CAT_GUARD_WASM, CAT_SERVER_UNIFIED), as little-endian words.
@inline
function categoryIsRpc(): bool {
  return catEnd - catStart == 3 && load<u16>(catStart) == 0x7072 && load<u8>(catStart + 2) == 0x63;
}
@inline
function categoryIsGuardWasm(): bool {
  return catEnd - catStart == 10 && load<u64>(catStart) == 0x61773a6472617567 && load<u16>(catStart + 8) == 0x6d73;
}
@inline
function categoryIsServerUnified(): bool {
  return (
    catEnd - catStart == 14 &&
    load<u64>(catStart) == 0x753a726576726573 &&
    load<u32>(catStart + 8) == 0x6966696e &&
    load<u16>(catStart + 12) == 0x6465
  );
}

/** prefilter.ts isRefusal: after `callWasmFunction: guard=` (at `msg`), the guard's name, then the refusal. */
function isRefusal(msg: usize, e: usize): bool {
  const from = msg + 24;
  const limit = from + 128 < e ? from + 128 : e;
  for (let i = from; i < limit; i++) {
    const c = load<u8>(i);
    if (c == 0x2c) return false;
    if (c == 0x20) return bytesAre(i, e, ' is unavailable after a previous trap');
  }
  return false;
}

/** prefilter.ts debugMessageMayCarry, attribution wanted or not: the message starts with a start of the table. */
function debugMayCarry(msg: usize, e: usize): bool {
  const g = <usize>load<u8>(TABLE + ((<usize>load<u8>(msg) << 8) | <usize>load<u8>(msg + 1)));
  if (g == 0) return false;
  let q = TABLE + <usize>load<u32>(GROUPS + (g << 2));
  while (true) {
    const n = <usize>load<u8>(q + 1);
    if (n == 0) return false;
    if (msg + n <= e && memory.compare(msg, q + 2, n) == 0)
      return <u32>load<u8>(q) == REFUSAL ? isRefusal(msg, e) : true;
    q += 2 + n;
  }
}

/** prefilter.ts isGuardLookupDebug: a record guardLookupDebug() reads. */
function isGuardLookupDebug(msg: usize, e: usize): bool {
  const c = load<u8>(msg);
  if (c == 0x42) return bytesAre(msg, e, 'Backend call failed: ');
  if (c == 0x57) return bytesAre(msg, e, 'WASM guard calling backend: tool=');
  if (c == 0x67) return bytesAre(msg, e, 'get_collaborator_permission: ');
  if (c != 0x5b || !bytesAre(msg, e, '[guard:')) return false;
  const limit = msg + 72 < e ? msg + 72 : e;
  let close = msg + 7;
  while (close < limit && load<u8>(close) != 0x5d) close++;
  return (
    close < limit &&
    (bytesAre(close, e, '] INFO: >>> call_backend: tool=') || bytesAre(close, e, '] INFO: <<< call_backend returned'))
  );
}

/** A gateway log line that changes nothing while no record is open. */
function gatewayPassesOver(s: usize, e: usize, jsonl: bool): bool {
  const level = recordLevel(s, e);
  if (level < 0) return true;
  if (level != 3) return false;
  if (categoryIsRpc()) return jsonl;
  const msg = catEnd + 2;
  if ((categoryIsGuardWasm() || categoryIsServerUnified()) && isGuardLookupDebug(msg, e)) return false;
  return e - msg < 2 || !debugMayCarry(msg, e);
}

/** A stderr.log line that cannot open a record (stderr-log.ts mayOpen). */
function stderrPassesOver(s: usize, e: usize, fallback: bool): bool {
  if (s >= e) return true;
  const c = <u32>load<u8>(s);
  if (c - 0x30 < 10) return false;
  const lower = c | 0x20;
  if (lower == 0x66 || lower == 0x65) return e - s < 7;
  if (c == 0x70) return !bytesAre(s, e, 'panic: ');
  if (c == 0x57) return !bytesAre(s, e, 'WARNING: ');
  if (c == 0x5b) {
    const d = <u32>load<u8>(s + 1);
    return !(bytesAre(s, e, '[CONFIG] ') || (fallback && d - 0x30 < 10));
  }
  return true;
}

/**
 * From `from` (a line start) to `limit`: the next whole line JavaScript must see, as start() and end(); returns 1.
 * Returns 0 when no whole line is left (next_() is where the unfinished one starts). `idle`: the parser has no record
 * open, so the lines that change nothing then are passed over.
 */
export function nextLine(from: usize, limit: usize, mode: i32, idle: i32): i32 {
  let s = from;
  while (s < limit) {
    const nl = findNewline(s, limit);
    if (nl == limit) break;
    lines++;
    let e = nl;
    if (e > s && load<u8>(e - 1) == 0x0d) e--;
    const over =
      idle != 0 &&
      ((mode & GATEWAY) != 0 ? gatewayPassesOver(s, e, (mode & JSONL) != 0) : stderrPassesOver(s, e, (mode & FALLBACK) != 0));
    if (!over) {
      lineStart = s;
      lineEnd = e;
      after = nl + 1;
      return 1;
    }
    s = nl + 1;
  }
  after = s;
  return 0;
}
