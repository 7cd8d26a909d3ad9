// unscoped-integrity-tag: a per-item `integrity_tags` entry is a bare level (`approved`, `merged`, `unapproved`)
// instead of `level:scope` (FORMATS.md §8.3). Items are counted once, from the JSONL when it exists.
import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingsOf, gw, guardedPreamble, lines, P } from '../support/harness.js';

const RULE = 'unscoped-integrity-tag';

interface Item {
  tool?: string;
  description: string;
  integrity: string[] | null;
  secrecy?: string[] | null;
}

function itemFields(i: Item): Record<string, unknown> {
  return {
    server_id: 'github',
    tool_name: i.tool ?? 'list_issues',
    description: i.description,
    reason: `Resource '${i.description}' has lower integrity than agent requires. The agent cannot read data with integrity below "approved".`,
    secrecy_tags: i.secrecy === undefined ? [] : i.secrecy,
    integrity_tags: i.integrity,
  };
}

const jsonl = (i: Item) =>
  JSON.stringify({
    timestamp: '2026-07-19T14:03:01.850Z',
    event: 'difc_filtered',
    _schema: 'difc-filtered/v2',
    ...itemFields(i),
  });
const legacyJsonl = (i: Item) =>
  JSON.stringify({ timestamp: '2026-04-02T10:00:00.5Z', type: 'DIFC_FILTERED', ...itemFields(i) });
const gatewayCopy = (i: Item) =>
  gw('INFO', 'difc', `[github] [DIFC-FILTERED] ${JSON.stringify(itemFields(i))}`);
const serverCopy = (i: Item) => gw('INFO', 'difc', `[DIFC-FILTERED] ${JSON.stringify(itemFields(i))}`);

const ITEMS: Item[] = [
  { description: 'issue:github/gh-aw#1', integrity: ['none:github/gh-aw', 'unapproved'] },
  { description: 'issue:github/gh-aw#2', integrity: ['approved', 'none', 'unapproved'] },
  { description: 'issue:github/gh-aw#3', integrity: ['none:github/gh-aw', 'unapproved:github/gh-aw'] },
  { tool: 'search_code', description: 'file:src/a.go', integrity: ['merged'] },
];

describe('unscoped-integrity-tag', () => {
  it('reports bare levels per server and tool, counting each item once from the JSONL (not its two text copies)', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...guardedPreamble(), ...ITEMS.map(gatewayCopy)),
      'agent/mcp-logs/github.log': lines(...ITEMS.map(serverCopy)),
      [P.jsonl]: lines(...ITEMS.map(jsonl)),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(2);
    const issues = f.find((x) => x.details.tool === 'list_issues')!;
    expect(issues.severity).toBe('warning');
    expect(issues.count).toBe(2);
    expect(issues.details).toEqual({
      server: 'github',
      tool: 'list_issues',
      tags: ['approved', 'unapproved'],
    });
    expect(issues.evidence.map((e) => [e.file, e.line])).toEqual([
      [P.jsonl, 1],
      [P.jsonl, 2],
    ]);
    const code = f.find((x) => x.details.tool === 'search_code')!;
    expect(code.count).toBe(1);
    expect(code.details).toEqual({ server: 'github', tool: 'search_code', tags: ['merged'] });
  });

  it('reads legacy `type: DIFC_FILTERED` records', async () => {
    const a = await analyzeFiles({ [P.jsonl]: lines(...ITEMS.map(legacyJsonl)) });
    expect(
      findingsOf(a, RULE)
        .map((x) => x.count)
        .sort(),
    ).toEqual([1, 2]);
  });

  it('falls back to the mcp-gateway.log copies when there is no JSONL (and never adds the server log)', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...guardedPreamble(), ...ITEMS.map(gatewayCopy)),
      'agent/mcp-logs/github.log': lines(...ITEMS.map(serverCopy)),
    });
    const issues = findingsOf(a, RULE).find((x) => x.details.tool === 'list_issues')!;
    expect(issues.count).toBe(2);
    expect(issues.evidence[0].file).toBe(P.gateway);
  });

  it('accepts scoped, composite, bare `none` and bare `blocked` tags', async () => {
    const a = await analyzeFiles({
      [P.jsonl]: lines(
        jsonl({
          description: 'issue:github/gh-aw#4',
          integrity: ['none:github/gh-aw', 'unapproved:github/gh-aw'],
        }),
        jsonl({
          description: 'issue:github/gh-aw#5',
          integrity: ['integrity=approved;scopes=github/gh-aw,github/gh-aw-mcpg'],
        }),
        jsonl({ description: 'issue:github/gh-aw#6', integrity: ['none', 'blocked'] }),
        jsonl({ description: 'repo:octo-org/app', integrity: ['approved:all', 'merged:public'] }),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
  });

  it('ignores bare levels outside per-item records (agent labels, payloads)', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw(
          'INFO',
          'difc',
          '[github] label_agent response: session=4f1c9a2e7b3d4c1e, guard=github, response={"agent":{"secrecy":[],"integrity":["none","unapproved","approved"]},"difc_mode":"filter"}',
        ),
        gw(
          'INFO',
          'client',
          'MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=get_issue, result={"content":[{"type":"text","text":"{\\"integrity_tags\\":[\\"approved\\"]}"}]}',
        ),
        gw(
          'DEBUG',
          'rpc',
          `github←resp 200b {"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"[DIFC-FILTERED] {\\"integrity_tags\\":[\\"merged\\"]}"}]}}`,
        ),
        gw('INFO', 'backend', `[github] [stderr] [DIFC-FILTERED] ${JSON.stringify(itemFields(ITEMS[0]))}`),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
  });
});
