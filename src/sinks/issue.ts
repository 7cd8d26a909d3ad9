// The audit issue (DESIGN.md "The issue"): found by label and hidden marker through the list endpoint (never search),
// updated in place while younger than rotate-days, untouched when nothing changed, one comment when new critical or
// warning findings appear; otherwise a new issue, and the older ones closed with a comment linking it.
import { splitRepository, type GitHubClient } from '../github/client.js';
import { statusOf, withPermission } from '../github/errors.js';
import type { Report } from '../model/types.js';
import { renderMarkdown, verdictLine, ISSUE_BODY_BUDGET, type RepositoryRow } from '../report/markdown.js';
import { diffState, parseState, stateOf, type AuditState } from '../report/state.js';
import { code } from '../util/sanitize.js';
import { count } from '../report/words.js';
import { markdownTitle } from '../report/finding-text.js';

export type IssueAction = 'created' | 'updated' | 'unchanged' | 'dry-run' | 'none';

export interface IssueOptions {
  client: GitHubClient;
  /** where the issue goes */
  issueRepository: string;
  /** the audited repository (the marker's target) */
  target: string;
  /** What the title names, when not the target (`issue-mode: single`: `<owner> (<n> repositories)`). */
  titleTarget?: string;
  /** `issue-mode: single`: the body's table of repositories. */
  repositories?: RepositoryRow[];
  titlePrefix: string;
  labels: string[];
  rotateDays: number;
  dryRun: boolean;
  periodLabel: string;
  now?: Date;
  log?: (message: string) => void;
}

export interface IssueResult {
  action: IssueAction;
  number: number | null;
  url: string | null;
  title: string;
  body: string;
  comment: string | null;
  closed: number[];
}

interface Issue {
  number: number;
  title: string;
  body?: string | null;
  html_url: string;
  created_at: string;
  pull_request?: unknown;
}

const LABEL_COLORS = ['5319e7', 'ededed', 'c5def5', 'bfd4f2'];

export function issueTitle(prefix: string, target: string, now: Date): string {
  return `${prefix}Integrity Filtering Audit — ${target} (${now.toISOString().slice(0, 10)})`;
}

export async function upsertIssue(report: Report, opts: IssueOptions): Promise<IssueResult> {
  const now = opts.now ?? new Date();
  const { client } = opts;
  const { owner, repo } = splitRepository(opts.issueRepository);
  const title = issueTitle(opts.titlePrefix, opts.titleTarget ?? opts.target, now);
  const write = <T>(what: string, fn: () => Promise<T>): Promise<T> =>
    withPermission('issues: write', opts.issueRepository, what, fn);

  const open = await write('Listing issues', () =>
    findAuditIssues(client, owner, repo, opts.labels[0], opts.target),
  );
  const current = open[0] ?? null;
  const previous: AuditState | null = current ? parseState(current.body) : null;
  const next = stateOf(report, previous);
  const body = renderMarkdown(report, {
    periodLabel: opts.periodLabel,
    previous,
    budget: ISSUE_BODY_BUDGET,
    includeState: true,
    repositories: opts.repositories,
  });
  const ageDays = current ? (now.getTime() - new Date(current.created_at).getTime()) / 86_400_000 : Infinity;
  const rotate = !current || ageDays >= opts.rotateDays;
  const diff = diffState(previous, next);
  const newSerious = report.findings.filter(
    (f) => f.severity !== 'info' && diff.added.includes(`${f.fingerprint}:${f.severity}`),
  );
  // Watchers hear of new critical or warning findings, and of an audit that stopped seeing (all of) the evidence.
  const lostCoverage =
    previous?.verdict !== undefined &&
    previous.verdict !== next.verdict &&
    (next.verdict === 'incomplete' || next.verdict === 'inconclusive');
  const comment =
    !rotate && (newSerious.length > 0 || lostCoverage)
      ? [
          ...(lostCoverage
            ? [`**Verdict changed**: ${previous.verdict} → ${next.verdict}. ${verdictLine(report)}`]
            : []),
          ...(lostCoverage && newSerious.length > 0 ? [''] : []),
          ...(newSerious.length > 0
            ? [
                `**${count(newSerious.length, 'new finding')}** since the last audit:`,
                '',
                ...newSerious
                  .slice(0, 30)
                  .map(
                    (f) =>
                      `- ${f.severity === 'critical' ? '🔴' : '🟡'} **${f.id}** ${code(f.rule)}: ${markdownTitle(f)}`,
                  ),
                ...(newSerious.length > 30 ? [`- … and ${newSerious.length - 30} more`] : []),
              ]
            : []),
        ].join('\n')
      : null;

  if (opts.dryRun) {
    const action = rotate
      ? 'create a new issue' + (open.length ? ` and close #${open.map((i) => i.number).join(', #')}` : '')
      : diff.unchanged
        ? 'leave the issue unchanged'
        : `update #${current!.number}`;
    opts.log?.(`dry-run: would ${action} in ${opts.issueRepository}`);
    return {
      action: 'dry-run',
      number: current?.number ?? null,
      url: current?.html_url ?? null,
      title,
      body,
      comment,
      closed: [],
    };
  }

  await write('Creating labels', () => ensureLabels(client, owner, repo, opts.labels));

  if (!rotate && current) {
    if (diff.unchanged) {
      opts.log?.(`issue #${current.number} unchanged (same findings over the same runs)`);
      return {
        action: 'unchanged',
        number: current.number,
        url: current.html_url,
        title: current.title,
        body: current.body ?? '',
        comment: null,
        closed: [],
      };
    }
    await write('Updating the issue', () =>
      client.rest.issues.update({ owner, repo, issue_number: current.number, title, body }),
    );
    if (comment)
      await write('Commenting on the issue', () =>
        client.rest.issues.createComment({ owner, repo, issue_number: current.number, body: comment }),
      );
    // Older duplicates (e.g. from a race) are closed in favour of the current one.
    const closed = await closeOthers(client, owner, repo, open.slice(1), current);
    opts.log?.(`updated issue #${current.number}${comment ? ' and commented on new findings' : ''}`);
    return { action: 'updated', number: current.number, url: current.html_url, title, body, comment, closed };
  }

  const created = (
    await write('Creating the issue', () =>
      client.rest.issues.create({ owner, repo, title, body, labels: opts.labels }),
    )
  ).data as Issue;
  opts.log?.(`created issue #${created.number}`);
  let closed = await closeOthers(client, owner, repo, open, created);
  // Two audits started together may both have created an issue: keep the lowest-numbered young one.
  const after = await findAuditIssues(client, owner, repo, opts.labels[0], opts.target);
  const young = after.filter(
    (i) =>
      (now.getTime() - new Date(i.created_at).getTime()) / 86_400_000 < Math.max(opts.rotateDays, 1) ||
      i.number === created.number,
  );
  const keep =
    young.reduce<Issue | null>((a, i) => (a === null || i.number < a.number ? i : a), null) ?? created;
  closed = closed.concat(
    await closeOthers(
      client,
      owner,
      repo,
      after.filter((i) => i.number !== keep.number && !closed.includes(i.number)),
      keep,
      'duplicate',
    ),
  );
  return { action: 'created', number: keep.number, url: keep.html_url, title, body, comment: null, closed };
}

