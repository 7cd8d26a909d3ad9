// mcp-gateway.log (U), proxy.log (P) and ⟨serverID⟩.log (S): FORMATS.md §3 and §7, every era.
import { describe, expect, it } from 'vitest';
import { readFileSync, createReadStream } from 'node:fs';
import { gw, gwOld, lines } from '../support/harness.js';
import { parseGatewayLog, parsePolicy, RECORD_START } from '../../src/parsers/gateway-log.js';
import type { GatewayEvent } from '../../src/model/types.js';
import { gatewayEvents, ofType, signals, types } from './helpers.js';
import { describeReal, itReal, realFile } from '../support/real-corpus.js';

const CORPUS_LOGS = realFile('mcp-logs/');

describe('record grammar (§3.1)', () => {
  it('accepts both timestamp eras: RFC3339 without fraction and .000Z', async () => {
    const old = await gatewayEvents(
      lines('[2026-02-13T12:37:10Z] [INFO] [startup] MCPG Gateway version: v0.1.4'),
    );
    const cur = await gatewayEvents(
      lines('[2026-07-19T14:02:11.482Z] [INFO] [startup] MCPG Gateway version: v0.4.1'),
    );
    expect(old).toMatchObject([
      { type: 'GatewayVersion', version: 'v0.1.4', loc: { line: 1, file: 'mcp-logs/mcp-gateway.log' } },
    ]);
    expect(cur).toMatchObject([{ type: 'GatewayVersion', version: 'v0.4.1', loc: { line: 1 } }]);
  });

  it('exports the record-start regex of the spec', () => {
    const m = RECORD_START.exec('[2026-07-19T14:02:11.482Z] [WARN] [difc] [github] Guard labeling failed: x');
    expect(m?.slice(1)).toEqual([
      '2026-07-19T14:02:11.482Z',
      'WARN',
      'difc',
      '[github] Guard labeling failed: x',
    ]);
    expect(RECORD_START.test('[2026-02-13T12:37:10Z] [DEBUG] [guard:context] [Guard] Registered guard')).toBe(
      true,
    );
  });

  it('does not open a record on other timestamp shapes or levels (they are continuation text)', async () => {
    const fakes = [
      '[2026-07-19T14:02:11.48Z] [ERROR] [backend] WASM guard trap: guard=github, func=label_response, error=wasm error: unreachable',
      '[2026-07-19T14:02:11.482123Z] [ERROR] [backend] WASM guard trap: guard=github, func=label_response, error=wasm error: unreachable',
      '[2026-07-19 14:02:11] [ERROR] [backend] WASM guard trap: guard=github, func=label_response, error=wasm error: unreachable',
      '[2026-07-19T14:02:11+00:00] [ERROR] [backend] WASM guard trap: guard=github, func=label_response, error=wasm error: unreachable',
      '[2026-07-19T14:02:11.482Z] [WARNING] [difc] Guard labeling failed: resource labeling failed: boom',
      '[2026-07-19T14:02:11.482Z] [FATAL] [startup] Configuration validation failed:',
      '[2026-07-19T14:02:11.482Z] [error] [backend] WASM guard trap: guard=github, func=label_response, error=x',
      ' [2026-07-19T14:02:11.482Z] [ERROR] [backend] WASM guard trap: guard=github, func=label_response, error=x',
    ];
    // Alone (no open record) and as continuation lines of an ordinary record.
    expect(await gatewayEvents(lines(...fakes))).toEqual([]);
    const events = await gatewayEvents(
      lines(gw('INFO', 'startup', 'Starting MCPG in ROUTED mode on 0.0.0.0:8080'), ...fakes),
    );
    expect(events).toEqual([]);
  });

  it('keeps a wazero stack trace in its record and numbers evidence by the record start', async () => {
    const events = await gatewayEvents(
      lines(
        gw('INFO', 'startup', 'MCPG Gateway version: v0.4.1'),
        gw(
          'ERROR',
          'backend',
          'WASM guard trap: guard=github, func=label_response, error=WASM function call failed: wasm error: unreachable',
          '2026-07-19T14:05:32.117Z',
        ),
        'wasm stack trace:',
        '\tgithub.__rust_start_panic(i32,i32) i32',
        '\tgithub.label_response(i32,i32,i32,i32) i32',
        gw('INFO', 'startup', 'MCPG Gateway version: v0.4.2'),
      ),
    );
    expect(events).toEqual([
      expect.objectContaining({ type: 'GatewayVersion', version: 'v0.4.1' }),
      {
        type: 'WasmTrap',
        guard: 'github',
        func: 'label_response',
        cause: 'unreachable',
        source: 'gateway',
        loc: {
          file: 'mcp-logs/mcp-gateway.log',
          line: 2,
          excerpt:
            '[2026-07-19T14:05:32.117Z] [ERROR] [backend] WASM guard trap: guard=github, func=label_response, error=WASM function call failed: wasm error: unreachable',
        },
      },
      expect.objectContaining({
        type: 'GatewayVersion',
        version: 'v0.4.2',
        loc: expect.objectContaining({ line: 6 }),
      }),
    ]);
  });

  it('reads SSE Raw response bodies with blank lines as one record (v0.1.4, real shape)', async () => {
    const events = await gatewayEvents(
      lines(
        '[2026-02-13T12:37:12Z] [DEBUG] [server:sdk-frontend]     Raw response: event: message',
        'data: {"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"WASM guard trap: guard=github, func=label_response, error=wasm error: unreachable"}]}}',
        '',
        '',
        '[ERROR] [backend] WASM guard trap: guard=github, func=label_response, error=WASM function call failed: wasm error: unreachable',
        '[WARN] [difc] Guard labeling failed: resource labeling failed: WASM function call failed: wasm error: unreachable',
        '',
        '[2026-02-13T12:37:12Z] [DEBUG] [server:auth] Authenticating request: method=POST, path=/mcp/safeoutputs, remote=127.0.0.1:40502',
        '[2026-02-13T12:37:54Z] [ERROR] [auth] Authentication failed: invalid API key, remote=[::1]:37740, path=/close',
      ),
    );
    expect(events).toEqual([
      expect.objectContaining({
        type: 'AuthRejected',
        reason: 'invalid API key',
        path: '/close',
        shutdownNoise: true,
        loc: expect.objectContaining({ line: 9 }),
      }),
    ]);
  });

  it('reads `Configuration validation failed:` with its continuation as one GatewayError', async () => {
    const events = await gatewayEvents(
      lines(
        gw('ERROR', 'startup', 'Configuration validation failed:'),
        'mcpServers.github: missing required property "container"',
        'mcpServers.safeoutputs.url: invalid URL',
        gw('INFO', 'shutdown', 'Shutting down gateway...'),
      ),
    );
    expect(events).toEqual([
      expect.objectContaining({
        type: 'GatewayError',
        template: 'Configuration validation failed',
        message: 'Configuration validation failed: mcpServers.github: missing required property "container"',
        loc: expect.objectContaining({ line: 1 }),
      }),
    ]);
    const env = await gatewayEvents(
      lines(gw('ERROR', 'startup', 'Environment validation failed: MCP_GATEWAY_API_KEY is required')),
    );
    expect(env).toMatchObject([{ type: 'GatewayError', template: 'Environment validation failed' }]);
  });

  it('handles CRLF line endings and a missing final newline', async () => {
    const text =
      '[2026-07-19T14:02:11.482Z] [INFO] [startup] MCPG Gateway version: v0.4.1\r\n' +
      '[2026-07-19T14:02:11.611Z] [INFO] [difc] [github] Guard policy: {"allow-only":{"min-integrity":"approved","repos":["github/gh-aw"]}}\r\n' +
      "[2026-07-19T14:02:11.651Z] [INFO] [guard] Registered guard 'github' for server 'github'";
    const events = await gatewayEvents(text);
    expect(events).toContainEqual(expect.objectContaining({ type: 'GatewayVersion', version: 'v0.4.1' }));
    expect(ofType(events, 'GuardPolicy')).toMatchObject([
      { server: 'github', repos: ['github/gh-aw'], minIntegrity: 'approved' },
    ]);
    expect(ofType(events, 'GuardRegistered')).toMatchObject([
      { server: 'github', guard: 'github', legacy: false, loc: { line: 3 } },
    ]);
  });

  it('ignores text before the first record and keeps parsing after a record with very many continuation lines', async () => {
    const many = Array.from({ length: 500 }, (_, i) => `\tgithub.frame_${i}(i32) i32`);
    const events = await gatewayEvents(
      lines(
        'stray text: [ERROR] [backend] WASM guard trap: guard=x, func=y, error=z',
        gw('DEBUG', 'guard:wasm', 'huge record'),
        ...many,
        gw('INFO', 'startup', 'MCPG Gateway version: v0.4.1'),
      ),
    );
    expect(events).toEqual([
      expect.objectContaining({
        type: 'GatewayVersion',
        version: 'v0.4.1',
        loc: expect.objectContaining({ line: 503 }),
      }),
    ]);
  });
});

