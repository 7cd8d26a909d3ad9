// repeated-filtering: the same item filtered for integrity in several runs of one workflow within the audit (a
// cross-run rule: each run reports its items, the report keeps those filtered in at least `minRuns` runs).
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import type { AuditConfig } from '../../src/config.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildReport } from '../../src/report/build.js';
import { RULE_SPECS } from '../../src/rules/index.js';
import { analyzeFiles, findingsOf, guardedPreamble, gw, lines, P } from '../support/harness.js';

const RULE = 'repeated-filtering';

const INTEGRITY = (d: string) =>
  `Resource '${d}' has lower integrity than agent requires. The agent cannot read data with integrity below "approved".`;
const SECRECY = (d: string) =>
  `Resource '${d}' has secrecy requirements that agent doesn't meet. The agent is not authorized to access private (octo-org/internal)-scoped data.`;

const filtered = (description: string, reason = INTEGRITY(description), tool = 'list_issues') =>
  gw(
    'INFO',
    'difc',
    `[github] [DIFC-FILTERED] ${JSON.stringify({
      server_id: 'github',
      tool_name: tool,
      description,
      reason,
      secrecy_tags: [],
      integrity_tags: ['none:github/gh-aw'],
    })}`,
  );

const run = (id: string, workflow: string | null, items: string[], config?: AuditConfig) =>
  analyzeFiles({ [P.gateway]: lines(...guardedPreamble(), ...items) }, config, { id, workflow });

async function reportOf(runs: Awaited<ReturnType<typeof run>>[]) {
  return buildReport(
    runs.map((r) => r.facts),
    runs.flatMap((r) => r.findings),
    { target: 'octo-org/app', window: { from: null, to: null } },
  );
}

describe('repeated-filtering', () => {
  it('reports an item filtered in two runs of one workflow, naming the item, the workflow and the fix', async () => {
    const one = await run('101', 'Issue Triage', [
      filtered('issue:github/gh-aw#12'),
      filtered('issue:github/gh-aw#12'),
      filtered('issue:github/gh-aw#13'),
    ]);
    const two = await run('102', 'Issue Triage', [
      filtered('issue:github/gh-aw#12', undefined, 'search_issues'),
    ]);
    const report = await reportOf([one, two]);
    const f = report.findings.filter((x) => x.rule === RULE);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: 'info',
      runs: ['101', '102'],
      count: 3,
      title: 'issue:github/gh-aw#12 filtered in 2 runs of Issue Triage',
      message: { id: 'default', data: { item: 'issue:github/gh-aw#12', workflow: 'Issue Triage', runs: 2 } },
    });
    expect(f[0].details).toMatchObject({
      byTool: { list_issues: 2, search_issues: 1 },
      byRun: { '101': 2, '102': 1 },
    });
    expect(f[0].recommendation).toMatch(/`trusted-users`.*approval label.*`min-integrity`/);
    // #13 was filtered in one run only: not reported.
    expect(report.findings.some((x) => x.details.item === 'issue:github/gh-aw#13')).toBe(false);

    // Rendered for people: code spans for the item and the workflow, no key names, real plurals.
    const body = renderMarkdown(report, { includeState: false });
    expect(body).toContain('`issue:github/gh-aw#12` filtered in 2 runs of `Issue Triage`');
    expect(body).toContain('was filtered 3 times in 2 runs of `Issue Triage`');
    expect(body).toMatch(/`list_issues` ×2, `search_issues` ×1/);
    expect(body).not.toMatch(/byTool|byRun/);
  });

  it('never reports an item filtered in one run, however often, nor across different workflows', async () => {
    const one = await run('201', 'Issue Triage', [
      filtered('pr:github/gh-aw#7'),
      filtered('pr:github/gh-aw#7'),
    ]);
    const other = await run('202', 'Daily Report', [filtered('pr:github/gh-aw#7')]);
    const report = await reportOf([one, other]);
    expect(report.findings.filter((x) => x.rule === RULE)).toEqual([]);
    expect(report.summary.info).toBe(report.findings.length);
  });

  it('counts integrity filtering of named items only (not secrecy, not `issue:#unknown` or `resource:` items)', async () => {
    const items = [
      filtered('repo:octo-org/internal', SECRECY('repo:octo-org/internal')),
      filtered('issue:#unknown'),
      filtered('resource:list_issues'),
      filtered(''),
    ];
    expect(findingsOf(await run('301', 'Issue Triage', items), RULE)).toEqual([]);
  });

  it('takes its threshold from the rule option `minRuns` (default 2)', async () => {
    const three = parseConfig({ rules: { [RULE]: { options: { minRuns: 3 } } } }, RULE_SPECS);
    const items = [filtered('issue:github/gh-aw#12')];
    const twoRuns = [await run('401', 'Triage', items, three), await run('402', 'Triage', items, three)];
    expect((await reportOf(twoRuns)).findings.filter((x) => x.rule === RULE)).toEqual([]);
    const threeRuns = [...twoRuns, await run('403', 'Triage', items, three)];
    const f = (await reportOf(threeRuns)).findings.filter((x) => x.rule === RULE);
    expect(f.map((x) => x.title)).toEqual(['issue:github/gh-aw#12 filtered in 3 runs of Triage']);
  });

  it('is off with the rule off', async () => {
    const off = parseConfig({ rules: { [RULE]: 'off' } }, RULE_SPECS);
    const items = [filtered('issue:github/gh-aw#12')];
    const runs = [await run('501', 'Triage', items, off), await run('502', 'Triage', items, off)];
    expect((await reportOf(runs)).findings.filter((x) => x.rule === RULE)).toEqual([]);
  });
});
