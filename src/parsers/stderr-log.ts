// `stderr.log` (FORMATS.md §6): the gateway container's stderr. Mixed line kinds with no common prefix: entrypoint
// lines, Go std-log lines (the pre-2026-04-10 `[DIFC] …` decisions), debug echoes, Go panics. When the gateway could
// not open its log file, its `[ts] [LEVEL] [cat]` records land here too and are handed to the gateway parser.
import type { Readable } from 'node:stream';
import type { GatewayEvent } from '../model/types.js';
import { forEachLineBytes } from '../util/lines.js';
import { SCAN_FALLBACK, SCAN_STDERR, type ScanningSink } from '../util/line-scan.js';
import { startsWithAt } from '../util/bytes.js';
import { afterTrapGuard, loc, parseWasmError, partOf } from './common.js';
import { environmentFailure, GatewayRecordParser, RECORD_START } from './gateway-log.js';

// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const CONFIGURED_HTTP_SERVER_START = /^\[CONFIG\] Configured HTTP MCP server: /;
const GUARD_RESPONSE_LABELING_FAILED = /^\[DIFC\] (Guard|Response) labeling failed: (.*)$/s;
const REGISTERED_GUARD_FOR_SERVER = /^\[DIFC\] Registered guard '([^']*)' for server '([^']*)'/;
const DIFC_ENFORCEMENT_DISABLED = /^DIFC enforcement disabled/;
const STRICT_MODE_BLOCKING_ENTIRE = /^\[DIFC\] STRICT MODE: Blocking entire response - (\d+)\/(\d+) items/;
const HTTP_PANIC_SERVING = /^http: panic serving (\S+): (.*)$/s;
const FAILED_TO_CONNECT_TO = /^\[LAUNCHER\] ❌ FAILED to connect to server '([^']*)'/;
const FAILED_TO_CREATE_HTTP = /^FAILED to create HTTP connection for server "([^"]*)"/;
const FAILED_TO_CREATE_HTTP_ANY = /^FAILED to create HTTP connection for server /;
const ENVIRONMENT_VALIDATION_FAILED = /^environment validation failed: /i;
const CONFIGURED_HTTP_SERVER = /^\[CONFIG\] Configured HTTP MCP server: ([A-Za-z0-9][A-Za-z0-9_.-]*) -> /;
const FAILED_TO_LOAD_CONFIG = /^(failed to load config|failed to create unified server): /;

