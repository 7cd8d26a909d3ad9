// Which files feed attribution (FORMATS.md §7.4): each fact from one source, and the fallbacks when
// `mcp-gateway.log` is missing (per-server logs, the stderr copy, gateway.md).
import { describe, expect, it } from 'vitest';
import { analyzeFiles, evidenceOf, findingsOf, gw, lines, P } from '../support/harness.js';
import { ofType, gatewayEvents } from '../parsers/helpers.js';

const POLICY_JSON = '{"allow-only":{"min-integrity":"approved","repos":["octo-org/app"]}}';
const rpcLine = (server: string, tool: string) =>
  gw(
    'DEBUG',
    'rpc',
    `${server}→tools/call 80b {"jsonrpc":"2.0","method":"tools/call","params":{"arguments":{},"name":"${tool}"}}`,
  );
const mdRpc = (server: string, tool: string) => [
  `- 🔍 rpc **${server}**→\`tools/call\` \`${tool}\``,
  '  ',
  '  ```json',
  `  {"params":{"arguments":{},"name":"${tool}"}}`,
  '  ```',
];
const md = (...bullets: string[]) => lines('<details>', '<summary>MCP Gateway</summary>', '', ...bullets);

describe('attribution sources in collect', () => {
  it('counts gateway.md RPC bullets only when no other file logs the backend calls', async () => {
    const ev = await evidenceOf({
      [P.gateway]: lines(rpcLine('github', 'list_issues')),
      [P.md]: md(...mdRpc('github', 'list_issues'), ...mdRpc('github', 'get_issue')),
    });
    expect(ofType(ev.events, 'BackendToolCall').map((e) => e.source)).toEqual(['rpc-text']);
  });

  it('reads the per-server logs and gateway.md when mcp-gateway.log is missing', async () => {
    const a = await analyzeFiles({
      'agent/mcp-logs/github.log': lines(
        gw('INFO', 'difc', `Guard policy: ${POLICY_JSON}`),
        gw('INFO', 'difc', "Registered guard 'noop'"),
      ),
      'agent/mcp-logs/safeoutputs.log': lines(gw('INFO', 'difc', "Registered guard 'noop'")),
      [P.md]: md(
        '- ✓ **startup** MCPG Gateway version: v0.4.10',
        ...mdRpc('github', 'list_issues'),
        ...mdRpc('github', 'get_issue'),
        ...mdRpc('safeoutputs', 'create_issue'),
      ),
    });
    const f = findingsOf(a, 'guard-bypass');
    expect(f).toHaveLength(1);
    expect(f[0].details).toEqual({ server: 'github', reason: "registered guard 'noop'", toolCalls: 2 });
  });

  it('reads routed-mode lines from stderr.log when the gateway logged there, and not twice', async () => {
    const gatewayLines = [
      gw('INFO', 'startup', 'MCPG Gateway version: v0.4.10'),
      gw('INFO', 'difc', `[github] Guard policy: ${POLICY_JSON}`),
      gw('INFO', 'difc', "[github] Registered guard 'noop'"),
      gw(
        'DEBUG',
        'sdk-frontend',
        'JSON-RPC request parsed: mode=routed:github, method=tools/call, id=2, session=[REDACTED]',
      ),
      gw('INFO', 'client', 'MCP tool call request, session=[REDACTED], tool=list_issues, args={}'),
    ];
    const fallback = await analyzeFiles({
      [P.stderr]: lines(
        'WARNING: Failed to initialize log file: open /tmp/gh-aw/mcp-logs/mcp-gateway.log: permission denied',
        'WARNING: Falling back to stderr for logging',
        ...gatewayLines,
      ),
    });
    expect(findingsOf(fallback, 'guard-bypass').map((f) => f.details.toolCalls)).toEqual([1]);
    expect(findingsOf(fallback, 'guard-bypass')[0].details.attribution).toBeUndefined();

    // With mcp-gateway.log present, the stderr copy is not counted again.
    const both = await evidenceOf({
      [P.gateway]: lines(...gatewayLines),
      [P.stderr]: lines(...gatewayLines),
    });
    expect(ofType(both.events, 'RoutedToolCall')).toHaveLength(1);
  });

  it('names every server of the startup list once, with the file that says so', async () => {
    const ev = await evidenceOf({
      [P.gateway]: lines(
        gw('INFO', 'startup', 'Loaded 3 MCP server(s): [github safeoutputs tavily]'),
        gw('INFO', 'startup', 'Loaded 3 MCP server(s): [github safeoutputs tavily]'),
      ),
      'agent/mcp-logs/tavily.log': lines(gw('INFO', 'backend', 'Successfully registered tools from tavily')),
    });
    expect(ofType(ev.events, 'ServerNamed').map((e) => [e.server, e.complete, e.source, e.loc.file])).toEqual(
      [
        ['github', true, 'startup', P.gateway],
        ['safeoutputs', true, 'startup', P.gateway],
        ['tavily', true, 'startup', P.gateway],
        ['tavily', false, 'server-log', 'agent/mcp-logs/tavily.log'],
      ],
    );
  });

  it('leaves the parsers’ own event streams unchanged: attribution facts go to the hint sink only', async () => {
    const text = lines(
      gw('INFO', 'startup', 'Loaded 2 MCP server(s): [github safeoutputs]'),
      gw(
        'DEBUG',
        'sdk-frontend',
        'JSON-RPC request parsed: mode=routed:github, method=tools/call, id=2, session=x',
      ),
      gw('INFO', 'payload', 'Response data marshaled to JSON: tool=github___get_me, queryID=q, size=1 bytes'),
    );
    expect(await gatewayEvents(text)).toEqual([]);
  });
});
