// The CLI: `integrity-audit analyze <path>... [--format json|markdown|text] [--output FILE] [--config FILE]
// [--fail-on critical|warning]`. Argument parsing is Node's own util.parseArgs (no dependency needed).
import { parseArgs } from 'node:util';
import { writeFileSync, renameSync } from 'node:fs';
import { DEFAULT_CONFIG, loadConfigFile, ConfigError } from '../config.js';
import { RULE_IDS } from '../rules/index.js';
import { auditRuns, localJobs, worthWorkers } from '../engine/audit.js';
import { discoverRuns, runIdFromName, totalBytes, type LocalRunRef } from '../sources/local.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import type { Report } from '../engine/types.js';
import { basename } from 'node:path';
import { VERSION } from '../version.js';

const USAGE = `Usage: integrity-audit analyze <path>... [options]

Audits gh-aw run logs for integrity-filtering (DIFC) problems.

<path> is any mix of: a directory of run folders, one run folder
(gh run download / gh aw logs layouts), or artifact .zip files.

Options:
  --format json|markdown|text   output format (default: text on a terminal, json otherwise)
  --output FILE                 write the report to FILE instead of stdout
  --config FILE                 rules config (JSON): severities, disabled rules, thresholds
  --fail-on critical|warning    exit 3 when a finding at or above this severity exists
  -h, --help                    show this help
  -V, --version                 print the version

Exit codes: 0 analysis completed, 1 failure, 2 bad usage, 3 findings at or above --fail-on.
`;

class UsageError extends Error {}

export function exitCodeFor(report: Report, failOn: string | undefined): number {
  if (failOn === 'critical' && report.summary.critical > 0) return 3;
  if (failOn === 'warning' && report.summary.critical + report.summary.warning > 0) return 3;
  return 0;
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
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (err) {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
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
      throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
    if (paths.length === 0) throw new UsageError('analyze needs at least one path');
    const format = values.format ?? (process.stdout.isTTY && !values.output ? 'text' : 'json');
    if (!['json', 'markdown', 'text'].includes(format))
      throw new UsageError(`--format must be json, markdown or text (got "${format}")`);
    const failOn = values['fail-on'];
    if (failOn !== undefined && !['critical', 'warning', 'never'].includes(failOn))
      throw new UsageError(`--fail-on must be critical or warning (got "${failOn}")`);
    const config = values.config ? loadConfigFile(values.config, RULE_IDS) : DEFAULT_CONFIG;

    const refs: LocalRunRef[] = [];
    for (const p of paths) {
      try {
        refs.push(...(await discoverRuns(p)));
      } catch (err) {
        throw new UsageError(
          `${p}: ${err instanceof Error && 'code' in err && err.code === 'ENOENT' ? 'no such file or directory' : err instanceof Error ? err.message : String(err)}`,
        );
      }
    }
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
    if (values.output) {
      // Nothing half-written: write beside the target, then rename.
      const tmp = `${values.output}.tmp-${process.pid}`;
      writeFileSync(tmp, text);
      renameSync(tmp, values.output);
    } else {
      process.stdout.write(text);
    }
    return exitCodeFor(report, failOn);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`error: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`error: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}
