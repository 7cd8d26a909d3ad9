// `rpc-messages.jsonl` (and `proxy-rpc.jsonl`, `gateway.jsonl`), FORMATS.md §4: v2 `event` records and legacy
// `type` records. Only three kinds matter to the audit; the others (backend responses, the bulk of the file) are
// skipped with a byte-level check before any JSON.parse.
import type { Readable } from 'node:stream';
import type { GatewayEvent } from '../model/types.js';
import { forEachLineBytes, type LineSink } from '../util/lines.js';
import { ascii, indexOfByte, startsWithAt } from '../util/bytes.js';
import { ExcerptBudget, Interner, isRecord, loc, str, stringArrayOrNull } from './common.js';
import { canonicalTool } from './tool-names.js';
import { skipped, type Parser } from './parser.js';

// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export interface JsonlStats {
  lines: number;
  invalid: number;
  records: number;
}

const INTERESTING = /difc_filtered|DIFC_FILTERED|unrecognized_endpoint_passthrough|tools\/call/;

/** The `event` values of rpc-messages.jsonl (§4.1). `gateway.jsonl` uses `event` for other things (§4.6). */
const EVENTS = new Set([
  'rpc_request',
  'rpc_response',
  'difc_filtered',
  'unrecognized_endpoint_passthrough',
  'rpc_unknown',
]);

/**
 * The record kind: `event` when it is one of the rpc-messages kinds, else the legacy `type` mapped to the v2 name
 * (`gateway.jsonl` records carry both, e.g. `"type":"DIFC_FILTERED","event":"tool_call"`).
 */
export function recordKind(r: Record<string, unknown>): string | null {
  if (typeof r.event === 'string' && (EVENTS.has(r.event) || r.type === undefined)) return r.event;
  switch (r.type) {
    case 'REQUEST':
      return 'rpc_request';
    case 'RESPONSE':
      return 'rpc_response';
    case 'DIFC_FILTERED':
      return 'difc_filtered';
    default:
      return null;
  }
}

/**
 * Writer order puts `timestamp` then `event`/`type` first (§4.1). When a line starts that way, its kind is read
 * from the first bytes: backend responses, the bulk of the file, are skipped without decoding. A line in any
 * other order takes the full path.
 */
const TS_KEY = ascii('{"timestamp":"');
const RESPONSE_KINDS = [ascii('","event":"rpc_response"'), ascii('","type":"RESPONSE"')];

function isBackendResponse(buf: Buffer, start: number, end: number): boolean {
  if (!startsWithAt(buf, start, end, TS_KEY)) return false;
  const close = indexOfByte(buf, 0x22, start + TS_KEY.length, Math.min(end, start + TS_KEY.length + 40));
  return close > 0 && buf[close - 1] !== 0x5c && RESPONSE_KINDS.some((k) => startsWithAt(buf, close, end, k));
}

/**
 * Whether a response line has a top-level `"error":"…"` before its payload (writer order: `…,"server_id":"x",
 * "error":"…","payload":…`). Inside the payload every quote of a string is escaped, so only a key can match; the
 * record is parsed before it counts.
 */
const ERROR_KEY = ascii(',"error":"');
const PAYLOAD_KEY = ascii(',"payload":');
function hasErrorKey(buf: Buffer, start: number, end: number): boolean {
  const limit = Math.min(end, start + 400) - ERROR_KEY.length;
  for (let i = start; i < limit; i++) {
    if (buf[i] !== 0x2c) continue;
    if (startsWithAt(buf, i, end, ERROR_KEY)) return true;
    if (startsWithAt(buf, i, end, PAYLOAD_KEY)) return false;
  }
  return false;
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a;
}

/** A `tools/call` request in writer order: the server id is read from the first bytes, no JSON.parse needed. */
const TOOLS_CALL_REQUEST =
  /^\{"timestamp":"[^"\\]*","(?:event":"rpc_request","_schema":"rpc-message\/v2"|type":"REQUEST"),"direction":"OUT","server_id":"([^"\\]*)","method":"tools\/call"[,}]/;
const REQUEST_PEEK = 240;

export async function parseRpcJsonl(
  stream: Readable,
  file: string,
  emit: (e: GatewayEvent) => void,
): Promise<JsonlStats> {
  const parser = new RpcJsonlParser(file, emit);
  await forEachLineBytes(stream, parser);
  return parser.stats;
}

