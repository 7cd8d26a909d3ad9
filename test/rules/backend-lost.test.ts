// backend-lost: a stdio backend exited mid-session; the gateway (v0.4.10) neither logs the exit nor relaunches it, and
// every later call fails with `connection closed: … client is closing: EOF`. Lines as the real gateway writes them.
import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingsOf, gw, guardedPreamble, lines, P } from '../support/harness.js';

const RULE = 'backend-lost';
const EOF_ERR = 'connection closed: calling "tools/call": client is closing: EOF';

const request = (tool: string, ts = '2026-12-04T14:41:05.113Z') =>
  JSON.stringify({
    timestamp: ts,
    event: 'rpc_request',
    _schema: 'rpc-message/v2',
    direction: 'OUT',
    server_id: 'github',
    method: 'tools/call',
    payload: {
      jsonrpc: '2.0',
      method: 'tools/call',
      params: { arguments: { owner: 'octo-org' }, name: tool },
    },
  });
const response = (text: string) =>
  JSON.stringify({
    timestamp: '2026-12-04T14:41:05.120Z',
    event: 'rpc_response',
    _schema: 'rpc-message/v2',
    direction: 'IN',
    server_id: 'github',
    payload: { jsonrpc: '2.0', id: 1, result: { content: [{ type: 'text', text }] } },
  });
const lostResponse = () =>
  JSON.stringify({
    timestamp: '2026-12-04T14:41:05.198Z',
    event: 'rpc_response',
    _schema: 'rpc-message/v2',
    direction: 'IN',
    server_id: 'github',
    error: EOF_ERR,
    payload: { _error: 'invalid JSON', _raw: '' },
  });
const rpcOut = (tool: string) =>
  gw(
    'DEBUG',
    'rpc',
    `github→tools/call 115b {"jsonrpc":"2.0","method":"tools/call","params":{"arguments":{"owner":"octo-org"},"name":"${tool}"}}`,
  );
const rpcLost = () => gw('DEBUG', 'rpc', `github←resp 0b err:${EOF_ERR}`);
const clientLost = (tool: string) =>
  gw('ERROR', 'client', `MCP tool call error, session=test-key, tool=${tool}, error=${EOF_ERR}`);
const clientOk = (tool: string) =>
  gw('INFO', 'client', `MCP tool call response, session=test-key, tool=${tool}, result={"content":[]}`);

/** The gateway log of the session: two calls served, the backend exits, four calls fail. */
const gatewayLog = lines(
  ...guardedPreamble(['octo-org/app']),
  rpcOut('search_repositories'),
  rpcOut('list_issues'),
  clientOk('list_issues'),
  gw('INFO', 'backend', '[github] [stderr] fake backend exiting after 2 calls'),
  ...['get_issue', 'list_issues', 'search_issues', 'get_issue'].flatMap((t) => [
    rpcOut(t),
    rpcLost(),
    clientLost(t),
  ]),
);
const jsonl = lines(
  request('search_repositories'),
  response('{"total_count":1,"items":[]}'),
  request('list_issues'),
  response('[]'),
  ...['get_issue', 'list_issues', 'search_issues', 'get_issue'].flatMap((t) => [request(t), lostResponse()]),
);

describe('backend-lost', () => {
  it('warns which server was lost, after how many calls, and counts each failed call once (JSONL, not its text copies)', async () => {
    const a = await analyzeFiles({ [P.gateway]: gatewayLog, [P.jsonl]: jsonl });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].count).toBe(4);
    expect(f[0].details).toEqual({
      server: 'github',
      callsBefore: 2,
      failedAfter: 4,
      error: EOF_ERR,
      failedTools: { get_issue: 2, list_issues: 1, search_issues: 1 },
    });
    expect(f[0].title).toBe(
      'Backend of github lost after serving 2 calls; 4 later calls failed (connection closed: calling "tools/call": client is closing: EOF)',
    );
    expect(f[0].evidence.map((e) => [e.file, e.line])).toEqual([
      [P.jsonl, 6],
      [P.jsonl, 8],
      [P.jsonl, 10],
    ]);
    expect(a.facts.status).toBe('warning');
  });

  it('without the JSONL, reads the RPC debug lines; without them, the client errors', async () => {
    const text = findingsOf(await analyzeFiles({ [P.gateway]: gatewayLog }), RULE);
    expect(text.map((f) => [f.count, f.details.callsBefore, f.details.server])).toEqual([[4, 2, 'github']]);
    expect(text[0].evidence[0]).toMatchObject({ file: P.gateway, line: 12 });

    const clientOnly = lines(
      ...guardedPreamble(['octo-org/app']),
      clientOk('list_issues'),
      ...['get_issue', 'list_issues', 'get_issue'].map(clientLost),
    );
    const tools = JSON.stringify({ servers: { github: [{ name: 'get_issue' }, { name: 'list_issues' }] } });
    const f = findingsOf(await analyzeFiles({ [P.gateway]: clientOnly, [P.tools]: tools }), RULE);
    expect(f.map((x) => [x.count, x.details.server, x.details.callsBefore])).toEqual([[3, 'github', 1]]);
  });

  it('other failed calls and the same text inside payloads, stderr or successful results are not a lost backend', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(['octo-org/app']),
        gw(
          'ERROR',
          'client',
          'MCP tool call error, session=test-key, tool=get_issue, error=context deadline exceeded',
        ),
        gw(
          'INFO',
          'client',
          `MCP tool call response, session=test-key, tool=get_issue, result={"content":[{"type":"text","text":"error=${EOF_ERR.replace(/"/g, '\\"')}"}]}`,
        ),
        gw(
          'INFO',
          'backend',
          `[github] [stderr] [ERROR] [client] MCP tool call error, session=x, tool=y, error=${EOF_ERR}`,
        ),
        gw('DEBUG', 'rpc', `github←resp 0b err:context deadline exceeded`),
      ),
      [P.jsonl]: lines(
        request('get_issue'),
        response(`{"error":"${EOF_ERR}"}`),
        JSON.stringify({
          timestamp: '2026-12-04T14:41:06.001Z',
          event: 'rpc_response',
          _schema: 'rpc-message/v2',
          direction: 'IN',
          server_id: 'github',
          error: 'context deadline exceeded',
          payload: { _error: 'invalid JSON', _raw: '' },
        }),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
  });
});
