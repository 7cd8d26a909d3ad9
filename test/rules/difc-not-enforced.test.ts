// difc-not-enforced: a GitHub MCP server received tool calls unguarded (noop or enforcement disabled) with no guard
// policy for it. A warning on gateways that have guards; an info note for pre-guard gateways and private repositories;
// nothing for a guarded run that simply filtered nothing.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { analyzeRun } from '../../src/engine/analyze.js';
import { collectEvidence } from '../../src/engine/collect.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import {
  analyzeFiles,
  findingsOf,
  gw,
  gwOld,
  guardedPreamble,
  lines,
  memoryRun,
  P,
} from '../support/harness.js';

const RULE = 'difc-not-enforced';

type Line = (level: 'INFO' | 'DEBUG', cat: string, msg: string) => string;

const requestAndRpc = (tool: string, server = 'github', at: Line = gwOld) => [
  at('INFO', 'client', `MCP tool call request, session=QmiP44Oe, tool=${tool}, args={}`),
  at(
    'DEBUG',
    'rpc',
    `${server}→tools/call 80b {"jsonrpc":"2.0","method":"tools/call","params":{"arguments":{},"name":"${tool}"}}`,
  ),
];

/** The v0.1.4 shape of the real corpus (FORMATS.md §3.6): noop everywhere, DIFC disabled. */
function preGuardGateway(withVersion = true): Record<string, string> {
  const ts = '2026-02-13T12:37:10Z';
  const at: Line = (level, cat, msg) => gwOld(level, cat, msg, ts);
  return {
    [P.gateway]: lines(
      ...(withVersion ? [at('INFO', 'startup', 'MCPG Gateway version: v0.1.4')] : []),
      at(
        'INFO',
        'startup',
        'Starting MCPG with config: stdin, listen: 0.0.0.0:80, log-dir: /tmp/gh-aw/mcp-logs/',
      ),
      at('DEBUG', 'cmd:root', 'Server mode: routed, DIFC enabled: false'),
      at('DEBUG', 'guard:context', "[Guard] Registered guard 'noop' for server 'github'"),
      at('DEBUG', 'guard:context', "[Guard] Registered guard 'noop' for server 'safeoutputs'"),
      at('INFO', 'startup', 'Loaded 2 MCP server(s): [github safeoutputs]'),
      ...requestAndRpc('list_starred_repositories', 'github', at),
      ...requestAndRpc('get_me', 'github', at),
      ...requestAndRpc('create_issue', 'safeoutputs', at),
    ),
    [P.stderr]: lines(
      '[INFO] Starting MCP Gateway in containerized mode...',
      '2026/02/13 12:37:10 DIFC enforcement disabled (sessions auto-created for standard MCP client compatibility)',
      "2026/02/13 12:37:10 [DIFC] Registered guard 'noop' for server 'github'",
    ),
  };
}

/** A gateway with guards (v0.2.17) where the GitHub server got no policy and fell back to noop. */
function unguardedModernGateway(version = 'v0.2.17'): Record<string, string> {
  return {
    [P.gateway]: lines(
      gwOld('INFO', 'startup', `MCPG Gateway version: ${version}`),
      gwOld('INFO', 'difc', '[github] No guard policy was set'),
      gwOld(
        'WARN',
        'difc',
        "[github] Guard 'github' is available but no guard policy is set; falling back to noop guard",
      ),
      gwOld('INFO', 'difc', "[github] Registered guard 'noop'"),
      ...requestAndRpc('list_issues'),
      ...requestAndRpc('get_issue'),
    ),
  };
}

