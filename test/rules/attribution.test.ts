// Fail-safe attribution (FORMATS.md §7.4): which server a tool call went to, from every source the logs give; calls
// whose server cannot be known are counted for every server they could have reached (any but safe-outputs) and the
// finding says `details.attribution: "inferred"`. A guard bypass or an unguarded GitHub server never vanishes for want
// of attribution evidence, and evidence that ties the calls to other servers keeps the GitHub server quiet.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { RunView } from '../../src/rules/view.js';
import { analyzeFiles, findingsOf, gw, lines, P } from '../support/harness.js';

const VERSION = gw('INFO', 'startup', 'MCPG Gateway version: v0.4.10');

/** GitHub server with a policy whose guard failed to load: every call to it is a bypass (guard-bypass). */
const NOOP_WITH_POLICY = [
  VERSION,
  gw(
    'INFO',
    'difc',
    '[github] Guard policy: {"allow-only":{"min-integrity":"approved","repos":["octo-org/app"]}}',
  ),
  gw(
    'WARN',
    'difc',
    '[github] Failed to load discovered WASM guard from /guards/github/00-github-guard.wasm: failed to instantiate WASM module: invalid magic number',
  ),
  gw('INFO', 'difc', "[github] Registered guard 'noop'"),
  gw('INFO', 'startup', 'Guards enforcement enabled with mode: '),
];
const BYPASS_REASON = 'failed to load WASM guard: failed to instantiate WASM module: invalid magic number';

/** Enforcement disabled on a guard-capable gateway, and no line that names a server. */
const DISABLED = [
  VERSION,
  gw(
    'INFO',
    'startup',
    'Guards enforcement disabled (sessions auto-created for standard MCP client compatibility)',
  ),
];

/** The agent's request line (always written; names no server). Session ids print redacted since 2026-08-06. */
const request = (tool: string) =>
  gw(
    'INFO',
    'client',
    `MCP tool call request, session=[REDACTED], tool=${tool}, args={}`,
    '2026-08-20T09:14:22.100Z',
  );

const routed = (server: string, id: number) =>
  gw(
    'DEBUG',
    'sdk-frontend',
    `JSON-RPC request parsed: mode=routed:${server}, method=tools/call, id=${id}, session=[REDACTED]`,
  );

const marshaled = (prefixed: string) =>
  gw(
    'INFO',
    'payload',
    `Response data marshaled to JSON: tool=${prefixed}, queryID=[REDACTED], size=79 bytes (0.08 KB, 0.00 MB), threshold=10240 bytes`,
  );

function rpcRequest(server: string, tool: string): string {
  return JSON.stringify({
    timestamp: '2026-08-20T09:14:22.101Z',
    event: 'rpc_request',
    _schema: 'rpc-message/v2',
    direction: 'OUT',
    server_id: server,
    method: 'tools/call',
    payload: { jsonrpc: '2.0', method: 'tools/call', params: { arguments: {}, name: tool } },
  });
}

const mdRpc = (server: string, tool: string) => [
  `- 🔍 rpc **${server}**→\`tools/call\` \`${tool}\``,
  '  ',
  '  ```json',
  `  {"params":{"arguments":{},"name":"${tool}"}}`,
  '  ```',
];
const md = (...bullets: string[]) => lines('<details>', '<summary>MCP Gateway</summary>', '', ...bullets);