describe('v0.1.4 era (real lines, §3.6; DIFC disabled, noop guards)', () => {
  const log = lines(
    '[2026-02-13T12:37:10Z] [INFO] [startup] MCPG Gateway version: v0.1.4',
    '[2026-02-13T12:37:10Z] [INFO] [startup] Starting MCPG with config: stdin, listen: 0.0.0.0:80, log-dir: /tmp/gh-aw/mcp-logs/',
    '[2026-02-13T12:37:10Z] [DEBUG] [cmd:root] Server mode: routed, DIFC enabled: false',
    "[2026-02-13T12:37:10Z] [DEBUG] [guard:context] [Guard] Registered guard 'noop' for server 'github'",
    '[2026-02-13T12:37:10Z] [INFO] [startup] Loaded 2 MCP server(s): [github safeoutputs]',
    '[2026-02-13T12:37:10Z] [INFO] [startup] Starting in ROUTED mode on 0.0.0.0:80',
    '[2026-02-13T12:37:10Z] [INFO] [startup] Routes: /mcp/<server> for servers: [github safeoutputs]',
    '[2026-02-13T12:37:10Z] [DEBUG] [rpc] github→tools/list 53b {"jsonrpc":"2.0","method":"tools/list","params":null}',
    '[2026-02-13T12:37:10Z] [INFO] [backend] [github] [stderr] GitHub MCP Server running on stdio',
    '[2026-02-13T12:37:35Z] [INFO] [client] MCP tool call request, session=QmiP44Oe…, tool=list_starred_repositories, args={"perPage":5}',
    '[2026-02-13T12:37:36Z] [INFO] [client] MCP tool call response, session=QmiP44Oe…, tool=get_me, result={"content":[{"text":"failed to get user: GET https://api.github.com/user: 403 Resource not accessible by integration []","type":"text"}],"isError":true}',
    '[2026-02-13T12:37:54Z] [DEBUG] [server:auth] Authentication failed: invalid API key',
    '[2026-02-13T12:37:54Z] [ERROR] [auth] Authentication failed: invalid API key, remote=[::1]:37740, path=/close',
  );

  it('yields the version, the legacy noop registration, the calls and the shutdown-noise auth rejection', async () => {
    const events = await gatewayEvents(log);
    expect(events.map((e) => [e.type, e.loc.line])).toEqual([
      ['GatewayVersion', 1],
      ['GuardRegistered', 4],
      ['ToolCallRequest', 10],
      ['ToolCallResponse', 11],
      ['AuthRejected', 13],
    ]);
    expect(ofType(events, 'GuardRegistered')[0]).toMatchObject({
      guard: 'noop',
      server: 'github',
      legacy: true,
    });
    expect(ofType(events, 'ToolCallRequest')[0]).toMatchObject({ tool: 'list_starred_repositories' });
    expect(ofType(events, 'ToolCallResponse')[0].tool).toBe('get_me');
    expect(ofType(events, 'ToolCallResponse')[0]).toMatchObject({ isError: true, repos: [] });
    expect(ofType(events, 'AuthRejected')[0]).toMatchObject({
      reason: 'invalid API key',
      path: '/close',
      shutdownNoise: true,
    });
  });

  it('does not take the debug `DIFC enabled: false` for the guard-era enforcement line', async () => {
    const events = await gatewayEvents(log);
    expect(ofType(events, 'EnforcementDisabled')).toEqual([]);
    expect(ofType(events, 'GuardsCapable')).toEqual([]);
  });
});

