// Report safety, Markdown: log text that carries mentions, issue references, links, HTML, fences, table pipes or
// `<details>` tags reaches the issue body, its comment and the job summary as inert text. Checked on the HTML GitHub
// would render (micromark + GFM): a hostile run renders with exactly the structure of a benign run of the same shape,
// pings nobody, links nothing, and injects no HTML.
import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { reliabilityRecorder } from '../support/reliability.js';
import { parseState, stateOf } from '../../src/report/state.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import {
  balance,
  EXPECTED_RULES,
  fitSlots,
  hostileReport,
  hostileText,
  PAYLOADS,
  outputsOf,
  PINGS,
  REPORT_TAGS,
  SLOT_KINDS,
  structureOf,
  tagsOf,
  textOutsideCode,
  toHtml,
  type Slots,
} from './report-safety-support.js';
import type { Report } from '../../src/model/types.js';

const rel = reliabilityRecorder(import.meta.url);

const SEED = 20260721;

/** Every slot of the run with hostile text in it (fitted to what the field can carry). */
const hostileSlots: fc.Arbitrary<Slots> = fc
  .record(
    Object.fromEntries(Object.keys(SLOT_KINDS).map((k) => [k, hostileText])) as Record<
      keyof Slots,
      fc.Arbitrary<string>
    >,
  )
  .map((raw) => {
    const v = fitSlots(raw);
    // a server id within the rpc record's first 128 bytes
    v.server = v.server.slice(0, 60);
    return v;
  });

/** The same run with plain words: the structure every hostile variant must render to. */
const BENIGN: Slots = fitSlots({
  runId: '123',
  workflow: 'Smoke Copilot',
  branch: 'main',
  url: 'https://example.com/runs/123',
  server: 'other',
  guard: 'github',
  func: 'labelresponse',
  cause: 'unreachable',
  tool: 'listissues',
  session: 'abc',
  error: 'boom',
  reason: 'invalid API key',
  path: '/mcp/github',
  repo: 'other',
  description: 'issue one',
  method: 'GET',
  endpoint: '/repos/o/r/x',
  domain: 'example',
  userAgent: 'curl',
  noteFile: 'agent',
});

interface Rendered {
  report: Report;
  body: string;
  comment: string;
  summary: string;
}

async function render(v: Slots): Promise<Rendered> {
  const report = await hostileReport(v);
  const out = await outputsOf(report);
  return { report, body: out.body, comment: out.comment, summary: out.summary };
}

/** What a hostile rendering must not contain, beyond having the benign structure. */
function injected(md: string): string[] {
  const html = toHtml(md);
  const { tags, comments } = tagsOf(html);
  const problems: string[] = [];
  for (const t of tags) {
    if (!REPORT_TAGS.has(t.name)) problems.push(`tag <${t.name}>`);
    if (/\son[a-z]+\s*=/i.test(t.attrs)) problems.push(`event handler in <${t.name}${t.attrs}>`);
    if (
      t.name === 'a' &&
      !t.close &&
      !/^ href="https:\/\/github\.com\/octo\/app\/actions\/runs\/\d+"$/.test(t.attrs) &&
      // The report's own in-page links to a finding (`#w-1`) and the anchors they point at.
      !/^ (?:href="#|name=")[ciw]-\d+"$/.test(t.attrs)
    )
      problems.push(`link <a${t.attrs}>`);
  }
  for (const c of comments)
    if (!c.startsWith(' integrity-audit:state ')) problems.push(`comment <!--${c.slice(0, 40)}-->`);
  const text = textOutsideCode(html);
  for (const [what, re] of PINGS) {
    const m = re.exec(text);
    if (m) problems.push(`${what} in text: …${text.slice(Math.max(0, m.index - 30), m.index + 30)}…`);
  }
  const b = balance(md);
  if (b.fencesOpen) problems.push('unclosed fence');
  if (b.detailsOpen !== b.detailsClose)
    problems.push(`<details> ${b.detailsOpen} opened, ${b.detailsClose} closed`);
  return problems;
}

