// The gateway's text logs as Parsers: adapters around parseGatewayLog (mcp-gateway.log, proxy.log, ⟨serverID⟩.log)
// and parseStderrLog, from the outside, so those modules keep their own calling conventions.
import type { Readable } from 'node:stream';
import type { LineStats } from '../util/lines.js';
import { parseGatewayLog, type GatewayFileKind } from './gateway-log.js';
import { parseStderrLog } from './stderr-log.js';
import type { ParseContext, ParseSink, Parser } from './parser.js';

/** `mcp-logs/github.log` → `github`. */
export function serverIdOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.log$/, '');
}

function gatewayText(name: string, kind: GatewayFileKind, suffixes: string[]): Parser<LineStats> {
  return {
    name,
    suffixes,
    lineBased: true,
    notes: [],
    parse: (stream: Readable, ctx: ParseContext, sink: ParseSink) =>
      parseGatewayLog(stream, {
        file: ctx.file,
        kind,
        serverId: kind === 'server' ? serverIdOf(ctx.file) : undefined,
        emit: (e) => sink.event(e),
        hint: sink.hint && ((e) => sink.hint!(e)),
        countedInJsonl: ctx.countedInJsonl,
      }),
  };
}

export const gatewayLogParser = gatewayText('gateway-log', 'gateway', [
  'mcp-logs/mcp-gateway.log',
  'mcp-logs/gateway.log',
]);
/** `⟨serverID⟩.log` beside the gateway log (`*` is the server id). */
export const serverLogParser = gatewayText('server-log', 'server', ['mcp-logs/*.log']);
export const proxyLogParser = gatewayText('proxy-log', 'proxy', [
  'mcp-logs/proxy.log',
  'proxy-logs/proxy.log',
]);

export const stderrLogParser: Parser = {
  name: 'stderr-log',
  suffixes: ['mcp-logs/stderr.log'],
  lineBased: true,
  notes: [],
  parse: (stream, ctx, sink) =>
    parseStderrLog(stream, ctx.file, (e) => sink.event(e), {
      gatewayFallback: ctx.gatewayFallback,
      hint: sink.hint && ((e) => sink.hint!(e)),
    }),
};
