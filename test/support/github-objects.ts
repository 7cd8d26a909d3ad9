// Builders for GitHub REST object shapes (validated against @octokit/openapi by test/fake-github.test.ts).
import { createHash } from 'node:crypto';
import { ZipFile } from 'yazl';
import type { FakeArtifact, FakeIssue, FakeJob, FakeRun } from './fake-github.js';

export type Json = Record<string, unknown>;
/** The repository a response is about, and where URLs point (the API base ends in /api/v3 for GHES). */
export interface Scope {
  api: string;
  html: string;
  full: string;
  repoId: number;
  isPrivate: boolean;
}
export interface IssueMeta {
  id: number;
  stateReason: string | null;
  closedAt: string | null;
}

/** GitHub timestamps: ISO 8601 with seconds precision. */
export const iso = (d: string | number | Date): string => new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z');
export const sha = (s: string): string => createHash('sha1').update(s).digest('hex');
/** Stable positive 31-bit id derived from a string. */
export const hashId = (s: string): number => parseInt(sha(s).slice(0, 8), 16) % 2_000_000_000 || 1;
const nodeId = (kind: string, id: number): string => Buffer.from(`${kind}:${id}`).toString('base64url');
const plus = (t: string, minutes: number): string => iso(Date.parse(t) + minutes * 60_000);
/** The same value for every key of a whitespace-separated list. */
const fill = (keys: string, value: unknown): Json =>
  Object.fromEntries(keys.split(/\s+/).map((k) => [k, value]));
/** `⟨key⟩_url` fields from a whitespace-separated table of `key=suffix` entries under `base`. */
const urls = (base: string, table: string): Json =>
  Object.fromEntries(
    table
      .trim()
      .split(/\s+/)
      .map((e) => [`${e.slice(0, e.indexOf('='))}_url`, base + e.slice(e.indexOf('=') + 1)]),
  );

export const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

const USER_URLS = `followers=/followers following=/following{/other_user} gists=/gists{/gist_id}
  starred=/starred{/owner}{/repo} subscriptions=/subscriptions organizations=/orgs repos=/repos
  events=/events{/privacy} received_events=/received_events`;

export function user(s: Scope, login: string, id: number, type = 'User'): Json {
  const u = `${s.api}/users/${encodeURIComponent(login)}`;
  const page = type === 'Bot' ? `apps/${login.replace(/\[bot\]$/, '')}` : login;
  const avatar = `https://avatars.githubusercontent.com/u/${id}?v=4`;
  // prettier-ignore
  return {
    login, id, node_id: nodeId('User', id), avatar_url: avatar, gravatar_id: '', url: u,
    html_url: `${s.html}/${page}`,
    ...urls(u, USER_URLS), type, user_view_type: 'public', site_admin: false,
  };
}
const bot = (s: Scope): Json => user(s, BOT.login, BOT.id, BOT.type);

const REPO_URLS = `archive=/{archive_format}{/ref} assignees=/assignees{/user} blobs=/git/blobs{/sha}
  branches=/branches{/branch} collaborators=/collaborators{/collaborator} comments=/comments{/number}
  commits=/commits{/sha} compare=/compare/{base}...{head} contents=/contents/{+path}
  contributors=/contributors
  deployments=/deployments downloads=/downloads events=/events forks=/forks git_commits=/git/commits{/sha}
  git_refs=/git/refs{/sha} git_tags=/git/tags{/sha} hooks=/hooks issue_comment=/issues/comments{/number}
  issue_events=/issues/events{/number} issues=/issues{/number} keys=/keys{/key_id} labels=/labels{/name}
  languages=/languages merges=/merges milestones=/milestones{/number} pulls=/pulls{/number}
  notifications=/notifications{?since,all,participating} releases=/releases{/id} stargazers=/stargazers
  statuses=/statuses/{sha} subscribers=/subscribers subscription=/subscription tags=/tags teams=/teams
  trees=/git/trees{/sha}`;

/** `full` gives the `full-repository` shape of GET /repos/{o}/{r}, else the `minimal-repository` one. */
export function repository(s: Scope, full = false): Json {
  const [owner, name] = s.full.split('/');
  const u = `${s.api}/repos/${s.full}`;
  // prettier-ignore
  const base: Json = {
    id: s.repoId, node_id: nodeId('Repository', s.repoId), name, full_name: s.full, private: s.isPrivate,
    owner: user(s, owner, hashId(`owner:${owner}`), 'Organization'), html_url: `${s.html}/${s.full}`,
    description: null, fork: false, url: u, ...urls(u, REPO_URLS),
  };
  if (!full) return base;
  const host = new URL(s.html).host;
  // prettier-ignore
  return {
    ...base, git_url: `git://${host}/${s.full}.git`, ssh_url: `git@${host}:${s.full}.git`,
    clone_url: `${s.html}/${s.full}.git`, svn_url: `${s.html}/${s.full}`, language: 'TypeScript', size: 100,
    default_branch: 'main', topics: [], visibility: s.isPrivate ? 'private' : 'public', subscribers_count: 1,
    ...fill('forks forks_count stargazers_count watchers watchers_count network_count', 0),
    ...fill('open_issues open_issues_count', 0),
    ...fill('has_issues has_projects has_downloads allow_forking', true),
    ...fill('has_wiki has_pages has_discussions archived disabled is_template', false),
    web_commit_signoff_required: false,
    ...fill('mirror_url homepage license', null),
    ...fill('pushed_at created_at updated_at', '2024-01-01T00:00:00Z'),
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
  };
}

