// gateway-error: backend connection/startup failures, configuration validation failures, incomplete tool
// registration, Go panics in stderr.log; grouped by message template. Rate limits are never gateway errors.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.js';
import { analyzeFiles, findingsOf, gw, guardedPreamble, lines, P } from '../support/harness.js';

const RULE = 'gateway-error';

describe('gateway-error', () => {
  it('groups backend failures by template with exact counts, without double-counting the gateway.md copies', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw(
          'ERROR',
          'backend',
          "MCP backend connection failed for session '4f1c9a2e...': server=github, command=docker, args=[run --rm -i ghcr.io/github/github-mcp-server], error=exit status 125",
        ),
        gw(
          'ERROR',
          'backend',
          'MCP backend connection failed: server=github, command=docker, args=[run --rm -i ghcr.io/github/github-mcp-server], error=exit status 1',
        ),
        gw('ERROR', 'backend', 'MCP backend server startup timeout: server=github, timeout=1m0s'),
        gw(
          'ERROR',
          'backend',
          'Tool registration incomplete: 1 of 2 backends failed: [github] — agents will not see tools from these servers',
        ),
        gw(
          'ERROR',
          'backend',
          'Failed to register tools from github (took 60.002s): context deadline exceeded',
        ),
      ),
      [P.md]: lines(
        '<details>',
        '<summary>MCP Gateway</summary>',
        '',
        '- ✗ **backend**',
        '  ```',
        '  MCP backend connection failed, command=docker, args=[run --rm -i ghcr.io/github/github-mcp-server], error=exit status 1',
        '  ```',
      ),
    });
    const f = findingsOf(a, RULE);
    const byTemplate = Object.fromEntries(f.map((x) => [x.details.template as string, x]));
    expect(Object.keys(byTemplate).sort()).toEqual([
      'Failed to register tools',
      'MCP backend connection failed',
      'MCP backend server startup timeout',
      'Tool registration incomplete',
    ]);
    expect(byTemplate['MCP backend connection failed'].count).toBe(2);
    expect(byTemplate['MCP backend connection failed'].severity).toBe('warning');
    expect(byTemplate['MCP backend connection failed'].evidence.every((e) => e.file === P.gateway)).toBe(
      true,
    );
    expect(byTemplate['MCP backend connection failed'].details.message).toContain(
      "MCP backend connection failed for session '4f1c9a2e...'",
    );
    expect(byTemplate['Tool registration incomplete'].count).toBe(1);
  });

  it('reports configuration validation failures with their first detail line', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        gw('INFO', 'startup', 'MCPG Gateway version: v0.4.1'),
        gw('ERROR', 'startup', 'Configuration validation failed:'),
        '',
        'mcpServers.github.guard-policies.allow-only.min-integrity: value must be one of "none", "unapproved", "approved", "merged"',
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].count).toBe(1);
    expect(f[0].details).toEqual({
      template: 'Configuration validation failed',
      message:
        'Configuration validation failed: mcpServers.github.guard-policies.allow-only.min-integrity: value must be one of "none", "unapproved", "approved", "merged"',
    });
  });

  it('reads the gateway.md bullets when mcp-gateway.log is missing', async () => {
    const a = await analyzeFiles({
      [P.md]: lines(
        '- ✓ **startup** MCPG Gateway version: v0.4.1',
        '- ✗ **backend** MCP backend command not found, command=docker',
      ),
    });
    expect(findingsOf(a, RULE).map((x) => [x.details.template, x.count])).toEqual([
      ['MCP backend command not found', 1],
    ]);
  });

  it('reports Go panics from stderr.log (fatal and http handler), not harmless `goroutine` words', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...guardedPreamble()),
      [P.stderr]: lines(
        '[INFO] Starting MCP Gateway in containerized mode...',
        'launcher:pool Cleanup goroutine started +512µs',
        '2026/07/19 14:05:00 http: panic serving 172.30.0.20:38404: runtime error: index out of range [3] with length 3',
        'goroutine 112 [running]:',
        'net/http.(*conn).serve.func1()',
        '\t/usr/local/go/src/net/http/server.go:1947 +0xbe',
        'panic: runtime error: invalid memory address or nil pointer dereference',
        '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x5c3f0e]',
        '',
        'goroutine 1 [running]:',
        'main.main()',
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f.map((x) => [x.details.template, x.count]).sort()).toEqual([
      ['Go panic (fatal)', 1],
      ['Go panic (http handler)', 1],
    ]);
    expect(f.every((x) => x.evidence[0].file === P.stderr)).toBe(true);
  });

  it('reports stderr launcher and exit failures', async () => {
    const a = await analyzeFiles({
      [P.stderr]: lines(
        "2026/07/19 14:02:11 [LAUNCHER] ❌ FAILED to connect to server 'github' (after 3 attempts)",
        '2026/07/19 14:02:12 [LAUNCHER] Error: exit status 1',
        'failed to create unified server: failed to register guard for server "github": invalid policy',
      ),
    });
    expect(
      findingsOf(a, RULE)
        .map((x) => x.details.template)
        .sort(),
    ).toEqual(['Gateway exited: failed to create unified server', 'Launcher failed to connect to server']);
  });

  it('never reports rate-limit or circuit-breaker errors (upstream-rate-limit), backend stderr or payload text', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw(
          'WARN',
          'backend',
          'rate-limit error for server "github" (consecutive=3/3); resets at 2026-05-03T12:00:00Z (in 5.0m)',
        ),
        gw(
          'ERROR',
          'backend',
          'circuit breaker for server "github" OPENED after 3 consecutive rate-limit errors; resets at 2026-05-03T12:00:00Z (in 5.0m)',
        ),
        gw(
          'ERROR',
          'client',
          'MCP tool call error, session=4f1c9a2e7b3d4c1e, tool=list_issues, error=rate limit circuit breaker is OPEN for server "github" — rate limit resets at 2026-05-03T12:00:00Z (retry after 4m59s)',
        ),
        gw(
          'INFO',
          'backend',
          '[github] [stderr] panic: runtime error: MCP backend connection failed: server=github',
        ),
        gw(
          'DEBUG',
          'mcp:connection',
          '[github stderr] MCP backend connection failed: server=x, command=y, args=[], error=z',
        ),
        gw(
          'INFO',
          'client',
          'MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=get_file_contents, result={"content":[{"type":"text","text":"panic: boom\\nTool registration incomplete: 1 of 2 backends failed"}]}',
        ),
        gw(
          'DEBUG',
          'rpc',
          'github←resp 80b {"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"Configuration validation failed:"}]}}',
        ),
      ),
      [P.proxy]: lines(
        gw(
          'ERROR',
          'client',
          'upstream rate limit hit: status=429 X-Ratelimit-Remaining=0 X-Ratelimit-Reset=1777777777 retry-after=60s',
        ),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
    expect(findingsOf(a, 'upstream-rate-limit').length).toBeGreaterThan(0);
  });

  it('merged across runs, the `(N×)` of the title is the merged count', async () => {
    const fail = gw('ERROR', 'backend', 'MCP backend server startup timeout: server=github, timeout=1m0s');
    const one = await analyzeFiles({ [P.gateway]: lines(fail) }, undefined, { id: '701' });
    const two = await analyzeFiles({ [P.gateway]: lines(fail, fail, fail) }, undefined, { id: '702' });
    expect(findingsOf(one, RULE)[0].title).toBe('MCP backend server startup timeout (1×)');
    const report = buildReport([one.facts, two.facts], [...one.findings, ...two.findings], {
      target: null,
      window: { from: null, to: null },
    });
    const f = report.findings.filter((x) => x.rule === RULE);
    expect(f.map((x) => [x.count, x.title])).toEqual([[4, 'MCP backend server startup timeout (4×)']]);
  });
});
