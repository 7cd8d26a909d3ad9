// `integrity-audit merge <report.json>... [--format json|markdown|text] [--output FILE] [--config FILE] [--fail-on …]`:
// the JSON reports of disjoint run sets (the shards of one audit) merged into the report one audit over all their runs
// gives (report/merge.ts), the config's suppressions applied as the action's merge job applies them, written and gated
// as `analyze` does.
import { readFile } from 'node:fs/promises';
import { mergeWithSuppressions, parseReport, type ReportSource } from '../report/merge.js';
import { pathErrorText } from '../sources/local.js';
import { emitReport } from './output.js';
import { checkOutputSetting, configSetting, outputSettings, UsageError, type CliValues } from './settings.js';

/** Reads every report file: a file that cannot be read or is not a report of schemaVersion 1 is a usage error. */
export async function readReports(paths: string[]): Promise<ReportSource[]> {
  const out: ReportSource[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      throw new UsageError(`${path}: ${pathErrorText(err)}`);
    }
    out.push({ source: path, report: parseReport(text, path) });
  }
  return out;
}

/** Runs `merge`: the exit status as for `analyze` (0, 3 or 4); MergeError and UsageError go to the caller. */
export async function mergeCommand(values: CliValues, paths: string[]): Promise<number> {
  if (paths.length === 0) throw new UsageError('merge needs at least one report.json');
  const out = outputSettings(values);
  // The config's suppressions apply to the merged report, as the action's merge job (`reports-path`) applies them.
  const config = configSetting(values);
  checkOutputSetting(out);
  const report = mergeWithSuppressions(await readReports(paths), config.suppressions);
  return emitReport(report, out, 'Merged reports');
}
