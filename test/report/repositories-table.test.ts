// `issue-mode: single`: the one issue's table of repositories (issue 12), checked on the HTML GitHub renders
// (micromark + GFM): a row per repository with its runs, runs not fully audited, findings by severity and verdict,
// linked to the repository's runs; a repository the token could not read is a row that says so, never clean.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { renderMarkdown, type RepositoryRow } from '../../src/report/markdown.js';
import { toHtml } from '../hardening/report-safety-support.js';
import { emptyReport, examplesReport, run } from './support.js';

/** The cells of each row of the table under the `Repositories` heading, as rendered HTML fragments. */
function repositoryRows(md: string): string[][] {
  const html = toHtml(md);
  const at = html.indexOf('<h3>Repositories</h3>');
  expect(at, 'a Repositories heading').toBeGreaterThan(-1);
  const table = /<table>([\s\S]*?)<\/table>/.exec(html.slice(at))![1];
  const head = [...table.matchAll(/<th(?:\s[^>]*)?>([\s\S]*?)<\/th>/g)].map((m) => m[1]);
  expect(head).toEqual(['Repository', 'Runs', 'Not fully audited', 'Critical', 'Warning', 'Info', 'Verdict']);
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)![1];
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) =>
    [...tr[1].matchAll(/<td(?:\s[^>]*)?>([\s\S]*?)<\/td>/g)].map((m) => m[1].trim()),
  );
}

const URL_OF = (repo: string, id: string) => `https://github.com/${repo}/actions/runs/${id}`;

describe('the single issue’s table of repositories', () => {
  it('a row per repository: runs, not fully audited, critical/warning/info, verdict, linked to its runs', async () => {
    const examples = await examplesReport();
    const app: Report = {
      ...examples,
      runs: examples.runs.map((r) => ({ ...r, url: URL_OF('acme/app', r.id) })),
    };
    const bot = emptyReport([
      run('902', { url: URL_OF('acme/bot', '902') }),
      run('903', {
        url: URL_OF('acme/bot', '903'),
        coverage: 'partial',
        coverageNotes: ['agent: download failed'],
      }),
    ]);
    const rows: RepositoryRow[] = [
      { repository: 'acme/app', report: app },
      { repository: 'acme/bot', report: bot },
      {
        repository: 'acme/locked',
        report: null,
        reason: 'Listing workflows failed with 403: the token needs `actions: read` on acme/locked',
      },
    ];
    const md = renderMarkdown(examples, { repositories: rows });
    const cells = repositoryRows(md);
    expect(cells).toHaveLength(3);
    expect(cells[0]).toEqual([
      '<a href="https://github.com/acme/app/actions">acme/app</a>',
      '3',
      '0',
      '0',
      '2',
      '2',
      '🟡 findings',
    ]);
    expect(cells[1]).toEqual([
      '<a href="https://github.com/acme/bot/actions">acme/bot</a>',
      '2',
      '1',
      '0',
      '0',
      '0',
      '⚠️ incomplete',
    ]);
    expect(cells[2].slice(0, 6)).toEqual(['acme/locked', '–', '–', '–', '–', '–']);
    expect(cells[2][6]).toMatch(
      /^⬜ not covered: Listing workflows failed with 403: the token needs .*actions: read/,
    );
    // The lines of earlier versions are gone: the table says it.
    expect(md).not.toMatch(/acme\/app: \d+ run/);
  });

  it('no table without repositories (one repository, the job summary); a repository link only from its own runs', async () => {
    const examples = await examplesReport();
    expect(toHtml(renderMarkdown(examples))).not.toContain('<h3>Repositories</h3>');
    // A run link of another repository (or none) gives no link: the name only.
    const other = emptyReport([run('7', { url: URL_OF('evil/elsewhere', '7') })]);
    const cells = repositoryRows(
      renderMarkdown(other, { repositories: [{ repository: 'acme/app', report: other }] }),
    );
    expect(cells[0][0]).toBe('acme/app');
    expect(cells[0][6]).toBe('✅ clean');
  });
});
