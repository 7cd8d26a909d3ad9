// The CLI's settings: the options of `analyze` (and `merge`) and the rules config file, read and validated in one
// place into one typed object, as the action's inputs are (action/inputs.ts). main.ts only reads it.
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseSuppressions } from '../report/suppressions.js';
import { DEFAULT_CONFIG, loadConfigFile, type AuditConfig } from '../config.js';
import { RULE_IDS, RULE_SPECS } from '../rules/index.js';
import type { FailOn, GateOptions } from '../report/verdict.js';

export class UsageError extends Error {}

export type Format = 'json' | 'markdown' | 'text' | 'sarif';

/** What every command writing a report shares: where and how it goes, and the gate. */
export interface OutputSettings extends GateOptions {
  format: Format;
  /** null: stdout */
  output: string | null;
}

export interface AnalyzeSettings extends OutputSettings {
  paths: string[];
  config: AuditConfig;
}

/** The parsed options (util.parseArgs values) the settings are read from. */
export interface CliValues {
  format?: string;
  output?: string;
  config?: string;
  'fail-on'?: string;
  'require-full-coverage'?: boolean;
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

/** `--format`, `--output`, `--fail-on`, `--require-full-coverage`, validated; `--output` checked writable. */
export function outputSettings(
  values: CliValues,
  stdoutIsTTY = process.stdout.isTTY === true,
): OutputSettings {
  const format = values.format ?? (stdoutIsTTY && !values.output ? 'text' : 'json');
  if (!['json', 'markdown', 'text', 'sarif'].includes(format))
    throw new UsageError(`--format must be json, markdown, text or sarif (got "${format}")`);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !['critical', 'warning', 'never'].includes(failOn))
    throw new UsageError(`--fail-on must be critical or warning (got "${failOn}")`);
  return {
    format: format as Format,
    output: values.output ?? null,
    failOn: (failOn ?? 'never') as FailOn,
    requireFullCoverage: values['require-full-coverage'] === true,
  };
}

/** The settings of `analyze <path>...`: a ConfigError for a bad config file, a UsageError for the rest. */
export function analyzeSettings(values: CliValues, paths: string[]): AnalyzeSettings {
  if (paths.length === 0) throw new UsageError('analyze needs at least one path');
  const out = outputSettings(values);
  const config = configSetting(values);
  if (out.output !== null) checkOutput(out.output);
  return { ...out, paths, config };
}

/** `--config FILE` loaded and checked (`analyze`, `merge`); the defaults without one. A ConfigError when wrong. */
export function configSetting(values: CliValues): AuditConfig {
  const config = values.config ? loadConfigFile(values.config, RULE_SPECS) : DEFAULT_CONFIG;
  parseSuppressions(config.suppressions, RULE_IDS, values.config); // a mistake fails now, not after the audit
  return config;
}

/** Checks the `--output` file can be written (for commands that read no config). */
export function checkOutputSetting(out: OutputSettings): void {
  if (out.output !== null) checkOutput(out.output);
}
