// empty-integrity-tags: a filtered item carries `null` or empty integrity tags (kept apart: `null` = no label object).
import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingsOf, gw, guardedPreamble, lines, P } from '../support/harness.js';

const RULE = 'empty-integrity-tags';

function fields(
  tool: string,
  description: string,
  integrity: string[] | null,
  secrecy: string[] | null = [],
): Record<string, unknown> {
  return {
    server_id: 'github',
    tool_name: tool,
    description,
    reason: `Resource '${description}' has lower integrity than agent requires. The agent cannot read data with integrity below "approved".`,
    secrecy_tags: secrecy,
    integrity_tags: integrity,
  };
}
const jsonl = (f: Record<string, unknown>) =>
  JSON.stringify({
    timestamp: '2026-07-19T14:03:01.850Z',
    event: 'difc_filtered',
    _schema: 'difc-filtered/v2',
    ...f,
  });
const gatewayCopy = (f: Record<string, unknown>) =>
  gw('INFO', 'difc', `[github] [DIFC-FILTERED] ${JSON.stringify(f)}`);

const ITEMS = [
  fields('list_issues', 'issue:github/gh-aw#1', null),
  fields('list_issues', 'issue:github/gh-aw#2', []),
  fields('list_issues', 'issue:github/gh-aw#3', null, null),
  fields('list_issues', 'issue:github/gh-aw#4', ['none:github/gh-aw']),
  fields('get_file_contents', 'file:.env', [], ['private:github/gh-aw']),
];

describe('empty-integrity-tags', () => {
  it('reports null and empty tags per server and tool, counted once from the JSONL', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...guardedPreamble(), ...ITEMS.map(gatewayCopy)),
      [P.jsonl]: lines(...ITEMS.map(jsonl)),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(2);
    const issues = f.find((x) => x.details.tool === 'list_issues')!;
    expect(issues.severity).toBe('warning');
    expect(issues.count).toBe(3);
    expect(issues.details).toEqual({ server: 'github', tool: 'list_issues', null: 2, empty: 1 });
    expect(issues.evidence.map((e) => [e.file, e.line])).toEqual([
      [P.jsonl, 1],
      [P.jsonl, 2],
      [P.jsonl, 3],
    ]);
    const files = f.find((x) => x.details.tool === 'get_file_contents')!;
    expect(files.count).toBe(1);
    expect(files.details).toEqual({ server: 'github', tool: 'get_file_contents', null: 0, empty: 1 });
  });

  it('reads the mcp-gateway.log copies when there is no JSONL', async () => {
    const a = await analyzeFiles({ [P.gateway]: lines(...guardedPreamble(), ...ITEMS.map(gatewayCopy)) });
    const issues = findingsOf(a, RULE).find((x) => x.details.tool === 'list_issues')!;
    expect(issues.count).toBe(3);
    expect(issues.evidence[0].file).toBe(P.gateway);
  });

  it('stays quiet when every item has integrity tags (empty secrecy tags are normal: public data)', async () => {
    const a = await analyzeFiles({
      [P.jsonl]: lines(
        jsonl(fields('list_issues', 'issue:github/gh-aw#4', ['none:github/gh-aw'], [])),
        jsonl(fields('list_issues', 'issue:github/gh-aw#5', ['none'], null)),
      ),
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw(
          'INFO',
          'client',
          'MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=get_issue, result={"content":[{"type":"text","text":"{\\"integrity_tags\\":null}"}]}',
        ),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
  });
});
