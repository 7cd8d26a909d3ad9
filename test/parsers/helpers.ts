// Small helpers shared by the parser tests (not a test file itself).
import { Readable } from 'node:stream';
import type { GatewayEvent } from '../../src/model/types.js';
import { parseGatewayLog, type GatewayFileKind } from '../../src/parsers/gateway-log.js';

/** A stream of the given chunks (strings are UTF-8 encoded; each array element is delivered as its own chunk). */
export function streamOf(...chunks: (string | Buffer)[]): Readable {
  return Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c)));
}

/** Runs one gateway-format file (mcp-gateway.log, proxy.log or ⟨serverID⟩.log) through the real parser. */
export async function gatewayEvents(
  text: string,
  kind: GatewayFileKind = 'gateway',
  serverId?: string,
  file = kind === 'proxy'
    ? 'mcp-logs/proxy.log'
    : kind === 'server'
      ? `mcp-logs/${serverId}.log`
      : 'mcp-logs/mcp-gateway.log',
): Promise<GatewayEvent[]> {
  const events: GatewayEvent[] = [];
  await parseGatewayLog(streamOf(text), { file, kind, serverId, emit: (e) => events.push(e) });
  return events;
}

/** Event kinds that are only traffic facts (calls, responses): everything else is a signal a rule can fire on. */
const TRAFFIC = new Set<GatewayEvent['type']>(['ToolCallRequest', 'ToolCallResponse', 'BackendToolCall']);

export function signals(events: GatewayEvent[]): GatewayEvent[] {
  return events.filter((e) => !TRAFFIC.has(e.type));
}

export function ofType<T extends GatewayEvent['type']>(
  events: GatewayEvent[],
  type: T,
): Extract<GatewayEvent, { type: T }>[] {
  return events.filter((e): e is Extract<GatewayEvent, { type: T }> => e.type === type);
}

export function types(events: GatewayEvent[]): string[] {
  return events.map((e) => e.type);
}
