// `integrity-audit merge <report.json>... [--format json|markdown|text] [--output FILE] [--fail-on …]`: the JSON
// reports of disjoint run sets (the shards of one audit) merged into the report one audit over all their runs gives
// (report/merge.ts), written and gated as `analyze` does.
import { readFile } from 'node:fs/promises';
import { mergeReports, parseReport, type ReportSource } from '../report/merge.js';
import { pathErrorText } from '../sources/local.js';
import { emitReport } from './output.js';
import { checkOutputSetting, outputSettings, UsageError, type CliValues } from './settings.js';

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
  if (values.config !== undefined)
    throw new UsageError('merge takes no --config: the reports were audited already');
  if (paths.length === 0) throw new UsageError('merge needs at least one report.json');
  const out = outputSettings(values);
  checkOutputSetting(out);
  const report = mergeReports(await readReports(paths));
  return emitReport(report, out, 'Merged reports');
}
