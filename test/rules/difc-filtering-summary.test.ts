// difc-filtering-summary: normal filtering, counted by server, tool and reason from one source: the JSONL records
// when they exist (never also their `[DIFC-FILTERED]` copies in mcp-gateway.log and ⟨server⟩.log), plus the proxy's
// per-request counts.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.js';
import { analyzeFiles, findingsOf, gw, guardedPreamble, lines, P } from '../support/harness.js';

const RULE = 'difc-filtering-summary';

const INTEGRITY = (d: string) =>
  `Resource '${d}' has lower integrity than agent requires. The agent cannot read data with integrity below "approved".`;
const SECRECY = (d: string, s: string) =>
  `Resource '${d}' has secrecy requirements that agent doesn't meet. The agent is not authorized to access private (${s})-scoped data.`;

const ITEMS = [
  {
    server_id: 'github',
    tool_name: 'list_issues',
    description: 'issue:github/gh-aw#4211',
    reason: INTEGRITY('issue:github/gh-aw#4211'),
    secrecy_tags: [],
    integrity_tags: ['none:github/gh-aw', 'unapproved:github/gh-aw'],
    author_association: 'NONE',
    author_login: 'octocat',
    html_url: 'https://github.com/github/gh-aw/issues/4211',
    number: '4211',
  },
  {
    server_id: 'github',
    tool_name: 'list_issues',
    description: 'issue:github/gh-aw#4212',
    reason: INTEGRITY('issue:github/gh-aw#4212'),
    secrecy_tags: [],
    integrity_tags: ['none:github/gh-aw', 'unapproved:github/gh-aw'],
    number: '4212',
  },
  {
    server_id: 'github',
    tool_name: 'search_repositories',
    description: 'repo:octo-org/internal-tools',
    reason: SECRECY('repo:octo-org/internal-tools', 'octo-org/internal-tools'),
    secrecy_tags: ['private:octo-org/internal-tools'],
    integrity_tags: [
      'none:octo-org/internal-tools',
      'unapproved:octo-org/internal-tools',
      'approved:octo-org/internal-tools',
    ],
  },
];

const jsonl = (i: (typeof ITEMS)[number], n: number) =>
  JSON.stringify({
    timestamp: `2026-07-19T14:03:0${n}.850Z`,
    event: 'difc_filtered',
    _schema: 'difc-filtered/v2',
    ...i,
  });
const legacy = (i: (typeof ITEMS)[number]) =>
  JSON.stringify({ timestamp: '2026-04-02T10:00:00.123456789Z', type: 'DIFC_FILTERED', ...i });
const gatewayCopy = (i: (typeof ITEMS)[number]) =>
  gw('INFO', 'difc', `[github] [DIFC-FILTERED] ${JSON.stringify(i)}`);
const serverCopy = (i: (typeof ITEMS)[number]) => gw('INFO', 'difc', `[DIFC-FILTERED] ${JSON.stringify(i)}`);

const EXPECTED = {
  filtered: 3,
  byServer: { github: 3 },
  byTool: { list_issues: 2, search_repositories: 1 },
  byReason: { integrity: 2, secrecy: 1 },
};

