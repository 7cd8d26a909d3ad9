// What the GitHub source's discovery and downloading share: a listed run and the source's options.
import type { GitHubClient } from '../../github/client.js';
import type { ZipLimits } from '../zip.js';
import type { MemoryBudget } from './download.js';

export interface WorkflowRun {
  id: number;
  name?: string | null;
  path?: string;
  head_branch?: string | null;
  event?: string;
  status?: string | null;
  conclusion?: string | null;
  html_url?: string;
  created_at: string;
  /** When the run last changed (its completion, for a completed run). */
  updated_at?: string;
  run_attempt?: number;
}

export interface GitHubSourceOptions {
  client: GitHubClient;
  /** owner/repo */
  repository: string;
  lookbackHours: number;
  workflows: string[];
  maxRuns: number;
  now?: Date;
  tempRoot: string;
  zipLimits?: ZipLimits;
  /** Downloads kept in memory within this budget (default: the process's, DOWNLOAD_MEMORY); null: all to files. */
  memory?: MemoryBudget | null;
  /** The repository's one artifact listing for its runs (artifact-index.ts); without it each run lists its own. */
  artifactIndex?: RunArtifacts;
  log?: (message: string) => void;
}

export interface Discovery {
  runs: WorkflowRun[];
  window: { from: string; to: string };
  notes: string[];
}

/** A run's artifact as the listings give it (the fields prepareRun reads). */
export interface Artifact {
  id: number;
  name: string;
  expired: boolean;
  expires_at?: string | null;
  size_in_bytes?: number;
}

/** Runs' artifacts known without listing each run's own: null for a run it cannot answer for. */
export interface RunArtifacts {
  of(run: Pick<WorkflowRun, 'id'>): Promise<Artifact[] | null>;
}
