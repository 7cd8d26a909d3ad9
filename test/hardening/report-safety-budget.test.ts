// Report safety, size: a report of 10,000 findings across 2,000 runs, every value hostile (backtick runs, `</details>`,
// pipes, HTML, multi-byte text), still gives an issue body within GitHub's 65,536 characters (and the 60,000 budget)
// and a job summary within 1 MiB; the body says what it left out, keeps the state block intact, and is never cut
// inside a fence, a `<details>` block or the state comment.
import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { reliabilityRecorder } from '../support/reliability.js';
import { buildReport } from '../../src/report/build.js';
import { parseState, stateOf } from '../../src/report/state.js';
import { code } from '../../src/util/sanitize.js';
import { ruleById } from '../../src/rules/index.js';
import type { RawFinding, Report, RunFacts, Severity } from '../../src/model/types.js';
import {
  balance,
  hostileText,
  ISSUE_BODY_BUDGET,
  NOW,
  outputsOf,
  structureOf,
  tagsOf,
  TARGET,
  toHtml,
} from './report-safety-support.js';
import { SUMMARY_BUDGET } from '../../src/sinks/summary.js';

const rel = reliabilityRecorder(import.meta.url);

const GITHUB_BODY_LIMIT = 65_536;
const MIB = 1024 * 1024;

/** Multi-byte text: 3 bytes per character (CJK), 4 per emoji, and `@` that neutralising turns into 4 bytes. */
const WIDE = ['漢字仮名交じり文', '🔥🔥🔥', '@@@@', '—…—…', 'ÄÖÜß'];

function texts(seed: number, n: number): string[] {
  const hostile = fc.sample(hostileText, { seed, numRuns: n });
  return hostile.map(
    (h, i) => `${h} ${WIDE[i % WIDE.length].repeat(1 + (i % 7))} ${'`'.repeat(1 + (i % 9))}`,
  );
}

const RULES: { rule: string; severity: Severity }[] = [
  { rule: 'scope-violation', severity: 'critical' },
  { rule: 'guard-bypass', severity: 'critical' },
  { rule: 'wasm-guard-trap', severity: 'warning' },
  { rule: 'labeling-failure', severity: 'warning' },
  { rule: 'gateway-error', severity: 'warning' },
  { rule: 'unlabeled-passthrough', severity: 'warning' },
  { rule: 'firewall-block', severity: 'info' },
  { rule: 'auth-rejected', severity: 'info' },
];

/** `n` distinct findings over `runCount` runs, every value (and 5 × 400-character excerpts) hostile. */
function bigReport(n: number, runCount: number, titleOf?: (t: string, i: number) => string): Report {
  const t = texts(7, 997);
  const pick = (i: number) => t[i % t.length];
  const runs: RunFacts[] = Array.from({ length: runCount }, (_, i) => ({
    id: String(30_000_000_000 + i),
    workflow: pick(i),
    branch: pick(i + 1),
    url: `https://github.com/octo/app/actions/runs/${30_000_000_000 + i}`,
    agentInvoked: true,
    gatewayVersion: 'v0.4.1',
    difc: { filtered: i, guarded: true },
    firewall: { blocked: 1, total: 10 },
    status: 'warning',
    coverage: 'full',
  }));
  const raw: RawFinding[] = [];
  for (let i = 0; i < n; i++) {
    const { rule, severity } = RULES[i % RULES.length];
    const run = runs[i % runCount].id;
    const a = pick(i * 3);
    const b = pick(i * 3 + 1);
    raw.push({
      rule,
      severity,
      title: titleOf ? titleOf(a, i) : `${ruleById(rule)!.meta.title}: ${code(a)} on ${code(b)} #${i}`,
      run,
      key: { n: i },
      count: 1 + (i % 5),
      details: {
        server: a,
        tool: b,
        message: pick(i * 3 + 2),
        byTool: { [a]: 3, [b]: 2 },
        domains: [{ domain: a, blocks: 2 }],
      },
      evidence: Array.from({ length: 5 }, (_, k) => ({
        run,
        file: `agent/mcp-logs/${pick(i + k)}.log`,
        line: 10 + k,
        excerpt:
          (pick(i + k) + ' </details> ``` | <img src=x onerror=alert(1)> ').repeat(20).slice(0, 400) + '…',
      })),
      recommendation: `${ruleById(rule)!.meta.fix} ${pick(i + 5)}`,
    });
  }
  return buildReport(runs, raw, {
    target: TARGET,
    window: { from: '2026-07-19T09:00:00Z', to: '2026-07-20T09:00:00Z' },
    generatedAt: NOW,
  });
}

