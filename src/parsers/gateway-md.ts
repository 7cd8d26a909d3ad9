// `gateway.md` (FORMATS.md §5): Markdown bullets without timestamps. Used for the version, startup/backend
// failures, auth rejections and unrecognised endpoints, and only as a fallback for `mcp-gateway.log`.
import type { Readable } from 'node:stream';
import type { GatewayEvent } from '../model/types.js';
import { forEachLineBytes, type LineSink } from '../util/lines.js';
import { ascii, indexOfByte, isIdByte, startsWithAt } from '../util/bytes.js';
import { isRecord, loc, str } from './common.js';
import type { Parser } from './parser.js';

// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const MCPG_GATEWAY_VERSION = /^MCPG Gateway version: (\S+)/;
const VALIDATION_FAILED = /^(Configuration|Environment) validation failed/;
const BACKEND_FAILURE =
  /^(MCP backend connection failed|MCP backend command not found|MCP backend connection\/protocol error)/;
const AUTH_REJECTED = /^(?:Request rejected|Authentication failed): (.*), remote=(\S*), path=(\S*)\s*$/;
const UNRECOGNIZED_ENDPOINT = /^\[UNRECOGNIZED-ENDPOINT\] (\{.*)$/;

const BULLET = /^- (✓|⚠️|✗|🔍|•) \*\*([^*]+)\*\*(?: (.*))?$/u;
/** The RPC bullet of a request to a backend (§5, §7.4): `- 🔍 rpc **⟨server⟩**→`tools/call` `⟨tool⟩``. */
const RPC_TOOLS_CALL = /^- 🔍 rpc \*\*([A-Za-z0-9][A-Za-z0-9_.-]*)\*\*→`tools\/call`/u;
const SERVER_LIST =
  /^(?:Loaded \d+ MCP server\(s\):|Routes: \/mcp\/<server> (?:for servers:|where <server> is one of:)) \[([^\]]*)\]/;

/** Fences are indented by two spaces (technical messages, RPC payloads); the closing one is exactly this. */
const FENCE_OPEN = /^ {2}```/;
const FENCE_CLOSE = '  ```';

export async function parseGatewayMd(
  stream: Readable,
  file: string,
  emit: (e: GatewayEvent) => void,
  /** Receives the attribution facts (RPC `tools/call` bullets, server lists); not read without it. */
  hint?: (e: GatewayEvent) => void,
): Promise<void> {
  await forEachLineBytes(stream, new GatewayMdParser(file, emit, hint));
}

/** `- 🔍 rpc **` (🔍 is F0 9F 94 8D): an RPC bullet. */
const RPC_BULLET = ascii('- \xf0\x9f\x94\x8d rpc **');
/** `**←` (← is E2 86 90) after the server: a response or notification from the backend, never a bullet we read. */
const FROM_BACKEND = ascii('**\xe2\x86\x90');

/**
 * One file's bullets, a line at a time (a class, not a closure: see LineSink). `line()` reads a decoded line;
 * `lineBytes()` first skips, undecoded, the lines that `line()` would pass over without a change: RPC payloads
 * inside fences and the backend's RPC bullets, most of the file's bytes.
 */
export class GatewayMdParser implements LineSink {
  private pending: { cat: string; emoji: string; line: number; raw: string } | null = null;
  private inFence = false;

  constructor(
    private readonly file: string,
    private readonly emit: (e: GatewayEvent) => void,
    private readonly hint: ((e: GatewayEvent) => void) | undefined,
  ) {}

  lineBytes(buf: Buffer, start: number, end: number, lineNo: number): void {
    if (this.pending === null && this.passesOver(buf, start, end)) return;
    this.line(buf.toString('utf8', start, end), lineNo);
  }

  /**
   * Whether `line()` would do nothing with this line while no technical bullet waits for its message: inside a fence,
   * a line that cannot be the closing fence (NUL bytes are removed before the comparison, so a line holding one is
   * decoded); outside, an RPC bullet from the backend (`- 🔍 rpc **⟨server⟩**←…`), which no pattern reads.
   */
  private passesOver(buf: Buffer, start: number, end: number): boolean {
    const n = end - start;
    if (this.inFence)
      return n < FENCE_CLOSE.length || (n > FENCE_CLOSE.length && indexOfByte(buf, 0, start, end) === -1);
    if (!startsWithAt(buf, start, end, RPC_BULLET)) return false;
    let i = start + RPC_BULLET.length;
    while (i < end && isIdByte(buf[i])) i++;
    return startsWithAt(buf, i, end, FROM_BACKEND);
  }

