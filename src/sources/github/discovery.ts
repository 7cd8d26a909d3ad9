// Discovery: which runs of a repository to audit (recent completed agentic runs, FORMATS.md §1), and the
// repository's visibility.
import picomatch from 'picomatch';
import { apiBudget, splitRepository, type GitHubClient } from '../../github/client.js';
import { isRateLimited, PermissionError, statusOf, withPermission } from '../../github/errors.js';
import type { ApiBudget } from '../../github/budget.js';
import type { Discovery, GitHubSourceOptions, WorkflowRun } from './types.js';

const SEARCH_CAP = 1000;
const DROPPED_CONCLUSIONS = new Set(['skipped', 'action_required']);

function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Agentic workflows only (`path` ends in `.lock.yml`), matching the `workflows` names or globs when given. */
export function workflowMatcher(patterns: string[]): (path: string | undefined) => boolean {
  const matchers = patterns.map((p) => picomatch(p.replace(/^\.github\/workflows\//, ''), { nocase: true }));
  return (path) => {
    if (!path || !path.endsWith('.lock.yml')) return false;
    const file = path.replace(/^.*\//, '').replace(/@.*$/, '');
    return (
      matchers.length === 0 ||
      matchers.some(
        (m) => m(file) || m(file.replace(/\.lock\.yml$/, '.md')) || m(file.replace(/\.lock\.yml$/, '')),
      )
    );
  };
}

/**
 * Lists the completed agentic runs created in the window, newest first, at most `maxRuns`. The `created` range
 * filter caps results at 1,000: when a window holds more, it is narrowed to before the oldest run seen and listed
 * again.
 */
export async function discoverRuns(opts: GitHubSourceOptions): Promise<Discovery> {
  // With many repositories, one listed after the API budget is spent is not covered, saying why (github/budget.ts);
  // its requests count as under way against the reserve until it is listed (many repositories are listed at once).
  const budget = apiBudget(opts.client);
  const admitted = budget?.admitRepository(opts.repository);
  try {
    return await listRuns(opts, budget);
  } finally {
    admitted?.();
  }
}

async function listRuns(opts: GitHubSourceOptions, budget: ApiBudget | undefined): Promise<Discovery> {
  const { owner, repo } = splitRepository(opts.repository);
  const to = opts.now ?? new Date();
  const from = new Date(to.getTime() - opts.lookbackHours * 3600_000);
  const matches = workflowMatcher(opts.workflows);
  const seen = new Set<number>();
  const selected: WorkflowRun[] = [];
  const notes: string[] = [];
  let windowEnd = to;
  let more = false;
  for (let round = 0; round < 50; round++) {
    const created = `${isoSeconds(from)}..${isoSeconds(windowEnd)}`;
    let inWindow = 0;
    let total = 0;
    let oldest: string | null = null;
    try {
      await withPermission('actions: read', opts.repository, 'Listing workflow runs', async () => {
        for await (const page of opts.client.paginate.iterator(
          opts.client.rest.actions.listWorkflowRunsForRepo,
          {
            owner,
            repo,
            created,
            status: 'completed',
            per_page: 100,
          },
        )) {
          total = (page.data as unknown as { total_count?: number }).total_count ?? total;
          for (const run of page.data as unknown as WorkflowRun[]) {
            inWindow++;
            if (!oldest || run.created_at < oldest) oldest = run.created_at;
            if (seen.has(run.id)) continue;
            seen.add(run.id);
            if (!matches(run.path) || (run.conclusion && DROPPED_CONCLUSIONS.has(run.conclusion))) continue;
            if (run.status && run.status !== 'completed') continue;
            if (selected.length >= opts.maxRuns) {
              more = true;
              break;
            }
            selected.push(run);
          }
          if (more) break;
        }
      });
    } catch (err) {
      if (isRateLimited(err) && budget) throw budget.repositoryRefused(opts.repository, err);
      if (statusOf(err) === 404)
        throw new PermissionError(
          `Repository ${opts.repository} was not found, or the token cannot see it (it needs \`actions: read\` on it).`,
        );
      throw err;
    }
    if (more) break;
    // The search cap: more runs in the window than one listing returns. Narrow the window and list again.
    if (inWindow >= SEARCH_CAP && total > inWindow && oldest) {
      const next = new Date(oldest);
      if (next.getTime() >= windowEnd.getTime()) {
        notes.push(
          `More than ${SEARCH_CAP} runs were created at ${oldest}; the runs beyond the API's cap were not listed.`,
        );
        break;
      }
      opts.log?.(
        `listed ${inWindow} of ${total} runs in ${created}; narrowing the window to before ${oldest}`,
      );
      windowEnd = next;
      continue;
    }
    break;
  }
  selected.sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.id - a.id));
  if (more)
    notes.push(
      `More agentic runs matched than max-runs (${opts.maxRuns}): the newest ${opts.maxRuns} were audited.`,
    );
  return { runs: selected, window: { from: from.toISOString(), to: to.toISOString() }, notes };
}

/** Repository visibility (private repos get no automatic integrity policy); null when it cannot be read. */
export async function repositoryIsPrivate(client: GitHubClient, repository: string): Promise<boolean | null> {
  const { owner, repo } = splitRepository(repository);
  try {
    const res = await client.rest.repos.get({ owner, repo });
    return res.data.private === true || res.data.visibility === 'internal';
  } catch {
    return null;
  }
}