describe('current era guard startup (§3.6, §7.2)', () => {
  const log = lines(
    '[2026-07-19T14:02:11.482Z] [INFO] [startup] MCPG Gateway version: v0.4.1',
    '[2026-07-19T14:02:11.603Z] [INFO] [startup] Guards sink server ID logging enrichment disabled (no sink server IDs configured)',
    '[2026-07-19T14:02:11.605Z] [INFO] [difc] MCP_GATEWAY_WASM_GUARDS_DIR is not set',
    '[2026-07-19T14:02:11.611Z] [INFO] [difc] [github] Guard policy: {"allow-only":{"min-integrity":"approved","repos":["github/gh-aw"]}}',
    '[2026-07-19T14:02:11.650Z] [INFO] [difc] [github] Loaded discovered WASM guard from file: 00-github-guard.wasm',
    "[2026-07-19T14:02:11.651Z] [INFO] [guard] Registered guard 'github' for server 'github'",
    "[2026-07-19T14:02:11.651Z] [INFO] [difc] [github] Registered guard 'github'",
    '[2026-07-19T14:02:11.652Z] [INFO] [difc] [safeoutputs] Created write-sink guard with 1 accept patterns, sink-visibility="public"',
    '[2026-07-19T14:02:11.653Z] [INFO] [startup] Guards enforcement enabled with mode: ',
    '[2026-07-19T14:03:01.009Z] [INFO] [difc] [github] label_agent response: session=4f1c9a2e7b3d4c1e, guard=github, response={"agent":{"secrecy":["private:github/gh-aw"],"integrity":["none:github/gh-aw","unapproved:github/gh-aw","approved:github/gh-aw"]},"difc_mode":"filter","normalized_policy":{"min-integrity":"approved","scope_kind":"Repo"}}',
    '[2026-07-19T14:03:01.009Z] [INFO] [difc] [github] Guard policy initialized: session=4f1c9a2e7b3d4c1e, guard_policy.source=server, difc_mode=filter, guard_policy.normalized=map[min-integrity:approved scope_kind:repo]',
    '[2026-07-19T14:03:01.010Z] [DEBUG] [guard:pipeline] [DIFC] Phase 0: agent=4f1c9a2e7b3d4c1e secrecy=[private:github/gh-aw] integrity=[approved:github/gh-aw none:github/gh-aw unapproved:github/gh-aw]',
    '[2026-07-19T14:03:01.850Z] [INFO] [difc] [github] [DIFC-FILTERED] {"server_id":"github","tool_name":"list_issues","description":"issue:github/gh-aw#4211","reason":"Resource \'issue:github/gh-aw#4211\' has lower integrity than agent requires. The agent cannot read data with integrity below \\"approved\\".","secrecy_tags":[],"integrity_tags":["none:github/gh-aw","unapproved:github/gh-aw"],"author_association":"NONE","author_login":"octocat","html_url":"https://github.com/github/gh-aw/issues/4211","number":"4211"}',
  );

  it('yields version, guard capability, policy, registrations, enforcement mode and the filtered item', async () => {
    const events = await gatewayEvents(log);
    expect(types(events)).toEqual([
      'GatewayVersion',
      'GuardsCapable',
      'GuardsCapable',
      'GuardPolicy',
      'GuardsCapable',
      'GuardRegistered',
      'GuardRegistered',
      'GuardsCapable',
      'EnforcementEnabled',
      'DifcFiltered',
    ]);
    expect(ofType(events, 'GuardsCapable').map((e) => e.signal)).toEqual([
      'MCP_GATEWAY_WASM_GUARDS_DIR',
      'Guard policy',
      'Loaded discovered WASM guard',
      'Guards enforcement enabled',
    ]);
    expect(ofType(events, 'GuardPolicy')[0]).toMatchObject({
      server: 'github',
      repos: ['github/gh-aw'],
      minIntegrity: 'approved',
      raw: '{"allow-only":{"min-integrity":"approved","repos":["github/gh-aw"]}}',
    });
    expect(ofType(events, 'GuardRegistered').map((e) => [e.server, e.guard, e.legacy])).toEqual([
      ['github', 'github', false],
      ['github', 'github', false],
    ]);
    expect(ofType(events, 'EnforcementEnabled')[0].mode).toBe('');
    expect(ofType(events, 'DifcFiltered')[0]).toMatchObject({
      server: 'github',
      tool: 'list_issues',
      description: 'issue:github/gh-aw#4211',
      integrityTags: ['none:github/gh-aw', 'unapproved:github/gh-aw'],
      secrecyTags: [],
      source: 'gateway',
      loc: { line: 13 },
    });
    expect(ofType(events, 'DifcFiltered')[0].reason).toContain('integrity below "approved"');
  });

  it('parses the policy forms: sorted full form, several repos, "all", "public", unparsable', () => {
    expect(
      parsePolicy(
        '{"allow-only":{"approval-labels":[],"blocked-users":[],"min-integrity":"approved","repos":["github/gh-aw","github/gh-aw-mcpg"],"trusted-users":[]}}',
      ),
    ).toEqual({ repos: ['github/gh-aw', 'github/gh-aw-mcpg'], minIntegrity: 'approved' });
    expect(parsePolicy('{"allow-only":{"min-integrity":"merged","repos":"all"}}')).toEqual({
      repos: 'all',
      minIntegrity: 'merged',
    });
    expect(parsePolicy('{"allow-only":{"min-integrity":"none","repos":"public"}}')).toEqual({
      repos: 'public',
      minIntegrity: 'none',
    });
    expect(parsePolicy('{not json')).toEqual({ repos: null, minIntegrity: null });
  });

  it('reads `Guards enforcement disabled` and the mode of an enabled gateway', async () => {
    const events = await gatewayEvents(
      lines(
        gw(
          'INFO',
          'startup',
          'Guards enforcement disabled (sessions auto-created for standard MCP client compatibility)',
        ),
        gw('INFO', 'startup', 'Guards enforcement enabled with mode: filter'),
      ),
    );
    expect(events).toEqual([
      expect.objectContaining({ type: 'GuardsCapable', signal: 'Guards enforcement disabled' }),
      expect.objectContaining({ type: 'EnforcementDisabled', legacy: false }),
      expect.objectContaining({ type: 'GuardsCapable', signal: 'Guards enforcement enabled' }),
      expect.objectContaining({ type: 'EnforcementEnabled', mode: 'filter' }),
    ]);
  });

  it('reads every guard load failure and noop fallback with its server', async () => {
    const events = await gatewayEvents(
      lines(
        gw(
          'WARN',
          'difc',
          '[github] Failed to load discovered WASM guard from /guards/github/00-github-guard.wasm: WASM module must export label_agent',
        ),
        gw('WARN', 'difc', '[github] Failed to discover WASM guard: open /guards: permission denied'),
        gw(
          'WARN',
          'difc',
          "[github] Failed to create guard 'github': failed to instantiate WASM module: invalid magic number (falling back to noop)",
        ),
        gw(
          'WARN',
          'difc',
          "[github] Guard 'gitlab' not found: unknown guard type: gitlab (falling back to noop)",
        ),
        gw(
          'WARN',
          'difc',
          "[github] Guard 'github' is available but no guard policy is set; falling back to noop guard",
        ),
        gw('INFO', 'difc', "[github] Registered guard 'noop'"),
      ),
    );
    expect(ofType(events, 'GuardLoadFailure').map((e) => [e.server, e.reason])).toEqual([
      ['github', 'failed to load WASM guard: WASM module must export label_agent'],
      ['github', 'failed to discover WASM guard: open /guards: permission denied'],
      ['github', "failed to create guard 'github', fell back to noop"],
      ['github', "guard 'gitlab' not found, fell back to noop"],
      ['github', "guard 'github' has no policy, fell back to noop"],
    ]);
    expect(ofType(events, 'GuardRegistered')).toMatchObject([
      { server: 'github', guard: 'noop', legacy: false },
    ]);
  });
});

