// guard-bypass: a server with a `Guard policy:` ends up unguarded (load failure, noop fallback, enforcement disabled)
// while tool calls still went through. A failed session initialisation fails closed and is not a bypass.
import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingsOf, gw, lines, P } from '../support/harness.js';

const RULE = 'guard-bypass';
const VERSION = gw('INFO', 'startup', 'MCPG Gateway version: v0.4.1');
const POLICY = gw(
  'INFO',
  'difc',
  '[github] Guard policy: {"allow-only":{"min-integrity":"approved","repos":["github/gh-aw"]}}',
);
const TOOLS = JSON.stringify(
  {
    servers: {
      github: [{ name: 'list_issues' }, { name: 'get_issue' }],
      safeoutputs: [{ name: 'create_issue' }],
    },
  },
  null,
  2,
);

function call(tool: string, ts = '2026-07-19T14:03:01.000Z'): string {
  return gw('INFO', 'client', `MCP tool call request, session=4f1c9a2e7b3d4c1e, tool=${tool}, args={}`, ts);
}

/** The agent's request and the gateway's RPC line to the backend (the call went through). */
function callThrough(tool: string, server = 'github'): string[] {
  const body = JSON.stringify({
    jsonrpc: '2.0',
    method: 'tools/call',
    params: { arguments: {}, name: tool },
  });
  return [call(tool), gw('DEBUG', 'rpc', `${server}→tools/call ${body.length}b ${body}`)];
}

function rpcRequest(server: string, tool: string): string {
  return JSON.stringify({
    timestamp: '2026-07-19T14:03:01.012Z',
    event: 'rpc_request',
    _schema: 'rpc-message/v2',
    direction: 'OUT',
    server_id: server,
    method: 'tools/call',
    payload: { jsonrpc: '2.0', method: 'tools/call', params: { arguments: {}, name: tool } },
  });
}

describe('guard-bypass', () => {
  it('fires when the WASM guard failed to load and the server fell back to noop, counting the calls that went through', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        VERSION,
        POLICY,
        gw(
          'WARN',
          'difc',
          '[github] Failed to load discovered WASM guard from /guards/github/00-github-guard.wasm: failed to instantiate WASM module: WASM module must export label_agent',
        ),
        gw('INFO', 'guard', "Registered guard 'noop' for server 'github'"),
        gw('INFO', 'difc', "[github] Registered guard 'noop'"),
        gw('INFO', 'startup', 'Guards enforcement enabled with mode: '),
        call('list_issues'),
        call('get_issue'),
        call('create_issue'),
      ),
      [P.tools]: TOOLS,
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('critical');
    expect(f[0].count).toBe(2); // create_issue went to safeoutputs
    expect(f[0].details).toEqual({
      server: 'github',
      reason:
        'failed to load WASM guard: failed to instantiate WASM module: WASM module must export label_agent',
      toolCalls: 2,
    });
    expect(f[0].evidence.map((e) => e.line)).toEqual([2, 3, 5, 7]);
    expect(a.facts.status).toBe('critical');
    expect(a.facts.difc.guarded).toBe(false);
    // with a policy it is guard-bypass only
    expect(findingsOf(a, 'difc-not-enforced')).toEqual([]);
  });

  it('fires on a noop fallback after `Failed to create guard` (calls counted from the JSONL)', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        VERSION,
        POLICY,
        gw(
          'WARN',
          'difc',
          "[github] Failed to create guard 'github': unknown guard type: github (falling back to noop)",
        ),
        gw('INFO', 'difc', "[github] Registered guard 'noop'"),
      ),
      [P.jsonl]: lines(
        rpcRequest('github', 'list_issues'),
        rpcRequest('github', 'search_issues'),
        rpcRequest('github', 'get_me'),
        rpcRequest('safeoutputs', 'create_issue'),
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].count).toBe(3);
    expect(f[0].details).toMatchObject({
      server: 'github',
      reason: "failed to create guard 'github', fell back to noop",
      toolCalls: 3,
    });
  });

  it("fires on a plain `Registered guard 'noop'` for a server with a policy", async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        VERSION,
        POLICY,
        gw('INFO', 'difc', "[github] Registered guard 'noop'"),
        ...callThrough('list_issues'),
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].details).toEqual({ server: 'github', reason: "registered guard 'noop'", toolCalls: 1 });
  });

  it('fires when guards enforcement was disabled although a policy was configured', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        VERSION,
        POLICY,
        gw('INFO', 'difc', '[github] Loaded discovered WASM guard from file: 00-github-guard.wasm'),
        gw('INFO', 'difc', "[github] Registered guard 'github'"),
        gw(
          'INFO',
          'startup',
          'Guards enforcement disabled (sessions auto-created for standard MCP client compatibility)',
        ),
        ...callThrough('list_issues'),
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].details).toEqual({ server: 'github', reason: 'guards enforcement disabled', toolCalls: 1 });
    expect(findingsOf(a, 'difc-not-enforced')).toEqual([]);
  });

  it('does not fire when no tool call went through', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(VERSION, POLICY, gw('INFO', 'difc', "[github] Registered guard 'noop'")),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
  });

  it('does not fire for a loaded guard, even when a legacy noop debug line appears later', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        VERSION,
        POLICY,
        gw('INFO', 'guard', "Registered guard 'github' for server 'github'"),
        gw('INFO', 'difc', "[github] Registered guard 'github'"),
        gw('DEBUG', 'guard:context', "[Guard] Registered guard 'noop' for server 'github'"),
        ...callThrough('list_issues'),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
    expect(a.facts.difc.guarded).toBe(true);
  });

  it('is not a bypass when session initialisation failed (fail-closed: labeling-failure)', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        VERSION,
        POLICY,
        gw('INFO', 'difc', '[github] Loaded discovered WASM guard from file: 00-github-guard.wasm'),
        gw('INFO', 'difc', "[github] Registered guard 'github'"),
        gw('INFO', 'startup', 'Guards enforcement enabled with mode: '),
        gw(
          'ERROR',
          'difc',
          '[github] label_agent failed: session=4f1c9a2e7b3d4c1e, guard=github, error=invalid guard policy transport shape: expected object',
        ),
        call('list_issues'),
        gw(
          'ERROR',
          'client',
          'MCP tool call error, session=4f1c9a2e7b3d4c1e, tool=list_issues, error=guard session initialization failed: invalid guard policy transport shape: expected object',
        ),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
    expect(findingsOf(a, 'labeling-failure')).toHaveLength(1);
    expect(findingsOf(a, 'labeling-failure')[0].details).toMatchObject({ kind: 'session', guard: 'github' });
  });

  it('stays quiet on bypass-looking words in payloads and backend stderr', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        VERSION,
        POLICY,
        gw('INFO', 'difc', "[github] Registered guard 'github'"),
        gw('INFO', 'backend', "[github] [stderr] Registered guard 'noop'"),
        gw(
          'INFO',
          'backend',
          '[github] [stderr] Guards enforcement disabled (sessions auto-created for standard MCP client compatibility)',
        ),
        gw(
          'DEBUG',
          'rpc',
          `github←resp 90b {"jsonrpc":"2.0","id":2,"result":{"content":[{"type":"text","text":"Failed to load discovered WASM guard from x: y"}]}}`,
        ),
        gw(
          'INFO',
          'client',
          `MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=get_issue, result={"content":[{"type":"text","text":"Registered guard 'noop'"}]}`,
        ),
        ...callThrough('get_issue'),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
    expect(findingsOf(a, 'difc-not-enforced')).toEqual([]);
  });
});
