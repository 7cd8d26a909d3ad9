// stderr.log (FORMATS.md §6.2) in the formats of the gateway's July–August 2026 releases: the JSONL writer's health
// lines (since 2026-08-12), `--validate-env` in gh-aw runs (since 2026-07-29) and the new logger-init order.
import { describe, expect, it } from 'vitest';
import { lines } from '../support/harness.js';
import { parseStderrLog } from '../../src/parsers/stderr-log.js';
import type { GatewayEvent } from '../../src/model/types.js';
import { ofType, streamOf, types } from './helpers.js';

async function parse(text: string, gatewayFallback = false): Promise<GatewayEvent[]> {
  const events: GatewayEvent[] = [];
  await parseStderrLog(streamOf(text), 'agent/mcp-logs/stderr.log', (e) => events.push(e), {
    gatewayFallback,
  });
  return events;
}

describe('stderr.log, gateway v0.4.5 … v0.4.10', () => {
  it('reads each JSONL writer WARNING as a gap in rpc-messages.jsonl; the normal JSONL lines and echoes of the text are nothing', async () => {
    const events = await parse(
      lines(
        '[INFO] Command: ./awmg --routed --listen 0.0.0.0:8080 --config-stdin --validate-env --log-dir /tmp/gh-aw/mcp-logs',
        '2026/08/20 09:14:00 Tools logging to file: /tmp/gh-aw/mcp-logs/tools.json',
        '2026/08/20 09:14:00 Initializing JSONL logger: dir=/tmp/gh-aw/mcp-logs, file=rpc-messages.jsonl',
        '2026/08/20 09:14:00 Environment validation passed',
        '2026/08/20 09:14:21 WARNING: Failed to encode JSONL entry: json: unsupported value: NaN',
        '2026/08/20 09:14:22 WARNING: Failed to sync JSONL log file: sync /tmp/gh-aw/mcp-logs/rpc-messages.jsonl: input/output error',
        '2026/08/20 09:14:23 WARNING: JSONL logEntry called but logger not initialized, dropping entry',
        '2026/08/20 09:14:23 LogDifcFilteredItem called with nil entry, skipping',
        'WARNING: JSONL logEntry called but logger not initialized, dropping entry',
        '2026/08/20 09:14:24 WARNING: Failed to sync log file (mcp-gateway.log): bad file descriptor',
        'logger:jsonl_logger WARNING: Failed to encode JSONL entry: x +1ms',
        // decoys: the same texts in debug echoes of payloads and backend stderr
        'server:unified MCP tool call response, tool=x, result="WARNING: JSONL logEntry called but logger not initialized" +2ms',
        'mcp:connection [github stderr] environment validation failed: Environment validation failed: +1ms',
        '2026/08/20 09:14:24 [CONFIG] Configured HTTP MCP server: remote -> https://mcp.example.com/mcp',
      ),
    );
    expect(ofType(events, 'JsonlWriterWarning').map((e) => e.loc.line)).toEqual([5, 6, 7, 9]);
    expect(types(events)).toEqual(Array(4).fill('JsonlWriterWarning'));
  });

  it('reads the exit text of a failed environment validation (doubled prefix, error lines) as one gateway error', async () => {
    const events = await parse(
      lines(
        '2026/08/20 09:14:00 Initializing JSONL logger: dir=/tmp/gh-aw/mcp-logs, file=rpc-messages.jsonl',
        'environment validation failed: Environment validation failed:',
        '  - Docker daemon is not accessible. Ensure the Docker socket is mounted or Docker is running.',
        '  - Container runtime "docker" is not accessible. Ensure it is installed, running, and usable.',
      ),
    );
    expect(ofType(events, 'GatewayError')).toEqual([
      expect.objectContaining({
        template: 'Environment validation failed',
        message:
          'Environment validation failed: Docker daemon is not accessible. Ensure the Docker socket is mounted or Docker is running.; Container runtime "docker" is not accessible. Ensure it is installed, running, and usable.',
        loc: expect.objectContaining({ line: 2 }),
      }),
    ]);
  });
});