describe('WASM traps, labeling failures and follow-ons (§7.1–§7.3)', () => {
  // The worked example of §7.1, then the follow-on `get_issue` call.
  const worked = lines(
    gw(
      'ERROR',
      'backend',
      'WASM guard trap: guard=github, func=label_response, error=WASM function call failed: wasm error: unreachable',
      '2026-07-19T14:05:32.117Z',
    ),
    'wasm stack trace:',
    '\tgithub.__rust_start_panic(i32,i32) i32',
    '\tgithub.label_response(i32,i32,i32,i32) i32',
    gw(
      'DEBUG',
      'guard:pipeline',
      '[DIFC] Phase 4 failed: WASM function call failed: wasm error: unreachable',
      '2026-07-19T14:05:32.118Z',
    ),
    'wasm stack trace:',
    '\tgithub.label_response(i32,i32,i32,i32) i32',
    gw(
      'WARN',
      'difc',
      'Response labeling failed: response labeling failed: WASM function call failed: wasm error: unreachable',
      '2026-07-19T14:05:32.118Z',
    ),
    'wasm stack trace:',
    '\tgithub.label_response(i32,i32,i32,i32) i32',
    gw(
      'ERROR',
      'client',
      'MCP tool call error, session=4f1c9a2e7b3d4c1e, tool=list_issues, error=response labeling failed: response labeling failed: WASM function call failed: wasm error: unreachable',
      '2026-07-19T14:05:32.119Z',
    ),
    'wasm stack trace:',
    '\tgithub.label_response(i32,i32,i32,i32) i32',
    gw(
      'DEBUG',
      'guard:pipeline',
      "[DIFC] Phase 1 failed: tool=get_issue err=resource labeling failed: WASM guard 'github' is unavailable after a previous trap: WASM function call failed: wasm error: unreachable",
      '2026-07-19T14:05:40.001Z',
    ),
    gw(
      'WARN',
      'difc',
      "Guard labeling failed: resource labeling failed: WASM guard 'github' is unavailable after a previous trap: WASM function call failed: wasm error: unreachable",
      '2026-07-19T14:05:40.001Z',
    ),
    'wasm stack trace:',
    '\tgithub.label_response(i32,i32,i32,i32) i32',
    gw(
      'ERROR',
      'client',
      "MCP tool call error, session=4f1c9a2e7b3d4c1e, tool=get_issue, error=guard labeling failed: resource labeling failed: WASM guard 'github' is unavailable after a previous trap: WASM function call failed: wasm error: unreachable",
      '2026-07-19T14:05:40.002Z',
    ),
    'wasm stack trace:',
    '\tgithub.label_response(i32,i32,i32,i32) i32',
  );

  it('yields one trap, the labeling failures and the client errors, each once, from the record prefix only', async () => {
    const events = await gatewayEvents(worked);
    expect(events.map((e) => [e.type, e.loc.line])).toEqual([
      ['WasmTrap', 1],
      ['LabelingFailure', 8],
      ['ToolCallError', 11],
      ['LabelingFailure', 15],
      ['ToolCallError', 18],
    ]);
    const [trap] = ofType(events, 'WasmTrap');
    expect(trap).toMatchObject({
      guard: 'github',
      func: 'label_response',
      cause: 'unreachable',
      source: 'gateway',
    });
    const [response, guard] = ofType(events, 'LabelingFailure');
    expect(response).toMatchObject({
      kind: 'response',
      guard: 'github',
      server: null,
      wasm: { cause: 'unreachable', module: 'github' },
      afterTrap: false,
      source: 'gateway',
    });
    expect(response.message).toBe(
      'response labeling failed: WASM function call failed: wasm error: unreachable',
    );
    expect(guard).toMatchObject({
      kind: 'guard',
      guard: 'github',
      afterTrap: true,
      wasm: { cause: 'unreachable' },
      source: 'gateway',
    });
    const [first, followOn] = ofType(events, 'ToolCallError');
    expect(first).toMatchObject({
      tool: 'list_issues',
      afterTrapGuard: null,
      wasm: { cause: 'unreachable', module: 'github' },
      source: 'gateway',
    });
    expect(followOn).toMatchObject({ tool: 'get_issue', afterTrapGuard: 'github', source: 'gateway' });
  });

  it('does not report the gateway `[DIFC] Phase 4 failed` debug line as a proxy fail-open', async () => {
    const events = await gatewayEvents(worked);
    expect(ofType(events, 'ProxyPhase4Failed')).toEqual([]);
  });

  it('reads a label_agent trap and its client error', async () => {
    const events = await gatewayEvents(
      lines(
        gw(
          'ERROR',
          'difc',
          '[github] label_agent failed: session=4f1c9a2e7b3d4c1e, guard=github, error=LabelAgent failed: WASM function call failed: wasm error: out of bounds memory access',
        ),
        'wasm stack trace:',
        '\tgithub.label_agent(i32,i32,i32,i32) i32',
        gw(
          'ERROR',
          'client',
          'MCP tool call error, session=4f1c9a2e7b3d4c1e, tool=list_issues, error=guard session initialization failed: LabelAgent failed: WASM function call failed: wasm error: out of bounds memory access',
        ),
      ),
    );
    expect(events).toEqual([
      expect.objectContaining({
        type: 'LabelingFailure',
        kind: 'session',
        guard: 'github',
        server: 'github',
        wasm: { cause: 'out of bounds memory access', module: 'github' },
        afterTrap: false,
      }),
      expect.objectContaining({
        type: 'ToolCallError',
        tool: 'list_issues',
        wasm: { cause: 'out of bounds memory access', module: null },
      }),
    ]);
  });

  it('tells labeling failures that are not traps by their missing wasm error', async () => {
    const events = await gatewayEvents(
      lines(
        gw(
          'ERROR',
          'difc',
          '[github] label_agent failed: session=4f1c9a2e7b3d4c1e, guard=github, error=LabelAgent failed: WASM function returned error code: -1',
        ),
        gw(
          'ERROR',
          'guard',
          '[github]     FAILED policy scope validation: AllowOnly.repos string must be one of all|public',
        ),
        gw(
          'WARN',
          'difc',
          'Guard labeling failed: resource labeling failed: input too large: 2000000 bytes (max 1048576)',
        ),
        gw(
          'WARN',
          'difc',
          'Response labeling failed: response labeling failed: host call panicked: boom (recovered by wazero)',
        ),
        'wasm stack trace:',
        '\tgithub.label_response(i32,i32,i32,i32) i32',
        '',
        'Go runtime stack trace:',
        'goroutine 81 [running]:',
      ),
    );
    expect(ofType(events, 'LabelingFailure').map((e) => [e.kind, e.guard, e.wasm, e.afterTrap])).toEqual([
      ['session', 'github', null, false],
      ['guard', null, null, false],
      ['response', null, null, false],
    ]);
    expect(signals(events).length).toBe(3);
  });

  it('reads the trap causes of module exits (since 2026-04-14)', async () => {
    const events = await gatewayEvents(
      lines(
        gw(
          'ERROR',
          'backend',
          'WASM guard trap: guard=github, func=label_resource, error=WASM function call failed: module closed with context deadline exceeded',
        ),
        gw(
          'ERROR',
          'backend',
          'WASM guard trap: guard=github, func=label_resource, error=WASM function call failed: module closed with exit_code(2)',
        ),
        gw(
          'ERROR',
          'backend',
          'WASM guard trap: guard=github, func=label_response, error=WASM function call failed: wasm error: integer divide by zero',
        ),
      ),
    );
    expect(ofType(events, 'WasmTrap').map((t) => [t.func, t.cause])).toEqual([
      ['label_resource', 'module closed with context deadline exceeded'],
      ['label_resource', 'module closed with exit_code(2)'],
      ['label_response', 'integer divide by zero'],
    ]);
  });

  it('ignores the benign Phase 2 line and the gateway Phase 1 debug line (its WARN record is the failure)', async () => {
    const events = await gatewayEvents(
      lines(
        gw('DEBUG', 'guard:pipeline', '[DIFC] Phase 2: coarse check failed for read, proceeding to Phase 3'),
        gw(
          'DEBUG',
          'guard:pipeline',
          '[DIFC] Phase 2: access denied for agent 4f1c9a2e7b3d4c1e to repo:octo-org/app: Resource has lower integrity',
        ),
        gw(
          'DEBUG',
          'guard:pipeline',
          '[DIFC] Phase 1 failed: tool=get_issue err=resource labeling failed: WASM function returned error code: -1',
        ),
        gw(
          'WARN',
          'difc',
          'Access DENIED for agent 4f1c9a2e7b3d4c1e to repo:octo-org/app: Agent lacks required integrity to write',
        ),
      ),
    );
    expect(events).toEqual([]);
  });
});

describe('filtering, strict mode, counts (§7.4)', () => {
  it('reads the per-call counts and strict-mode blocks', async () => {
    const events = await gatewayEvents(
      lines(
        gw('DEBUG', 'server:unified', '[DIFC] Filtered collection: 2/5 items accessible'),
        gw('DEBUG', 'server:unified', '[DIFC] Filtered out 3 items due to DIFC policy'),
        gw('WARN', 'difc', 'STRICT MODE: Blocking entire response - 4/4 items violate DIFC policy'),
        gw(
          'WARN',
          'difc',
          'Single item filtered — returning MCP error: [Filtered] issue:github/gh-aw#1 exists but is not accessible — filtered by integrity policy (approved)',
        ),
      ),
    );
    expect(events).toEqual([
      expect.objectContaining({ type: 'FilterCount', tool: null, filtered: 3, total: 5, source: 'gateway' }),
      expect.objectContaining({ type: 'StrictBlock', filtered: 4, total: 4 }),
    ]);
  });

  it('keeps null tags distinct from empty tags in [DIFC-FILTERED] items', async () => {
    const events = await gatewayEvents(
      lines(
        gwOld(
          'INFO',
          'difc',
          '[github] [DIFC-FILTERED] {"server_id":"github","tool_name":"search_issues","description":"issue:#unknown","reason":"r","secrecy_tags":null,"integrity_tags":null}',
        ),
        gwOld(
          'INFO',
          'difc',
          '[github] [DIFC-FILTERED] {"server_id":"github","tool_name":"search_issues","description":"","reason":"r","secrecy_tags":[],"integrity_tags":[]}',
        ),
        gwOld('INFO', 'difc', '[github] [DIFC-FILTERED] {not json'),
      ),
    );
    expect(
      ofType(events, 'DifcFiltered').map((e) => [e.description, e.integrityTags, e.secrecyTags]),
    ).toEqual([
      ['issue:#unknown', null, null],
      ['', [], []],
    ]);
  });

  it('does not count the DEBUG copy the gateway writes when a server log cannot be created', async () => {
    const item =
      '{"server_id":"github","tool_name":"list_issues","description":"issue:github/gh-aw#1","reason":"r","secrecy_tags":[],"integrity_tags":["none:github/gh-aw"]}';
    const events = await gatewayEvents(
      lines(
        gw('INFO', 'difc', `[github] [DIFC-FILTERED] ${item}`),
        gw('DEBUG', 'difc', `[github] [DIFC-FILTERED] ${item}`),
        gw(
          'INFO',
          'difc',
          '[github] Guard policy: {"allow-only":{"min-integrity":"approved","repos":"all"}}',
        ),
        gw(
          'DEBUG',
          'difc',
          '[github] Guard policy: {"allow-only":{"min-integrity":"approved","repos":"all"}}',
        ),
        gw('WARN', 'difc', '[github] Guard labeling failed: resource labeling failed: boom'),
        gw('DEBUG', 'difc', '[github] Guard labeling failed: resource labeling failed: boom'),
      ),
    );
    expect(types(events)).toEqual(['DifcFiltered', 'GuardsCapable', 'GuardPolicy', 'LabelingFailure']);
    expect(ofType(events, 'LabelingFailure')[0]).toMatchObject({ server: 'github', guard: 'github' });
  });
});

