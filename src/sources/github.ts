// The GitHub source: recent agentic runs of a repository (github/discovery.ts), their evidence artifacts and job logs
// downloaded with retries (github/download.ts), prepared run by run for the engine (github/prepare.ts).
export type { Discovery, GitHubSourceOptions, WorkflowRun } from './github/types.js';
export { discoverRuns, repositoryIsPrivate, workflowMatcher } from './github/discovery.js';
export { DEFAULT_DOWNLOAD, download, type DownloadOptions } from './github/download.js';
export { prepareRun } from './github/prepare.js';
