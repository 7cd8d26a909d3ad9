// `gateway.md` (FORMATS.md §5): Markdown bullets without timestamps. Used for the version, startup/backend
// failures, auth rejections and unrecognised endpoints, and only as a fallback for `mcp-gateway.log`.
import type { Readable } from 'node:stream';
import type { GatewayEvent } from '../model/types.js';
import { forEachLine } from '../util/lines.js';
import { isRecord, loc, str } from './common.js';
import type { Parser } from './parser.js';

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
  let pending: { cat: string; emoji: string; line: number; raw: string } | null = null;
  let inFence = false;
  await forEachLine(stream, (rawLine, n) => {
    const line = rawLine.replace(/\x00/g, '');
    if (inFence) {
      // Fenced text is data. Only the first line of a technical bullet's block is its message; the lines after it
      // (unindented, e.g. an `MCP backend stderr output:` body) and RPC payloads are never bullets.
      if (line === FENCE_CLOSE) {
        inFence = false;
        pending = null;
      } else if (pending && line.trim() !== '') {
        const p: { cat: string; emoji: string; line: number; raw: string } = pending;
        pending = null;
        classify(p.emoji, p.cat, line.trim(), n, line.trim());
      }
      return;
    }
    if (FENCE_OPEN.test(line)) {
      inFence = true;
      return;
    }
    const rpc = RPC_TOOLS_CALL.exec(line);
    if (rpc && hint) {
      pending = null;
      hint({ type: 'BackendToolCall', server: rpc[1], source: 'markdown', loc: loc(file, n, line) });
      return;
    }
    const m = BULLET.exec(line);
    if (m) {
      pending = null;
      const [, emoji, cat, message] = m;
      if (message === undefined) {
        // technical form: the message follows in a fenced block
        pending = { cat, emoji, line: n, raw: line };
        return;
      }
      classify(emoji, cat, message, n, line);
      return;
    }
    if (pending) {
      const t = line.trim();
      if (t === '```' || t === '') return;
      const p: { cat: string; emoji: string; line: number; raw: string } = pending;
      pending = null;
      classify(p.emoji, p.cat, t, n, t);
    }
  });

  function classify(emoji: string, cat: string, message: string, n: number, raw: string) {
    const L = () => loc(file, n, raw);
    let m: RegExpExecArray | null;
    if (cat === 'startup' && (m = /^MCPG Gateway version: (\S+)/.exec(message))) {
      emit({ type: 'GatewayVersion', version: m[1], loc: L() });
    } else if (cat === 'startup' && emoji === '✓' && (m = SERVER_LIST.exec(message))) {
      for (const server of m[1]
        .trim()
        .split(/\s+/)
        .filter((s) => /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(s)))
        hint?.({ type: 'ServerNamed', server, complete: true, source: 'markdown', loc: L() });
    } else if (emoji !== '✗' && !(emoji === '⚠️' && cat === 'proxy')) {
      return;
    } else if (cat === 'startup' && /^(Configuration|Environment) validation failed/.test(message)) {
      emit({
        type: 'GatewayError',
        template: message.startsWith('C')
          ? 'Configuration validation failed'
          : 'Environment validation failed',
        message,
        loc: L(),
      });
    } else if (
      cat === 'backend' &&
      (m =
        /^(MCP backend connection failed|MCP backend command not found|MCP backend connection\/protocol error)/.exec(
          message,
        ))
    ) {
      emit({ type: 'GatewayError', template: m[1], message, loc: L() });
    } else if (
      cat === 'auth' &&
      (m = /^(?:Request rejected|Authentication failed): (.*), remote=(\S*), path=(\S*)\s*$/.exec(message))
    ) {
      emit({ type: 'AuthRejected', reason: m[1], path: m[3], shutdownNoise: m[3] === '/close', loc: L() });
    } else if (cat === 'proxy' && (m = /^\[UNRECOGNIZED-ENDPOINT\] (\{.*)$/.exec(message))) {
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