describe('difc-not-enforced', () => {
  it('is an info note for a gateway older than guards (v0.1.4, like the real corpus)', async () => {
    const a = await analyzeFiles(preGuardGateway());
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].count).toBe(2);
    expect(f[0].details).toMatchObject({
      server: 'github',
      reason: "registered guard 'noop'",
      gatewayVersion: 'v0.1.4',
      toolCalls: 2,
    });
    expect(f[0].details.note).toContain('predates WASM guards');
    expect(f[0].recommendation).toMatch(/Upgrade/);
    expect(a.facts.status).toBe('ok');
    expect(findingsOf(a, 'guard-bypass')).toEqual([]);
  });

  it('does not count the legacy debug/stderr noop and `DIFC enforcement disabled` lines as guard-era signals', async () => {
    const a = await analyzeFiles(preGuardGateway(false));
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].details.gatewayVersion).toBeNull();
  });

  it('is a warning on a gateway with guards (v0.2+) that ran the GitHub server noop with no policy', async () => {
    const a = await analyzeFiles(unguardedModernGateway());
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].count).toBe(2);
    expect(f[0].details).toEqual({
      server: 'github',
      reason: "registered guard 'noop'",
      gatewayVersion: 'v0.2.17',
      toolCalls: 2,
      note: 'zero DIFC activity where filtering should exist',
    });
    expect(f[0].evidence[0].line).toBe(4);
    expect(a.facts.status).toBe('warning');
  });

  it('uses v0.1.8 as the first gateway with guards', async () => {
    expect(findingsOf(await analyzeFiles(unguardedModernGateway('v0.1.8')), RULE)[0].severity).toBe(
      'warning',
    );
    expect(findingsOf(await analyzeFiles(unguardedModernGateway('v0.1.7')), RULE)[0].severity).toBe('info');
  });

  it('counts a version-less gateway that logs a guard-era line (`Guards enforcement disabled`) as guard-capable', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        gw('INFO', 'difc', 'MCP_GATEWAY_WASM_GUARDS_DIR is not set'),
        gw(
          'INFO',
          'startup',
          'Guards enforcement disabled (sessions auto-created for standard MCP client compatibility)',
        ),
        ...requestAndRpc('list_issues', 'github', gw),
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].details).toMatchObject({
      server: 'github',
      reason: 'guards enforcement disabled',
      gatewayVersion: null,
      toolCalls: 1,
    });
  });

  it('is an info note for a repository known to be private (API visibility or config)', async () => {
    const evidence = await collectEvidence(
      memoryRun(unguardedModernGateway(), {}, { repositoryPrivate: true }),
    );
    const viaApi = findingsOf(analyzeRun(evidence, DEFAULT_CONFIG), RULE);
    expect(viaApi).toHaveLength(1);
    expect(viaApi[0].severity).toBe('info');
    expect(viaApi[0].details.note).toContain('private repository');
    const viaConfig = findingsOf(
      await analyzeFiles(
        unguardedModernGateway(),
        parseConfig({ repositoryVisibility: 'private' }, RULE_IDS),
      ),
      RULE,
    );
    expect(viaConfig).toHaveLength(1);
    expect(viaConfig[0].severity).toBe('info');
    // an explicitly public repository stays a warning
    const pub = findingsOf(
      await analyzeFiles(unguardedModernGateway(), parseConfig({ repositoryVisibility: 'public' }, RULE_IDS)),
      RULE,
    );
    expect(pub[0].severity).toBe('warning');
  });

  it('does not fire for a guarded run that filtered nothing', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        ...requestAndRpc('list_issues', 'github', gw),
        gw('DEBUG', 'server:unified', '[DIFC] Filtered collection: 3/3 items accessible'),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
    expect(findingsOf(a, 'over-filtering')).toEqual([]);
    expect(findingsOf(a, 'difc-filtering-summary')).toEqual([]);
  });

  it('does not fire without calls to a GitHub server, nor for unguarded non-GitHub servers', async () => {
    const noCalls = await analyzeFiles({
      [P.gateway]: lines(
        gwOld('INFO', 'startup', 'MCPG Gateway version: v0.2.17'),
        gwOld('INFO', 'difc', "[github] Registered guard 'noop'"),
      ),
    });
    expect(findingsOf(noCalls, RULE)).toEqual([]);
    const safeOutputsOnly = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw('INFO', 'difc', "[safeoutputs] Registered guard 'noop'"),
        ...requestAndRpc('create_issue', 'safeoutputs', gw),
      ),
    });
    expect(findingsOf(safeOutputsOnly, RULE)).toEqual([]);
  });

  it('ignores noop registrations inside payloads and backend stderr', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw('INFO', 'backend', "[github] [stderr] Registered guard 'noop'"),
        gw(
          'INFO',
          'client',
          `MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=get_file_contents, result={"content":[{"type":"text","text":"[INFO] [difc] [github] Registered guard 'noop'"}]}`,
        ),
        ...requestAndRpc('get_file_contents', 'github', gw),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
  });
});