describe('rate limits, backend and auth failures (§7.6, §7.7)', () => {
  it('reads rate-limit and circuit-breaker records with their server', async () => {
    const events = await gatewayEvents(
      lines(
        gw(
          'WARN',
          'backend',
          'rate-limit error for server "github" (consecutive=1/3); resets at 2026-05-03T12:00:00Z (in 5.0m)',
        ),
        gw(
          'ERROR',
          'backend',
          'circuit breaker for server "github" OPENED after 3 consecutive rate-limit errors; resets at unknown',
        ),
        gw(
          'ERROR',
          'backend',
          'circuit breaker for server "github" re-OPENED after probe was rate-limited; resets at unknown',
        ),
        gw('WARN', 'backend', 'server "github" circuit breaker still OPEN; resets at unknown'),
        gw('INFO', 'backend', 'circuit breaker for server "github" transitioning OPEN → HALF-OPEN'),
        gw(
          'WARN',
          'guard',
          '[github] Repo visibility lookup rate-limited for github/gh-aw: waiting 30s and retrying once',
        ),
        gw(
          'WARN',
          'guard',
          '[github] Repo visibility lookup result for github/gh-aw: unknown (rate-limited and no cached visibility)',
        ),
      ),
    );
    expect(ofType(events, 'RateLimit').map((e) => [e.kind, e.server])).toEqual([
      ['backend', 'github'],
      ['circuit-breaker', 'github'],
      ['circuit-breaker', 'github'],
      ['guard-lookup', 'github'],
      ['guard-lookup', 'github'],
    ]);
    expect(signals(events).length).toBe(5);
  });

  it('groups backend failures by template and ignores the OK lines', async () => {
    const events = await gatewayEvents(
      lines(
        gw(
          'ERROR',
          'backend',
          "MCP backend connection failed for session '4f1c9a2e...': server=github, command=docker, args=[run --rm -i ghcr.io/github/github-mcp-server], error=exit status 125",
        ),
        gw('ERROR', 'backend', 'MCP backend stderr output:'),
        'docker: Error response from daemon: pull access denied.',
        gw('ERROR', 'backend', 'MCP backend command not found, command=docker'),
        gw('ERROR', 'backend', 'MCP backend connection/protocol error, command=docker'),
        gw('ERROR', 'backend', 'MCP connection failed: server=github, command=docker, args=[run], error=EOF'),
        gw('ERROR', 'backend', 'All HTTP transports failed for url=http://host.docker.internal:3001'),
        gw('ERROR', 'backend', 'MCP backend server startup timeout: server=github, timeout=1m0s'),
        gw('ERROR', 'backend', 'SDK session reconnect failed for github: EOF'),
        gw('ERROR', 'backend', 'Failed to register tools from github (took 30s): context deadline exceeded'),
        gw(
          'ERROR',
          'backend',
          'Tool registration incomplete: 1 of 2 backends failed: [github] — agents will not see tools from these servers',
        ),
        gw(
          'ERROR',
          'backend',
          'Health check: restart failed for server "github": exit status 1 (attempt 1/3)',
        ),
        gw(
          'ERROR',
          'backend',
          'Health check: server "github" reached max restart attempts (3), will not retry until gateway restart',
        ),
        gw('INFO', 'backend', 'Tool registration complete: 2 succeeded, 0 failed, total tools=19'),
        gw('INFO', 'backend', 'Successfully launched MCP backend server: github'),
        gw(
          'ERROR',
          'shutdown',
          'Proxy server exited with error: listen tcp :8443: bind: address already in use',
        ),
      ),
    );
    expect(ofType(events, 'GatewayError').map((e) => e.template)).toEqual([
      'MCP backend connection failed',
      'MCP backend command not found',
      'MCP backend connection/protocol error',
      'MCP connection failed',
      'All HTTP transports failed',
      'MCP backend server startup timeout',
      'Session reconnect failed',
      'Failed to register tools',
      'Tool registration incomplete',
      'Health check restart failed',
      'Health check restart failed',
      'Proxy server exited with error',
    ]);
    expect(signals(events).length).toBe(12);
  });

  it('reads auth rejections in both wordings and flags only /close as shutdown noise', async () => {
    const events = await gatewayEvents(
      lines(
        gw(
          'ERROR',
          'auth',
          'Request rejected: missing Authorization header, remote=172.30.0.20:40000, path=/mcp/github',
        ),
        gw('ERROR', 'auth', 'Request rejected: invalid API key, remote=[::1]:37740, path=/close'),
        gwOld(
          'ERROR',
          'auth',
          'Authentication failed: invalid API key, remote=172.30.0.20:41000, path=/mcp/safeoutputs',
        ),
        gw('INFO', 'auth', 'Authentication successful, remote=172.30.0.20:40000, path=/mcp/github'),
        gw('DEBUG', 'server:auth', 'Authentication failed: invalid API key'),
        gw(
          'ERROR',
          'client',
          'Rejected MCP client connection: missing or invalid X-Agent-ID/Authorization header, remote=172.30.0.20:40100, path=/mcp/github',
        ),
      ),
    );
    expect(ofType(events, 'AuthRejected').map((e) => [e.reason, e.path, e.shutdownNoise])).toEqual([
      ['missing Authorization header', '/mcp/github', false],
      ['invalid API key', '/close', true],
      ['invalid API key', '/mcp/safeoutputs', false],
      ['missing or invalid X-Agent-ID/Authorization header', '/mcp/github', false],
    ]);
    expect(signals(events).length).toBe(4);
  });
});

describe('RPC text lines (§3.3)', () => {
  it('counts only gateway→backend tools/call requests', async () => {
    const events = await gatewayEvents(
      lines(
        gw(
          'DEBUG',
          'rpc',
          'github→tools/call 120b {"jsonrpc":"2.0","method":"tools/call","params":{"arguments":{},"name":"get_me"}}',
        ),
        gw('DEBUG', 'rpc', 'github→tools/list 53b {"jsonrpc":"2.0","method":"tools/list","params":null}'),
        gw(
          'DEBUG',
          'rpc',
          'github←resp 186b {"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"github→tools/call  WASM guard trap: guard=github, func=label_response, error=wasm error: unreachable"}]}}',
        ),
        gw('DEBUG', 'rpc', 'safeoutputs→tools/call 99b err:context deadline exceeded'),
      ),
    );
    expect(
      events.map((e) => (e.type === 'BackendToolCall' ? [e.server, e.source, e.loc.line] : e.type)),
    ).toEqual([
      ['github', 'rpc-text', 1],
      ['safeoutputs', 'rpc-text', 4],
    ]);
  });
});

