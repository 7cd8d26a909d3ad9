// stderr.log (FORMATS.md §6): entrypoint lines, Go std-log lines (the pre-2026-04-10 `[DIFC] …` decisions), debug
// echoes, Go panics, and the gateway's own records when it fell back to stderr for logging.
import { describe, expect, it } from 'vitest';
import { createReadStream } from 'node:fs';
import { lines } from '../support/harness.js';
import { parseStderrLog } from '../../src/parsers/stderr-log.js';
import type { GatewayEvent } from '../../src/model/types.js';
import { ofType, streamOf, types } from './helpers.js';
import { itReal, realFile } from '../support/real-corpus.js';

const CORPUS_STDERR = realFile('mcp-logs/stderr.log');

async function parse(text: string, gatewayFallback = false): Promise<GatewayEvent[]> {
  const events: GatewayEvent[] = [];
  await parseStderrLog(streamOf(text), 'agent/mcp-logs/stderr.log', (e) => events.push(e), {
    gatewayFallback,
  });
  return events;
}

describe('stderr.log', () => {
  itReal('reads the real v0.1.4 file: enforcement disabled and the noop registrations only', async () => {
    const events: GatewayEvent[] = [];
    await parseStderrLog(createReadStream(CORPUS_STDERR), 'mcp-logs/stderr.log', (e) => events.push(e));
    expect(events.map((e) => [e.type, e.loc.line])).toEqual([
      ['EnforcementDisabled', 72],
      ['GuardRegistered', 89],
      ['GuardRegistered', 93],
    ]);
    expect(ofType(events, 'EnforcementDisabled')[0].legacy).toBe(true);
    expect(ofType(events, 'GuardRegistered').map((e) => [e.server, e.guard, e.legacy])).toEqual([
      ['github', 'noop', true],
      ['safeoutputs', 'noop', true],
    ]);
  });

  it('reads the pre-2026-04-10 [DIFC] std-log decisions with their stack traces', async () => {
    const events = await parse(
      lines(
        "2026/03/02 10:00:00 [DIFC] Registered guard 'github' for server 'github'",
        '2026/03/02 10:00:05 [DIFC] Guard labeling failed: resource labeling failed: WASM function call failed: wasm error: unreachable',
        'wasm stack trace:',
        '\tgithub.__rust_start_panic(i32,i32) i32',
        '\tgithub.label_resource(i32,i32,i32,i32) i32',
        '2026/03/02 10:00:06 [DIFC] Response labeling failed: response labeling failed: failed to unmarshal label_response WASM response: unexpected end of JSON input',
        "2026/03/29 10:00:07 [DIFC] Guard labeling failed: resource labeling failed: WASM guard 'github' is unavailable after a previous trap: WASM function call failed: wasm error: unreachable",
        'wasm stack trace:',
        '\tgithub.label_resource(i32,i32,i32,i32) i32',
        '2026/03/02 10:00:08 [DIFC] Access DENIED for agent default to repo:octo-org/app: Agent lacks required integrity to write',
        '2026/03/02 10:00:09 [DIFC] STRICT MODE: Blocking entire response - 3/5 items violate DIFC policy',
      ),
    );
    expect(events.map((e) => [e.type, e.loc.line])).toEqual([
      ['GuardRegistered', 1],
      ['LabelingFailure', 2],
      ['LabelingFailure', 6],
      ['LabelingFailure', 7],
      ['StrictBlock', 11],
    ]);
    expect(ofType(events, 'GuardRegistered')[0]).toMatchObject({
      server: 'github',
      guard: 'github',
      legacy: true,
    });
    const [trap, plain, after] = ofType(events, 'LabelingFailure');
    expect(trap).toMatchObject({
      kind: 'guard',
      guard: 'github',
      server: null,
      message: 'resource labeling failed: WASM function call failed: wasm error: unreachable',
      wasm: { cause: 'unreachable', module: 'github' },
      afterTrap: false,
      source: 'stderr',
    });
    expect(plain).toMatchObject({
      kind: 'response',
      guard: null,
      wasm: null,
      afterTrap: false,
      source: 'stderr',
    });
    expect(after).toMatchObject({ kind: 'guard', guard: 'github', afterTrap: true, source: 'stderr' });
    expect(ofType(events, 'StrictBlock')[0]).toMatchObject({ filtered: 3, total: 5 });
  });

  it('reads a fatal Go panic once, with its stack as data', async () => {
    const events = await parse(
      lines(
        '2026/03/12 08:00:00 Loaded 2 MCP server(s)',
        'panic: runtime error: invalid memory address or nil pointer dereference',
        '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x8d2f1a]',
        '',
        'goroutine 1 [running]:',
        'github.com/github/gh-aw-mcpg/internal/server.(*Unified).Start(0x0)',
        '\t/app/internal/server/unified.go:412 +0x1a',
        'main.main()',
        '\t/app/main.go:42 +0x2b',
      ),
    );
    expect(events).toEqual([
      expect.objectContaining({
        type: 'GatewayError',
        template: 'Go panic (fatal)',
        message: 'panic: runtime error: invalid memory address or nil pointer dereference',
        loc: expect.objectContaining({ line: 2 }),
      }),
    ]);
  });

  it('reads a handler panic (`http: panic serving`) once', async () => {
    const events = await parse(
      lines(
        '2026/03/12 08:00:01 http: panic serving 172.30.0.20:51234: runtime error: index out of range [3] with length 3',
        'goroutine 57 [running]:',
        'net/http.(*conn).serve.func1()',
        '\t/usr/local/go/src/net/http/server.go:1898 +0xbe',
        'panic({0x9a1b20?, 0xc0004a2018?})',
      ),
    );
    expect(events).toEqual([
      expect.objectContaining({
        type: 'GatewayError',
        template: 'Go panic (http handler)',
        message: 'http: panic serving: runtime error: index out of range [3] with length 3',
        loc: expect.objectContaining({ line: 1 }),
      }),
    ]);
  });

  it('reads launcher failures and the exit error', async () => {
    const events = await parse(
      lines(
        "2026/03/12 08:00:00 [LAUNCHER] ❌ FAILED to connect to server 'github'",
        '2026/03/12 08:00:00 [LAUNCHER] Error: exit status 125',
        '2026/03/12 08:00:00 FAILED to create HTTP connection for server "safeoutputs": dial tcp 10.1.1.107:3001: connect: connection refused',
        'failed to create unified server: failed to register guard for server "github": WASM module must export label_agent',
        'failed to load config: HTTP 429 fetching schema from https://raw.githubusercontent.com/github/gh-aw/v0.61.0/docs/public/schemas/mcp-gateway-config.schema.json',
      ),
    );
    expect(ofType(events, 'GatewayError').map((e) => [e.template, e.loc.line])).toEqual([
      ['Launcher failed to connect to server', 1],
      ['Failed to create HTTP connection', 3],
      ['Gateway exited: failed to create unified server', 4],
      ['Gateway exited: failed to load config', 5],
    ]);
    expect(events.length).toBe(4);
  });

  it('never fires on harmless lines, debug echoes of backend stderr, or auth noise', async () => {
    const events = await parse(
      lines(
        '[INFO] Starting MCP Gateway in containerized mode...',
        '[WARN] Invalid container ID format: runnervmjduv7',
        '[ERROR] panic: Guard labeling failed: wasm error: unreachable',
        'middleware:jqschema Successfully compiled jq schema filter at init +63µs',
        'launcher:pool Cleanup goroutine started +512µs',
        'launcher:launcher Starting connection goroutine: serverID=github +354µs',
        'config:validation_schema Fetching schema from URL: https://raw.githubusercontent.com/github/gh-aw/v0.41.1/docs/public/schemas/mcp-gateway-config.schema.json +313µs',
        'mcp:connection [github stderr] panic: runtime error: index out of range +1ms',
        'mcp:connection [github stderr] 2026/03/12 08:00:00 [DIFC] Guard labeling failed: wasm error: unreachable +2ms',
        'mcp:connection [github stderr] http: panic serving 1.2.3.4:5: boom +2ms',
        'guard:wasm [guard:github] ERROR: WASM guard trap: guard=github, func=label_response, error=wasm error: unreachable +1ms',
        '2026/02/13 12:37:54 [ERROR] timestamp=2026-02-13T12:37:54Z server=gateway request_id=unknown error_type=authentication_failed detail=invalid_api_key path=/close method=POST',
        '2026/02/13 12:37:54 [[::1]:37740] POST /close - Status: 401, Response: Unauthorized: invalid API key',
        '2026/02/13 12:37:10 DIFC disabled: skipping sys tools registration',
        '2026/03/12 08:00:00 [DIFC] Phase 2: coarse check failed for read, proceeding to Phase 3',
        'Warning: Failed to initialize JSONL logger: open /tmp/gh-aw/mcp-logs/rpc-messages.jsonl: read-only file system',
        '2026/02/13 12:37:54 Shutting down...',
      ),
    );
    expect(events).toEqual([]);
  });

  it('hands gateway records to the gateway parser when the gateway fell back to stderr', async () => {
    const text = lines(
      'WARNING: Failed to initialize log file: open /tmp/gh-aw/mcp-logs/mcp-gateway.log: permission denied',
      'WARNING: Falling back to stderr for logging',
      '[2026-07-19T14:02:11.482Z] [INFO] [startup] MCPG Gateway version: v0.4.1',
      'cmd:root Starting MCPG with config: stdin, listen: 0.0.0.0:8080 +2ms',
      '[2026-07-19T14:05:32.117Z] [ERROR] [backend] WASM guard trap: guard=github, func=label_response, error=WASM function call failed: wasm error: unreachable',
      'wasm stack trace:',
      '\tgithub.label_response(i32,i32,i32,i32) i32',
      '2026/07/19 14:05:32 [proxy] something unrelated',
      '[2026-07-19T14:05:33.000Z] [INFO] [difc] [github] [DIFC-FILTERED] {"server_id":"github","tool_name":"list_issues","description":"issue:github/gh-aw#1","reason":"r","secrecy_tags":[],"integrity_tags":["none:github/gh-aw"]}',
      '[2026-07-19T14:05:34.000Z] [INFO] [client] MCP tool call response, session=s, tool=get_me, result={"text":"panic: boom"}',
      'panic: runtime error: slice bounds out of range',
      'goroutine 1 [running]:',
    );
    const events = await parse(text, true);
    // (a gateway record is emitted when the next one starts, so order by line)
    expect(
      events.map((e) => [e.type, e.loc.line]).sort((a, b) => (a[1] as number) - (b[1] as number)),
    ).toEqual([
      ['GatewayVersion', 3],
      ['WasmTrap', 5],
      ['DifcFiltered', 9],
      ['ToolCallResponse', 10],
      ['GatewayError', 11],
    ]);
    expect(ofType(events, 'WasmTrap')[0]).toMatchObject({
      guard: 'github',
      func: 'label_response',
      cause: 'unreachable',
      source: 'gateway',
      loc: { file: 'agent/mcp-logs/stderr.log' },
    });
    expect(ofType(events, 'DifcFiltered')[0].source).toBe('gateway');
    // Without the fallback the same records are not read (mcp-gateway.log is their source).
    expect(types(await parse(text, false))).toEqual(['GatewayError']);
  });
});
