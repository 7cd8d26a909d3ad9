// proxy-fail-open: the DIFC proxy's Phase 4 (response labeling) failed, so it may have returned the unfiltered body.
// Only from proxy.log: the same debug line in mcp-gateway.log is the gateway's fail-closed labeling.
import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingsOf, gw, guardedPreamble, lines, P } from '../support/harness.js';

const RULE = 'proxy-fail-open';
const PROXY_START = gw(
  'INFO',
  'proxy',
  'MCPG Proxy starting: listen=0.0.0.0:18443, guard=github, mode=filter, tls=true',
);

describe('proxy-fail-open', () => {
  it('fires on `[DIFC] Phase 4 failed` records in proxy.log, under any debug namespace, with their causes', async () => {
    const a = await analyzeFiles({
      [P.proxy]: lines(
        PROXY_START,
        gw('DEBUG', 'proxy:handler', '[DIFC] Phase 2: coarse check failed for read, proceeding to Phase 3'),
        gw(
          'DEBUG',
          'proxy:handler',
          '[DIFC] Phase 4 failed: failed to unmarshal label_response WASM response: unexpected end of JSON input',
        ),
        gw(
          'DEBUG',
          'guard:pipeline',
          '[DIFC] Phase 4 failed: WASM function call failed: wasm error: unreachable',
        ),
        'wasm stack trace:',
        '\tgithub.label_response(i32,i32,i32,i32) i32',
        gw(
          'DEBUG',
          'difc:handler',
          '[DIFC] Phase 4 failed: WASM function call failed: wasm error: unreachable',
        ),
        gw('INFO', 'proxy', 'DIFC filtered 0/3 items for GET /repos/github/gh-aw/issues (tool=list_issues)'),
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('critical');
    expect(f[0].count).toBe(3);
    expect(f[0].details).toEqual({
      failures: 3,
      causes: [
        'failed to unmarshal label_response WASM response: unexpected end of JSON input',
        'unreachable',
      ],
    });
    expect(f[0].evidence.map((e) => [e.file, e.line])).toEqual([
      [P.proxy, 3],
      [P.proxy, 4],
      [P.proxy, 7],
    ]);
    expect(a.facts.status).toBe('critical');
    // never also a labeling failure
    expect(findingsOf(a, 'labeling-failure')).toEqual([]);
  });

  it('does not fire on the same debug line in mcp-gateway.log (gateway fail-closed)', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw(
          'DEBUG',
          'guard:pipeline',
          '[DIFC] Phase 4 failed: failed to unmarshal label_response WASM response: unexpected end of JSON input',
        ),
        gw(
          'WARN',
          'difc',
          'Response labeling failed: response labeling failed: failed to unmarshal label_response WASM response: unexpected end of JSON input',
        ),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
    // the gateway's record is the labeling failure
    expect(findingsOf(a, 'labeling-failure')).toHaveLength(1);
  });

  it('stays quiet on the benign Phase 2 line and on Phase-4 words outside a proxy debug record', async () => {
    const a = await analyzeFiles({
      [P.proxy]: lines(
        PROXY_START,
        gw('DEBUG', 'proxy:handler', '[DIFC] Phase 2: coarse check failed for read, proceeding to Phase 3'),
        gw('DEBUG', 'proxy:handler', '[DIFC] Phase 5: 3/3 items accessible'),
        gw('INFO', 'proxy', 'forwarding GET /repos/github/gh-aw/issues ([DIFC] Phase 4 failed: not really)'),
        gw(
          'ERROR',
          'proxy',
          'Request rejected: status=502 code=bad_gateway message=upstream request failed err=[DIFC] Phase 4 failed: dial tcp: timeout',
        ),
      ),
      [P.gateway]: lines(
        gw(
          'INFO',
          'client',
          'MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=get_issue, result={"content":[{"type":"text","text":"[DIFC] Phase 4 failed: x"}]}',
        ),
        gw(
          'DEBUG',
          'rpc',
          'github←resp 80b {"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"[DIFC] Phase 4 failed: y"}]}}',
        ),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
  });
});
