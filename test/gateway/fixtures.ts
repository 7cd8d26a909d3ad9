// Canned GitHub data for the fake GitHub MCP server, in the shapes of the GitHub MCP server's results. Our own data.
// No string holds a brace, bracket, quote or backslash (a test checks it), so a guard can delimit items by text.

/** The repository the scenarios' guard policy allows. */
export const POLICY_REPO = 'octo-org/app';
/** A repository outside the policy, whose items appear in search results. */
export const OUTSIDE_REPO = 'evil-org/secret-repo';

function issue(repo: string, number: number, login: string, association: string, title: string) {
  return {
    number,
    title,
    body: `Steps to reproduce for ${title.toLowerCase()}.`,
    state: 'open',
    html_url: `https://github.com/${repo}/issues/${number}`,
    repository_url: `https://api.github.com/repos/${repo}`,
    user: { login, type: 'User' },
    author_association: association,
    labels: [] as string[],
    comments: 0,
    created_at: '2026-08-20T10:00:00Z',
    updated_at: '2026-08-21T10:00:00Z',
  };
}

/** Issues of the policy repository: one per author_association the real guard ranks differently. */
export const ISSUES = [
  issue(POLICY_REPO, 1, 'octo-maintainer', 'MEMBER', 'Crash on start'),
  issue(POLICY_REPO, 2, 'casual-contributor', 'CONTRIBUTOR', 'Typo in docs'),
  issue(POLICY_REPO, 3, 'first-timer', 'NONE', 'Feature request'),
];

/** Search results: the policy repository's issues and, at OUTSIDE_INDEX, one from the outside repository. */
export const SEARCH_ISSUES = [
  ISSUES[0],
  ISSUES[1],
  issue(OUTSIDE_REPO, 7, 'outside-owner', 'OWNER', 'Leaked roadmap'),
  ISSUES[2],
];
/** The index of the outside repository's item in SEARCH_ISSUES. */
export const OUTSIDE_INDEX = 2;

export const COMMITS = [
  {
    sha: '3f786850e387550fdab836ed7e6dc881de23001b',
    html_url: `https://github.com/${POLICY_REPO}/commit/3f786850e387550fdab836ed7e6dc881de23001b`,
    commit: {
      message: 'Fix the start-up crash',
      author: { name: 'Octo Maintainer', email: 'maintainer@example.com', date: '2026-08-21T09:00:00Z' },
    },
    author: { login: 'octo-maintainer', type: 'User' },
  },
  {
    sha: '89e6c98d92887913cadf06b2adb97f26cde4849b',
    html_url: `https://github.com/${POLICY_REPO}/commit/89e6c98d92887913cadf06b2adb97f26cde4849b`,
    commit: {
      message: 'Docs: typo',
      author: { name: 'Casual Contributor', email: 'contributor@example.com', date: '2026-08-20T09:00:00Z' },
    },
    author: { login: 'casual-contributor', type: 'User' },
  },
];

export const FILE_TEXT = '# app\n\nA small application used by the integrity-audit gateway tests.\n';

/** What search_repositories finds: the policy repository is public, the outside one private. */
export const REPOSITORIES = [
  {
    id: 1001,
    name: 'app',
    full_name: POLICY_REPO,
    private: false,
    visibility: 'public',
    owner: { login: 'octo-org' },
  },
  {
    id: 1002,
    name: 'secret-repo',
    full_name: OUTSIDE_REPO,
    private: true,
    visibility: 'private',
    owner: { login: 'evil-org' },
  },
];

const ownerRepo = {
  owner: { type: 'string', description: 'Repository owner' },
  repo: { type: 'string', description: 'Repository name' },
};

/** The tools the fake serves, with read-only annotations as the GitHub MCP server declares them. */
export const TOOLS = [
  {
    name: 'list_issues',
    description: 'List issues in a GitHub repository.',
    inputSchema: { type: 'object', properties: { ...ownerRepo }, required: ['owner', 'repo'] },
    annotations: { readOnlyHint: true },
  },
  {
    name: 'issue_read',
    description: 'Get information about a specific issue in a GitHub repository.',
    inputSchema: {
      type: 'object',
      properties: { ...ownerRepo, method: { type: 'string' }, issue_number: { type: 'number' } },
      required: ['owner', 'repo', 'issue_number'],
    },
    annotations: { readOnlyHint: true },
  },
  {
    name: 'search_issues',
    description: 'Search for issues in GitHub repositories.',
    inputSchema: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
    annotations: { readOnlyHint: true },
  },
  {
    name: 'list_commits',
    description: 'Get list of commits of a branch in a GitHub repository.',
    inputSchema: { type: 'object', properties: { ...ownerRepo }, required: ['owner', 'repo'] },
    annotations: { readOnlyHint: true },
  },
  {
    name: 'get_file_contents',
    description: 'Get the contents of a file or directory from a GitHub repository.',
    inputSchema: {
      type: 'object',
      properties: { ...ownerRepo, path: { type: 'string' } },
      required: ['owner', 'repo'],
    },
    annotations: { readOnlyHint: true },
  },
  {
    name: 'search_repositories',
    description: 'Find GitHub repositories by name, description, readme, topics, or other metadata.',
    inputSchema: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
    annotations: { readOnlyHint: true },
  },
];
