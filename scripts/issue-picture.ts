// The README's picture of the audit issue: the examples' issue body (the CLI's Markdown over examples/runs, with the
// repository aw_info.json names), rendered with micromark + GFM into a page styled like a GitHub issue, and
// screenshotted by a headless Chromium. Run it after a change to the layout: `npx tsx scripts/issue-picture.ts`
// (needs `chromium` on the PATH, e.g. the Debian package; CHROMIUM=/path/to/chrome to choose another).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { DEFAULT_CONFIG } from '../src/config.js';
import { auditRuns, localJobs } from '../src/engine/audit.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { dedupeRuns, discoverRuns, runIdFromName } from '../src/sources/local.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'issue.png');

const CSS = `
body { margin: 0; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
main { max-width: 1060px; margin: 16px auto; border: 1px solid #d1d9e0; border-radius: 6px; padding: 8px 24px 16px; }
h3 { font-size: 1.25em; margin: 20px 0 12px; } h4 { font-size: 1em; margin: 20px 0 8px; }
code { font: 12px ui-monospace, "DejaVu Sans Mono", monospace; background: #eff1f3; border-radius: 6px; padding: .2em .4em; }
pre { background: #f6f8fa; border-radius: 6px; padding: 12px; overflow: hidden; }
pre code { background: none; padding: 0; font-size: 11.5px; }
table { border-collapse: collapse; margin: 12px 0; } th, td { border: 1px solid #d1d9e0; padding: 6px 12px; }
tr:nth-child(2n) { background: #f6f8fa; } a { color: #0969da; text-decoration: none; }
summary { cursor: pointer; } sub { color: #59636e; } blockquote { color: #59636e; border-left: .25em solid #d1d9e0; margin: 0; padding: 0 1em; }
`;

async function main(): Promise<void> {
  const examples = join(ROOT, 'examples', 'runs');
  const refs = await dedupeRuns(await discoverRuns(examples));
  const { report } = await auditRuns(
    localJobs(refs, (p) => runIdFromName(basename(p))),
    {
      config: DEFAULT_CONFIG,
      target: 'octo-org/example-app',
      window: { from: null, to: null },
      generatedAt: new Date('2026-11-24T09:00:00Z'),
    },
  );
  // The first screen of the issue: the warnings open, as a reader clicks them.
  const md = renderMarkdown(report, { periodLabel: 'Last 24 hours', includeState: false }).replace(
    '<details><summary><b>Warnings</b>',
    '<details open><summary><b>Warnings</b>',
  );
  const html = micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
  const dir = mkdtempSync(join(tmpdir(), 'integrity-audit-picture-'));
  try {
    const page = join(dir, 'issue.html');
    writeFileSync(page, `<!doctype html><meta charset="utf-8"><style>${CSS}</style><main>${html}</main>`);
    execFileSync(
      process.env.CHROMIUM ?? 'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--hide-scrollbars',
        `--user-data-dir=${join(dir, 'profile')}`,
        '--window-size=1120,1500',
        `--screenshot=${OUT}`,
        `file://${page}`,
      ],
      { stdio: 'inherit', timeout: 120_000 },
    );
    process.stdout.write(`wrote ${OUT}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