describe('report safety: Markdown', () => {
  it('the benign run renders the full layout (the reference the hostile runs are compared with)', async () => {
    const r = await render(BENIGN);
    expect([...new Set(r.report.findings.map((f) => f.rule))].sort()).toEqual(EXPECTED_RULES);
    const s = structureOf(toHtml(r.body));
    expect(s.headings).toEqual([
      'h3',
      'h3',
      'h4',
      'h4',
      'h4',
      'h4',
      'h4',
      'h4',
      'h4',
      'h4',
      'h4',
      'h4',
      'h4',
      'h4',
      'h3',
      'h3',
    ]);
    expect(s.details).toBe(3);
    // Findings Summary: header + 3 severities, 3 columns; Runs Analyzed: header + 1 run, 8 columns (with Coverage)
    expect(s.tables).toEqual([
      [3, 3, 3, 3],
      [8, 8],
    ]);
    expect(injected(r.body)).toEqual([]);
    expect(injected(r.summary)).toEqual([]);
    expect(injected(r.comment)).toEqual([]);
  });

  it('hostile text in every field keeps the structure, pings nobody, links nothing, injects no HTML (fast-check, 120 runs)', async () => {
    const ref = await render(BENIGN);
    const refBody = structureOf(toHtml(ref.body));
    const refSummary = structureOf(toHtml(ref.summary));
    const refComment = structureOf(toHtml(ref.comment));
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(hostileSlots, async (v) => {
        const r = await render(v);
        // Same findings shape as the benign run: the hostile values went through the same parsers and rules.
        expect(r.report.findings.map((f) => `${f.id} ${f.rule}`)).toEqual(
          ref.report.findings.map((f) => `${f.id} ${f.rule}`),
        );
        for (const [name, md, want] of [
          ['body', r.body, refBody],
          ['summary', r.summary, refSummary],
          ['comment', r.comment, refComment],
        ] as const) {
          const got = structureOf(toHtml(md));
          expect(got.headings, name).toEqual(want.headings);
          expect(got.details, name).toBe(want.details);
          expect(got.tables, name).toEqual(want.tables);
          expect(got.images, name).toBe(0);
          expect(got.links, name).toEqual(want.links);
          expect(got.sequence, name).toEqual(want.sequence);
          expect(injected(md), name).toEqual([]);
        }
        // The hidden state block is intact and still describes this report.
        // (Its history also holds the audits before this one: compared apart.)
        const { history, ...parsed } = parseState(r.body)!;
        const { history: own, ...expected } = stateOf(r.report);
        expect(parsed).toEqual(expected);
        expect(history?.at(-1)).toEqual(own?.at(-1));
        runs++;
      }),
      { seed: SEED, numRuns: 120 },
    );
    expect(runs).toBe(120);
    rel.record(
      'Report safety',
      '120 generated runs: mentions, #N / owner/repo#N / GH-N, issue URLs, links, images, HTML, comments, fences, pipes, headings in 20 log fields',
      'issue body, comment and job summary render with the benign structure (headings, details, tables, tags); no ping, link or raw HTML',
    );
  });

  it('every payload alone, in every field at once, is inert', async () => {
    const ref = structureOf(toHtml((await render(BENIGN)).body));
    for (const p of PAYLOADS) {
      const v = fitSlots(
        Object.fromEntries(Object.keys(SLOT_KINDS).map((k) => [k, `${p} x ${p}`])) as unknown as Slots,
      );
      const r = await render(v);
      const s = structureOf(toHtml(r.body));
      expect(s.sequence, JSON.stringify(p)).toEqual(ref.sequence);
      expect(injected(r.body), JSON.stringify(p)).toEqual([]);
      expect(injected(r.summary), JSON.stringify(p)).toEqual([]);
      expect(injected(r.comment), JSON.stringify(p)).toEqual([]);
    }
    rel.record(
      'Report safety',
      `each of ${PAYLOADS.length} Markdown/HTML payloads in all 20 log fields`,
      'same tag sequence as the benign report; nothing injected',
    );
  });

  it('a run URL that is not an Actions run is not linked; an Actions run URL is', async () => {
    const forged = await render({ ...BENIGN, url: 'https://github.com/octo/app/issues/1' });
    expect(structureOf(toHtml(forged.body)).links.filter((l) => l !== '' && !l.startsWith('#'))).toEqual([]);
    const broken = await render({ ...BENIGN, url: 'https://github.com/octo/app/actions/runs/1%E0%A4%A' });
    expect(structureOf(toHtml(broken.body)).links.filter((l) => l !== '' && !l.startsWith('#'))).toEqual([]);
    const real = await render({ ...BENIGN, url: 'https://github.com/octo/app/actions/runs/31314173898' });
    expect(structureOf(toHtml(real.body)).links).toContain(
      'https://github.com/octo/app/actions/runs/31314173898',
    );
    rel.record(
      'Report safety',
      'run.json url pointing at an issue, or malformed (%E0%A4%A)',
      'not linked (only Actions run URLs are); no crash',
    );
  });

  it('the job summary and the issue body agree on structure without the state block', async () => {
    const r = await render(BENIGN);
    const body = renderMarkdown(r.report, { periodLabel: 'Last 24 hours', includeState: false });
    expect(structureOf(toHtml(body)).headings).toEqual(structureOf(toHtml(r.summary)).headings);
    expect(tagsOf(toHtml(r.summary)).comments).toEqual([]);
  });
});