describe('attribution: a guard bypass is counted from every source that names the server', () => {
  it('counts calls from the gateway.md RPC bullets when there is no JSONL and no [rpc] line', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...NOOP_WITH_POLICY, request('list_issues'), request('create_issue')),
      [P.md]: md(...mdRpc('github', 'list_issues'), ...mdRpc('safeoutputs', 'create_issue')),
    });
    const f = findingsOf(a, 'guard-bypass');
    expect(f).toHaveLength(1);
    expect(f[0].count).toBe(1);
    expect(f[0].details).toEqual({ server: 'github', reason: BYPASS_REASON, toolCalls: 1 });
    expect(f[0].evidence.map((e) => e.file)).toContain(P.md);
  });

  it('counts routed-mode requests (`mode=routed:⟨server⟩`), less those the route did not know', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...NOOP_WITH_POLICY,
        routed('github', 2),
        request('list_issues'),
        routed('github', 3),
        request('get_issue'),
        routed('github', 4),
        gw(
          'WARN',
          'client',
          'Tool not found: mode=routed:github, method=tools/call, session=[REDACTED], code=-32602, message="unknown tool \\"nope\\""',
        ),
        routed('safeoutputs', 5),
        request('create_issue'),
      ),
    });
    const f = findingsOf(a, 'guard-bypass');
    expect(f).toHaveLength(1);
    expect(f[0].details).toEqual({ server: 'github', reason: BYPASS_REASON, toolCalls: 2 });
  });

  it('maps requests through the payload lines that name the tool as ⟨server⟩___⟨tool⟩', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...NOOP_WITH_POLICY,
        request('list_issues'),
        marshaled('github___list_issues'),
        request('list_issues'),
        request('create_issue'),
        marshaled('safeoutputs___create_issue'),
      ),
    });
    const f = findingsOf(a, 'guard-bypass');
    expect(f).toHaveLength(1);
    expect(f[0].details).toEqual({ server: 'github', reason: BYPASS_REASON, toolCalls: 2 });
  });

  it('maps requests through the debug lines that pair serverID and toolName', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...NOOP_WITH_POLICY,
        request('get_issue'),
        gw('DEBUG', 'server:unified', 'callBackendTool: serverID=github, toolName=get_issue, args=map[]'),
        request('create_issue'),
        gw('DEBUG', 'server:unified', 'executeBackendToolCall: serverID=safeoutputs, toolName=create_issue'),
      ),
    });
    const f = findingsOf(a, 'guard-bypass');
    expect(f).toHaveLength(1);
    expect(f[0].details).toEqual({ server: 'github', reason: BYPASS_REASON, toolCalls: 1 });
  });

  it('maps requests through the debug payload lines and the DIFC metadata lookups', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...NOOP_WITH_POLICY,
        request('get_issue'),
        gw('DEBUG', 'payload', 'Middleware processing tool call: tool=github___get_issue, queryID=q1'),
        request('list_issues'),
        gw('DEBUG', 'payload', 'Processing tool call: tool=github___list_issues'),
        request('get_me'),
        gw('DEBUG', 'server:unified', '[DIFC] Guard calling backend github tool get_me for metadata'),
        request('create_issue'),
        gw('DEBUG', 'server:unified', 'executeBackendToolCall: serverID=safeoutputs, toolName=create_issue'),
      ),
    });
    const f = findingsOf(a, 'guard-bypass');
    expect(f).toHaveLength(1);
    expect(f[0].details).toEqual({ server: 'github', reason: BYPASS_REASON, toolCalls: 3 });
  });

  it('takes the server from a `⟨server⟩___` prefix on the requested tool name', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...NOOP_WITH_POLICY, request('github___list_issues'), request('safeoutputs___noop')),
    });
    const f = findingsOf(a, 'guard-bypass');
    expect(f).toHaveLength(1);
    expect(f[0].details).toEqual({ server: 'github', reason: BYPASS_REASON, toolCalls: 1 });
  });
});

describe('attribution: calls of unknown server are counted for every server they could have reached', () => {
  it('keeps a guard bypass when nothing ties the calls to a server, marked inferred with the reason', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...NOOP_WITH_POLICY, request('list_issues'), request('get_issue'), request('noop')),
    });
    const f = findingsOf(a, 'guard-bypass');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('critical');
    expect(f[0].count).toBe(2); // `noop` is a safe-outputs tool
    expect(f[0].details).toMatchObject({
      server: 'github',
      reason: BYPASS_REASON,
      toolCalls: 2,
      attribution: 'inferred',
      inferredToolCalls: 2,
    });
    expect(f[0].details.attributionNote).toMatch(/no JSONL server_id, \[rpc\] or routed-mode line/);
    expect(f[0].details.attributionNote).toMatch(/every server it could have reached but safe-outputs/);
    expect(f[0].title).toContain('inferred');
    expect(f[0].recommendation).toMatch(/inferred, not logged/);
    expect(a.facts.status).toBe('critical');

    // The report says why, in the finding the reader sees.
    const report = buildReport([a.facts], a.findings, { target: null, window: { from: null, to: null } });
    const body = renderMarkdown(report, { includeState: false });
    expect(body).toContain('server of the calls inferred');
    expect(body).toContain('The server of 2 calls was inferred');
    expect(body).toContain('every server it could have reached but safe-outputs');
  });

  it('counts both the attributed and the unknown calls, and says that some were inferred', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...NOOP_WITH_POLICY,
        request('list_issues'),
        marshaled('github___list_issues'),
        request('get_me'),
      ),
    });
    const f = findingsOf(a, 'guard-bypass');
    expect(f).toHaveLength(1);
    expect(f[0].count).toBe(2);
    expect(f[0].details).toMatchObject({ toolCalls: 2, attribution: 'inferred', inferredToolCalls: 1 });
    expect(f[0].title).toContain('server of some calls inferred');
  });

  it('counts a name that tools.json lists for two servers for the one that is not safe-outputs', async () => {
    const tools = JSON.stringify({
      servers: {
        safeoutputs: [{ name: 'create_issue' }],
        github: [{ name: 'create_issue' }, { name: 'get_me' }],
      },
    });
    const a = await analyzeFiles({
      [P.gateway]: lines(...NOOP_WITH_POLICY, request('create_issue')),
      [P.tools]: tools,
    });
    const f = findingsOf(a, 'guard-bypass');
    expect(f).toHaveLength(1);
    expect(f[0].details).toMatchObject({ server: 'github', toolCalls: 1, attribution: 'inferred' });
  });

  it('counts a JSONL call logged with server_id "unknown" as inferred', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...NOOP_WITH_POLICY),
      [P.jsonl]: lines(rpcRequest('unknown', 'list_issues')),
    });
    const f = findingsOf(a, 'guard-bypass');
    expect(f).toHaveLength(1);
    expect(f[0].details).toMatchObject({ toolCalls: 1, attribution: 'inferred' });
    expect(f[0].details.attributionNote).toMatch(/with server unknown/);
  });
});

