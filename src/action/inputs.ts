// The action's settings: every input and the rules config file, read, defaulted and validated in one place
// (actions/checkout's input-helper pattern), into one typed object that main.ts only reads. The runner fills defaults
// from action.yml, but the code does not depend on it: an unset input gets the documented default.
import * as core from '@actions/core';
import { parseSuppressions } from '../report/suppressions.js';
import { DEFAULT_CONFIG, loadConfigFile, type AuditConfig } from '../config.js';
import { RULE_IDS, RULE_SPECS } from '../rules/index.js';
import type { FailOn } from '../report/verdict.js';
import { parseEntry, repositoryEntries } from '../sources/github/repositories.js';
import { DEFAULT_RESERVE, parseReserve, type Reserve } from '../github/budget.js';

export type { FailOn };

export interface Inputs {
  githubToken: string;
  /**
   * owner/repo whose runs are audited ('' in logs-path mode without GITHUB_REPOSITORY); with several entries or a glob,
   * the entries joined by `, ` (the report's target).
   */
  repository: string;
  /** The `repository` entries: `owner/repo` and `owner/⟨glob⟩`, comma or newline separated. */
  repositories: string[];
  /** Many repositories: one issue per audited repository (default), or one issue for all. */
  issueMode: 'per-repository' | 'single';
  /** owner/repo where the issue goes */
  issueRepository: string;
  lookbackHours: number;
  /** workflow file names or globs; empty = every `*.lock.yml` workflow */
  workflows: string[];
  maxRuns: number;
  logsPath: string | null;
  titlePrefix: string;
  labels: string[];
  rotateDays: number;
  dryRun: boolean;
  failOn: FailOn;
  /** An audit that did not fully cover every run fails the step too (exit as for `fail-on`). */
  requireFullCoverage: boolean;
  configPath: string | null;
  apiUrl: string;
  /** `shard: K/N`: audit only the K-th of N stable shares of the discovered runs (index 0-based here). */
  shard: Shard | null;
  /** `reports-path`: a folder or glob of shard reports to merge instead of discovering runs. */
  reportsPath: string | null;
  /**
   * `api-reserve`: API requests to keep unspent (`N`, or `P%` of the rate limit; default 10%): below it, with the
   * limit's reset too far to wait for, no new run starts and the rest are reported as not audited (github/budget.ts).
   */
  apiReserve: Reserve;
}

export interface Shard {
  /** 0-based (the input is 1-based) */
  index: number;
  count: number;
}

export class InputError extends Error {}

const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

function raw(name: string, trim = true): string | null {
  const value = core.getInput(name, { trimWhitespace: trim });
  return value === '' ? null : value;
}

function repoInput(name: string, fallback: string | undefined, required: boolean): string {
  const value = raw(name) ?? fallback ?? null;
  if (!value) {
    if (!required) return '';
    throw new InputError(`Input "${name}" is required when GITHUB_REPOSITORY is not set: give an owner/repo`);
  }
  if (!REPO.test(value)) throw new InputError(`Input "${name}" must be owner/repo (got "${value}")`);
  return value;
}

/** `repository`: one `owner/repo` as before, or several entries and `owner/⟨glob⟩`s (not with logs-path). */
function repositoriesInput(fallback: string | undefined, required: boolean): string[] {
  const value = raw('repository') ?? fallback ?? null;
  const entries = value === null ? [] : repositoryEntries(value);
  if (entries.length === 0) {
    if (!required) return [];
    throw new InputError(
      'Input "repository" is required when GITHUB_REPOSITORY is not set: give an owner/repo',
    );
  }
  for (const e of entries) {
    // An entry without glob characters is an owner/repo, checked as before; a glob is `owner/⟨glob⟩`.
    if (!/[*?[\]{}!()+@]/.test(e)) {
      if (!REPO.test(e))
        throw new InputError(
          `Input "repository" must be owner/repo (got "${entries.length === 1 ? value : e}")`,
        );
      continue;
    }
    try {
      parseEntry(e);
    } catch (err) {
      throw new InputError(`Input "repository": ${(err as Error).message}`);
    }
  }
  return entries;
}

function numberInput(name: string, fallback: number, min: number, max: number): number {
  const value = raw(name);
  if (value === null) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new InputError(`Input "${name}" must be a number from ${min} to ${max} (got "${value}")`);
  return n;
}

function intInput(name: string, fallback: number, min: number, max: number): number {
  const n = numberInput(name, fallback, min, max);
  if (!Number.isInteger(n))
    throw new InputError(`Input "${name}" must be a whole number from ${min} to ${max} (got "${n}")`);
  return n;
}

function boolInput(name: string, fallback: boolean): boolean {
  const value = raw(name);
  if (value === null) return fallback;
  if (/^(true|yes|1|on)$/i.test(value)) return true;
  if (/^(false|no|0|off)$/i.test(value)) return false;
  throw new InputError(`Input "${name}" must be true or false (got "${value}")`);
}

const MAX_SHARDS = 256;