describe('difc-filtering-summary', () => {
  it('counts each filtered item once from the JSONL, not triple-counted with the text copies', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...guardedPreamble(), ...ITEMS.map(gatewayCopy)),
      'agent/mcp-logs/github.log': lines(...ITEMS.map(serverCopy)),
      [P.jsonl]: lines(
        JSON.stringify({
          timestamp: '2026-07-19T14:03:01.840Z',
          event: 'rpc_response',
          _schema: 'rpc-message/v2',
          direction: 'IN',
          server_id: 'github',
          payload: { jsonrpc: '2.0', id: 7, result: { content: [{ type: 'text', text: '{"issues":[]}' }] } },
        }),
        ...ITEMS.map(jsonl),
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].count).toBe(3);
    expect(f[0].details).toEqual(EXPECTED);
    expect(f[0].evidence.map((e) => [e.file, e.line])).toEqual([
      [P.jsonl, 2],
      [P.jsonl, 3],
    ]);
    expect(a.facts.difc).toEqual({ filtered: 3, guarded: true });
    expect(a.facts.status).toBe('ok');
  });

  it('counts legacy `type: DIFC_FILTERED` records', async () => {
    const a = await analyzeFiles({
      [P.jsonl]: lines(...ITEMS.map(legacy)),
      [P.gateway]: lines(...ITEMS.map(gatewayCopy)),
    });
    expect(findingsOf(a, RULE)[0].details).toEqual(EXPECTED);
  });

  it('falls back to mcp-gateway.log without JSONL (never adding the server log copies)', async () => {
    const u = await analyzeFiles({
      [P.gateway]: lines(...guardedPreamble(), ...ITEMS.map(gatewayCopy)),
      'agent/mcp-logs/github.log': lines(...ITEMS.map(serverCopy)),
    });
    expect(findingsOf(u, RULE)[0].details).toEqual(EXPECTED);
    expect(findingsOf(u, RULE)[0].evidence[0].file).toBe(P.gateway);
    expect(u.facts.difc.filtered).toBe(3);
  });

  it('falls back to the server log when there is neither JSONL nor mcp-gateway.log', async () => {
    const s = await analyzeFiles({ 'agent/mcp-logs/github.log': lines(...ITEMS.map(serverCopy)) });
    expect(findingsOf(s, RULE)[0]?.details).toEqual(EXPECTED);
    expect(findingsOf(s, RULE)[0].evidence[0].file).toBe('agent/mcp-logs/github.log');
    expect(s.facts.difc.filtered).toBe(3);
  });

  it('adds the proxy per-request counts (the proxy writes no per-item records)', async () => {
    const a = await analyzeFiles({
      [P.jsonl]: lines(...ITEMS.map(jsonl)),
      [P.proxy]: lines(
        gw('INFO', 'proxy', 'DIFC filtered 2/5 items for GET /repos/github/gh-aw/issues (tool=list_issues)'),
        gw(
          'INFO',
          'proxy',
          'DIFC filtered 0/4 items for GET /repos/github/gh-aw/pulls (tool=list_pull_requests)',
        ),
        gw(
          'INFO',
          'proxy',
          'DIFC filtered 1/1 items for GET /repos/github/gh-aw/commits (tool=list_commits)',
        ),
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f[0].count).toBe(6);
    expect(f[0].details).toEqual({
      filtered: 6,
      byServer: { github: 3, proxy: 3 },
      byTool: { list_issues: 4, search_repositories: 1, list_commits: 1 },
      byReason: { integrity: 2, secrecy: 1, proxy: 3 },
    });
    expect(a.facts.difc.filtered).toBe(6);
  });

  it('is silent when nothing was filtered, and on filter markers inside payloads and backend stderr', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw(
          'INFO',
          'client',
          `MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=get_issue, result={"content":[{"type":"text","text":"[DIFC-FILTERED] ${JSON.stringify(ITEMS[0]).replace(/"/g, '\\"')}"}]}`,
        ),
        gw('INFO', 'backend', `[github] [stderr] [DIFC-FILTERED] ${JSON.stringify(ITEMS[0])}`),
        gw(
          'DEBUG',
          'rpc',
          `github←resp 300b {"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"{\\"event\\":\\"difc_filtered\\"}"}]}}`,
        ),
      ),
      [P.proxy]: lines(
        gw(
          'INFO',
          'proxy',
          'DIFC filtered 0/4 items for GET /repos/github/gh-aw/pulls (tool=list_pull_requests)',
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
            id: 7,
            result: { content: [{ type: 'text', text: JSON.stringify(ITEMS[0]) }] },
          },
        }),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
    expect(a.facts.difc.filtered).toBe(0);
  });

  it('merges the summaries of several runs, summing every count', async () => {
    const one = await analyzeFiles({ [P.jsonl]: lines(...ITEMS.map(jsonl)) }, undefined, { id: '201' });
    const two = await analyzeFiles({ [P.jsonl]: lines(jsonl(ITEMS[0], 1)) }, undefined, { id: '202' });
    const report = buildReport([one.facts, two.facts], [...one.findings, ...two.findings], {
      target: null,
      window: { from: null, to: null },
    });
    const f = report.findings.filter((x) => x.rule === RULE);
    expect(f).toHaveLength(1);
    expect(f[0].runs).toEqual(['201', '202']);
    expect(f[0].count).toBe(4);
    expect(f[0].details).toEqual({
      filtered: 4,
      byServer: { github: 4 },
      byTool: { list_issues: 3, search_repositories: 1 },
      byReason: { integrity: 3, secrecy: 1 },
    });
  });

  it("merged over ten runs of 60 filtered items, the title says 600, not one run's 60", async () => {
    const sixty = Array.from({ length: 60 }, (_, i) =>
      jsonl({ ...ITEMS[0], description: `issue:github/gh-aw#${i}` }, 1),
    );
    const runs = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        analyzeFiles({ [P.jsonl]: lines(...sixty) }, undefined, { id: `40${i}` }),
      ),
    );
    expect(findingsOf(runs[0], RULE)[0].title).toBe('60 items filtered');
    const report = buildReport(
      runs.map((r) => r.facts),
      runs.flatMap((r) => r.findings),
      { target: null, window: { from: null, to: null } },
    );
    const f = report.findings.filter((x) => x.rule === RULE);
    expect(f).toHaveLength(1);
    expect(f[0].count).toBe(600);
    expect(f[0].details.filtered).toBe(600);
    expect(f[0].title).toBe('600 items filtered');
  });

  describe('strict mode (the whole response withheld)', () => {
    // As the real gateway (v0.4.10) writes a strict block: debug count, STRICT warning, the client error naming the tool.
    const strictCall = (violating: number, total: number, tool: string) => [
      gw(
        'DEBUG',
        'server:unified',
        `[DIFC] Filtered collection: ${total - violating}/${total} items accessible`,
      ),
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

    it('reports a strict block as information: which tool, how many items, which run', async () => {
      const a = await analyzeFiles(
        { [P.gateway]: lines(...guardedPreamble(), ...strictCall(1, 4, 'list_issues')) },
        undefined,
        { id: '501' },
      );
      const f = findingsOf(a, RULE);
      expect(f).toHaveLength(1);
      expect(f[0].severity).toBe('info');
      expect(f[0].details).toEqual({
        filtered: 0,
        byServer: {},
        byTool: {},
        byReason: {},
        strict: { blocks: 1, violating: 1, items: 4, byTool: { list_issues: 1 }, byRun: { '501': 1 } },
      });
      expect(f[0].title).toBe(
        'Strict mode withheld 1 whole response of list_issues (1 of 4 items violated the policy)',
      );
      expect(f[0].evidence.map((e) => e.line)).toEqual([8]);
      expect(a.findings.map((x) => x.rule)).toEqual([RULE]);
    });

    it('sums strict blocks with the filtered items, and merges them across runs', async () => {
      const one = await analyzeFiles(
        {
          [P.jsonl]: lines(...ITEMS.map(jsonl)),
          [P.gateway]: lines(
            ...guardedPreamble(),
            ...strictCall(1, 4, 'list_issues'),
            ...strictCall(2, 3, 'get_me'),
          ),
        },
        undefined,
        { id: '601' },
      );
      const two = await analyzeFiles(
        { [P.gateway]: lines(...guardedPreamble(), ...strictCall(1, 2, 'list_issues')) },
        undefined,
        { id: '602' },
      );
      expect(findingsOf(one, RULE)[0].title).toBe(
        '3 items filtered; strict mode withheld 2 whole responses of get_me, list_issues (3 of 7 items violated the policy)',
      );
      const report = buildReport([one.facts, two.facts], [...one.findings, ...two.findings], {
        target: null,
        window: { from: null, to: null },
      });
      const f = report.findings.filter((x) => x.rule === RULE);
      expect(f).toHaveLength(1);
      expect(f[0].details.strict).toEqual({
        blocks: 3,
        violating: 4,
        items: 9,
        byTool: { list_issues: 2, get_me: 1 },
        byRun: { '601': 2, '602': 1 },
      });
      expect(f[0].title).toBe(
        '3 items filtered; strict mode withheld 3 whole responses of get_me, list_issues (4 of 9 items violated the policy) in 2 runs',
      );
    });

    it('a proxy strict block (no total, no tool) is still reported', async () => {
      const a = await analyzeFiles({
        [P.proxy]: lines(gw('DEBUG', 'proxy:handler', '[DIFC] STRICT: blocking response — 2 filtered items')),
      });
      expect(findingsOf(a, RULE)[0].details.strict).toEqual({
        blocks: 1,
        violating: 2,
        items: null,
        byTool: { '(unknown tool)': 1 },
        byRun: { '1001': 1 },
      });
    });

    it('strict-mode text inside payloads and backend stderr is data', async () => {
      const a = await analyzeFiles({
        [P.gateway]: lines(
          ...guardedPreamble(),
          gw(
            'INFO',
            'client',
            'MCP tool call response, session=test-key, tool=get_issue, result={"content":[{"type":"text","text":"STRICT MODE: Blocking entire response - 1/4 items violate DIFC policy"}]}',
          ),
          gw(
            'INFO',
            'backend',
            '[github] [stderr] [WARN] [difc] STRICT MODE: Blocking entire response - 1/4 items',
          ),
          gw(
            'DEBUG',
            'rpc',
            'github←resp 120b {"jsonrpc":"2.0","id":3,"result":{"content":[{"type":"text","text":"STRICT MODE: Blocking entire response - 1/4 items violate DIFC policy"}]}}',
          ),
        ),
      });
      expect(findingsOf(a, RULE)).toEqual([]);
    });
  });
});
