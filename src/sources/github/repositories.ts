// Which repositories to audit: `owner/repo` entries as given, and `owner/⟨glob⟩` entries expanded by listing the
// owner's repositories (an organization, else a user), archived and disabled ones skipped, kept only when they have an
// agentic workflow (a workflow whose path ends in `.lock.yml`). A repository the token cannot read is not covered,
// named with the permission it needs, and the others go on.
import picomatch from 'picomatch';
import { splitRepository, type GitHubClient } from '../../github/client.js';
import { isPermissionDenied, messageOf, statusOf } from '../../github/errors.js';

export interface NotCovered {
  /** `owner/repo`, or the entry (`owner/*`) when its owner could not be listed. */
  repository: string;
  /** Why, naming the missing permission. */
  reason: string;
}

export interface RepositorySelection {
  /** The repositories to audit, in the order given (a glob's matches by name), each once. */
  repositories: string[];
  notCovered: NotCovered[];
  /** What the expansion skipped (archived, disabled, no agentic workflow), one line per glob. */
  notes: string[];
}

const ENTRY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/(.+)$/;
const GLOB_CHARS = /[*?[\]{}!()+@]/;

/** Splits `repository` input text (commas, newlines, spaces) into entries. */
export function repositoryEntries(text: string | string[]): string[] {
  const list = Array.isArray(text) ? text : [text];
  return list.flatMap((t) => t.split(/[\s,]+/)).filter((e) => e !== '');
}

/** An entry's owner and name pattern; throws on an entry that is not `owner/repo` or `owner/⟨glob⟩`. */
export function parseEntry(entry: string): { owner: string; name: string; glob: boolean } {
  const m = ENTRY.exec(entry);
  if (!m || m[2].includes('/'))
    throw new Error(
      `"${entry}" is not owner/repo or an owner/⟨glob⟩ such as owner/* (the owner cannot be a glob)`,
    );
  return { owner: m[1], name: m[2], glob: GLOB_CHARS.test(m[2]) };
}

interface ListedRepo {
  name: string;
  full_name: string;
  archived?: boolean;
  disabled?: boolean;
}

/** A token without access: what it needs, in the words the action uses. */
function deniedReason(err: unknown, permission: string, what: string): string {
  const status = statusOf(err);
  if (status === 404)
    return `${what} answered 404: the token cannot see the repository (it needs \`${permission}\` on it)`;
  return `${what} failed with ${status ?? 'an error'} (${messageOf(err)}): the token needs \`${permission}\` on it`;
}

const readDenied = (err: unknown) => isPermissionDenied(err) || statusOf(err) === 404;

/** The owner's repositories: GET /orgs/{org}/repos, else (404: not an organization) GET /users/{username}/repos. */
async function ownerRepositories(client: GitHubClient, owner: string): Promise<ListedRepo[]> {
  try {
    return (await client.paginate('GET /orgs/{org}/repos', {
      org: owner,
      type: 'all',
      per_page: 100,
    })) as ListedRepo[];
  } catch (err) {
    if (statusOf(err) !== 404) throw err;
  }
  return (await client.paginate('GET /users/{username}/repos', {
    username: owner,
    type: 'owner',
    per_page: 100,
  })) as ListedRepo[];
}

/** Whether the repository has an agentic workflow (path ending in `.lock.yml`). */
export async function hasAgenticWorkflow(client: GitHubClient, repository: string): Promise<boolean> {
  const { owner, repo } = splitRepository(repository);
  for await (const page of client.paginate.iterator('GET /repos/{owner}/{repo}/actions/workflows', {
    owner,
    repo,
    per_page: 100,
  })) {
    // The paginate plugin gives the `workflows` array of each page as its data.
    const data = page.data as unknown as { path?: string }[] | { workflows?: { path?: string }[] };
    const workflows = Array.isArray(data) ? data : (data.workflows ?? []);
    if (workflows.some((w) => typeof w.path === 'string' && w.path.endsWith('.lock.yml'))) return true;
  }
  return false;
}

/**
 * Expands the entries. A literal `owner/repo` is kept as given (its runs are listed like the action's one
 * repository). A glob lists its owner's repositories; each match that is not archived or disabled is kept when its
 * workflows include an agentic one. Listing errors other than a missing permission or visibility propagate.
 */
export async function selectRepositories(
  client: GitHubClient,
  entries: string[],
  log?: (message: string) => void,
): Promise<RepositorySelection> {
  const out: RepositorySelection = { repositories: [], notCovered: [], notes: [] };
  const seen = new Set<string>();
  const keep = (full: string) => {
    if (seen.has(full.toLowerCase())) return;
    seen.add(full.toLowerCase());
    out.repositories.push(full);
  };
  for (const entry of entries) {
    const { owner, name, glob } = parseEntry(entry);
    if (!glob) {
      keep(`${owner}/${name}`);
      continue;
    }
    let listed: ListedRepo[];
    try {
      listed = await ownerRepositories(client, owner);
    } catch (err) {
      if (!readDenied(err)) throw err;
      out.notCovered.push({
        repository: entry,
        reason:
          statusOf(err) === 404
            ? `no organization or user ${owner} is visible to the token`
            : deniedReason(err, 'metadata: read', `Listing the repositories of ${owner}`),
      });
      continue;
    }
    const match = picomatch(name, { nocase: true, dot: true });
    const matched = listed.filter((r) => match(r.name)).sort((a, b) => a.name.localeCompare(b.name));
    const inactive = matched.filter((r) => r.archived || r.disabled);
    let without = 0;
    for (const r of matched) {
      if (r.archived || r.disabled || seen.has(r.full_name.toLowerCase())) continue;
      try {
        if (await hasAgenticWorkflow(client, r.full_name)) keep(r.full_name);
        else without++;
      } catch (err) {
        if (!readDenied(err)) throw err;
        out.notCovered.push({
          repository: r.full_name,
          reason: deniedReason(err, 'actions: read', 'Listing its workflows'),
        });
      }
    }
    const skipped = [
      inactive.length > 0 ? `${inactive.length} archived or disabled` : '',
      without > 0 ? `${without} without an agentic workflow` : '',
    ].filter(Boolean);
    const line = `${entry}: ${matched.length} repositor${matched.length === 1 ? 'y' : 'ies'} matched${skipped.length ? ` (skipped: ${skipped.join(', ')})` : ''}`;
    log?.(line);
    out.notes.push(line);
  }
  return out;
}

/** A report note for a repository that was not covered. */
export function notCoveredNote(n: NotCovered): string {
  return `Repository ${n.repository} was not covered: ${n.reason}.`;
}