/** The date fields of a repository. */
export function repoDates(): Json {
  return fill('pushed_at created_at updated_at', '2024-01-01T00:00:00Z');
}

export function workflow(s: Scope, id: number, name: string, path: string): Json {
  const file = encodeURIComponent(path.split('/').pop() ?? path);
  // prettier-ignore
  return {
    id, node_id: nodeId('Workflow', id), name, path, state: 'active',
    ...fill('created_at updated_at', '2026-01-01T00:00:00Z'),
    url: `${s.api}/repos/${s.full}/actions/workflows/${id}`,
    html_url: `${s.html}/${s.full}/blob/main/${path}`,
    badge_url: `${s.html}/${s.full}/workflows/${file}/badge.svg`,
  };
}

export function runConclusion(run: FakeRun): string | null {
  if (run.conclusion !== undefined) return run.conclusion;
  return (run.status ?? 'completed') === 'completed' ? 'success' : null;
}

export function workflowRun(s: Scope, run: FakeRun, workflowId: number, repoJson: Json): Json {
  const u = `${s.api}/repos/${s.full}/actions/runs/${run.id}`;
  const [created, headSha, suite] = [iso(run.created_at), sha(`run:${run.id}`), hashId(`suite:${run.id}`)];
  const actor = bot(s);
  const person = { name: 'Octo Cat', email: 'octocat@example.com' };
  // prettier-ignore
  return {
    id: run.id, name: run.name, node_id: nodeId('WorkflowRun', run.id),
    head_branch: run.head_branch ?? 'main', head_sha: headSha, path: run.path, display_title: run.name,
    run_number: run.run_number ?? 1, event: run.event ?? 'schedule', status: run.status ?? 'completed',
    conclusion: runConclusion(run),
    workflow_id: workflowId, check_suite_id: suite, check_suite_node_id: nodeId('CheckSuite', suite), url: u,
    html_url: `${s.html}/${s.full}/actions/runs/${run.id}`, pull_requests: [], referenced_workflows: [],
    created_at: created, updated_at: run.updated_at ? iso(run.updated_at) : plus(created, 5), run_started_at: created,
    run_attempt: run.run_attempt ?? 1, actor, triggering_actor: actor, previous_attempt_url: null,
    ...urls(u, 'jobs=/jobs logs=/logs artifacts=/artifacts cancel=/cancel rerun=/rerun'),
    check_suite_url: `${s.api}/repos/${s.full}/check-suites/${suite}`,
    workflow_url: `${s.api}/repos/${s.full}/actions/workflows/${workflowId}`,
    head_commit: {
      id: headSha, tree_id: sha(`tree:${run.id}`), message: 'Update', timestamp: created,
      author: person, committer: person,
    },
    repository: repoJson, head_repository: repoJson, head_repository_id: s.repoId,
  };
}

/** Each zip's digest, computed once (a listing of many artifacts names each digest again). */
const digests = new WeakMap<Buffer, string>();
function digestOf(zip: Buffer): string {
  let d = digests.get(zip);
  if (d === undefined) digests.set(zip, (d = `sha256:${createHash('sha256').update(zip).digest('hex')}`));
  return d;
}

export function artifact(s: Scope, run: FakeRun, a: FakeArtifact, zip: Buffer): Json {
  const [id, created] = [a.id as number, plus(run.created_at, 10)];
  const u = `${s.api}/repos/${s.full}/actions/artifacts/${id}`;
  // prettier-ignore
  return {
    id, node_id: nodeId('Artifact', id), name: a.name, size_in_bytes: zip.length, url: u,
    archive_download_url: `${u}/zip`, expired: a.expired === true, created_at: created, updated_at: created,
    expires_at: a.expired ? plus(created, 24 * 60) : plus(iso(Date.now()), 90 * 24 * 60),
    digest: digestOf(zip),
    workflow_run: {
      id: run.id, repository_id: s.repoId, head_repository_id: s.repoId,
      head_branch: run.head_branch ?? 'main', head_sha: sha(`run:${run.id}`),
    },
  };
}