describe('untrusted text never creates a signal (§3.5)', () => {
  it('ignores decoy words inside payloads, backend stderr, guard input and continuation lines', async () => {
    const poison =
      'WASM guard trap: guard=github, func=label_response, error=wasm error: unreachable; Guard labeling failed: x; label_agent failed: y; [ERROR] https://api.github.com/repos/a/b panic: boom';
    const text = lines(
      gw(
        'DEBUG',
        'rpc',
        `github←resp 300b {"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"${poison}"}]}}`,
      ),
      gw(
        'INFO',
        'client',
        `MCP tool call request, session=4f1c9a2e7b3d4c1e, tool=create_issue, args={"body":"${poison}","title":"[ERROR] [backend]"}`,
      ),
      gw(
        'INFO',
        'client',
        `MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=get_issue, result={"content":[{"type":"text","text":"MCP tool call response result= ${poison}"}]}`,
      ),
      gw('DEBUG', 'client', `MCP client request body, backend=github, body={"text":"${poison}"}`),
      gw('INFO', 'backend', `[github] [stderr] ${poison}`),
      gw(
        'INFO',
        'backend',
        '[github] [stderr] panic: runtime error: invalid memory address or nil pointer dereference',
      ),
      gw(
        'INFO',
        'backend',
        '[github] [stderr] Request rejected: invalid API key, remote=x, path=/mcp/github',
      ),
      gw('DEBUG', 'mcp:connection', `[github stderr] ${poison}`),
      gw('DEBUG', 'mcp:connection', '[github stderr] [DIFC] Phase 4 failed: wasm error: unreachable'),
      gw('DEBUG', 'guard:wasm', `[guard:github] INFO: >>> label_response called input={"body":"${poison}"}`),
      gw('DEBUG', 'guard:pipeline', '[DIFC] Phase 2: coarse check failed for read, proceeding to Phase 3'),
      gw('DEBUG', 'server:sdk-frontend', '    Raw response: event: message'),
      `data: {"jsonrpc":"2.0","id":3,"result":{"content":[{"type":"text","text":"${poison}"}]}}`,
      '',
      '[ERROR] [backend] WASM guard trap: guard=github, func=label_response, error=WASM function call failed: wasm error: unreachable',
      '[WARN] [difc] [github] Guard labeling failed: resource labeling failed: wasm error: unreachable',
      '[ERROR] [difc] [github] label_agent failed: session=s, guard=github, error=LabelAgent failed: wasm error: unreachable',
      '[ERROR] [client] MCP tool call error, session=s, tool=get_me, error=guard labeling failed: wasm error: unreachable',
      '[ERROR] [auth] Request rejected: invalid API key, remote=x, path=/mcp/github',
      '[ERROR] [startup] Configuration validation failed:',
      'panic: runtime error: index out of range',
      '',
      gw('INFO', 'shutdown', 'Shutting down gateway...'),
    );
    const events = await gatewayEvents(text);
    expect(types(events)).toEqual(['ToolCallRequest', 'ToolCallResponse']);
    expect(signals(events)).toEqual([]);
    // The same decoys in the proxy log and in a server log.
    expect(signals(await gatewayEvents(text, 'proxy'))).toEqual([]);
    expect(signals(await gatewayEvents(text, 'server', 'github'))).toEqual([]);
  });

  it('takes the filtered item from the prefix, whatever its reason and URLs say', async () => {
    const events = await gatewayEvents(
      lines(
        gw(
          'INFO',
          'difc',
          '[github] [DIFC-FILTERED] {"server_id":"github","tool_name":"list_issues","description":"issue:github/gh-aw#9","reason":"WASM guard trap: guard=github, func=label_response, error=wasm error: unreachable","secrecy_tags":[],"integrity_tags":["none:github/gh-aw"],"html_url":"https://api.github.com/repos/github/gh-aw/issues/9"}',
        ),
      ),
    );
    expect(types(events)).toEqual(['DifcFiltered']);
  });
});

describe('proxy.log (§3, §7.3–§7.6)', () => {
  it('reads the current `Request rejected` forms', async () => {
    const events = await gatewayEvents(
      lines(
        gw(
          'ERROR',
          'backend',
          'WASM guard trap: guard=github, func=label_resource, error=WASM function call failed: wasm error: unreachable',
        ),
        'wasm stack trace:',
        '\tgithub.label_resource(i32,i32,i32,i32) i32',
        gw(
          'DEBUG',
          'guard:pipeline',
          "[DIFC] Phase 1 failed: tool=issue_read err=resource labeling failed: WASM guard 'github' is unavailable after a previous trap: WASM function call failed: wasm error: unreachable",
        ),
        gw(
          'ERROR',
          'proxy',
          "Request rejected: status=502 code=bad_gateway message=resource labeling failed err=resource labeling failed: WASM guard 'github' is unavailable after a previous trap: WASM function call failed: wasm error: unreachable",
        ),
        'wasm stack trace:',
        '\tgithub.label_resource(i32,i32,i32,i32) i32',
        gw(
          'ERROR',
          'proxy',
          'Request rejected: status=503 code=service_unavailable message=proxy enforcement not configured err=<nil>',
        ),
        gw(
          'ERROR',
          'proxy',
          'Request rejected: status=502 code=bad_gateway message=upstream request failed err=dial tcp: lookup api.github.com: no such host',
        ),
      ),
      'proxy',
    );
    expect(events.map((e) => [e.type, e.loc.line])).toEqual([
      ['WasmTrap', 1],
      ['LabelingFailure', 5],
      ['ToolCallError', 5],
      ['GatewayError', 8],
    ]);
    expect(ofType(events, 'WasmTrap')[0]).toMatchObject({
      guard: 'github',
      func: 'label_resource',
      cause: 'unreachable',
      source: 'proxy',
    });
    expect(ofType(events, 'LabelingFailure')[0]).toMatchObject({
      kind: 'guard',
      guard: 'github',
      afterTrap: true,
      source: 'proxy',
    });
    expect(ofType(events, 'ToolCallError')[0]).toMatchObject({ afterTrapGuard: 'github', source: 'proxy' });
    expect(ofType(events, 'GatewayError')[0].template).toBe('Proxy enforcement not configured');
  });

  it('reads the pre-2026-07-13 forms: `returning 503` and the bare `[DIFC] Phase 1 failed: %v`', async () => {
    const events = await gatewayEvents(
      lines(
        gw(
          'ERROR',
          'proxy',
          'returning 503: proxy enforcement not configured (no --policy flag provided)',
          '2026-05-02T09:00:00.000Z',
        ),
        gwOld(
          'DEBUG',
          'proxy:handler',
          '[DIFC] Phase 1 failed: resource labeling failed: WASM function call failed: wasm error: unreachable',
        ),
        'wasm stack trace:',
        '\tgithub.label_resource(i32,i32,i32,i32) i32',
        gwOld(
          'DEBUG',
          'proxy:handler',
          "[DIFC] Phase 1 failed: resource labeling failed: WASM guard 'github' is unavailable after a previous trap: WASM function call failed: wasm error: unreachable",
        ),
        gwOld(
          'DEBUG',
          'proxy:handler',
          'unknown REST endpoint /repos/github/gh-aw/actions/caches, blocking request',
        ),
      ),
      'proxy',
    );
    expect(events.map((e) => [e.type, e.loc.line])).toEqual([
      ['GatewayError', 1],
      ['LabelingFailure', 2],
      ['ToolCallError', 2],
      ['LabelingFailure', 5],
      ['ToolCallError', 5],
    ]);
    expect(ofType(events, 'GatewayError')[0].template).toBe('Proxy enforcement not configured');
    const [first, after] = ofType(events, 'LabelingFailure');
    expect(first).toMatchObject({
      kind: 'guard',
      source: 'proxy',
      afterTrap: false,
      guard: 'github',
      wasm: { cause: 'unreachable', module: 'github' },
    });
    expect(after).toMatchObject({ kind: 'guard', source: 'proxy', afterTrap: true, guard: 'github' });
    expect(ofType(events, 'ToolCallError').map((e) => [e.source, e.afterTrapGuard])).toEqual([
      ['proxy', null],
      ['proxy', 'github'],
    ]);
  });

  it('does not take the bare Phase 1 form for a failure in the gateway log (its WARN record is the failure)', async () => {
    const events = await gatewayEvents(
      lines(gwOld('DEBUG', 'guard:pipeline', '[DIFC] Phase 1 failed: resource labeling failed: boom')),
      'gateway',
    );
    expect(events).toEqual([]);
  });

  it('reads Phase 4 failures as potential fail-open only in the proxy', async () => {
    const text = lines(
      gw(
        'DEBUG',
        'proxy:handler',
        '[DIFC] Phase 4 failed: response labeling failed: WASM function call failed: wasm error: unreachable',
      ),
      'wasm stack trace:',
      '\tgithub.label_response(i32,i32,i32,i32) i32',
      gw(
        'DEBUG',
        'guard:pipeline',
        '[DIFC] Phase 4 failed: response labeling failed: failed to unmarshal label_response WASM response: unexpected end of JSON input',
      ),
    );
    const proxy = await gatewayEvents(text, 'proxy');
    expect(proxy).toEqual([
      expect.objectContaining({
        type: 'ProxyPhase4Failed',
        message: 'response labeling failed: WASM function call failed: wasm error: unreachable',
        wasm: { cause: 'unreachable', module: 'github' },
        loc: expect.objectContaining({ file: 'mcp-logs/proxy.log', line: 1 }),
      }),
      expect.objectContaining({
        type: 'ProxyPhase4Failed',
        wasm: null,
        loc: expect.objectContaining({ line: 4 }),
      }),
    ]);
    expect(await gatewayEvents(text, 'gateway')).toEqual([]);
  });

  it('reads unrecognised endpoints, filter counts, strict blocks and upstream rate limits', async () => {
    const events = await gatewayEvents(
      lines(
        gw('INFO', 'proxy', 'MCPG Proxy starting: listen=0.0.0.0:8443, guard=github, mode=filter, tls=true'),
        gw(
          'WARN',
          'proxy',
          '[UNRECOGNIZED-ENDPOINT] {"timestamp":"2026-07-19T13:58:40.221Z","event":"unrecognized_endpoint_passthrough","_schema":"difc-event/v1","method":"GET","path":"/repos/github/gh-aw/actions/caches","action":"passthrough_with_empty_labels","note":"Endpoint not in route table or metadata allowlist -- forwarded with no integrity and no secrecy labels"}',
        ),
        gw(
          'DEBUG',
          'proxy:handler',
          'unrecognized REST endpoint /repos/github/gh-aw/actions/caches, forwarding with empty labels',
        ),
        gw('INFO', 'proxy', 'DIFC filtered 3/10 items for GET /repos/github/gh-aw/issues (tool=list_issues)'),
        gw('DEBUG', 'proxy:handler', '[DIFC] STRICT: blocking response — 4 filtered items'),
        gw(
          'ERROR',
          'client',
          'upstream rate limit hit: status=429 X-Ratelimit-Remaining=0 X-Ratelimit-Reset=1784466000 retry-after=60s',
        ),
      ),
      'proxy',
    );
    expect(events).toEqual([
      expect.objectContaining({
        type: 'UnrecognizedEndpoint',
        method: 'GET',
        path: '/repos/github/gh-aw/actions/caches',
        source: 'proxy',
      }),
      expect.objectContaining({
        type: 'FilterCount',
        tool: 'list_issues',
        filtered: 3,
        total: 10,
        source: 'proxy',
      }),
      expect.objectContaining({ type: 'StrictBlock', filtered: 4, total: null }),
      expect.objectContaining({ type: 'RateLimit', kind: 'upstream', server: null }),
    ]);
  });
});

