// Findings for people: the rules return plain text and values (message templates with code marked, `describe` lines);
// the renderers format them. Checked on the Markdown as GitHub renders it (micromark + GFM): code values are code
// spans, no literal backticks or JSON key names in the prose, real plurals; the text view and the annotations are
// plain text without backticks.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import type { Finding, Report, RunFacts } from '../../src/model/types.js';
import { buildReport } from '../../src/report/build.js';
import { detailLines, markdownRuleText, richMarkdown } from '../../src/report/finding-text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { RULES } from '../../src/rules/index.js';
import { annotationsOf } from '../../src/sinks/summary.js';
import { c, formatMessage, marked, plural, rich, toPlain } from '../../src/util/message.js';

const RUN: RunFacts = {
  id: '31314173898',
  workflow: 'Smoke Copilot',
  branch: 'main',
  url: null,
  agentInvoked: true,
  gatewayVersion: 'v0.4.10',
  difc: { filtered: 3, guarded: true },
  firewall: { blocked: 3, total: 10 },
  status: 'warning',
  coverage: 'full',
};

/** Raw findings with the details the rules produce (their shapes as in the rule tests). */
const RAW: [string, number, Record<string, unknown>, Finding['message'] | null][] = [
  [
    'wasm-guard-trap',
    1,
    {
      guard: 'github',
      func: 'label_response',
      cause: 'unreachable',
      followOnFailures: 2,
      refusedTools: ['issue_read', 'list_pull_requests'],
    },
    { id: 'refused', data: { guard: 'github', func: 'label_response', cause: 'unreachable', refused: 2 } },
  ],
  [
    'backend-lost',
    4,
    {
      server: 'github',
      callsBefore: 1,
      failedAfter: 4,
      error: 'connection closed: EOF',
      failedTools: { get_issue: 2, list_issues: 2 },
    },
    null,
  ],
  [
    'direct-api-bypass',
    3,
    {
      domains: [
        { domain: 'api.github.com', blocks: 2, ports: ['443'] },
        { domain: 'github.com', blocks: 1, ports: ['443', '80'] },
      ],
      source: 'access.log',
      likelyCause: 'the agent made direct network calls (e.g. curl or an SDK) instead of using the MCP tools',
    },
    { id: 'default', data: { domains: ['api.github.com', 'github.com'], blocks: 3 } },
  ],
  [
    'guard-lookup-failed',
    2,
    {
      guard: 'github',
      failed: 2,
      byTool: { get_collaborator_permission: 2 },
      reasons: { 'the gateway had no GitHub token': 2 },
      filteredInRuns: 1,
      failedByRun: { '31314173898': 2 },
      filteredByRun: { '31314173898': 1 },
    },
    null,
  ],
  [
    'difc-filtering-summary',
    1,
    { filtered: 1, byServer: { github: 1 }, byTool: { search_issues: 1 }, byReason: { integrity: 1 } },
    null,
  ],
  ['firewall-block', 1, { domains: [{ domain: 'pypi.org', blocks: 1, ports: ['443'] }] }, null],
];

function report(): Report {
  return buildReport(
    [RUN],
    RAW.map(([rule, count, details, message]) => ({
      rule,
      severity: RULES.find((r) => r.meta.id === rule)!.meta.defaultSeverity,
      title: 'ignored: titles come from the messages',
      ...(message ? { message } : {}),
      run: RUN.id,
      key: {},
      count,
      details,
      evidence: [],
      recommendation: RULES.find((r) => r.meta.id === rule)!.meta.fix,
    })),
    { target: 'octo-org/app', window: { from: null, to: null } },
  );
}

/** The text of rendered HTML outside code spans and blocks. */
function prose(html: string): string {
  return html
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;/g, ' ');
}

const KEYS =
  /followOnFailures|refusedTools|byServer|byTool|byReason|likelyCause|failedTools|callsBefore|failedAfter|filteredInRuns|failedByRun/;