/** Default conclusion: success when completed, else null. */
const concl = (status: string, c: string | null | undefined): string | null =>
  c !== undefined ? c : status === 'completed' ? 'success' : null;

export function job(s: Scope, run: FakeRun, j: FakeJob, index: number): Json {
  const [id, status, started] = [j.id as number, j.status ?? 'completed', plus(run.created_at, index)];
  const completed = status === 'completed' ? plus(started, 1) : null;
  const steps = (j.steps ?? []).map((st, i) => {
    const stStatus = st.status ?? 'completed';
    const done = stStatus === 'completed' ? (completed ?? started) : null;
    // prettier-ignore
    return {
      name: st.name, status: stStatus, conclusion: concl(stStatus, st.conclusion), number: st.number ?? i + 1,
      started_at: started, completed_at: done,
    };
  });
  // prettier-ignore
  return {
    id, run_id: run.id, run_url: `${s.api}/repos/${s.full}/actions/runs/${run.id}`, run_attempt: 1,
    node_id: nodeId('CheckRun', id), head_sha: sha(`run:${run.id}`),
    url: `${s.api}/repos/${s.full}/actions/jobs/${id}`,
    html_url: `${s.html}/${s.full}/actions/runs/${run.id}/job/${id}`,
    status, conclusion: concl(status, j.conclusion),
    created_at: started, started_at: started, completed_at: completed, name: j.name, workflow_name: run.name,
    head_branch: run.head_branch ?? 'main', check_run_url: `${s.api}/repos/${s.full}/check-runs/${id}`,
    labels: ['ubuntu-latest'], runner_id: 1, runner_name: 'GitHub Actions 1', runner_group_id: 0,
    runner_group_name: 'GitHub Actions', steps,
  };
}

export function label(s: Scope, l: { name: string; color: string }): Json {
  const id = hashId(`label:${s.full}:${l.name.toLowerCase()}`);
  const url = `${s.api}/repos/${s.full}/labels/${encodeURIComponent(l.name)}`;
  return {
    id,
    node_id: nodeId('Label', id),
    url,
    name: l.name,
    color: l.color,
    default: false,
    description: null,
  };
}

const reactions = (u: string): Json => ({
  url: `${u}/reactions`,
  ...fill('total_count +1 -1 laugh hooray confused heart rocket eyes', 0),
});

export function issue(s: Scope, i: FakeIssue, meta: IssueMeta, labelOf: (name: string) => Json): Json {
  const u = `${s.api}/repos/${s.full}/issues/${i.number}`;
  const html = `${s.html}/${s.full}/${i.pull_request ? 'pull' : 'issues'}/${i.number}`;
  const pr = `${s.api}/repos/${s.full}/pulls/${i.number}`;
  // prettier-ignore
  return {
    url: u, repository_url: `${s.api}/repos/${s.full}`, html_url: html, id: meta.id,
    ...urls(u, 'labels=/labels{/name} comments=/comments events=/events timeline=/timeline'),
    node_id: nodeId(i.pull_request ? 'PullRequest' : 'Issue', meta.id), number: i.number, title: i.title,
    user: bot(s), labels: i.labels.map(labelOf), state: i.state, locked: false, assignees: [],
    ...fill('assignee milestone type active_lock_reason closed_by performed_via_github_app', null),
    comments: i.comments.length, created_at: iso(i.created_at), updated_at: iso(i.updated_at),
    closed_at: i.state === 'closed' ? (meta.closedAt ?? iso(i.updated_at)) : null,
    state_reason: meta.stateReason,
    author_association: 'NONE', body: i.body, reactions: reactions(u),
    ...(i.pull_request ? { draft: false, pull_request: { url: pr, html_url: html, merged_at: null,
      diff_url: `${html}.diff`, patch_url: `${html}.patch` } } : {}),
  };
}

export function comment(s: Scope, issueNumber: number, c: FakeIssue['comments'][number]): Json {
  const u = `${s.api}/repos/${s.full}/issues/comments/${c.id}`;
  // prettier-ignore
  return {
    id: c.id, node_id: nodeId('IssueComment', c.id), url: u, body: c.body, user: bot(s),
    html_url: `${s.html}/${s.full}/issues/${issueNumber}#issuecomment-${c.id}`,
    issue_url: `${s.api}/repos/${s.full}/issues/${issueNumber}`, created_at: iso(c.created_at),
    updated_at: iso(c.created_at), author_association: 'NONE', performed_via_github_app: null,
    reactions: reactions(u),
  };
}

/** Zip a map of entry path -> content with yazl (deterministic timestamps). */
export function zipFiles(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new ZipFile();
  const mtime = new Date('2026-01-01T00:00:00Z');
  for (const [path, content] of Object.entries(files)) {
    zip.addBuffer(typeof content === 'string' ? Buffer.from(content) : content, path, { mtime });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
