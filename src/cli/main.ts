// The CLI: `integrity-audit analyze <path>... [--format json|markdown|text] [--output FILE] [--config FILE]
// [--fail-on critical|warning]`. Argument parsing is Node's own util.parseArgs (no dependency needed).
import { parseArgs } from 'node:util';
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DEFAULT_CONFIG, loadConfigFile, ConfigError } from '../config.js';
import { RULE_SPECS } from '../rules/index.js';
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
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { gate, type FailOn } from '../report/verdict.js';
import { VERSION } from '../version.js';

const USAGE = `Usage: integrity-audit analyze <path>... [options]

Audits gh-aw run logs for integrity-filtering (DIFC) problems.

<path> is any mix of: a directory of run folders, one run folder
(gh run download / gh aw logs layouts), or artifact .zip files.

Options:
  --format json|markdown|text   output format (default: text on a terminal, json otherwise)
  --output FILE                 write the report to FILE instead of stdout
  --config FILE                 rules config (JSON): severities, disabled rules, thresholds
  --fail-on critical|warning    exit 3 when a finding at or above this severity exists,
                                exit 4 when nothing could be audited (verdict inconclusive)
  --require-full-coverage       exit 4 when some run was not fully audited (verdict incomplete)
  -h, --help                    show this help
  -V, --version                 print the version

Verdict (summary.verdict): clean, findings, incomplete (some run not fully audited)
or inconclusive (nothing could be audited).

Exit codes: 0 analysis completed, 1 failure, 2 bad usage (also: a path that holds no run),
3 findings at or above --fail-on, 4 audit incomplete or inconclusive under
--fail-on / --require-full-coverage. Every non-zero exit says why on stderr.
`;

const HELP_HINT = "(see 'integrity-audit --help')";

class UsageError extends Error {}

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

/** Fails before the audit when `--output` cannot be written: a folder, or a file in a folder that does not exist. */
function checkOutput(path: string): void {
  let st;
  try {
    st = statSync(path);
  } catch {
    st = null;
  }
  if (st?.isDirectory()) throw new UsageError(`--output ${path}: is a folder; give the path of a file`);
  const dir = dirname(resolve(path));
  let dirSt;
  try {
    dirSt = statSync(dir);
  } catch {
    dirSt = null;
  }
  if (!dirSt?.isDirectory())
    throw new UsageError(`--output ${path}: the folder ${dirname(path)} does not exist; create it first`);
}

/** Writes the report beside the target, then renames it (nothing half-written); no temporary file is left behind. */
function writeOutput(path: string, text: string): void {
  const tmp = join(dirname(resolve(path)), `.${basename(path)}.tmp-${process.pid}`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new Error(`--output ${path}: could not be written (${pathErrorText(err)})`);
  }
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
    if (command !== 'analyze')
      throw new UsageError(
        command
          ? `unknown command "${command}": the command is analyze`
          : 'missing command: integrity-audit analyze <path>...',
      );
    if (paths.length === 0) throw new UsageError('analyze needs at least one path');
    const format = values.format ?? (process.stdout.isTTY && !values.output ? 'text' : 'json');
    if (!['json', 'markdown', 'text'].includes(format))
      throw new UsageError(`--format must be json, markdown or text (got "${format}")`);
    const failOn = values['fail-on'];
    if (failOn !== undefined && !['critical', 'warning', 'never'].includes(failOn))
      throw new UsageError(`--fail-on must be critical or warning (got "${failOn}")`);
    const config = values.config ? loadConfigFile(values.config, RULE_SPECS) : DEFAULT_CONFIG;
    if (values.output !== undefined) checkOutput(values.output);

    const found: LocalRunRef[] = [];
    for (const p of paths) {
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
    const { report } = await auditRuns(
      localJobs(refs, (p) => runIdFromName(basename(p))),
      {
        config,
        workerEntry: options.workerEntry,
        useWorkers: await worthWorkers(refs.length, () => totalBytes(refs)),
        target: null,
        window: { from: null, to: null },
        log: (m) => process.stderr.isTTY && process.stderr.write(m + '\n'),
      },
    );
    const text =
      format === 'json'
        ? JSON.stringify(report, null, 2) + '\n'
        : format === 'markdown'
          ? renderMarkdown(report, { periodLabel: 'Local logs', includeState: false })
          : renderText(report);
    if (values.output) writeOutput(values.output, text);
    else process.stdout.write(text);
    const result = gate(report, {
      failOn: (failOn ?? 'never') as FailOn,
      requireFullCoverage: values['require-full-coverage'] === true,
    });
    if (result.reason) process.stderr.write(`${result.reason}\n`);
    return result.code;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`error: ${oneLine(err.message)} ${HELP_HINT}\n`);
      return 2;
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`error: ${oneLine(err.message)}\n`);
      return 2;
    }
    process.stderr.write(failureText(err));
    return 1;
  }
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
