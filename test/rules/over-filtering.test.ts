// over-filtering: a tool call or a run filtered at least a threshold share of its items (default 80% of ≥ 5); a
// strict-mode block counts by the same threshold. Thresholds come from the config.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { RULE_IDS, RULE_SPECS } from '../../src/rules/index.js';
import { buildReport } from '../../src/report/build.js';
import { analyzeFiles, findingsOf, gw, guardedPreamble, lines, P } from '../support/harness.js';

const RULE = 'over-filtering';
const proxyCount = (filtered: number, total: number, tool: string, path = '/repos/github/gh-aw/issues') =>
  gw('INFO', 'proxy', `DIFC filtered ${filtered}/${total} items for GET ${path} (tool=${tool})`);
const collection = (accessible: number, total: number) =>
  gw('DEBUG', 'server:unified', `[DIFC] Filtered collection: ${accessible}/${total} items accessible`);

describe('over-filtering', () => {
  it('fires per tool at exactly the default threshold (80% of at least 5), summing the calls over it', async () => {
    const a = await analyzeFiles({
      [P.proxy]: lines(
        proxyCount(4, 5, 'list_issues'), // 80%: over
        proxyCount(10, 10, 'list_issues'), // 100%: over
        proxyCount(3, 5, 'list_issues'), // 60%: under
        proxyCount(4, 4, 'list_pull_requests', '/repos/github/gh-aw/pulls'), // 100% but fewer than 5 items
        proxyCount(7, 9, 'search_issues', '/search/issues'), // 77.8%: under
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].count).toBe(2);
    expect(f[0].details).toEqual({ tool: 'list_issues', filtered: 14, total: 15, calls: 2 });
    expect(f[0].evidence.map((e) => e.line)).toEqual([1, 2]);
  });

  it('reads the gateway `Filtered collection` debug counts', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw('INFO', 'client', 'MCP tool call request, session=4f1c9a2e7b3d4c1e, tool=list_issues, args={}'),
        collection(1, 10),
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].details).toEqual({ tool: '(gateway call)', filtered: 9, total: 10, calls: 1 });
  });

  it('fires for the run as a whole when no single call reaches the minimum but the run does', async () => {
    const a = await analyzeFiles({
      [P.proxy]: lines(
        proxyCount(4, 4, 'list_issues'),
        proxyCount(3, 3, 'get_issue', '/repos/github/gh-aw/issues/1'),
        proxyCount(0, 1, 'get_issue', '/repos/github/gh-aw/issues/2'),
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].count).toBe(3);
    expect(f[0].details).toEqual({ tool: null, filtered: 7, total: 8, calls: 3 });
  });

  // Strict mode as the real gateway (v0.4.10) writes it: the debug count, the STRICT warning, the client error that
  // names the tool, all one call.
  const strictCall = (violating: number, total: number, tool = 'list_issues') => [
    collection(total - violating, total),
    gw(
      'WARN',
      'difc',
      `STRICT MODE: Blocking entire response - ${violating}/${total} items violate DIFC policy`,
    ),
    gw(
      'ERROR',
      'client',
      `MCP tool call error, session=test-key, tool=${tool}, error=DIFC policy violation: ${violating} of ${total} items in response are not accessible to agent test-key`,
    ),
  ];

  it('a strict block below the threshold is not over-filtering (1 of 4 items violate)', async () => {
    const a = await analyzeFiles({ [P.gateway]: lines(...guardedPreamble(), ...strictCall(1, 4)) });
    expect(findingsOf(a, RULE)).toEqual([]);
    expect(a.facts.status).toBe('ok');
    expect(findingsOf(a, 'difc-filtering-summary')).toHaveLength(1);
  });

  it('a strict block meets the threshold by its violating items, named by its tool, counted once', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...guardedPreamble(), ...strictCall(5, 5, 'search_issues'), ...strictCall(1, 6)),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].count).toBe(1);
    expect(f[0].details).toEqual({ tool: 'search_issues', filtered: 5, total: 5, calls: 1, strictBlocks: 1 });
    expect(f[0].title).toBe(
      'search_issues: 5 of 5 items filtered in 1 call; strict mode withheld 1 whole response',
    );
    expect(f[0].evidence.map((e) => e.line)).toEqual([8]);
  });

  it('strict blocks count by the config threshold; a proxy block without a total has no share to measure', async () => {
    const files = {
      [P.gateway]: lines(...guardedPreamble(), ...strictCall(3, 4)),
      [P.proxy]: lines(gw('DEBUG', 'proxy:handler', '[DIFC] STRICT: blocking response — 2 filtered items')),
    };
    expect(findingsOf(await analyzeFiles(files), RULE)).toEqual([]);
    const loose = parseConfig({ thresholds: { 'over-filtering': { ratio: 0.75, minItems: 4 } } }, RULE_IDS);
    const f = findingsOf(await analyzeFiles(files, loose), RULE);
    expect(f.map((x) => x.details)).toEqual([
      { tool: 'list_issues', filtered: 3, total: 4, calls: 1, strictBlocks: 1 },
    ]);
  });

  it('reads the pre-2026-04-10 stderr.log strict-mode line (no tool named)', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(gw('INFO', 'startup', 'MCPG Gateway version: v0.2.6')),
      [P.stderr]: lines(
        '2026/03/30 09:00:00 [DIFC] STRICT MODE: Blocking entire response - 5/5 items violate DIFC policy',
      ),
    });
    expect(findingsOf(a, RULE)[0].details).toEqual({
      tool: '(gateway call)',
      filtered: 5,
      total: 5,
      calls: 1,
      strictBlocks: 1,
    });
  });

  it('merged across runs, the title carries the merged numbers', async () => {
    const run = (id: string, n: number) =>
      analyzeFiles({ [P.proxy]: lines(proxyCount(n, n, 'list_issues')) }, undefined, { id });
    const runs = await Promise.all([run('301', 6), run('302', 10), run('303', 20)]);
    const report = buildReport(
      runs.map((r) => r.facts),
      runs.flatMap((r) => r.findings),
      { target: null, window: { from: null, to: null } },
    );
    const f = report.findings.filter((x) => x.rule === RULE);
    expect(f).toHaveLength(1);
    expect(f[0].details).toEqual({ tool: 'list_issues', filtered: 36, total: 36, calls: 3 });
    expect(f[0].title).toBe('list_issues: 36 of 36 items filtered in 3 calls');
  });

  it('uses the thresholds of the config', async () => {
    const files = {
      [P.proxy]: lines(proxyCount(2, 3, 'list_issues'), proxyCount(3, 5, 'search_issues', '/search/issues')),
    };
    expect(findingsOf(await analyzeFiles(files), RULE)).toEqual([]);
    const loose = parseConfig({ thresholds: { 'over-filtering': { ratio: 0.5, minItems: 3 } } }, RULE_IDS);
    const f = findingsOf(await analyzeFiles(files, loose), RULE);
    expect(f.map((x) => x.details)).toEqual([
      { tool: 'list_issues', filtered: 2, total: 3, calls: 1 },
      { tool: 'search_issues', filtered: 3, total: 5, calls: 1 },
    ]);
    const strict = parseConfig({ thresholds: { 'over-filtering': { ratio: 1 } } }, RULE_IDS);
    expect(
      findingsOf(
        await analyzeFiles(
          { [P.proxy]: lines(proxyCount(9, 10, 'list_issues'), proxyCount(5, 5, 'get_me', '/user')) },
          strict,
        ),
        RULE,
      ).map((x) => x.details.tool),
    ).toEqual(['get_me']);
    // The same thresholds as the rule's options (`rules.<id>.options`, declared in its meta.schema).
    const asOptions = parseConfig(
      { rules: { [RULE]: { options: { ratio: 0.5, minItems: 3 } } } },
      RULE_SPECS,
    );
    expect(findingsOf(await analyzeFiles(files, asOptions), RULE).map((x) => x.details.tool)).toEqual([
      'list_issues',
      'search_issues',
    ]);
  });

  it('a guarded run that filtered nothing is not over-filtering (nor any other finding)', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw('INFO', 'client', 'MCP tool call request, session=4f1c9a2e7b3d4c1e, tool=list_issues, args={}'),
        gw(
          'DEBUG',
          'rpc',
          'github→tools/call 90b {"jsonrpc":"2.0","method":"tools/call","params":{"arguments":{},"name":"list_issues"}}',
        ),
        gw('DEBUG', 'guard:pipeline', '[DIFC] Phase 2: coarse check failed for read, proceeding to Phase 3'),
        collection(12, 12),
      ),
    });
    expect(a.findings).toEqual([]);
    expect(a.facts.difc).toEqual({ filtered: 0, guarded: true });
    expect(a.facts.status).toBe('ok');
  });

  it('ignores counts inside payloads', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw(
          'INFO',
          'client',
          'MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=get_issue, result={"content":[{"type":"text","text":"[DIFC] Filtered collection: 0/50 items accessible; STRICT MODE: Blocking entire response - 9/9 items"}]}',
        ),
        gw('INFO', 'backend', '[github] [stderr] DIFC filtered 50/50 items for GET /x (tool=list_issues)'),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
  });
});
