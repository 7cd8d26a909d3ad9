// stderr.log at the cost of a scan (issue 18): while no record is open, a line that cannot open one is skipped on its
// first bytes. These show that skipping changes nothing: what a record's continuation holds, what closes a record,
// the lines that open one whatever namespace-like text precedes them, and the pre-2026-04-10 era read in full.
import { describe, expect, it } from 'vitest';
import { lines } from '../support/harness.js';
import { parseStderrLog } from '../../src/parsers/stderr-log.js';
import type { GatewayEvent } from '../../src/model/types.js';
import { ofType, streamOf, types } from './helpers.js';

async function parse(text: string | Buffer, gatewayFallback = false): Promise<GatewayEvent[]> {
  const events: GatewayEvent[] = [];
  await parseStderrLog(streamOf(text), 'agent/mcp-logs/stderr.log', (e) => events.push(e), {
    gatewayFallback,
  });
  return events;
}

const ECHO = 'guard:wasm [guard:github] DEBUG: >>> label_resource +12µs';

describe('stderr.log skipped on its first bytes while no record is open', () => {
  it('still reads a std-log labeling failure between thousands of debug echoes, with its stack trace', async () => {
    const echoes = Array.from({ length: 2000 }, () => ECHO);
    const events = await parse(
      lines(
        ...echoes,
        '2026/03/02 10:00:01 [DIFC] Guard labeling failed: WASM function call failed: wasm error: unreachable',
        'wasm stack trace:',
        '\tgithub_guard.label_resource(i32,i32) i32',
        ...echoes,
      ),
    );
    const [f] = ofType(events, 'LabelingFailure');
    expect(f).toMatchObject({ kind: 'guard', source: 'stderr', loc: { line: 2001 } });
    expect(f.wasm).toMatchObject({ cause: 'unreachable', module: 'github_guard' });
  });

  it('keeps continuation lines that start like skipped lines while a record is open', async () => {
    // `  - ⟨error⟩` and lower-case text after the exit line are its body; with nothing open they would be skipped.
    const events = await parse(
      lines(
        ECHO,
        'environment validation failed: Environment validation failed:',
        '  - MCP_GATEWAY_PORT is not set',
        'docker is not running',
        ECHO,
        '  - not part of it',
      ),
    );
    const [e] = ofType(events, 'GatewayError');
    expect(e.template).toBe('Environment validation failed');
    expect(e.message).toContain('MCP_GATEWAY_PORT is not set');
    expect(e.message).not.toContain('not part of it');
  });

  it('opens records on the exit text, panics, JSONL warnings and config lines', async () => {
    const events = await parse(
      lines(
        ECHO,
        'failed to load config: open /nope: no such file or directory',
        ECHO,
        'panic: runtime error: index out of range [3] with length 3',
        'goroutine 1 [running]:',
        ECHO,
        'WARNING: Failed to sync JSONL log file: disk full',
        ECHO,
        '[CONFIG] Configured HTTP MCP server: tavily -> https://mcp.example/',
      ),
    );
    expect(types(events)).toEqual(['GatewayError', 'GatewayError', 'JsonlWriterWarning']);
    expect(ofType(events, 'GatewayError').map((e) => e.template)).toEqual([
      'Gateway exited: failed to load config',
      'Go panic (fatal)',
    ]);
  });

  it('reads gateway records written to stderr (the fallback) among echoes, not without the fallback', async () => {
    const text = lines(
      ECHO,
      '[2026-07-19T14:02:11.482Z] [ERROR] [backend] WASM guard trap: guard=github, func=label_resource, error=wasm error: unreachable',
      ECHO,
    );
    expect(types(await parse(text, true))).toContain('WasmTrap');
    expect(types(await parse(text, false))).not.toContain('WasmTrap');
  });

  it('treats invalid UTF-8 and empty lines among skipped lines as nothing', async () => {
    const bad = Buffer.concat([
      Buffer.from(`${ECHO}\n\n`),
      Buffer.from([0xff, 0xfe, 0x0a]),
      Buffer.from('2026/03/02 10:00:00 DIFC enforcement disabled\n'),
    ]);
    const events = await parse(bad);
    expect(events.map((e) => [e.type, e.loc.line])).toEqual([['EnforcementDisabled', 4]]);
  });
});