describe('⟨serverID⟩.log (§3.3)', () => {
  it('takes the server from the file, since its lines carry no server prefix', async () => {
    const events = await gatewayEvents(
      lines(
        gw(
          'INFO',
          'difc',
          'Guard policy: {"allow-only":{"min-integrity":"approved","repos":["github/gh-aw"]}}',
        ),
        gw('INFO', 'difc', 'Loaded discovered WASM guard from file: 00-github-guard.wasm'),
        gw('INFO', 'difc', "Registered guard 'github'"),
        gw('WARN', 'difc', 'Guard labeling failed: resource labeling failed: boom'),
        gw(
          'INFO',
          'difc',
          '[DIFC-FILTERED] {"server_id":"github","tool_name":"list_issues","description":"issue:github/gh-aw#4211","reason":"r","secrecy_tags":[],"integrity_tags":["none:github/gh-aw"]}',
        ),
        '[2026-02-13T12:37:10Z] [INFO] [backend] [stderr] GitHub MCP Server running on stdio',
        '[2026-02-13T12:37:10Z] [INFO] [backend] [stderr] time=2026-02-13T12:37:10.857Z level=ERROR msg="WASM guard trap: guard=github, func=label_response, error=wasm error: unreachable"',
      ),
      'server',
      'github',
      'agent/mcp-logs/github.log',
    );
    expect(types(events)).toEqual([
      'GuardsCapable',
      'GuardPolicy',
      'GuardsCapable',
      'GuardRegistered',
      'LabelingFailure',
      'DifcFiltered',
    ]);
    expect(ofType(events, 'GuardPolicy')[0]).toMatchObject({ server: 'github', repos: ['github/gh-aw'] });
    expect(ofType(events, 'GuardRegistered')[0]).toMatchObject({
      server: 'github',
      guard: 'github',
      legacy: false,
    });
    expect(ofType(events, 'LabelingFailure')[0]).toMatchObject({ server: 'github', guard: 'github' });
    expect(ofType(events, 'DifcFiltered')[0]).toMatchObject({
      source: 'server',
      server: 'github',
      loc: { file: 'agent/mcp-logs/github.log', line: 5 },
    });
  });

  itReal('parses the real v0.1.4 github.log and safeoutputs.log with no signal', async () => {
    for (const name of ['github.log', 'safeoutputs.log']) {
      const events: GatewayEvent[] = [];
      const serverId = name.replace(/\.log$/, '');
      const stats = await parseGatewayLog(createReadStream(new URL(name, CORPUS_LOGS)), {
        file: `mcp-logs/${name}`,
        kind: 'server',
        serverId,
        emit: (e) => events.push(e),
      });
      expect(stats.lines).toBe(readFileSync(new URL(name, CORPUS_LOGS), 'utf8').split('\n').length - 1);
      expect(events).toEqual([]);
    }
  });
});

describeReal('real corpus mcp-gateway.log (gateway v0.1.4)', () => {
  it('yields exactly the version, the noop registrations, the tool calls and the /close rejection', async () => {
    const events: GatewayEvent[] = [];
    await parseGatewayLog(createReadStream(new URL('mcp-gateway.log', CORPUS_LOGS)), {
      file: 'mcp-logs/mcp-gateway.log',
      kind: 'gateway',
      emit: (e) => events.push(e),
    });
    expect(ofType(events, 'GatewayVersion')).toMatchObject([{ version: 'v0.1.4', loc: { line: 1 } }]);
    expect(ofType(events, 'GuardRegistered').map((e) => [e.server, e.guard, e.legacy])).toEqual([
      ['github', 'noop', true],
      ['safeoutputs', 'noop', true],
    ]);
    expect(ofType(events, 'ToolCallRequest').map((e) => e.tool)).toEqual([
      'get_me',
      'list_starred_repositories',
      'missing_tool',
    ]);
    expect(ofType(events, 'ToolCallResponse').map((e) => e.tool)).toEqual([
      'get_me',
      'list_starred_repositories',
      'missing_tool',
    ]);
    expect(ofType(events, 'BackendToolCall').map((e) => e.server)).toEqual([
      'github',
      'github',
      'safeoutputs',
    ]);
    expect(ofType(events, 'AuthRejected')).toMatchObject([
      { path: '/close', shutdownNoise: true, reason: 'invalid API key', loc: { line: 618 } },
    ]);
    for (const t of [
      'WasmTrap',
      'LabelingFailure',
      'GatewayError',
      'ToolCallError',
      'ProxyPhase4Failed',
      'DifcFiltered',
      'EnforcementDisabled',
    ] as const) {
      expect(ofType(events, t)).toEqual([]);
    }
  });
});

