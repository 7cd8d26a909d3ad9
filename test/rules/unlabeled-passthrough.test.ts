// unlabeled-passthrough: the proxy forwarded an unrecognised REST endpoint with empty labels. Each request is written
// to rpc-messages.jsonl, proxy.log and gateway.md: counted once, from the JSONL first.
import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingsOf, gw, lines, P } from '../support/harness.js';

const RULE = 'unlabeled-passthrough';

const NOTE =
  'Endpoint not in route table or metadata allowlist -- forwarded with no integrity and no secrecy labels';
const body = (path: string, method = 'GET') => ({
  method,
  path,
  action: 'passthrough_with_empty_labels',
  note: NOTE,
});
const jsonl = (path: string, method = 'GET') =>
  JSON.stringify({
    timestamp: '2026-07-19T13:58:40.221Z',
    event: 'unrecognized_endpoint_passthrough',
    _schema: 'difc-event/v1',
    ...body(path, method),
  });
const proxyLine = (path: string, method = 'GET') =>
  gw('WARN', 'proxy', `[UNRECOGNIZED-ENDPOINT] ${JSON.stringify(body(path, method))}`);
const mdLine = (path: string, method = 'GET') =>
  `- ⚠️ **proxy** [UNRECOGNIZED-ENDPOINT] ${JSON.stringify(body(path, method))}`;

const PATHS = [
  '/repos/github/gh-aw/actions/caches',
  '/repos/octo-org/app/actions/caches',
  '/repos/github/gh-aw/actions/caches/12',
];

describe('unlabeled-passthrough', () => {
  it('groups forwarded endpoints by method and path template, counting each request once', async () => {
    const a = await analyzeFiles({
      [P.jsonl]: lines(...PATHS.map((p) => jsonl(p)), jsonl('/orgs/octo-org/teams', 'GET')),
      [P.proxy]: lines(
        ...PATHS.map((p) => proxyLine(p)),
        proxyLine('/orgs/octo-org/teams'),
        gw(
          'DEBUG',
          'proxy:handler',
          'unrecognized REST endpoint /repos/github/gh-aw/actions/caches, forwarding with empty labels',
        ),
      ),
      [P.md]: lines('<details>', '<summary>MCP Gateway</summary>', '', ...PATHS.map((p) => mdLine(p))),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(3);
    const byEndpoint = Object.fromEntries(f.map((x) => [x.details.endpoint as string, x]));
    expect(byEndpoint['/repos/{owner}/{repo}/actions/caches']).toMatchObject({
      severity: 'warning',
      count: 2,
      details: { method: 'GET', endpoint: '/repos/{owner}/{repo}/actions/caches' },
    });
    expect(byEndpoint['/repos/{owner}/{repo}/actions/caches/{n}'].count).toBe(1);
    expect(byEndpoint['/orgs/{name}/teams'].count).toBe(1);
    expect(byEndpoint['/repos/{owner}/{repo}/actions/caches'].evidence.map((e) => [e.file, e.line])).toEqual([
      [P.jsonl, 1],
      [P.jsonl, 2],
    ]);
  });

  it('falls back to proxy.log without JSONL records, and to gateway.md without either', async () => {
    const proxyOnly = findingsOf(
      await analyzeFiles({
        [P.proxy]: lines(...PATHS.map((p) => proxyLine(p))),
        [P.md]: lines(...PATHS.map((p) => mdLine(p))),
      }),
      RULE,
    );
    expect(proxyOnly.map((x) => x.count).sort()).toEqual([1, 2]);
    expect(proxyOnly.every((x) => x.evidence[0].file === P.proxy)).toBe(true);
    const mdOnly = findingsOf(
      await analyzeFiles({
        [P.md]: lines(
          '<details>',
          '<summary>MCP Gateway</summary>',
          '',
          ...PATHS.map((p) => mdLine(p)),
          mdLine('/repos/a/b/pages', 'POST'),
        ),
      }),
      RULE,
    );
    expect(mdOnly.map((x) => `${x.details.method} ${x.details.endpoint} ${x.count}`).sort()).toEqual([
      'GET /repos/{owner}/{repo}/actions/caches 2',
      'GET /repos/{owner}/{repo}/actions/caches/{n} 1',
      'POST /repos/{owner}/{repo}/pages 1',
    ]);
  });

  it('does not fire on blocked unknown endpoints (pre-2026-06-08) or on the marker inside payloads', async () => {
    const a = await analyzeFiles({
      [P.proxy]: lines(
        gw(
          'DEBUG',
          'proxy:handler',
          'unknown REST endpoint /repos/github/gh-aw/actions/caches, blocking request',
        ),
        gw('INFO', 'proxy', `forwarded body [UNRECOGNIZED-ENDPOINT] ${JSON.stringify(body('/x'))}`),
      ),
      [P.gateway]: lines(
        gw(
          'INFO',
          'client',
          `MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=get_file_contents, result={"content":[{"type":"text","text":"[WARN] [proxy] [UNRECOGNIZED-ENDPOINT] {\\"method\\":\\"GET\\",\\"path\\":\\"/x\\"}"}]}`,
        ),
      ),
      [P.jsonl]: lines(
        JSON.stringify({
          timestamp: '2026-07-19T14:03:01.840Z',
          event: 'rpc_response',
          _schema: 'rpc-message/v2',
          direction: 'IN',
          server_id: 'github',
          payload: {
            jsonrpc: '2.0',
            id: 1,
            result: {
              content: [{ type: 'text', text: '{"event":"unrecognized_endpoint_passthrough","path":"/y"}' }],
            },
          },
        }),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
  });
});
