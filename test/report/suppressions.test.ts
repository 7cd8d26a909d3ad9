// Accepted findings (issue 13 item 7): the config's suppressions, by fingerprint or by rule plus detail values, with
// a reason and an expiry date. Suppressed findings leave the counts, the verdict, the gates and the annotations, are
// listed apart with their reason, and come back when they expire; expired or unmatched suppressions are named.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, ConfigError, parseConfig } from '../../src/config.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { parseSuppressions } from '../../src/report/suppressions.js';
import { gate } from '../../src/report/verdict.js';
import { annotationsOf } from '../../src/sinks/summary.js';
import { expectValidReport } from '../e2e/fixtures.js';
import { examplesReport } from './support.js';

const NOW = new Date('2026-12-04T12:00:00Z');
const TRAP_FP = '61b139eae9ffbe32'; // W-1 of the examples (wasm-guard-trap in Smoke Copilot)

function withSuppressions(list: unknown[]) {
  return examplesReport({ ...DEFAULT_CONFIG, suppressions: list }, NOW);
}

describe('suppressions: the config', () => {
  it('accepts the list in the config file and rejects mistakes with the entry and what is expected', () => {
    const ok = parseConfig(
      { suppressions: [{ fingerprint: TRAP_FP, reason: 'known guard bug', expires: '2027-01-31' }] },
      RULE_IDS,
    );
    expect(parseSuppressions(ok.suppressions, RULE_IDS)).toEqual([
      { fingerprint: TRAP_FP, rule: null, details: null, reason: 'known guard bug', expires: '2027-01-31' },
    ]);
    expect(() => parseConfig({ suppressions: {} }, RULE_IDS)).toThrow(/"suppressions" must be an array/);
    const bad: [unknown, RegExp][] = [
      [{ fingerprint: TRAP_FP, expires: '2027-01-31' }, /suppressions\[0\]: "reason"/],
      [{ fingerprint: TRAP_FP, reason: 'x' }, /suppressions\[0\]: "expires" must be a date/],
      [{ fingerprint: TRAP_FP, reason: 'x', expires: 'soon' }, /"expires" must be a date/],
      [{ rule: 'no-such-rule', reason: 'x', expires: '2027-01-31' }, /unknown rule "no-such-rule"/],
      [{ reason: 'x', expires: '2027-01-31' }, /by "fingerprint" or by "rule"/],
      [{ rule: 'firewall-block', detail: {}, reason: 'x', expires: '2027-01-31' }, /unknown key "detail"/],
      [{ fingerprint: 'W-1', reason: 'x', expires: '2027-01-31' }, /"fingerprint" must be/],
    ];
    for (const [entry, message] of bad) {
      expect(() => parseSuppressions([entry], RULE_IDS)).toThrow(ConfigError);
      expect(() => parseSuppressions([entry], RULE_IDS)).toThrow(message);
    }
  });
});

describe('suppressions: the report', () => {
  it('a suppressed finding leaves the counts, gates, annotations and SARIF, and is listed with its reason', async () => {
    const report = await withSuppressions([
      { fingerprint: TRAP_FP, reason: 'guard bug reported upstream', expires: '2026-12-31' },
      {
        rule: 'firewall-block',
        details: { domains: { domain: 'PyPI.org' } },
        reason: 'pip is optional',
        expires: '2026-12-04',
      },
    ]);
    expect(report.summary).toMatchObject({ critical: 0, warning: 1, info: 1, verdict: 'findings' });
    expect(report.findings.map((f) => `${f.id} ${f.rule}`)).toEqual([
      'W-1 direct-api-bypass',
      'I-1 difc-filtering-summary',
    ]);
    expect(report.suppressed?.map((s) => [s.finding.id, s.finding.rule, s.reason])).toEqual([
      ['S-1', 'wasm-guard-trap', 'guard bug reported upstream'],
      ['S-2', 'firewall-block', 'pip is optional'],
    ]);
    expect(report.suppressionNotes).toBeUndefined();
    expectValidReport(report); // the JSON Schema knows suppressed[], and the counts still add up
    // The Smoke Copilot run had only the trap: no longer a warning run.
    expect(report.runs.find((r) => r.workflow === 'Smoke Copilot')?.status).toBe('ok');
    expect(annotationsOf(report).map((a) => a.title)).toEqual(['integrity-audit W-1: direct-api-bypass']);
    expect(gate(report, { failOn: 'warning', requireFullCoverage: false }).reason).toMatch(
      /0 critical and 1 warning/,
    );
    const sarif = JSON.parse(renderSarif(report)) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0].results.map((r) => r.ruleId)).toEqual(['direct-api-bypass']);
    const md = renderMarkdown(report);
    expect(md).toContain('<details><summary><b>Accepted findings</b> (2)</summary>');
    expect(md).toMatch(/wasm-guard-trap` · accepted until 2026-12-31: guard bug reported upstream/);
    expect(md).not.toContain('#### S-1');
  });

  it('every finding suppressed: the verdict is clean again, and the gate passes', async () => {
    const report = await withSuppressions([
      { rule: 'wasm-guard-trap', reason: 'a', expires: '2027-01-01' },
      { rule: 'direct-api-bypass', reason: 'b', expires: '2027-01-01' },
    ]);
    expect(report.summary).toMatchObject({ critical: 0, warning: 0, verdict: 'clean' });
    expect(gate(report, { failOn: 'warning', requireFullCoverage: true }).code).toBe(0);
  });

  it('an expired suppression gives its finding back and is named; an unmatched one is named', async () => {
    const report = await withSuppressions([
      { fingerprint: TRAP_FP, reason: 'guard bug', expires: '2026-12-03' },
      {
        rule: 'firewall-block',
        details: { domains: { domain: 'example.org' } },
        reason: 'old',
        expires: '2027-01-01',
      },
    ]);
    expect(report.summary).toMatchObject({ warning: 2, info: 2 });
    expect(report.suppressed).toBeUndefined();
    expectValidReport(report);
    expect(report.suppressionNotes).toEqual([
      'Suppression 1 (fingerprint 61b139eae9ffbe32, "guard bug") expired on 2026-12-03: its findings are back (W-1); renew it or remove it.',
      'Suppression 2 (rule firewall-block, "old") matched no finding: remove it if the problem is gone.',
    ]);
    const md = renderMarkdown(report);
    expect(md).toMatch(/^> - Suppression 1 .*expired on 2026-12-03: its findings are back \\\(W-1\\\)/m);
  });
});
