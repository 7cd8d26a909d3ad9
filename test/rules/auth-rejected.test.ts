// auth-rejected: gateway authentication rejections while the agent ran; the `path=/close` rejection at shutdown is
// noise and is never reported.
import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingsOf, gw, gwOld, guardedPreamble, lines, P } from '../support/harness.js';

const RULE = 'auth-rejected';

describe('auth-rejected', () => {
  it('groups rejections by reason and path, with exact counts', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw('ERROR', 'auth', 'Request rejected: invalid API key, remote=172.30.0.20:38404, path=/mcp/github'),
        gw('ERROR', 'auth', 'Request rejected: invalid API key, remote=172.30.0.20:38410, path=/mcp/github'),
        gw(
          'ERROR',
          'auth',
          'Request rejected: missing Authorization header, remote=172.30.0.20:38412, path=/mcp/safeoutputs',
        ),
        gw(
          'ERROR',
          'client',
          'Rejected MCP client connection: missing or invalid X-Agent-ID/Authorization header, remote=172.30.0.20:38414, path=/mcp/github',
        ),
        gw('INFO', 'auth', 'Authentication successful, remote=172.30.0.20:38416, path=/mcp/github'),
        gw('ERROR', 'auth', 'Request rejected: invalid API key, remote=[::1]:37740, path=/close'),
      ),
      [P.md]: lines(
        '- ✗ **auth** Request rejected: invalid API key, remote=172.30.0.20:38404, path=/mcp/github',
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f.map((x) => [x.details.reason, x.details.path, x.count])).toEqual([
      ['invalid API key', '/mcp/github', 2],
      ['missing Authorization header', '/mcp/safeoutputs', 1],
      ['missing or invalid X-Agent-ID/Authorization header', '/mcp/github', 1],
    ]);
    expect(f.every((x) => x.severity === 'info')).toBe(true);
    expect(f[0].evidence.map((e) => [e.file, e.line])).toEqual([
      [P.gateway, 7],
      [P.gateway, 8],
    ]);
  });

  it('ignores the shutdown `path=/close` rejection (v0.1.x wording, real corpus shape), in every source', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        gwOld('INFO', 'startup', 'MCPG Gateway version: v0.1.4', '2026-02-13T12:37:10Z'),
        gwOld(
          'ERROR',
          'auth',
          'Authentication failed: invalid API key, remote=[::1]:37740, path=/close',
          '2026-02-13T12:37:54Z',
        ),
      ),
      [P.stderr]: lines(
        '2026/02/13 12:37:54 [ERROR] timestamp=2026-02-13T12:37:54Z server=gateway request_id=unknown error_type=authentication_failed detail=invalid_api_key path=/close method=POST',
        '2026/02/13 12:37:54 [[::1]:37740] POST /close - Status: 401, Response: Unauthorized: invalid API key',
      ),
      [P.md]: lines('- ✗ **auth** Authentication failed: invalid API key, remote=[::1]:37740, path=/close'),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
    const mdOnly = await analyzeFiles({
      [P.md]: lines('- ✗ **auth** Authentication failed: invalid API key, remote=[::1]:37740, path=/close'),
    });
    expect(findingsOf(mdOnly, RULE)).toEqual([]);
  });

  it('falls back to gateway.md when mcp-gateway.log is missing', async () => {
    const a = await analyzeFiles({
      [P.md]: lines(
        '- ✗ **auth** Request rejected: invalid HMAC signature, remote=172.30.0.20:40000, path=/mcp/github',
      ),
    });
    expect(findingsOf(a, RULE).map((x) => x.details)).toEqual([
      { reason: 'invalid HMAC signature', path: '/mcp/github' },
    ]);
  });

  it('stays quiet on rejection text in payloads and backend stderr', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw(
          'INFO',
          'client',
          'MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=get_issue, result={"content":[{"type":"text","text":"Request rejected: invalid API key, remote=1.2.3.4:1, path=/mcp/github"}]}',
        ),
        gw(
          'INFO',
          'backend',
          '[github] [stderr] Authentication failed: bad credentials, remote=x, path=/mcp/github',
        ),
        gw('WARN', 'auth', 'Request rejected: invalid API key, remote=172.30.0.20:38404, path=/mcp/github'),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
  });
});