const STD_LOG = /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} (.*)$/s;
const ENTRYPOINT = /^\[(INFO|WARN|ERROR)\] /;
const DEBUG_ECHO = /^[a-z][\w.-]*:[\w.:-]+ .* \+[\d.]+(ns|µs|ms|s|m|h)$/;
const PANIC = /^panic: (.*)$/;
const GOROUTINE = /^goroutine \d+ \[/;
/** The fatal exit text (`log.Fatalf`, with or without the std-log date). */
const EXIT = /^(failed to load config|failed to create unified server|environment validation failed): /i;
/**
 * JSONL writer health (since 2026-08-12, §6.2): `WARNING: JSONL logEntry called but logger not initialized, dropping
 * entry`, `WARNING: Failed to encode JSONL entry: %v`, `WARNING: Failed to sync JSONL log file: %v`. Each means
 * rpc-messages.jsonl is incomplete. (`Warning: Failed to initialize JSONL logger` means there is no file at all.)
 */
const JSONL_WARNING = /^WARNING: .*\bJSONL\b/;

export interface StderrOptions {
  /** Parse gateway records found in stderr (the gateway fell back to stderr for logging). */
  gatewayFallback: boolean;
  /** Receives the attribution facts (servers named, routed calls); not read without it. */
  hint?: (e: GatewayEvent) => void;
}

interface Pending {
  line: number;
  raw: string;
  body: string;
  cont: string[];
}

/** `[CONFIG] ` (the config lines that name servers), `WARNING: ` (JSONL writer health), `panic: `. */
const CONFIG_START = Buffer.from('[CONFIG] ');
const WARNING_START = Buffer.from('WARNING: ');
const PANIC_START = Buffer.from('panic: ');

/**
 * Whether a line can open something (a std-log record, a panic, the exit text, a JSONL warning, a config line, or a
 * gateway record in the fallback): decided on its first bytes. A line that cannot changes nothing while no record is
 * open (it would close none and continue none), so it is skipped undecoded: the debug echoes that repeat
 * mcp-gateway.log, most of the file since 2026-04-10, cost a scan. Every line that can, and every line while a record
 * is open, takes the full path below: the lines of eras in which stderr.log is the only place a signal appears (the
 * std-log `[DIFC] …` decisions before 2026-04-10) start with the std-log date and are all read.
 */
function mayOpen(buf: Buffer, start: number, end: number, gatewayFallback: boolean): boolean {
  if (start >= end) return false;
  const c = buf[start];
  if (c >= 0x30 && c <= 0x39) return true; // `2026/04/09 10:00:00 …` (STD_LOG)
  switch (c | 0x20) {
    case 0x66: // f: `failed to load config: `, `failed to create unified server: ` (any case)
    case 0x65: // e: `environment validation failed: `
      return end - start >= 7;
  }
  if (c === 0x70) return startsWithAt(buf, start, end, PANIC_START);
  if (c === 0x57) return startsWithAt(buf, start, end, WARNING_START);
  if (c === 0x5b) {
    const d = buf[start + 1];
    return startsWithAt(buf, start, end, CONFIG_START) || (gatewayFallback && d >= 0x30 && d <= 0x39);
  }
  return false;
}

/** One stderr.log: a sink of lines (a class, so that its optimized code outlives the file, see LineSink). */
export class StderrParser implements ScanningSink {
  readonly gateway: GatewayRecordParser | null;
  readonly scanMode: number;
  private pending: Pending | null = null;
  private inGatewayRecord = false;

  constructor(
    private readonly file: string,
    private readonly emit: (e: GatewayEvent) => void,
    private readonly options: StderrOptions,
  ) {
    this.gateway = options.gatewayFallback
      ? new GatewayRecordParser({ file, kind: 'gateway', emit, hint: options.hint })
      : null;
    this.scanMode = SCAN_STDERR | (this.gateway ? SCAN_FALLBACK : 0);
  }

  /** No record open: a line that cannot open one (mayOpen) changes nothing (the line scanner passes it over). */
  idle(): boolean {
    return this.pending === null && !this.inGatewayRecord;
  }

  lineBytes(buf: Buffer, start: number, end: number, n: number): void {
    if (this.pending === null && !this.inGatewayRecord && !mayOpen(buf, start, end, this.gateway !== null))
      return;
    this.line(buf.toString('utf8', start, end), n);
  }

  private line(line: string, n: number): void {
    if (this.gateway && RECORD_START.test(line)) {
      this.flush();
      this.inGatewayRecord = true;
      this.gateway.line(line, n);
      return;
    }
    let m: RegExpExecArray | null;
    if ((m = STD_LOG.exec(line))) {
      this.flush();
      this.inGatewayRecord = false;
      this.pending = { line: n, raw: line, body: m[1], cont: [] };
    } else if (PANIC.test(line)) {
      this.flush();
      this.inGatewayRecord = false;
      this.pending = { line: n, raw: line, body: line, cont: [] };
    } else if (EXIT.test(line) || JSONL_WARNING.test(line) || CONFIGURED_HTTP_SERVER_START.test(line)) {
      this.flush();
      this.inGatewayRecord = false;
      this.pending = { line: n, raw: line, body: line, cont: [] };
    } else if (ENTRYPOINT.test(line) || DEBUG_ECHO.test(line) || GOROUTINE.test(line)) {
      this.flush();
      this.inGatewayRecord = false;
    } else if (this.inGatewayRecord && this.gateway) {
      this.gateway.line(line, n);
    } else {
      const p = this.pending;
      if (p && p.cont.length < 40) p.cont.push(line);
    }
  }

  end(): void {
    this.flush();
    this.gateway?.end();
  }

  private flush(): void {
    if (this.pending) this.classify(this.pending);
    this.pending = null;
  }

  private classify(p: Pending): void {
    const { file, emit, options } = this;
    const L = () => loc(file, p.line, p.raw);
    let m: RegExpExecArray | null;
    const body = p.body;
    if ((m = GUARD_RESPONSE_LABELING_FAILED.exec(body))) {
      const wasm = parseWasmError(m[2], p.cont);
      const trap = afterTrapGuard(m[2]);
      emit({
        type: 'LabelingFailure',
        kind: m[1] === 'Guard' ? 'guard' : 'response',
        guard: trap ?? wasm?.module ?? null,
        server: null,
        message: m[2],
        wasm,
        afterTrap: trap !== null,
        source: 'stderr',
        loc: L(),
      });
    } else if ((m = REGISTERED_GUARD_FOR_SERVER.exec(body))) {
      emit({ type: 'GuardRegistered', guard: m[1], server: m[2], legacy: true, loc: L() });
    } else if (DIFC_ENFORCEMENT_DISABLED.test(body)) {
      emit({ type: 'EnforcementDisabled', legacy: true, loc: L() });
    } else if ((m = STRICT_MODE_BLOCKING_ENTIRE.exec(body))) {
      const c = partOf(m[1], m[2]);
      if (c) emit({ type: 'StrictBlock', filtered: c.part, total: c.whole, loc: L() });
    } else if ((m = HTTP_PANIC_SERVING.exec(body))) {
      emit({
        type: 'GatewayError',
        template: 'Go panic (http handler)',
        message: `http: panic serving: ${m[2]}`,
        loc: L(),
      });
    } else if ((m = PANIC.exec(body))) {
      emit({ type: 'GatewayError', template: 'Go panic (fatal)', message: `panic: ${m[1]}`, loc: L() });
    } else if ((m = FAILED_TO_CONNECT_TO.exec(body))) {
      emit({
        type: 'GatewayError',
        template: 'Launcher failed to connect to server',
        message: body,
        server: m[1],
        loc: L(),
      });
    } else if ((m = FAILED_TO_CREATE_HTTP.exec(body))) {
      // Also one per late-registration retry of a routed HTTP backend (since 2026-08-07).
      emit({
        type: 'GatewayError',
        template: 'Failed to create HTTP connection',
        message: body,
        server: m[1],
        loc: L(),
      });
    } else if (FAILED_TO_CREATE_HTTP_ANY.test(body)) {
      emit({ type: 'GatewayError', template: 'Failed to create HTTP connection', message: body, loc: L() });
    } else if (ENVIRONMENT_VALIDATION_FAILED.test(body)) {
      // Since 2026-07-29 in gh-aw runs: the same failure as the log's `Environment validation failed` record (one
      // fact: collect keeps this copy only when no log has it).
      emit({
        type: 'GatewayError',
        template: 'Environment validation failed',
        message: environmentFailure(body.replace(/^environment/, 'Environment'), p.cont),
        loc: L(),
      });
    } else if ((m = CONFIGURED_HTTP_SERVER.exec(body))) {
      options.hint?.({ type: 'ServerNamed', server: m[1], complete: false, source: 'config', loc: L() });
    } else if ((m = FAILED_TO_LOAD_CONFIG.exec(body))) {
      emit({ type: 'GatewayError', template: `Gateway exited: ${m[1]}`, message: body, loc: L() });
    } else if (JSONL_WARNING.test(body)) {
      emit({ type: 'JsonlWriterWarning', message: body, loc: L() });
    }
  }
}

export async function parseStderrLog(
  stream: Readable,
  file: string,
  emit: (e: GatewayEvent) => void,
  options: StderrOptions = { gatewayFallback: false },
): Promise<void> {
  const parser = new StderrParser(file, emit, options);
  await forEachLineBytes(stream, parser);
  parser.end();
}