describe('finding texts', () => {
  it('titles are plain text in the JSON, with the message values beside them', () => {
    const r = report();
    const wasm = r.findings.find((f) => f.rule === 'wasm-guard-trap')!;
    expect(wasm.title).toBe(
      'WASM guard github trapped in label_response (unreachable); 2 later calls refused',
    );
    expect(wasm.message).toEqual({
      id: 'refused',
      data: { guard: 'github', func: 'label_response', cause: 'unreachable', refused: 2 },
    });
    for (const f of r.findings) {
      expect(f.title, f.rule).not.toContain('`');
      expect(f.title, f.rule).not.toContain('(s)');
    }
    const lost = r.findings.find((f) => f.rule === 'backend-lost')!;
    expect(lost.title).toBe(
      'Backend of github lost after serving 1 call; 4 later calls failed (connection closed: EOF)',
    );
  });

  it('the Markdown renders code as code, and no backticks, key names or "(s)" in the prose', () => {
    const md = renderMarkdown(report(), { includeState: false });
    const findings = md.slice(md.indexOf('<details'), md.indexOf('### Runs Analyzed'));
    const html = micromark(findings, {
      allowDangerousHtml: true,
      extensions: [gfm()],
      htmlExtensions: [gfmHtml()],
    });
    const text = prose(html);
    expect(text).not.toContain('`');
    expect(text).not.toMatch(KEYS);
    expect(text).not.toContain('(s)');
    // Values that are code are code spans, in titles, details, why and fix.
    for (const v of [
      'github',
      'label_response',
      'issue_read',
      'api.github.com',
      'get_collaborator_permission',
      'network.allowed',
      'tools.github',
    ])
      expect(html).toContain(`<code>${v}</code>`);
    // The details read as sentences and small lists: firewall domains as `host` ×n (ports).
    expect(findings).toContain('- `api.github.com` ×2 \\(443\\)');
    expect(findings).toContain('- `github.com` ×1 \\(443, 80\\)');
    expect(findings).toContain('- 2 later calls refused: `issue_read`, `list_pull_requests`.');
    expect(findings).toContain('Calls lost: `get_issue` ×2, `list_issues` ×2.');
  });

  it('the text view and the annotations are plain text: no backticks, no key names', () => {
    const r = report();
    const text = renderText(r);
    const findings = text.slice(text.indexOf('WARNING'));
    expect(findings).not.toContain('`');
    expect(findings).not.toMatch(KEYS);
    expect(findings).toContain('api.github.com ×2 (443)');
    for (const a of annotationsOf(r)) {
      expect(a.message).not.toContain('`');
      expect(a.message).not.toContain('(s)');
    }
  });

  it('details no rule describes read under worded keys, never the raw key', () => {
    const lines = detailLines({
      rule: 'no-such-rule',
      details: { followOnFailures: 2 },
      count: 1,
      runs: ['1'],
    });
    expect(lines.map(toPlain)).toEqual(['Follow on failures: 2']);
  });

  it('hostile values stay inside their code spans, and text around them is escaped', () => {
    const md = richMarkdown(rich`Tool ${c('x` <b>@octocat</b> [a](https://e.example)')} *done*`);
    const html = micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    expect(html).not.toMatch(/<b>|<a |<em>/);
    expect(md).toContain('\\*done\\*');
    expect(markdownRuleText('Add it to `network.allowed`.')).toBe('Add it to `network.allowed`.');
  });
});

describe('message templates', () => {
  it('fills values, marks code by backtick spans, lists code values one span each, and says real plurals', () => {
    expect(formatMessage('`{{tool}}` filtered {{n:item:items}}', { tool: 'list_issues', n: 1 })).toEqual([
      { code: 'list_issues' },
      ' filtered 1 item',
    ]);
    expect(toPlain(formatMessage('{{n:call:calls}}', { n: 3 }))).toBe('3 calls');
    expect(formatMessage('of `{{tools}}`', { tools: ['a', 'b'] })).toEqual([
      'of ',
      { code: 'a' },
      ', ',
      { code: 'b' },
    ]);
    expect(formatMessage('`{{method}} {{path}}`', { method: 'GET', path: '/x' })).toEqual([
      { code: 'GET /x' },
    ]);
    expect(marked('use `tools.github` here')).toEqual(['use ', { code: 'tools.github' }, ' here']);
    expect(plural(0, 'run', 'runs')).toBe('0 runs');
  });

  it('every template of every rule fills without a leftover placeholder', () => {
    for (const r of RULES)
      for (const [id, t] of Object.entries(r.meta.messages)) {
        const names = [...t.matchAll(/\{\{\s*([A-Za-z0-9_]+)/g)].map((m) => m[1]);
        const data = Object.fromEntries(names.map((n) => [n, 2]));
        expect(toPlain(formatMessage(t, data)), `${r.meta.id}.${id}`).not.toMatch(/\{\{|\}\}/);
      }
  });
});
