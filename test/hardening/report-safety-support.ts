// Report safety helpers: a run folder whose untrusted fields (workflow, branch, run id, server, guard, tool, session,
// repository, domain, endpoint, error messages, …) all come from one set of values, run through the real pipeline
// (locate → parsers → rules → buildReport); every output the audit writes for that report; and a reader of the Markdown
// (micromark + GFM, as GitHub renders it) for structure, text outside code, links and raw HTML.
import { fc } from '@fast-check/vitest';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { gw, guardedPreamble, lines, memoryRun, P } from '../support/harness.js';
import { analyzeRun } from '../../src/engine/analyze.js';
import { collectEvidence } from '../../src/engine/collect.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { buildReport } from '../../src/report/build.js';
import { renderMarkdown, ISSUE_BODY_BUDGET } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { renderState } from '../../src/report/state.js';
import { stateOf } from '../../src/report/state.js';
import { annotationsOf, SUMMARY_BUDGET, summaryMarkdown } from '../../src/sinks/summary.js';
import { upsertIssue } from '../../src/sinks/issue.js';
import type { GitHubClient } from '../../src/github/client.js';
import type { CoverageNote, Report } from '../../src/model/types.js';

export const TARGET = 'octo/app';
export const NOW = new Date('2026-07-20T09:00:00.000Z');

/** The untrusted values of one run, each landing in a different parser field. */
export interface Slots {
  /** run folder name → run id (local mode: the name itself when it has no digits) */
  runId: string;
  /** aw_info.json `workflow_name` */
  workflow: string;
  /** aw_info.json `ref` (refs/heads/⟨branch⟩) */
  branch: string;
  /** run.json `url` */
  url: string;
  /** `[⟨server⟩] Guard policy:` prefix, rpc `⟨server⟩→tools/call`, DIFC-FILTERED `server_id`: [A-Za-z0-9_.:-]+, under 120 bytes */
  server: string;
  /** WASM guard trap `guard=`, label_agent `guard=`: no comma */
  guard: string;
  /** WASM guard trap `func=`: no comma */
  func: string;
  /** `wasm error: ⟨cause⟩`: one line */
  cause: string;
  /** `MCP tool call request/response, … tool=`: no comma */
  tool: string;
  /** `session=`: no comma */
  session: string;
  /** error texts (guard load failure, labeling failure, backend connection failure, tool arguments): one line */
  error: string;
  /** auth rejection reason: one line */
  reason: string;
  /** auth rejection path: no whitespace */
  path: string;
  /** tool result item `repository.full_name`: JSON string */
  repo: string;
  /** DIFC-FILTERED `description`: JSON string */
  description: string;
  /** UNRECOGNIZED-ENDPOINT `method` and `path`: JSON strings */
  method: string;
  endpoint: string;
  /** access.log destination host: no whitespace, no colon */
  domain: string;
  /** access.log user agent: no double quote */
  userAgent: string;
  /** a source's coverage note on an archive it refused (the archive's name; the reason carries `error`) */
  noteFile: string;
}

export type SlotKind = 'line' | 'nocomma' | 'nospace' | 'server' | 'json' | 'quoted' | 'host';

export const SLOT_KINDS: Record<keyof Slots, SlotKind> = {
  runId: 'nospace',
  workflow: 'json',
  branch: 'json',
  url: 'json',
  server: 'server',
  guard: 'nocomma',
  func: 'nocomma',
  cause: 'line',
  tool: 'nocomma',
  session: 'nocomma',
  error: 'line',
  reason: 'line',
  path: 'nospace',
  repo: 'json',
  description: 'json',
  method: 'json',
  endpoint: 'json',
  domain: 'host',
  userAgent: 'quoted',
  noteFile: 'line',
};

