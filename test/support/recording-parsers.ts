// Parsers for tests that compare what they made: each event and hint pushed, in order, onto an array.
import { GatewayRecordParser } from '../../src/parsers/gateway-log.js';

/** A gateway log parser (`mcp-gateway.log`) whose events and, with `hints` (the default), hints go to `out`. */
export function recordingGatewayParser(
  out: unknown[],
  options: { hints?: boolean; countedInJsonl?: boolean } = {},
): GatewayRecordParser {
  return new GatewayRecordParser({
    file: 'mcp-gateway.log',
    kind: 'gateway',
    emit: (e) => void out.push(['event', e]),
    hint: options.hints === false ? undefined : (e) => void out.push(['hint', e]),
    countedInJsonl: options.countedInJsonl,
  });
}