/** One file's records, a line at a time (a class, not a closure: see LineSink). */
class RpcJsonlParser implements LineSink {
  readonly stats: JsonlStats = { lines: 0, invalid: 0, records: 0 };
  private readonly excerpts = new ExcerptBudget();
  private readonly names = new Interner();

  constructor(
    private readonly file: string,
    private readonly emit: (e: GatewayEvent) => void,
  ) {}

  lineBytes(buf: Buffer, start: number, end: number, n: number): void {
    const { stats, file, emit } = this;
    stats.lines++;
    // Blank lines are no records; a line that is not `{…}` (a last line cut by a killed writer, stray text) is an
    // invalid one, counted without decoding it. Only the records read below are parsed in full.
    let first = start;
    let last = end - 1;
    while (first <= last && isSpace(buf[first])) first++;
    while (last >= first && isSpace(buf[last])) last--;
    if (first > last) return;
    if (buf[first] !== 0x7b || buf[last] !== 0x7d) {
      stats.invalid++;
      return;
    }
    if (isBackendResponse(buf, start, end)) {
      // A response is read only when it carries the gateway's `error` (a call that failed in its client).
      if (hasErrorKey(buf, start, end)) this.record(buf.toString('utf8', start, end), n);
      return;
    }
    const fast = TOOLS_CALL_REQUEST.exec(buf.toString('latin1', start, Math.min(end, start + REQUEST_PEEK)));
    if (fast && PRINTABLE_ASCII.test(fast[1])) {
      stats.records++;
      const where = this.excerpts.loc('call', file, n, () =>
        buf.toString('utf8', start, Math.min(end, start + 600)),
      );
      emit({
        type: 'BackendToolCall',
        server: this.names.get(fast[1] || 'unknown'),
        source: 'jsonl',
        loc: where,
      });
      return;
    }
    const line = buf.toString('utf8', start, end);
    if (INTERESTING.test(line)) this.record(line, n);
  }

  private record(line: string, n: number): void {
    const { stats, file, emit } = this;
    // Only objects are records: anything else is invalid without the cost of a JSON.parse exception.
    if (line.trimStart()[0] !== '{') {
      stats.invalid++;
      return;
    }
    let r: unknown;
    try {
      r = JSON.parse(line);
    } catch {
      stats.invalid++;
      return;
    }
    if (!isRecord(r)) {
      stats.invalid++;
      return;
    }
    stats.records++;
    const kind = recordKind(r);
    if (kind === 'rpc_response') {
      if (typeof r.error === 'string' && r.error !== '')
        emit({
          type: 'BackendCallFailed',
          server: this.names.get(str(r.server_id) || 'unknown'),
          error: r.error.trim().slice(0, 300),
          source: 'jsonl',
          loc: this.excerpts.loc('failed', file, n, line),
        });
    } else if (kind === 'difc_filtered') {
      emit({
        type: 'DifcFiltered',
        server: str(r.server_id) || 'unknown',
        tool: canonicalTool(str(r.tool_name)),
        description: str(r.description),
        reason: str(r.reason),
        integrityTags: stringArrayOrNull(r.integrity_tags),
        secrecyTags: stringArrayOrNull(r.secrecy_tags),
        source: 'jsonl',
        loc: loc(file, n, line),
      });
    } else if (kind === 'rpc_request' && r.method === 'tools/call' && r.direction !== 'IN') {
      emit({
        type: 'BackendToolCall',
        server: str(r.server_id) || 'unknown',
        source: 'jsonl',
        loc: this.excerpts.loc('call', file, n, line),
      });
    } else if (kind === 'unrecognized_endpoint_passthrough') {
      emit({
        type: 'UnrecognizedEndpoint',
        method: str(r.method),
        path: str(r.path),
        source: 'jsonl',
        loc: loc(file, n, line),
      });
    }
  }
}

export const rpcJsonlParser: Parser<JsonlStats> = {
  name: 'rpc-jsonl',
  suffixes: [
    'mcp-logs/rpc-messages.jsonl',
    'proxy-logs/proxy-rpc.jsonl',
    'mcp-logs/gateway.jsonl',
    'mcp-logs/mcp-gateway.jsonl',
    'gateway.jsonl',
  ],
  lineBased: true,
  notes: ['⟨n⟩ invalid JSON line(s) skipped'],
  async parse(stream, ctx, sink) {
    const stats = await parseRpcJsonl(stream, ctx.file, (e) => sink.event(e));
    skipped(ctx, sink, stats.invalid, 'invalid JSON line(s)');
    return stats;
  },
};