function shardInput(name: string): Shard | null {
  const value = raw(name);
  if (value === null) return null;
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  const k = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!m || n < 1 || n > MAX_SHARDS || k < 1 || k > n)
    throw new InputError(
      `Input "${name}" must be K/N with 1 <= K <= N <= ${MAX_SHARDS}, e.g. 2/4 for the second of four shards (got "${value}")`,
    );
  return { index: k - 1, count: n };
}

function reserveInput(name: string): Reserve {
  const value = raw(name);
  if (value === null) return DEFAULT_RESERVE;
  const reserve = parseReserve(value);
  if (!reserve)
    throw new InputError(
      `Input "${name}" must be a number of requests (e.g. 200) or a share of the rate limit (e.g. 10%) (got "${value}")`,
    );
  return reserve;
}

function listInput(name: string, fallback: string[]): string[] {
  const value = raw(name);
  if (value === null) return fallback;
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Every input, read and validated (the config file is not read here: see getSettings). */
export function getInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  const logsPath = raw('logs-path');
  const reportsPath = raw('reports-path');
  const shard = shardInput('shard');
  if (logsPath !== null && reportsPath !== null)
    throw new InputError('Inputs "logs-path" and "reports-path" exclude each other: give one');
  if (shard !== null && (logsPath !== null || reportsPath !== null))
    throw new InputError(
      `Input "shard" shares out the repository's runs: it does not go with "${logsPath !== null ? 'logs-path' : 'reports-path'}"`,
    );
  const githubToken = raw('github-token') ?? env.GITHUB_TOKEN ?? '';
  const failOn = (raw('fail-on') ?? 'never').toLowerCase();
  if (!['never', 'warning', 'critical'].includes(failOn)) {
    throw new InputError(`Input "fail-on" must be one of never, warning, critical (got "${failOn}")`);
  }
  const apiUrl = (raw('api-url') ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  try {
    const u = new URL(apiUrl);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error();
  } catch {
    throw new InputError(
      `Input "api-url" must be an http(s) URL such as https://api.github.com or https://HOST/api/v3 (got "${apiUrl}")`,
    );
  }
  const titlePrefix = raw('title-prefix', false) ?? '[integrity-audit] ';
  const labels = listInput('labels', ['integrity-audit', 'automation']);
  if (labels.length === 0)
    throw new InputError('Input "labels" must name at least one label (the open issue is found by it)');
  const repositories = repositoriesInput(env.GITHUB_REPOSITORY, logsPath === null);
  if (repositories.length > 1 || repositories.some((e) => parseEntry(e).glob)) {
    if (logsPath !== null)
      throw new InputError('Input "repository" names one repository with "logs-path" (no globs, no list)');
  }
  const issueMode = (raw('issue-mode') ?? 'per-repository').toLowerCase();
  if (issueMode !== 'per-repository' && issueMode !== 'single')
    throw new InputError(`Input "issue-mode" must be per-repository or single (got "${issueMode}")`);
  return {
    githubToken,
    repository: repositories.join(', '),
    repositories,
    issueMode,
    issueRepository: repoInput('issue-repository', env.GITHUB_REPOSITORY, logsPath === null),
    lookbackHours: numberInput('lookback-hours', 24, 1, 24 * 400),
    workflows: listInput('workflows', []),
    maxRuns: intInput('max-runs', 50, 1, 1000),
    logsPath,
    titlePrefix,
    labels,
    rotateDays: numberInput('rotate-days', 7, 0, 3650),
    dryRun: boolInput('dry-run', false),
    failOn: failOn as FailOn,
    requireFullCoverage: boolInput('require-full-coverage', false),
    configPath: raw('config'),
    apiUrl,
    shard,
    reportsPath,
    apiReserve: reserveInput('api-reserve'),
  };
}

/** The action's settings: the inputs and the rules config they name, everything the run needs. */
export interface ActionSettings extends Inputs {
  /** The rules config (`config`), loaded and checked against the rule catalogue; the defaults without one. */
  config: AuditConfig;
  /**
   * What the action does: audit a local folder (`logs-path`), the repository's runs through the API (all of them, or
   * one shard's share: `shard`), or merge shard reports (`reports-path`) and file the issue as for one audit.
   */
  mode: 'local' | 'repository' | 'merge';
  /** The issue's period line and the job summary's: `Local logs` or `Last N hours`. */
  periodLabel: string;
}

/**
 * Reads and validates every input and loads the config file: one object, or an InputError / ConfigError naming the
 * input that is wrong. The token is required only where the API is used (not for `logs-path`).
 */
export function getSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const inputs = getInputs(env);
  const config = inputs.configPath ? loadConfigFile(inputs.configPath, RULE_SPECS) : DEFAULT_CONFIG;
  parseSuppressions(config.suppressions, RULE_IDS, inputs.configPath ?? 'config'); // fails before the audit
  const mode = inputs.logsPath ? 'local' : inputs.reportsPath ? 'merge' : 'repository';
  if (mode !== 'local' && !inputs.githubToken)
    throw new InputError(
      'Input "github-token" is empty: pass a token with `actions: read` and `issues: write`.',
    );
  return {
    ...inputs,
    config,
    mode,
    periodLabel: mode === 'local' ? 'Local logs' : `Last ${inputs.lookbackHours} hours`,
  };
}