/** Open issues carrying the label and the state block of this target, newest first (list endpoint, not search). */
export async function findAuditIssues(
  client: GitHubClient,
  owner: string,
  repo: string,
  label: string,
  target: string,
): Promise<Issue[]> {
  const issues = (await client.paginate(client.rest.issues.listForRepo, {
    owner,
    repo,
    state: 'open',
    labels: label,
    per_page: 100,
    sort: 'created',
    direction: 'desc',
  })) as unknown as Issue[];
  // Repository names are case-insensitive: `Octo/App` and `octo/app` are one target, so one issue.
  return issues
    .filter((i) => !i.pull_request && parseState(i.body)?.target?.toLowerCase() === target.toLowerCase())
    .sort((a, b) =>
      a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.number - a.number,
    );
}

async function closeOthers(
  client: GitHubClient,
  owner: string,
  repo: string,
  others: Issue[],
  keep: Issue,
  why: 'superseded' | 'duplicate' = 'superseded',
): Promise<number[]> {
  const closed: number[] = [];
  for (const o of others) {
    if (o.number === keep.number) continue;
    const text =
      why === 'duplicate'
        ? `Closing as a duplicate of #${keep.number} (two audits ran at the same time).`
        : `Superseded by #${keep.number}: this audit issue is closed in favour of the newer one.`;
    await client.rest.issues.createComment({ owner, repo, issue_number: o.number, body: text });
    await client.rest.issues.update({
      owner,
      repo,
      issue_number: o.number,
      state: 'closed',
      state_reason: why === 'duplicate' ? 'not_planned' : 'completed',
    });
    closed.push(o.number);
  }
  return closed;
}

async function ensureLabels(
  client: GitHubClient,
  owner: string,
  repo: string,
  labels: string[],
): Promise<void> {
  for (const [i, name] of labels.entries()) {
    try {
      await client.rest.issues.getLabel({ owner, repo, name });
    } catch (err) {
      if (statusOf(err) !== 404) throw err;
      try {
        await client.rest.issues.createLabel({
          owner,
          repo,
          name,
          color: LABEL_COLORS[i % LABEL_COLORS.length],
        });
      } catch (e) {
        if (statusOf(e) !== 422) throw e; // created meanwhile
      }
    }
  }
}
