// guard-lookup-failed: the guard's enrichment lookups through `call_backend` failed (`<<< call_backend FAILED`), so it
// labelled on less information (permission → author_association, unknown visibility → private). Lines as the real
// gateway (v0.4.10) and its real GitHub guard write them with no GitHub token.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.js';
import { analyzeFiles, findingsOf, gw, guardedPreamble, lines, P } from '../support/harness.js';

const RULE = 'guard-lookup-failed';

const permissionLookup = (user: string) => [
  gw('DEBUG', 'guard:wasm', '[guard:github] INFO: >>> call_backend: tool=get_collaborator_permission'),
  gw('DEBUG', 'guard:wasm', 'WASM guard calling backend: tool=get_collaborator_permission'),
  gw(
    'DEBUG',
    'server:unified',
    `get_collaborator_permission: no GitHub token available for octo-org/app user ${user}, skipping`,
  ),
  gw('DEBUG', 'guard:wasm', 'Backend call failed: get_collaborator_permission: no GitHub token available'),
  gw('DEBUG', 'guard:wasm', '[guard:github] ERROR: <<< call_backend FAILED with code -1'),
  gw('ERROR', 'guard', '[github] <<< call_backend FAILED with code -1'),
  gw('WARN', 'guard', '[github] Backend call get_collaborator_permission failed with code -1'),
];
const visibilityLookup = () => [
  gw('DEBUG', 'guard:wasm', '[guard:github] INFO: >>> call_backend: tool=search_repositories'),
  gw('DEBUG', 'guard:wasm', 'Backend call failed: calling "tools/call": API rate limit exceeded for user'),
  gw('ERROR', 'guard', '[github] <<< call_backend FAILED with code -1'),
  gw('WARN', 'guard', '[github] Backend call search_repositories failed with code -1'),
];
const filtered = (n: number) =>
  gw(
    'INFO',
    'difc',
    `[github] [DIFC-FILTERED] {"server_id":"github","tool_name":"list_issues","description":"issue:octo-org/app#${n}","reason":"Resource 'issue:octo-org/app#${n}' has lower integrity than agent requires. The agent cannot read data with integrity below \\"approved\\".","secrecy_tags":[],"integrity_tags":["none:octo-org/app","unapproved:octo-org/app"]}`,
  );

describe('guard-lookup-failed', () => {
  it('warns which lookups failed, how many, why, and how many items the run filtered', async () => {
    const a = await analyzeFiles(
      {
        [P.gateway]: lines(
          ...guardedPreamble(['octo-org/app']),
          ...permissionLookup('user2'),
          ...permissionLookup('user3'),
          filtered(2),
          filtered(3),
        ),
      },
      undefined,
      { id: '801' },
    );
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].count).toBe(2);
    expect(f[0].details).toEqual({
      guard: 'github',
      failed: 2,
      byTool: { get_collaborator_permission: 2 },
      reasons: { 'the gateway had no GitHub token': 2 },
      filteredInRuns: 2,
      failedByRun: { '801': 2 },
      filteredByRun: { '801': 2 },
    });
    expect(f[0].title).toBe(
      'Guard github labelled on less information: 2 lookups failed (get_collaborator_permission; the gateway had no GitHub token); 2 items filtered in that run',
    );
    expect(f[0].recommendation).toMatch(/GitHub token/);
    expect(f[0].evidence.map((e) => e.line)).toEqual([12, 19]);
    expect(a.facts.status).toBe('warning');
  });

  it('names failed visibility lookups and their reason; merged across runs, every number is the merged one', async () => {
    const one = await analyzeFiles(
      { [P.gateway]: lines(...guardedPreamble(['octo-org/app']), ...permissionLookup('user2'), filtered(2)) },
      undefined,
      { id: '901' },
    );
    const two = await analyzeFiles(
      {
        [P.gateway]: lines(
          ...guardedPreamble(['octo-org/app']),
          ...visibilityLookup(),
          ...visibilityLookup(),
          filtered(5),
          filtered(6),
          filtered(7),
        ),
      },
      undefined,
      { id: '902' },
    );
    expect(findingsOf(two, RULE)[0].details.reasons).toEqual({
      'calling "tools/call": API rate limit exceeded for user': 2,
    });
    const report = buildReport([one.facts, two.facts], [...one.findings, ...two.findings], {
      target: null,
      window: { from: null, to: null },
    });
    const f = report.findings.filter((x) => x.rule === RULE);
    expect(f).toHaveLength(1);
    expect(f[0].runs).toEqual(['901', '902']);
    expect(f[0].count).toBe(3);
    expect(f[0].details).toEqual({
      guard: 'github',
      failed: 3,
      byTool: { get_collaborator_permission: 1, search_repositories: 2 },
      reasons: {
        'the gateway had no GitHub token': 1,
        'calling "tools/call": API rate limit exceeded for user': 2,
      },
      filteredInRuns: 4,
      failedByRun: { '901': 1, '902': 2 },
      filteredByRun: { '901': 1, '902': 3 },
    });
    expect(f[0].title).toBe(
      'Guard github labelled on less information: 3 lookups failed (search_repositories, get_collaborator_permission; calling "tools/call": API rate limit exceeded for user, the gateway had no GitHub token); 4 items filtered in those 2 runs',
    );
    expect(f[0].recommendation).toMatch(/GitHub token.*rate-limited/);
  });

  it('is silent on successful lookups and on lookup text inside payloads and backend stderr', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(['octo-org/app']),
        gw('DEBUG', 'guard:wasm', '[guard:github] INFO: >>> call_backend: tool=search_repositories'),
        gw('DEBUG', 'guard:wasm', '[guard:github] INFO: <<< call_backend returned 196 bytes'),
        gw(
          'INFO',
          'client',
          'MCP tool call response, session=test-key, tool=get_issue, result={"content":[{"type":"text","text":"[ERROR] [guard] [github] <<< call_backend FAILED with code -1"}]}',
        ),
        gw(
          'INFO',
          'backend',
          '[github] [stderr] [ERROR] [guard] [github] <<< call_backend FAILED with code -1',
        ),
        gw('DEBUG', 'guard:wasm', '[guard:github] ERROR: <<< call_backend FAILED with code -1'),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
  });
});