/** Makes a text fit a slot the way a real log would carry it (one line, no separators the format uses). */
export function fit(kind: SlotKind, text: string): string {
  switch (kind) {
    case 'json':
      return text;
    // One log line. U+2028/U+2029 are left out too: some record patterns use `.`, which stops at them, so the record
    // would not parse and the run would have a different findings shape (a parser limitation, not a report one).
    case 'line':
      return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
    case 'nocomma':
      return text.replace(/[\r\n\u2028\u2029,]+/g, ' ');
    case 'quoted':
      return text.replace(/[\r\n\u2028\u2029"]+/g, ' ');
    case 'nospace':
      return text.replace(/\s+/g, '');
    case 'host':
      return text.replace(/[\s:"]+/g, '');
    case 'server':
      return text.replace(/[^A-Za-z0-9_.:-]+/g, '');
  }
}

/** Fits every slot; guarantees the non-empty / distinct shapes the rules need (so benign and hostile agree). */
export function fitSlots(raw: Slots): Slots {
  const out = {} as Slots;
  for (const k of Object.keys(SLOT_KINDS) as (keyof Slots)[]) out[k] = fit(SLOT_KINDS[k], raw[k]);
  // Shapes the parsers need, whatever the value: a server id of at least one character, a destination with a dot
  // (single-label hosts are internal), a run id.
  out.server = `mcp-${out.server}`;
  out.domain = `${out.domain}.exfil.example`;
  out.runId = `run-${out.runId}`;
  out.repo = `evil/${out.repo}`;
  out.guard = `g-${out.guard}`;
  out.tool = `t-${out.tool}`;
  out.cause = `c-${out.cause}`;
  out.reason = `r-${out.reason}`;
  out.noteFile = `agent-${out.noteFile}.zip`;
  return out;
}

/** The run folder: every slot lands in a parsed field that reaches a finding, a run fact or an evidence excerpt. */
export function hostileFiles(v: Slots): Record<string, string> {
  const ts = (s: number) => `2026-07-19T14:02:${String(s).padStart(2, '0')}.000Z`;
  const policy = '{"allow-only":{"min-integrity":"approved","repos":["github/gh-aw"]}}';
  return {
    [P.awInfo]: JSON.stringify({
      workflow_name: v.workflow,
      ref: `refs/heads/${v.branch}`,
      event_name: 'schedule',
    }),
    'run.json': JSON.stringify({ url: v.url, conclusion: 'success' }),
    // the tool belongs to the guarded `github` server (so its results are checked against that server's policy)
    [P.tools]: JSON.stringify({ servers: { github: [{ name: v.tool }] } }),
    [P.gateway]: lines(
      ...guardedPreamble(),
      // guard-bypass (critical): a second server with a policy whose guard failed to load, still called
      gw('INFO', 'difc', `[${v.server}] Guard policy: ${policy}`, ts(12)),
      gw(
        'WARN',
        'difc',
        `[${v.server}] Failed to load discovered WASM guard from /guards/x.wasm: ${v.error}`,
        ts(13),
      ),
      gw(
        'DEBUG',
        'rpc',
        `${v.server}→tools/call 120b {"jsonrpc":"2.0","method":"tools/call","params":{"name":"x"}}`,
        ts(14),
      ),
      // scope-violation (critical): tool, session, repository full_name (JSON nested in content[].text)
      gw(
        'INFO',
        'client',
        `MCP tool call request, session=${v.session}, tool=${v.tool}, args=${JSON.stringify({ q: v.error })}`,
        ts(15),
      ),
      gw(
        'INFO',
        'client',
        `MCP tool call response, session=${v.session}, tool=${v.tool}, result=${JSON.stringify({
          content: [
            {
              type: 'text',
              text: JSON.stringify([{ number: 1, title: v.error, repository: { full_name: v.repo } }]),
            },
          ],
        })}`,
        ts(16),
      ),
      // wasm-guard-trap (warning): guard, func, cause
      gw(
        'ERROR',
        'backend',
        `WASM guard trap: guard=${v.guard}, func=${v.func}, error=WASM function call failed: wasm error: ${v.cause}`,
        ts(17),
      ),
      // labeling-failure (warning): the error text, and a failed session init with the session id and guard
      gw('WARN', 'difc', `[github] Guard labeling failed: ${v.error}`, ts(18)),
      gw(
        'ERROR',
        'difc',
        `[github] label_agent failed: session=${v.session}, guard=${v.guard}, error=invalid guard policy transport shape: ${v.error}`,
        ts(19),
      ),
      // gateway-error (warning): a backend connection failure with its error text
      gw(
        'ERROR',
        'backend',
        `MCP backend connection failed: server=${v.server}, command=docker, args=[run --rm -i x], error=${v.error}`,
        ts(20),
      ),
      // auth-rejected (info): reason and path
      gw('ERROR', 'auth', `Request rejected: ${v.reason}, remote=172.30.0.20:38404, path=${v.path}`, ts(21)),
      // difc-filtering-summary + unscoped-integrity-tag: server id, tool, description, reason
      gw(
        'INFO',
        'difc',
        `[DIFC-FILTERED] ${JSON.stringify({
          server_id: v.server,
          tool_name: v.tool,
          description: v.description,
          reason: `${v.reason} has lower integrity than agent requires`,
          integrity_tags: ['approved'],
          secrecy_tags: [],
        })}`,
        ts(22),
      ),
    ),
    // unlabeled-passthrough (warning): method and endpoint
    [P.proxy]: lines(
      gw(
        'WARN',
        'proxy',
        `[UNRECOGNIZED-ENDPOINT] ${JSON.stringify({ method: v.method, path: v.endpoint })}`,
        ts(23),
      ),
    ),
    // firewall-block (info): the destination and the user agent in the evidence line
    [P.access]: lines(
      `1774290909.186 172.30.0.20:55890 ${v.domain}:443 -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE ${v.domain}:443 "${v.userAgent}"`,
    ),
  };
}

/** The rules the run folder must fire (so every slot reached a finding). */
export const EXPECTED_RULES = [
  'guard-bypass',
  'scope-violation',
  'wasm-guard-trap',
  'labeling-failure',
  'unscoped-integrity-tag',
  'unlabeled-passthrough',
  'gateway-error',
  'firewall-block',
  'auth-rejected',
  'difc-filtering-summary',
  'evidence-missing',
].sort();

/** The run through the real pipeline, as a report of one target. */
export async function hostileReport(v: Slots): Promise<Report> {
  // The source refused one archive of the run (zip.ts writes such notes, naming the archive and why).
  const notes: CoverageNote[] = [
    { file: v.noteFile, reason: `refused: ${v.error}`, partial: true, kind: 'refused' },
  ];
  const input = memoryRun(
    hostileFiles(v),
    { id: v.runId, workflow: null, branch: null, url: null },
    { notes },
  );
  const a = analyzeRun(await collectEvidence(input), DEFAULT_CONFIG);
  return buildReport([a.facts], a.findings, {
    target: TARGET,
    window: { from: null, to: null },
    generatedAt: NOW,
  });
}

/** A previous audit issue of the target (no findings), young: the next audit updates it and comments on new findings. */
function fakeClient(): GitHubClient {
  const empty = buildReport([], [], { target: TARGET, window: { from: null, to: null }, generatedAt: NOW });
  const issue = {
    number: 7,
    title: '[integrity-audit] Integrity Filtering Audit — octo/app (2026-07-19)',
    body: `previous\n\n${renderState(stateOf(empty))}\n`,
    html_url: 'https://github.com/octo/app/issues/7',
    created_at: new Date(NOW.getTime() - 3_600_000).toISOString(),
  };
  const client = {
    paginate: async () => [issue],
    rest: { issues: { listForRepo: async () => ({ data: [issue] }) } },
  };
  return client as unknown as GitHubClient;
}

export interface Outputs {
  /** the issue body (renderMarkdown with the issue budget and the state block) */
  body: string;
  /** the comment on the issue listing new critical / warning findings */
  comment: string;
  /** the job summary (the Markdown writeSummary writes) */
  summary: string;
  /** core.error / core.warning messages */
  annotations: string;
  /** the terminal view */
  text: string;
  /** the JSON report (report-path, `--format json`) */
  json: string;
}

export async function outputsOf(report: Report): Promise<Outputs> {
  const issue = await upsertIssue(report, {
    client: fakeClient(),
    issueRepository: TARGET,
    target: TARGET,
    titlePrefix: '[integrity-audit] ',
    labels: ['integrity-audit', 'automation'],
    rotateDays: 7,
    dryRun: true,
    periodLabel: 'Last 24 hours',
    now: NOW,
  });
  return {
    body: issue.body,
    comment: issue.comment ?? '',
    summary: summaryMarkdown(report, 'Last 24 hours'),
    annotations: annotationsOf(report)
      .map((a) => `${a.level} ${a.title}: ${a.message}`)
      .join('\n'),
    text: renderText(report),
    json: JSON.stringify(report, null, 2),
  };
}

export { ISSUE_BODY_BUDGET, SUMMARY_BUDGET, renderMarkdown };

// ── Hostile Markdown ─────────────────────────────────────────────────────────────────────────────────────────────

/** Markdown and HTML that would change the report, ping someone or link something if it were not made inert. */
export const PAYLOADS = [
  '@octocat',
  '@github/security-team',
  '#123',
  'octo/app#123',
  'GH-123',
  'gh-7',
  'https://github.com/octo/app/issues/1',
  'https://github.com/octo/app/pull/2',
  'http://github.com/o/r/issues/3',
  'www.github.com/o/r/issues/4',
  '<https://github.com/o/r/issues/5>',
  '[click](https://github.com/o/r/issues/6)',
  '[ref]',
  '[ref]: https://github.com/o/r/issues/7',
  '![img](https://evil.example/x.png)',
  '[^1]',
  '</details>',
  '<details open><summary>x</summary>',
  '</summary>',
  '```',
  '````',
  '`',
  '``',
  '~~~',
  '|',
  '| a | b |',
  '|---|---|',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<!--',
  '-->',
  '<!-- hidden -->',
  '<a href="https://github.com/o/r/issues/8">x</a>',
  '# Heading',
  '### Findings Summary',
  '#### C-9 · fake',
  '- item',
  '* item',
  '+ item',
  '1. item',
  '> quote',
  '> [!WARNING]',
  '---',
  '===',
  '**bold**',
  '__bold__',
  '_em_',
  '~~del~~',
  '<br>',
  '<sub>x</sub>',
  '&lt;script&gt;',
  '&#64;octocat',
  '&#35;123',
  '\\',
  '\\|',
  '\\`',
  '    indented',
  ':smile:',
  '$x^2$',
  'javascript:alert(1)',
  'octocat@github.com',
  'issue #42 by @mona',
  '\u2028',
  '\u0000',
  '\u001b[31m',
  '\r',
  // secrets: redaction must not change the structure either (a redacted value must keep its code span closed)
  'Authorization: Bearer abcdefgh12345678',
  'password=hunter22',
  'session=4f1c9a2e7b3d4c1e',
  'AccountKey=abc/def==',
  '-----BEGIN PRIVATE KEY-----',
  'token ghp_abcdefghijklmnopqrstuvwxyz0123456789',
];

export const SEPARATORS = ['', ' ', '  ', '\n', '\n\n', '\t', ' | ', '\r\n'];

/** One to six payloads joined by separators (line breaks included). */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...PAYLOADS), { minLength: 1, maxLength: 6 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom(...SEPARATORS), { minLength: parts.length, maxLength: parts.length })
      .map((seps) => parts.map((p, i) => (i > 0 ? seps[i] : '') + p).join('')),
  );

// ── Markdown as GitHub renders it ─────────────────────────────────────────────────────────────────────────────────

/** Markdown → HTML with GFM; raw HTML is kept (GitHub keeps `<details>`, so must we, to see what the logs injected). */
export function toHtml(md: string): string {
  return micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

export interface Tag {
  close: boolean;
  name: string;
  attrs: string;
}

/** The tags of micromark's output: text is escaped there, so every `<` left starts a real tag or comment. */
export function tagsOf(html: string): { tags: Tag[]; comments: string[] } {
  const tags: Tag[] = [];
  const comments: string[] = [];
  for (const m of html.matchAll(/<!--([\s\S]*?)-->|<(\/?)([A-Za-z][A-Za-z0-9-]*)([^>]*)>/g)) {
    if (m[1] !== undefined) comments.push(m[1]);
    else tags.push({ close: m[2] === '/', name: m[3].toLowerCase(), attrs: m[4] });
  }
  return { tags, comments };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

function decode(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|#39|#x[0-9a-f]+|#\d+);/gi,
    (m, e: string) =>
      ENTITIES[e.toLowerCase()] ??
      (e[0] === '#'
        ? String.fromCodePoint(
            e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
          )
        : m),
  );
}

/** The text GitHub scans for mentions, references and autolinks: everything outside `<code>`, `<pre>` and comments. */
export function textOutsideCode(html: string): string {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<pre[\s>][\s\S]*?<\/pre>/g, ' ')
    .replace(/<code[\s>][\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]*>/g, ' ');
  return decode(stripped);
}

/** What GitHub would turn into a notification or a link in text: mentions, issue references, bare URLs. */
export const PINGS: [string, RegExp][] = [
  ['@mention', /(?<![\w`])@[A-Za-z0-9]/],
  ['#N reference', /#\d/],
  ['GH-N reference', /GH-\d/i],
  ['bare URL', /(?:https?|ftp):\/\/|www\./i],
];

export interface Structure {
  /** h1–h6 in order */
  headings: string[];
  details: number;
  /** per table: column count of every row (header row first) */
  tables: number[][];
  /** every tag name in document order (inline ones included) */
  sequence: string[];
  links: string[];
  images: number;
}

export function structureOf(html: string): Structure {
  const { tags } = tagsOf(html);
  const headings = tags.filter((t) => !t.close && /^h[1-6]$/.test(t.name)).map((t) => t.name);
  const details = tags.filter((t) => !t.close && t.name === 'details').length;
  const tables: number[][] = [];
  let row = -1;
  for (const t of tags) {
    if (t.close) continue;
    if (t.name === 'table') tables.push([]);
    else if (t.name === 'tr') tables[tables.length - 1].push((row = 0));
    else if (t.name === 'th' || t.name === 'td') {
      const rows = tables[tables.length - 1];
      rows[rows.length - 1] = ++row;
    }
  }
  const links = tags
    .filter((t) => !t.close && t.name === 'a')
    .map((t) => /href="([^"]*)"/.exec(t.attrs)?.[1] ?? '');
  const images = tags.filter((t) => t.name === 'img').length;
  return {
    headings,
    details,
    tables,
    sequence: tags.map((t) => (t.close ? '/' : '') + t.name),
    links,
    images,
  };
}

/** Tags the report itself writes (Markdown it generates and its own `<details>`, `<summary>`, `<b>`, `<br>`, `<sub>`). */
export const REPORT_TAGS = new Set([
  'h3',
  'h4',
  'p',
  'strong',
  'b',
  'code',
  'pre',
  'details',
  'summary',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'ul',
  'ol',
  'li',
  'blockquote',
  'br',
  'sub',
  'a',
]);

/** Fences and `<details>` blocks balanced, as GitHub parses them (an unclosed fence swallows the rest of the body). */
export function balance(md: string): { fencesOpen: boolean; detailsOpen: number; detailsClose: number } {
  const { tags } = tagsOf(toHtml(md));
  let open = 0;
  let close = 0;
  for (const t of tags) {
    if (t.name !== 'details') continue;
    if (t.close) close++;
    else open++;
  }
  // micromark closes an unterminated fence at the end of the document: detect it on the source.
  let fence: string | null = null;
  for (const l of md.split('\n')) {
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(l);
    if (!m) continue;
    if (fence === null) fence = m[1];
    else if (m[1][0] === fence[0] && m[1].length >= fence.length && m[2].trim() === '') fence = null;
  }
  return { fencesOpen: fence !== null, detailsOpen: open, detailsClose: close };
}