describe('guard enrichment lookups through call_backend (§7.1, seen on v0.4.10)', () => {
  // As the real gateway writes a failed `get_collaborator_permission` lookup of the real GitHub guard (no token).
  const permissionLookup = (user: string) => [
    gw(
      'DEBUG',
      'guard:wasm',
      `[guard:github] DEBUG: get_collaborator_permission: fetching permission for octo-org/app user ${user}`,
    ),
    gw('DEBUG', 'guard:wasm', '[guard:github] INFO: >>> call_backend: tool=get_collaborator_permission'),
    gw(
      'DEBUG',
      'guard:wasm',
      `[guard:github] DEBUG:     args={"owner":"octo-org","repo":"app","username":"${user}"}`,
    ),
    gw('DEBUG', 'guard:wasm', 'WASM guard calling backend: tool=get_collaborator_permission'),
    gw('DEBUG', 'envutil:github', 'GitHub token not found in any candidate env var'),
    gw(
      'DEBUG',
      'server:unified',
      `get_collaborator_permission: no GitHub token available for octo-org/app user ${user}, skipping`,
    ),
    gw('DEBUG', 'guard:wasm', 'Backend call failed: get_collaborator_permission: no GitHub token available'),
    gw('DEBUG', 'guard:wasm', '[guard:github] ERROR: <<< call_backend FAILED with code -1'),
    gw('ERROR', 'guard', '[github] <<< call_backend FAILED with code -1'),
    gw(
      'DEBUG',
      'guard:wasm',
      '[guard:github] WARN: Backend call get_collaborator_permission failed with code -1',
    ),
    gw('WARN', 'guard', '[github] Backend call get_collaborator_permission failed with code -1'),
  ];

  it('reads each failed lookup once, with its tool and the reason the gateway gives', async () => {
    const events = await gatewayEvents(lines(...permissionLookup('user2'), ...permissionLookup('user3')));
    expect(signals(events)).toEqual([
      {
        type: 'GuardLookupFailed',
        guard: 'github',
        tool: 'get_collaborator_permission',
        code: -1,
        reason: 'no GitHub token available',
        loc: expect.objectContaining({ line: 9 }),
      },
      expect.objectContaining({
        type: 'GuardLookupFailed',
        reason: 'no GitHub token available',
        loc: expect.objectContaining({ line: 20 }),
      }),
    ]);
  });

  it('takes the backend error of a forwarded visibility lookup as the reason; a successful lookup leaves nothing behind', async () => {
    const events = await gatewayEvents(
      lines(
        gw('DEBUG', 'guard:wasm', '[guard:github] INFO: >>> call_backend: tool=search_repositories'),
        gw('DEBUG', 'guard:wasm', '[guard:github] INFO: <<< call_backend returned 196 bytes'),
        gw('DEBUG', 'guard:wasm', '[guard:github] INFO: >>> call_backend: tool=search_repositories'),
        gw(
          'DEBUG',
          'guard:wasm',
          'Backend call failed: calling "tools/call": API rate limit exceeded for user',
        ),
        gw('ERROR', 'guard', '[github] <<< call_backend FAILED with code -1'),
        gw('DEBUG', 'guard:wasm', '[guard:github] INFO: >>> call_backend: tool=search_repositories'),
        gw('DEBUG', 'guard:wasm', '[guard:github] INFO: <<< call_backend returned 196 bytes'),
        // without the debug records (DEBUG off): the guard's own WARN after the failure names the tool
        gw('ERROR', 'guard', '[github] <<< call_backend FAILED with code -1'),
        gw('WARN', 'guard', '[github] Backend call get_collaborator_permission failed with code -1'),
      ),
    );
    expect(ofType(events, 'GuardLookupFailed').map((e) => [e.tool, e.reason, e.loc.line])).toEqual([
      ['search_repositories', 'calling "tools/call": API rate limit exceeded for user', 5],
      ['get_collaborator_permission', null, 8],
    ]);
  });

  it('the same text in payloads, guard input previews, backend stderr and debug copies is data', async () => {
    const events = await gatewayEvents(
      lines(
        gw('DEBUG', 'guard:wasm', '[guard:github] INFO: >>> call_backend: tool=get_collaborator_permission'),
        gw(
          'DEBUG',
          'guard:wasm',
          '[guard:github] INFO:     input_preview={"tool_result":{"content":[{"text":"[ERROR] [guard] [github] <<< call_backend FAILED with code -1"}]}}',
        ),
        gw('DEBUG', 'guard:wasm', '[guard:github] ERROR: <<< call_backend FAILED with code -1'),
        gw(
          'INFO',
          'client',
          'MCP tool call response, session=test-key, tool=get_issue, result={"content":[{"type":"text","text":"<<< call_backend FAILED with code -1"}]}',
        ),
        gw(
          'INFO',
          'backend',
          '[github] [stderr] [ERROR] [guard] [github] <<< call_backend FAILED with code -1',
        ),
        gw('ERROR', 'guard', '[github] <<< call_backend FAILED with code -1 (not the gateway line)'),
        gw(
          'ERROR',
          'client',
          'MCP tool call error, session=test-key, tool=x, error=<<< call_backend FAILED with code -1',
        ),
      ),
    );
    expect(ofType(events, 'GuardLookupFailed')).toEqual([]);
  });
});

describe('a backend that exited mid-session (seen on v0.4.10)', () => {
  const EOF_ERR = 'connection closed: calling "tools/call": client is closing: EOF';

  it('reads the failed backend call of the RPC debug line, with its server, and the client error', async () => {
    const events = await gatewayEvents(
      lines(
        gw('INFO', 'backend', '[github] [stderr] fake backend exiting after 2 calls'),
        gw(
          'DEBUG',
          'rpc',
          'github→tools/call 115b {"jsonrpc":"2.0","method":"tools/call","params":{"arguments":{"owner":"octo-org","repo":"app"},"name":"get_issue"}}',
        ),
        gw(
          'DEBUG',
          'mcp:connection_logging',
          'Inbound RPC response: serverID=github, payloadBytes=0, hasError=true',
        ),
        gw('DEBUG', 'rpc', `github←resp 0b err:${EOF_ERR}`),
        gw('ERROR', 'client', `MCP tool call error, session=test-key, tool=get_issue, error=${EOF_ERR}`),
        gw(
          'DEBUG',
          'payload',
          `Tool call failed, skipping payload storage: tool=github___get_issue, queryID=[REDACTED], error=${EOF_ERR}`,
        ),
      ),
    );
    expect(signals(events)).toEqual([
      {
        type: 'BackendCallFailed',
        server: 'github',
        error: EOF_ERR,
        source: 'rpc-text',
        loc: expect.objectContaining({ line: 4 }),
      },
      expect.objectContaining({
        type: 'ToolCallError',
        tool: 'get_issue',
        error: EOF_ERR,
        source: 'gateway',
      }),
    ]);
    expect(ofType(events, 'BackendToolCall')).toHaveLength(1);
  });

  it('a successful response, or the text inside one, in backend stderr or in a payload, is no failure', async () => {
    const events = await gatewayEvents(
      lines(
        gw(
          'DEBUG',
          'rpc',
          `github←resp 120b {"jsonrpc":"2.0","id":3,"result":{"content":[{"type":"text","text":"github←resp 0b err:${EOF_ERR.replace(/"/g, '\\"')}"}]}}`,
        ),
        gw('INFO', 'backend', `[github] [stderr] [DEBUG] [rpc] github←resp 0b err:${EOF_ERR}`),
        gw(
          'DEBUG',
          'rpc',
          `safeoutputs→tools/call 40b {"params":{"name":"x","arguments":{"t":"github←resp 0b err:boom"}}}`,
        ),
        gw('DEBUG', 'sdk', `github←resp 0b err:${EOF_ERR}`),
      ),
    );
    expect(ofType(events, 'BackendCallFailed')).toEqual([]);
  });
});
