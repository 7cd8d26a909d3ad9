// The CLI: `integrity-audit analyze <path>... [--format json|markdown|text] [--output FILE] [--config FILE]
// [--fail-on critical|warning]`. Argument parsing is Node's own util.parseArgs (no dependency needed).
import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import { ConfigError } from '../config.js';
import { auditRuns, localJobs, worthWorkers } from '../engine/audit.js';
import {
  dedupeRuns,
  describeNoRun,
  discoverRuns,
  pathErrorText,
  runIdFromName,
  totalBytes,
  type LocalRunRef,
} from '../sources/local.js';
import { MergeError } from '../report/merge.js';
import { mergeCommand } from './merge.js';
import { emitReport } from './output.js';
import { analyzeSettings, UsageError, type AnalyzeSettings } from './settings.js';
import { VERSION } from '../version.js';
import { holdLargerYoungGeneration } from '../util/heap.js';
import { githubOnlyOptions, GITHUB_OPTIONS, GITHUB_USAGE } from './github-options.js';

/** Local runs of this many bytes or more (zips counted inflated) get a larger young generation (util/heap.ts). */
const LARGE_INPUT_BYTES = 256 * 1024 * 1024;

const USAGE = `Usage: integrity-audit analyze <path>... [options]
       integrity-audit analyze --repo OWNER/REPO... [options]
       integrity-audit merge <report.json>... [--format F] [--output FILE] [--config FILE] [--fail-on L]

Audits gh-aw run logs for integrity-filtering (DIFC) problems.

<path> is any mix of: a directory of run folders, one run folder
(gh run download / gh aw logs layouts), or artifact .zip files.

Options:
  --format json|markdown|text|sarif
                                output format (default: text on a terminal, json otherwise)
  --output FILE                 write the report to FILE instead of stdout
  --config FILE                 rules config (JSON): severities, disabled rules, thresholds
  --fail-on critical|warning    exit 3 when a finding at or above this severity exists,
                                exit 4 when nothing could be audited (verdict inconclusive)
  --require-full-coverage       exit 4 when some run was not fully audited (verdict incomplete)
  -h, --help                    show this help
  -V, --version                 print the version
${GITHUB_USAGE}
merge: the JSON reports of disjoint run sets (e.g. shards) as one audit over all their runs;
with --config, the config's suppressions apply to the merged report (as the action's reports-path).

Verdict (summary.verdict): clean, findings, incomplete (some run not fully audited)
or inconclusive (nothing could be audited).

Exit codes: 0 analysis completed, 1 failure, 2 bad usage (also: a path that holds no run),
3 findings at or above --fail-on, 4 audit incomplete or inconclusive under
--fail-on / --require-full-coverage. Every non-zero exit says why on stderr.
`;

const HELP_HINT = "(see 'integrity-audit --help')";

/** Node's argument-parser errors, in one line of our own. */
function argError(err: unknown): string {
  const code = err instanceof Error && 'code' in err ? String(err.code) : '';
  const message = err instanceof Error ? err.message : String(err);
  const option = /'(-[^' ]*(?:, --[^' ]*)?)/.exec(message)?.[1]?.split(', ').pop() ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option || message}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /does not take an argument/.test(message)
      ? `option ${option} takes no value`
      : `option ${option} needs a value`;
  return message.split('\n', 1)[0];
}

export interface MainOptions {
  /** The bundle to start analysis workers from (several runs use both cores). */
  workerEntry?: URL;
}

export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        'fail-on': { type: 'string' },
        'require-full-coverage': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
        ...GITHUB_OPTIONS,
      },
    });
  } catch (err) {
    process.stderr.write(`error: ${argError(err)} ${HELP_HINT}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`integrity-audit ${VERSION}\n`);
    return 0;
  }
  try {
    const [command, ...paths] = positionals;
    if (command === 'merge') return await mergeCommand(values, paths);
    if (command !== 'analyze')
      throw new UsageError(
        command
          ? `unknown command "${command}": the commands are analyze and merge`
          : 'missing command: integrity-audit analyze <path>...',
      );
    if (values.repo !== undefined)
      return await (await import('./github-mode.js')).analyzeFromGitHubCommand(values, paths, options);
    if (githubOnlyOptions(values).length > 0)
      throw new UsageError(`--${githubOnlyOptions(values)[0]} needs --repo`);
    return await analyze(analyzeSettings(values, paths), options);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`error: ${oneLine(err.message)} ${HELP_HINT}\n`);
      return 2;
    }
    if (err instanceof ConfigError || err instanceof MergeError) {
      process.stderr.write(`error: ${oneLine(err.message)}\n`);
      return 2;
    }
    process.stderr.write(failureText(err));
    return 1;
  }
}

/** `analyze <path>...`: the local runs, through the engine's one entry, then the report and the gate. */
async function analyze(settings: AnalyzeSettings, options: MainOptions): Promise<number> {
  const found: LocalRunRef[] = [];
  for (const p of settings.paths) {
    let runs: LocalRunRef[];
    try {
      runs = await discoverRuns(p);
    } catch (err) {
      throw new UsageError(`${p}: ${pathErrorText(err)}`);
    }
    if (runs.length === 0) throw new UsageError(`${p}: ${await describeNoRun(p)}`);
    found.push(...runs);
  }
  const refs = await dedupeRuns(found);
  const bytes = totalBytes(refs);
  if (bytes >= LARGE_INPUT_BYTES) holdLargerYoungGeneration();
  const { report } = await auditRuns(
    localJobs(refs, (p) => runIdFromName(basename(p))),
    {
      config: settings.config,
      workerEntry: options.workerEntry,
      useWorkers: await worthWorkers(refs.length, async () => bytes),
      localInput: true,
      target: null,
      window: { from: null, to: null },
      log: (m) => process.stderr.isTTY && process.stderr.write(m + '\n'),
    },
  );
  return emitReport(report, settings, 'Local logs');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Exit 1: one line; the stack trace only with INTEGRITY_AUDIT_DEBUG=1. */
export function failureText(err: unknown): string {
  const message = oneLine(err instanceof Error ? err.message : String(err));
  const stack =
    process.env.INTEGRITY_AUDIT_DEBUG === '1' && err instanceof Error && err.stack ? `${err.stack}\n` : '';
  return `error: ${message}\n${stack}`;
}