/** The body, as the issue receives it, checked for everything the budget must preserve. */
function checkBody(body: string, report: Report): void {
  expect(body.length).toBeLessThanOrEqual(ISSUE_BODY_BUDGET);
  expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  // The state block: last, whole, parseable, and the same state the next audit compares with.
  expect(body.trimEnd().endsWith('-->')).toBe(true);
  // (Its history also holds the audits before this one, when the issue had them: compared apart.)
  const { history, ...parsed } = parseState(body)!;
  const { history: own, ...expected } = stateOf(report);
  expect(parsed).toEqual(expected);
  expect(history?.at(-1)).toEqual(own?.at(-1));
  const { comments } = tagsOf(toHtml(body));
  expect(comments).toHaveLength(1);
  expect(comments[0].startsWith(' integrity-audit:state ')).toBe(true);
  // Never cut inside a fence or a <details> block.
  const b = balance(body);
  expect(b.fencesOpen).toBe(false);
  expect(b.detailsOpen).toBe(b.detailsClose);
}

describe('report safety: size budgets', () => {
  it('10,000 findings over 2,000 runs: issue body ≤ 60,000 characters, job summary ≤ 1 MiB, cuts announced', async () => {
    const report = bigReport(10_000, 2_000);
    expect(report.findings).toHaveLength(10_000);
    const out = await outputsOf(report);

    checkBody(out.body, report);
    expect(out.body).toMatch(/\d+ findings? not shown here to stay within GitHub's size limit/);
    expect(out.body).toContain('Evidence excerpts were shortened or left out');
    expect(out.body).toMatch(/> \d+ more runs? in the JSON report\./);
    // the layout survives: summary table, severity sections, runs table, recommendations
    const s = structureOf(toHtml(out.body));
    expect(s.details).toBe(3);
    expect(s.tables.map((t) => t[0])).toEqual([3, 8]); // Runs Analyzed: 8 columns (with Coverage)

    expect(Buffer.byteLength(out.summary, 'utf8')).toBeLessThanOrEqual(MIB);
    expect(Buffer.byteLength(out.summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_BUDGET);
    const sb = balance(out.summary);
    expect(sb.fencesOpen).toBe(false);
    expect(sb.detailsOpen).toBe(sb.detailsClose);
    expect(out.summary).toMatch(/not shown here|Evidence excerpts were shortened/);

    // The comment on new findings lists 30 and counts the rest.
    expect(out.comment).toMatch(/^- … and \d+ more$/m);
    expect(out.comment.split('\n').filter((l) => l.startsWith('- 🔴') || l.startsWith('- 🟡'))).toHaveLength(
      30,
    );
    rel.record(
      'Report safety',
      '10,000 hostile findings over 2,000 runs (multi-byte text, backtick runs, `</details>`, HTML in every value)',
      'issue body ≤ 60,000 characters, job summary ≤ 1 MiB (counted in bytes); cuts announced; state block, fences and `<details>` intact',
    );
  });

  it('titles that only fit in the last resort (8,000 characters each) still leave a valid body', async () => {
    const report = bigReport(2_000, 50, (a, i) => `${code(a.repeat(200), 8_000)} ${i}`.slice(0, 8_100));
    const out = await outputsOf(report);
    checkBody(out.body, report);
    expect(out.body).toContain('The full report is too large for an issue body; see the JSON report.');
    expect(Buffer.byteLength(out.summary, 'utf8')).toBeLessThanOrEqual(MIB);
    rel.record(
      'Report safety',
      '2,000 findings with 8,000-character titles (no detail level fits)',
      'header, note and the whole state block only; within budget',
    );
  });

  it('state titles full of `-`, `<`, `>` (escaped six-fold in the state comment) do not push the body over the limit', async () => {
    // 120 findings whose titles are 100 characters that the state block must escape (`-` → \u002d).
    const report = bigReport(120, 10, (_a, i) => `${code('-<>'.repeat(40), 98)}${i}`);
    const out = await outputsOf(report);
    checkBody(out.body, report);
    rel.record(
      'Report safety',
      '120 findings with titles of `-`, `<`, `>` (six characters each once escaped in the state comment)',
      'state titles dropped when the escaped block is too big: body ≤ 60,000 characters, state parseable',
    );
  });
});