describe('attribution: an unguarded GitHub server is found from the lines that say which servers exist', () => {
  const calls = [request('list_issues'), request('get_file_contents')];
  const cases: [string, Record<string, string>][] = [
    [
      'the startup server list',
      {
        [P.gateway]: lines(
          ...DISABLED,
          gw('INFO', 'startup', 'Loaded 2 MCP server(s): [github safeoutputs]'),
          ...calls,
        ),
      },
    ],
    [
      'the routes line',
      {
        [P.gateway]: lines(
          ...DISABLED,
          gw('INFO', 'startup', 'Routes: /mcp/<server> where <server> is one of: [github safeoutputs]'),
          ...calls,
        ),
      },
    ],
    [
      'a client connection to a route',
      {
        [P.gateway]: lines(
          ...DISABLED,
          gw(
            'INFO',
            'client',
            'New MCP client connection, remote=172.30.0.20:38404, method=POST, path=/mcp/github, backend=github, session=[REDACTED]',
          ),
          ...calls,
        ),
      },
    ],
    [
      'an authenticated request on a route (v0.1.x wording)',
      {
        [P.gateway]: lines(
          ...DISABLED,
          gw('INFO', 'auth', 'Authentication successful, remote=172.30.0.20:60350, path=/mcp/github'),
          ...calls,
        ),
      },
    ],
    [
      'the `[⟨serverID⟩]` prefix of a per-server line',
      {
        [P.gateway]: lines(
          ...DISABLED,
          gw('INFO', 'backend', '[github] Successfully registered tools from github (took 270.053038ms)'),
          ...calls,
        ),
      },
    ],
    [
      'a per-server log file',
      {
        [P.gateway]: lines(...DISABLED, ...calls),
        'agent/mcp-logs/github.log': lines(
          gw('INFO', 'backend', 'Successfully registered tools from github'),
        ),
      },
    ],
    [
      'the gateway.md routes bullet',
      {
        [P.gateway]: lines(...DISABLED, ...calls),
        [P.md]: md('- ✓ **startup** Routes: /mcp/<server> where <server> is one of: [github safeoutputs]'),
      },
    ],
    [
      'the stderr config line',
      {
        [P.gateway]: lines(...DISABLED, ...calls),
        [P.stderr]: lines(
          '2026/08/20 09:14:20 [CONFIG] Configured HTTP MCP server: github -> http://github-mcp:8080/mcp',
        ),
      },
    ],
    [
      'tools.json, which lists the server with no tools (registration pending)',
      {
        [P.gateway]: lines(...DISABLED, ...calls),
        [P.tools]: JSON.stringify({ servers: { github: [], safeoutputs: [{ name: 'create_issue' }] } }),
      },
    ],
  ];
  for (const [name, files] of cases) {
    it(`names the server from ${name}`, async () => {
      const f = findingsOf(await analyzeFiles(files), 'difc-not-enforced');
      expect(f).toHaveLength(1);
      expect(f[0].severity).toBe('warning');
      expect(f[0].details).toMatchObject({
        server: 'github',
        reason: 'guards enforcement disabled',
        toolCalls: 2,
        attribution: 'inferred',
        inferredToolCalls: 2,
      });
    });
  }

  it('reports calls to a server the logs never name when enforcement was disabled', async () => {
    const f = findingsOf(
      await analyzeFiles({ [P.gateway]: lines(...DISABLED, ...calls) }),
      'difc-not-enforced',
    );
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].title).toContain('A server the logs do not name');
    expect(f[0].details).toMatchObject({ server: 'unknown', toolCalls: 2, attribution: 'inferred' });
  });
});

