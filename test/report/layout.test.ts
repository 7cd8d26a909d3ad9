// The issue as a security engineer reads it (issue 13), checked on the HTML GitHub renders (micromark + GFM): the
// verdict with what to do first, prose without literal backticks or JSON key names, every run id linked when the
// repository is known, evidence lines of at most 160 characters, the trend chart once there is history, real plurals.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { EVIDENCE_WIDTH, cutMiddle, evidenceGroups } from '../../src/report/evidence.js';
import { parseState, stateOf } from '../../src/report/state.js';
import { renderText } from '../../src/report/text.js';
import { textOutsideCode, toHtml } from '../hardening/report-safety-support.js';
import { examplesReport } from './support.js';

/** Text outside code, without the findings' titles (the rules' own wording, not the layout's). */
function prose(md: string, report: Report): string {
  let text = textOutsideCode(toHtml(md));
  for (const f of report.findings) text = text.split(textOutsideCode(toHtml(f.title))).join(' ');
  return text;
}

function codeBlocks(html: string): string[] {
  return [...html.matchAll(/<pre><code(?: class="language-([a-z]+)")?>([\s\S]*?)<\/code><\/pre>/g)].map(
    (m) => `${m[1] ?? ''}\u0000${m[2]}`,
  );
}

describe('the issue layout', () => {
  it('leads with the verdict and the things to do, each pointing at its finding', async () => {
    const report = await examplesReport();
    const md = renderMarkdown(report);
    const lines = md.split('\n');
    expect(lines[0]).toBe('### Integrity Filtering Audit — local logs');
    expect(lines[2]).toMatch(/^\*\*Verdict: findings\*\* 🟡 — 2 warnings in 2 of 3 runs: /);
    expect(lines[2]).toContain(
      "a WASM guard trap in Smoke Copilot (report the trap to the guard's maintainers",
    );
    expect(lines[2]).toContain('in AI Moderator (route GitHub access through `tools.github`) — [W-2](#w-2)');
    // The anchors the links point at exist, once each.
    for (const f of report.findings) expect(md.split(`<a name="${f.id.toLowerCase()}"></a>`)).toHaveLength(2);
    expect(renderText(report).split('\n')[0]).toMatch(
      /^VERDICT: FINDINGS — 2 warnings in 2 of 3 runs — W-1 /,
    );
  });

  it('prose has no literal backticks, no JSON key names, no "(s)" plurals and no §', async () => {
    const report = await examplesReport();
    const md = renderMarkdown(report);
    const text = prose(md, report);
    expect(text).not.toContain('`');
    expect(text).not.toContain('§');
    expect(text).not.toContain('(s)');
    // camelCase words are JSON keys (followOnFailures, byServer, likelyCause).
    expect(text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? []).toEqual([]);
    for (const key of ['followOnFailures', 'refusedTools', 'byServer', 'likelyCause', 'domain:', 'blocks:'])
      expect(text).not.toContain(key);
  });

  it('every run id is linked when the repository is known (aw_info.json in local logs)', async () => {
    const report = await examplesReport();
    const html = toHtml(renderMarkdown(report));
    const outside = textOutsideCode(html.replace(/<a href="[^"]*">[^<]*<\/a>/g, ' '));
    for (const r of report.runs) {
      const url = `https://github.com/octo-org/example-app/actions/runs/${r.id}`;
      expect(r.url).toBe(url);
      expect(html).toContain(`<a href="${url}">${r.id}</a>`);
      expect(outside).not.toContain(r.id);
    }
  });

  it("links the agent job's page in the runs table and each evidence caption; never a URL that is not a job page", async () => {
    const report = await examplesReport();
    const job = (r: { url: string | null }, n: number) => `${r.url}/job/${n}`;
    report.runs = report.runs.map((r, i) => ({
      ...r,
      jobs: [
        { name: 'activation', url: job(r, 100 + i) },
        // Whatever a jobs.json says: only a job page of the form GitHub uses is linked.
        { name: 'agent', url: i === 0 ? 'https://evil.example/x' : job(r, 200 + i) },
      ],
    }));
    const html = toHtml(renderMarkdown(report));
    expect(html).not.toContain('evil.example');
    for (const [i, r] of report.runs.entries()) {
      if (i === 0) continue;
      const agentJob = job(r, 200 + i);
      // The runs table's agent cell.
      expect(html).toMatch(new RegExp(`<td><a href="${agentJob}">(✅|❌ early-exit|❔ unknown)</a></td>`));
      // Evidence from this run's artifacts names the agent job.
      const hasEvidence = report.findings.some((f) => f.runs.includes(r.id) && f.evidence.length > 0);
      if (hasEvidence) expect(html).toContain(`<a href="${agentJob}">agent job</a>`);
    }
    expect(html.match(/agent job<\/a>/g)?.length ?? 0).toBeGreaterThan(0);
  });

  it('evidence: at most 160 characters a line, in file order, with readable UTC times; the JSON keeps it whole', async () => {
    const report = await examplesReport();
    const html = toHtml(renderMarkdown(report));
    const blocks = codeBlocks(html).filter((b) => b.startsWith('text\u0000'));
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const b of blocks) {
      const ls = b
        .split('\u0000')[1]
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .trimEnd()
        .split('\n');
      for (const l of ls) expect([...l].length, l).toBeLessThanOrEqual(EVIDENCE_WIDTH);
      const numbers = ls.map((l) => Number(/^\s*(\d+)│/.exec(l)?.[1]));
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
    // Squid's epoch seconds as a time of day, the destination, the decision and the user agent.
    expect(html).toContain('2│ 07:16:15 CONNECT api.github.com:443 → 403 TCP_DENIED &quot;curl/8.5.0&quot;');
    // The trap's follow-on call keeps its tool and its cause, not the error chain between them.
    expect(html).toMatch(
      /32│ 06:03:40 ERROR client: MCP tool call error, tool=issue_read, error=… WASM guard &#x27;github&#x27; is unavailable after a previous trap: … wasm error: unreachable|32│ 06:03:40 ERROR client: MCP tool call error, tool=issue_read, error=… WASM guard 'github' is unavailable after a previous trap: … wasm error: unreachable/,
    );
    const bypass = report.findings.find((f) => f.rule === 'direct-api-bypass')!;
    expect(bypass.evidence.some((e) => e.excerpt.startsWith('1763968575.210 172.30.0.20:51012'))).toBe(true);
  });

  it('cuts a long line in its middle and keeps its end', () => {
    const line = `ERROR x: ${'a'.repeat(300)} the cause`;
    const cut = cutMiddle(line, 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.startsWith('ERROR x: ')).toBe(true);
    expect(cut.endsWith('the cause')).toBe(true);
    const [g] = evidenceGroups([{ run: '1', file: 'a/b/c.log', line: 1234567, excerpt: line }], ['1'], 80);
    expect(g.lines[0].text.length).toBeLessThanOrEqual(80);
  });

  it('shows the trend chart and the change since the last audit once there is history', async () => {
    const first = await examplesReport(undefined, new Date('2026-12-03T06:00:00Z'));
    const firstBody = renderMarkdown(first, { includeState: true });
    expect(firstBody).not.toContain('```mermaid');
    const previous = parseState(firstBody);
    expect(previous?.history).toHaveLength(1);
    const second = await examplesReport(undefined, new Date('2026-12-04T06:00:00Z'));
    const body = renderMarkdown(second, { includeState: true, previous });
    expect(body.split('```mermaid')).toHaveLength(2);
    expect(body).toContain('**Since the last audit**: 0 new, 4 recurring, 0 resolved.');
    expect(body).toMatch(
      /x-axis \["12-03", "12-04"\]\n {2}y-axis "Findings" 0 --> 2\n {2}bar \[2, 2\]\n {2}line \[2, 2\]/,
    );
    expect(parseState(body)?.history?.map((h) => h.date)).toEqual([
      '2026-12-03T06:00:00.000Z',
      '2026-12-04T06:00:00.000Z',
    ]);
    // Two audits on one day: the axis shows their times (a category axis would merge equal labels).
    const later = await examplesReport(undefined, new Date('2026-12-04T18:30:00Z'));
    const sameDay = renderMarkdown(later, { includeState: true, previous: parseState(body) });
    expect(sameDay).toContain('x-axis ["12-03 06:00", "12-04 06:00", "12-04 18:30"]');
    // The history is bounded, and a forged entry in an edited issue body is dropped.
    const long = { ...previous!, history: [...Array(30)].map(() => previous!.history![0]) };
    expect(stateOf(second, long).history).toHaveLength(12);
    const forged = { ...previous!, history: [{ date: '"]\n```\n@x', critical: 1 }] } as never;
    expect(stateOf(second, forged).history).toHaveLength(1);
  });

  it('the runs table names the findings of each run, linked, and its coverage', async () => {
    const report = await examplesReport();
    const md = renderMarkdown(report);
    expect(md).toContain(
      '| Run | Workflow | Branch | Agent Invoked | DIFC Filtered | Firewall Blocks | Coverage | Findings |',
    );
    expect(md).toMatch(
      /^\| \[31314175001\]\([^)]+\) \| AI Moderator \| main \| ✅ \| 1 \| 5 of 6 \| full \| ⚠️ \[W-2\]\(#w-2\), \[I-1\]\(#i-1\), \[I-2\]\(#i-2\) \|$/m,
    );
    expect(md).toMatch(/^\| \[31314176002\]\([^)]+\) \| Daily Triage \| .* \| full \| ✅ none \|$/m);
  });

  it('recommendations: each place to change once, pointing at the findings it answers', async () => {
    const report = await examplesReport();
    const md = renderMarkdown(report);
    const recs = md
      .slice(md.indexOf('### Recommendations'))
      .split('\n')
      .filter((l) => l.startsWith('- '));
    expect(recs).toEqual([
      "- **Gateway or guard version** ([W-1](#w-1)): Report the trap to the guard's maintainers, upgrade the gateway.",
      '- **`tools.github` in the workflow** ([W-2](#w-2)): Route GitHub access through `tools.github`.',
    ]);
    // Not the findings' own recommendation text again.
    for (const f of report.findings) expect(recs.join('\n')).not.toContain(f.recommendation.slice(0, 40));
  });
});