  /** Reads one decoded line. */
  line(rawLine: string, n: number): void {
    const line = rawLine.replace(/\x00/g, '');
    if (this.inFence) {
      // Fenced text is data. Only the first line of a technical bullet's block is its message; the lines after it
      // (unindented, e.g. an `MCP backend stderr output:` body) and RPC payloads are never bullets.
      if (line === FENCE_CLOSE) {
        this.inFence = false;
        this.pending = null;
      } else if (this.pending && line.trim() !== '') {
        const p = this.pending;
        this.pending = null;
        this.classify(p.emoji, p.cat, line.trim(), n, line.trim());
      }
      return;
    }
    if (FENCE_OPEN.test(line)) {
      this.inFence = true;
      return;
    }
    const rpc = RPC_TOOLS_CALL.exec(line);
    if (rpc && this.hint) {
      this.pending = null;
      this.hint({
        type: 'BackendToolCall',
        server: rpc[1],
        source: 'markdown',
        loc: loc(this.file, n, line),
      });
      return;
    }
    const m = BULLET.exec(line);
    if (m) {
      this.pending = null;
      const [, emoji, cat, message] = m;
      if (message === undefined) {
        // technical form: the message follows in a fenced block
        this.pending = { cat, emoji, line: n, raw: line };
        return;
      }
      this.classify(emoji, cat, message, n, line);
      return;
    }
    if (this.pending) {
      const t = line.trim();
      if (t === '```' || t === '') return;
      const p = this.pending;
      this.pending = null;
      this.classify(p.emoji, p.cat, t, n, t);
    }
  }

  private classify(emoji: string, cat: string, message: string, n: number, raw: string): void {
    const { file, emit, hint } = this;
    const L = () => loc(file, n, raw);
    let m: RegExpExecArray | null;
    if (cat === 'startup' && (m = MCPG_GATEWAY_VERSION.exec(message))) {
      emit({ type: 'GatewayVersion', version: m[1], loc: L() });
    } else if (cat === 'startup' && emoji === '✓' && (m = SERVER_LIST.exec(message))) {
      for (const server of m[1]
        .trim()
        .split(/\s+/)
        .filter((s) => /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(s)))
        hint?.({ type: 'ServerNamed', server, complete: true, source: 'markdown', loc: L() });
    } else if (emoji !== '✗' && !(emoji === '⚠️' && cat === 'proxy')) {
      return;
    } else if (cat === 'startup' && VALIDATION_FAILED.test(message)) {
      emit({
        type: 'GatewayError',
        template: message.startsWith('C')
          ? 'Configuration validation failed'
          : 'Environment validation failed',
        message,
        loc: L(),
      });
    } else if (cat === 'backend' && (m = BACKEND_FAILURE.exec(message))) {
      emit({ type: 'GatewayError', template: m[1], message, loc: L() });
    } else if (cat === 'auth' && (m = AUTH_REJECTED.exec(message))) {
      emit({ type: 'AuthRejected', reason: m[1], path: m[3], shutdownNoise: m[3] === '/close', loc: L() });
    } else if (cat === 'proxy' && (m = UNRECOGNIZED_ENDPOINT.exec(message))) {
      try {
        const v: unknown = JSON.parse(m[1]);
        if (isRecord(v))
          emit({
            type: 'UnrecognizedEndpoint',
            method: str(v.method),
            path: str(v.path),
            source: 'markdown',
            loc: L(),
          });
      } catch {
        /* data */
      }
    }
  }
}

export const gatewayMdParser: Parser = {
  name: 'gateway-md',
  suffixes: ['mcp-logs/gateway.md'],
  lineBased: true,
  notes: [],
  parse: (stream, ctx, sink) =>
    parseGatewayMd(stream, ctx.file, (e) => sink.event(e), sink.hint && ((e) => sink.hint!(e))),
};
