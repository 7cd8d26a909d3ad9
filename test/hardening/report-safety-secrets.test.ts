// Report safety, secrets: tokens written into log lines at random places (every parsed field that reaches a finding,
// a run fact or an evidence excerpt) never reach the issue body, its comment, the job summary, the annotations, the
// terminal view or the JSON report: not whole, and not 8 characters of one.
import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { reliabilityRecorder } from '../support/reliability.js';
import { analyzeFiles, gw, guardedPreamble, lines, P } from '../support/harness.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { buildReport } from '../../src/report/build.js';
import { EXCERPT_MAX } from '../../src/parsers/common.js';
import {
  EXPECTED_RULES,
  fitSlots,
  hostileReport,
  outputsOf,
  TARGET,
  NOW,
  type Outputs,
  type Slots,
} from './report-safety-support.js';
import { leaksIn, secretSlots, tokenArb, TOKEN_KINDS, type Token } from './report-safety-tokens.js';

const rel = reliabilityRecorder(import.meta.url);

const SEED = 20260720;

function leaksOf(out: Outputs, secrets: string[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const [name, text] of Object.entries(out)) {
    const l = leaksIn(text, secrets);
    if (l.length > 0) found[name] = l;
  }
  return found;
}

describe('report safety: secrets', () => {
  it('secrets at random places in every untrusted field reach no output (fast-check, 150 runs)', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(secretSlots, async ({ slots, secrets }) => {
        const report = await hostileReport(slots);
        // The values did reach the findings: every rule the run folder exercises fired.
        expect([...new Set(report.findings.map((f) => f.rule))].sort()).toEqual(EXPECTED_RULES);
        const out = await outputsOf(report);
        expect(out.comment).not.toBe('');
        expect(out.annotations).not.toBe('');
        expect(leaksOf(out, secrets)).toEqual({});
        checked++;
      }),
      { seed: SEED, numRuns: 150 },
    );
    expect(checked).toBeGreaterThanOrEqual(150);
    rel.record(
      'Report safety',
      '150 generated runs: GitHub, Slack, AWS, Azure, GCP tokens, bearer/authorization headers, session ids at random places in 20 log fields',
      'no token (nor 8 characters of one) in issue body, comment, job summary, annotations, text view or JSON report',
    );
  });

  it('a token cut by the 400-character excerpt limit, at every offset, leaves nothing usable', async () => {
    // One fixed sample of every kind (generated with the fixed seed), placed so the excerpt cut falls at each of its
    // characters in turn.
    const samples: Token[] = TOKEN_KINDS.flatMap((k) => fc.sample(tokenArb[k], { seed: SEED, numRuns: 2 }));
    let cases = 0;
    for (const t of samples) {
      for (let cut = 1; cut < t.text.length; cut++) {
        const head = gw(
          'ERROR',
          'backend',
          'MCP backend connection failed: server=github, command=docker, args=[run], error=',
        );
        const pad = 'x'.repeat(EXCERPT_MAX - head.length - cut - 1) + ' ';
        const line = head + pad + t.text + ' tail';
        expect(line.slice(0, EXCERPT_MAX)).toBe(head + pad + t.text.slice(0, cut));
        const a = await analyzeFiles({ [P.gateway]: lines(...guardedPreamble(), line) }, DEFAULT_CONFIG);
        const report = buildReport([a.facts], a.findings, {
          target: TARGET,
          window: { from: null, to: null },
          generatedAt: NOW,
        });
        expect(report.findings.some((f) => f.rule === 'gateway-error')).toBe(true);
        const leaks = leaksOf(await outputsOf(report), t.secrets);
        expect(leaks, `${t.kind} cut after ${cut} characters`).toEqual({});
        cases++;
      }
    }
    rel.record(
      'Report safety',
      `${samples.length} tokens straddling the 400-character excerpt cut, at every offset (${cases} cases)`,
      'the cut part is redacted too: no 8 characters of a token in any output',
    );
  });

  it('a token cut by the 300-character error-message limit of a finding, at every offset, leaves nothing usable', async () => {
    const samples: Token[] = TOKEN_KINDS.flatMap((k) =>
      fc.sample(tokenArb[k], { seed: SEED + 1, numRuns: 2 }),
    );
    let cases = 0;
    for (const t of samples) {
      for (let cut = 1; cut < t.text.length; cut++) {
        // labeling-failure keeps the first 300 characters of the error as details.error
        const pad = 'y'.repeat(300 - cut - 1) + ' ';
        const line = gw('WARN', 'difc', `[github] Guard labeling failed: ${pad}${t.text} tail`);
        const a = await analyzeFiles({ [P.gateway]: lines(...guardedPreamble(), line) }, DEFAULT_CONFIG);
        const report = buildReport([a.facts], a.findings, {
          target: TARGET,
          window: { from: null, to: null },
          generatedAt: NOW,
        });
        const f = report.findings.find((x) => x.rule === 'labeling-failure');
        expect(f).toBeDefined();
        // the error text runs past 300 characters with the token across the cut
        expect(pad.length).toBeLessThan(300);
        expect(pad.length + t.text.length).toBeGreaterThan(300);
        const leaks = leaksOf(await outputsOf(report), t.secrets);
        expect(leaks, `${t.kind} cut after ${cut} characters`).toEqual({});
        cases++;
      }
    }
    rel.record(
      'Report safety',
      `${samples.length} tokens straddling the 300-character error-message cut of a finding, at every offset (${cases} cases)`,
      'no 8 characters of a token in details, JSON report or any rendering',
    );
  });

  it('secrets in run metadata (run id, workflow, branch, run URL) reach no output', async () => {
    const [gh] = fc.sample(tokenArb.gh, { seed: SEED, numRuns: 1 });
    const [pat] = fc.sample(tokenArb.github_pat, { seed: SEED, numRuns: 1 });
    const [slack] = fc.sample(tokenArb.slack, { seed: SEED, numRuns: 1 });
    const [bearer] = fc.sample(tokenArb.bearer, { seed: SEED, numRuns: 1 });
    const base: Slots = fitSlots({
      runId: gh.text,
      workflow: `Smoke ${pat.text} ${bearer.text}`,
      branch: `feature/${slack.text}`,
      url: `https://x-access-token:${gh.text}@github.com/octo/app/actions/runs/1`,
      server: 'other',
      guard: 'github',
      func: 'label_response',
      cause: 'unreachable',
      tool: 'list_issues',
      session: 'abc',
      error: 'boom',
      reason: 'invalid API key',
      path: '/mcp/github',
      repo: 'other',
      description: 'issue 1',
      method: 'GET',
      endpoint: '/repos/o/r/x',
      domain: 'example',
      userAgent: 'curl/7',
      noteFile: 'agent',
    });
    const report = await hostileReport(base);
    const secrets = [gh, pat, slack, bearer].flatMap((t) => t.secrets);
    expect(leaksOf(await outputsOf(report), secrets)).toEqual({});
    rel.record(
      'Report safety',
      'tokens in the run id (folder name), workflow name, branch and run URL',
      'redacted in every output, JSON report included',
    );
  });
});
