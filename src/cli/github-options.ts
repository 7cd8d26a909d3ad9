// The options of `analyze --repo` (GitHub mode) and their help text: light constants the CLI needs on every start.
// The GitHub mode itself (src/cli/github-mode.ts, with the REST client) is loaded only when `--repo` is given, so a
// local audit does not pay for loading it.
export const GITHUB_USAGE = `
From GitHub (instead of paths):
  --repo OWNER/REPO             audit the repository's recent agentic runs; repeat it, or give
                                OWNER/GLOB (e.g. octo/*) for the owner's repositories that have
                                an agentic workflow (archived and disabled ones skipped)
  --lookback-hours N            runs created in the last N hours (default 24)
  --workflows GLOB[,GLOB]       only these workflows (names or globs; default all agentic ones)
  --max-runs N                  at most N runs per repository, the newest (default 50)
  --api-url URL                 REST API (default $GITHUB_API_URL or https://api.github.com)
  --download DIR                keep the runs' artifacts in DIR/run-<id>/ (analyze DIR reads them
                                again); runs already there are not downloaded again
  --api-reserve N|P%            API requests to keep unspent (default 10% of the rate limit): below
                                it no new run starts; the rest are reported as not audited
  The token comes from GITHUB_TOKEN or GH_TOKEN, e.g. GH_TOKEN=$(gh auth token).
`;

export const GITHUB_OPTIONS = {
  repo: { type: 'string', multiple: true },
  'lookback-hours': { type: 'string' },
  workflows: { type: 'string', multiple: true },
  'max-runs': { type: 'string' },
  'api-url': { type: 'string' },
  download: { type: 'string' },
  'api-reserve': { type: 'string' },
} as const;

export interface GitHubModeValues {
  repo?: string[];
  'lookback-hours'?: string;
  workflows?: string[];
  'max-runs'?: string;
  'api-url'?: string;
  download?: string;
  'api-reserve'?: string;
}

/** A wrong option value: the caller reports it as bad usage (exit 2). */
export class GitHubUsageError extends Error {}

/** Options only meaningful with --repo, given without it. */
export function githubOnlyOptions(values: GitHubModeValues): string[] {
  return (['lookback-hours', 'workflows', 'max-runs', 'api-url', 'download', 'api-reserve'] as const).filter(
    (k) => values[k] !== undefined,
  );
}