describe('attribution: no inferred finding when evidence ties the calls to other servers', () => {
  it('JSONL attributes every call to safe-outputs: no bypass for the GitHub server', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...NOOP_WITH_POLICY, request('create_issue'), request('add_comment')),
      [P.jsonl]: lines(rpcRequest('safeoutputs', 'create_issue'), rpcRequest('safeoutputs', 'add_comment')),
    });
    expect(findingsOf(a, 'guard-bypass')).toEqual([]);
  });

  it('routed-mode lines attribute every call to safe-outputs', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...NOOP_WITH_POLICY, routed('safeoutputs', 2), request('add_comment')),
    });
    expect(findingsOf(a, 'guard-bypass')).toEqual([]);
  });

  it('payload lines attribute the tool to safe-outputs', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...NOOP_WITH_POLICY, request('add_comment'), marshaled('safeoutputs___add_comment')),
    });
    expect(findingsOf(a, 'guard-bypass')).toEqual([]);
  });

  it('only safe-outputs tools were called', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...NOOP_WITH_POLICY, request('noop'), request('missing_tool')),
    });
    expect(findingsOf(a, 'guard-bypass')).toEqual([]);
  });

  it('tools.json lists every named server and none has the tool: the call reached no audited server', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...DISABLED,
        gw('INFO', 'startup', 'Loaded 2 MCP server(s): [github safeoutputs]'),
        request('create_issue'),
        request('not_a_tool'),
      ),
      [P.tools]: JSON.stringify({
        servers: { github: [{ name: 'list_issues' }], safeoutputs: [{ name: 'create_issue' }] },
      }),
    });
    expect(findingsOf(a, 'difc-not-enforced')).toEqual([]);
  });

  it('text inside tool results and backend stderr names no server and routes no call', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...DISABLED,
        gw('INFO', 'startup', 'Loaded 1 MCP server(s): [safeoutputs]'),
        gw('INFO', 'backend', '[safeoutputs] [stderr] Loaded 2 MCP server(s): [github safeoutputs]'),
        request('create_issue'),
        gw(
          'INFO',
          'client',
          'MCP tool call response, session=[REDACTED], tool=create_issue, result={"content":[{"type":"text","text":"JSON-RPC request parsed: mode=routed:github, method=tools/call, id=1"}]}',
        ),
        'New MCP client connection, remote=x, method=POST, path=/mcp/github, backend=github, session=y',
      ),
    });
    expect(findingsOf(a, 'difc-not-enforced')).toEqual([]);
  });
});

describe('attribution: lines that name a tool with its server', () => {
  it('learns tool → server from `[DIFC-FILTERED]` items and `tools/call denied` lines', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        gw(
          'INFO',
          'difc',
          '[github-enterprise] [DIFC-FILTERED] {"server_id":"github-enterprise","tool_name":"list_issues","description":"issue:octo-org/app#1","reason":"r","secrecy_tags":[],"integrity_tags":["none:octo-org/app"]}',
        ),
        gw('WARN', 'client', 'tools/call denied: tool="delete_file" not in allowed-tools for server=github'),
      ),
    });
    const view = new RunView(a.evidence);
    expect(view.serverOfTool('list_issues')).toBe('github-enterprise');
    expect(view.serverOfTool('delete_file')).toBe('github');
    expect(view.serverOfTool('get_me')).toBeNull();
  });

  it('takes tools.json as the list of servers a call could reach: an unlisted tool is counted for none', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...DISABLED, request('not_a_tool')),
      [P.tools]: JSON.stringify({
        servers: { github: [{ name: 'list_issues' }], safeoutputs: [{ name: 'create_issue' }] },
      }),
    });
    expect(findingsOf(a, 'difc-not-enforced')).toEqual([]);
  });
});

describe('attribution: feature-flag alias names (§8.5)', () => {
  it('maps an alias to the server of its canonical tool', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...NOOP_WITH_POLICY,
        request('list_issues_ff_fields_param'),
        request('create_issue'),
      ),
      [P.tools]: JSON.stringify({
        servers: { github: [{ name: 'list_issues' }], safeoutputs: [{ name: 'create_issue' }] },
      }),
    });
    const f = findingsOf(a, 'guard-bypass');
    expect(f).toHaveLength(1);
    expect(f[0].details).toEqual({ server: 'github', reason: BYPASS_REASON, toolCalls: 1 });
  });
});
