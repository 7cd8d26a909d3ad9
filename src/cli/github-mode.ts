// `integrity-audit analyze --repo owner/repo …`: the CLI straight from GitHub. The same discovery, download and
// evidence code as the action (engine/github.ts); the token from GITHUB_TOKEN or GH_TOKEN (`GH_TOKEN=$(gh auth token)`).
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AuditConfig } from '../config.js';
import { createClient } from '../github/client.js';
import { auditGitHub, type GitHubAudit } from '../engine/github.js';
import { withApiUsage } from '../engine/budget.js';
import { DEFAULT_RESERVE, parseReserve } from '../github/budget.js';
import { parseEntry, repositoryEntries } from '../sources/github/repositories.js';
import type { GateResult } from '../report/verdict.js';
import { DEFAULT_CONFIG, loadConfigFile } from '../config.js';
import { parseSuppressions } from '../report/suppressions.js';
import { RULE_IDS, RULE_SPECS } from '../rules/index.js';
import { emitReport } from './output.js';
import { GitHubUsageError, type GitHubModeValues } from './github-options.js';

export { GITHUB_OPTIONS, GITHUB_USAGE, GitHubUsageError, githubOnlyOptions } from './github-options.js';
export type { GitHubModeValues } from './github-options.js';
import { checkOutputSetting, outputSettings, UsageError, type CliValues } from './settings.js';

function numberOption(
  name: string,
  text: string | undefined,
  def: number,
  min: number,
  max: number,
  int: boolean,
) {
  if (text === undefined) return def;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < min || n > max || (int && !Number.isInteger(n)))
    throw new GitHubUsageError(
      `--${name} must be ${int ? 'an integer' : 'a number'} from ${min} to ${max} (got "${text}")`,
    );
  return n;
}

export interface GitHubModeOptions {
  config: AuditConfig;
  workerEntry?: URL;
  env?: NodeJS.ProcessEnv;
  stderr?: NodeJS.WriteStream;
}

/** Bytes as the progress line shows them. */
function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export async function analyzeFromGitHub(
  values: GitHubModeValues,
  options: GitHubModeOptions,
): Promise<GitHubAudit> {
  const env = options.env ?? process.env;
  const stderr = options.stderr ?? process.stderr;
  const entries = repositoryEntries(values.repo ?? []);
  if (entries.length === 0) throw new GitHubUsageError('--repo needs owner/repo or owner/GLOB');
  for (const e of entries) {
    try {
      parseEntry(e);
    } catch (err) {
      throw new GitHubUsageError(`--repo ${(err as Error).message}`);
    }
  }
  const lookbackHours = numberOption('lookback-hours', values['lookback-hours'], 24, 1, 24 * 400, false);
  const maxRuns = numberOption('max-runs', values['max-runs'], 50, 1, 1000, true);
  const workflows = repositoryEntries(values.workflows ?? []);
  const apiUrl = (values['api-url'] ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  try {
    if (!/^https?:$/.test(new URL(apiUrl).protocol)) throw new Error();
  } catch {
    throw new GitHubUsageError(
      `--api-url must be an http(s) URL such as https://api.github.com (got "${apiUrl}")`,
    );
  }
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token)
    throw new GitHubUsageError(
      '--repo needs a token in GITHUB_TOKEN or GH_TOKEN (e.g. GH_TOKEN=$(gh auth token))',
    );
  const download = values.download === undefined ? undefined : resolve(values.download);
  if (download !== undefined) {
    const st = await fs.stat(download).catch(() => null);
    if (st && !st.isDirectory()) throw new GitHubUsageError(`--download ${values.download}: is not a folder`);
  }
  const tty = stderr.isTTY === true;
  const log = (m: string) => {
    if (tty) stderr.write(m + '\n');
  };
  const reserve = values['api-reserve'] === undefined ? DEFAULT_RESERVE : parseReserve(values['api-reserve']);
  if (!reserve)
    throw new GitHubUsageError(
      `--api-reserve must be a number of requests (e.g. 200) or a share of the rate limit (e.g. 10%) (got "${values['api-reserve']}")`,
    );
  const client = createClient({ token, baseUrl: apiUrl, log, reserve });
  // Downloads are renamed into the download folder: the temporary folder sits beside it (one file system).
  if (download) await fs.mkdir(download, { recursive: true });
  const tempRoot = await fs.mkdtemp(
    join(download ?? tmpdir(), download ? '.integrity-audit-tmp-' : 'integrity-audit-'),
  );
  try {
    const audit = await auditGitHub({
      client,
      entries,
      lookbackHours,
      workflows,
      maxRuns,
      config: options.config,
      tempRoot,
      download,
      workerEntry: options.workerEntry,
      log,
      progress: (p) =>
        log(
          `integrity-audit: ${p.done}/${p.total} run(s) done, ${size(p.bytes)} of evidence` +
            (p.cached > 0 ? ` (${p.cached} run(s) from ${values.download})` : ''),
        ),
    });
    // The API requests and rate limit, and the runs and repositories the budget left out.
    return { ...audit, report: withApiUsage(audit.report, client) };
  } finally {
    await fs.rm(tempRoot, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** `--require-full-coverage` also fails (4) when a repository could not be read. */
export function gateRepositories(
  audit: GitHubAudit,
  result: GateResult,
  requireFullCoverage: boolean,
): GateResult {
  if (result.code !== 0 || !requireFullCoverage || audit.notCovered.length === 0) return result;
  const list = audit.notCovered.map((n) => n.repository).join(', ');
  return {
    code: 4,
    reason: `integrity-audit: ${audit.notCovered.length} repositor${audit.notCovered.length === 1 ? 'y' : 'ies'} not covered: ${list} (require-full-coverage)`,
  };
}

/**
 * `analyze --repo …`: the settings (as `analyze <path>` reads them, minus the paths), the audit from GitHub, then the
 * report and the one gate, plus the repositories not covered under `--require-full-coverage`.
 */
export async function analyzeFromGitHubCommand(
  values: CliValues & GitHubModeValues,
  paths: string[],
  options: { workerEntry?: URL },
): Promise<number> {
  if (paths.length > 0) throw new UsageError('analyze takes paths or --repo, not both');
  const out = outputSettings(values);
  const config = values.config ? loadConfigFile(values.config, RULE_SPECS) : DEFAULT_CONFIG;
  parseSuppressions(config.suppressions, RULE_IDS, values.config); // a mistake fails now, not after the audit
  checkOutputSetting(out);
  let audit: GitHubAudit;
  try {
    audit = await analyzeFromGitHub(values, { config, workerEntry: options.workerEntry });
  } catch (err) {
    throw err instanceof GitHubUsageError ? new UsageError(err.message) : err;
  }
  const code = emitReport(audit.report, out, `Last ${values['lookback-hours'] ?? 24} hours`);
  const result = gateRepositories(
    audit,
    { code: code as GateResult['code'], reason: null },
    out.requireFullCoverage,
  );
  if (result.code !== code && result.reason) process.stderr.write(`${result.reason}\n`);
  return result.code;
}
