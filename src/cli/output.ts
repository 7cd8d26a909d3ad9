// What every CLI command that produces a report does last: render it (json, markdown, text, sarif), write it (stdout or
// `--output`, atomically), and pass the one gate (report/verdict.ts, the action's too) for the exit status.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Report } from '../model/types.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { renderSarif } from '../report/sarif.js';
import { gate } from '../report/verdict.js';
import { pathErrorText } from '../sources/local.js';
import { prettyJsonPieces, writePrettyJsonFile } from '../util/json-pieces.js';
import type { OutputSettings } from './settings.js';

/**
 * Writes the report beside the target, then renames it (nothing half-written); no temporary file is left behind. JSON
 * is written piece by piece (util/json-pieces.ts: the same text, never held whole).
 */
function writeOutput(path: string, content: { text: string } | { json: Report }): void {
  const tmp = join(dirname(resolve(path)), `.${basename(path)}.tmp-${process.pid}`);
  try {
    if ('json' in content) writePrettyJsonFile(path, tmp, content.json);
    else {
      writeFileSync(tmp, content.text);
      renameSync(tmp, path);
    }
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new Error(`--output ${path}: could not be written (${pathErrorText(err)})`);
  }
}

export function renderReport(report: Report, format: OutputSettings['format'], periodLabel: string): string {
  return format === 'json'
    ? JSON.stringify(report, null, 2) + '\n'
    : format === 'markdown'
      ? renderMarkdown(report, { periodLabel, includeState: false })
      : format === 'sarif'
        ? renderSarif(report)
        : renderText(report);
}

/** Renders and writes the report, then gates it: the exit status (0, 3 or 4), the reason on stderr. */
export function emitReport(report: Report, out: OutputSettings, periodLabel: string): number {
  if (out.format === 'json') {
    if (out.output !== null) writeOutput(out.output, { json: report });
    else {
      for (const piece of prettyJsonPieces(report)) process.stdout.write(piece);
      process.stdout.write('\n');
    }
  } else {
    const text = renderReport(report, out.format, periodLabel);
    if (out.output !== null) writeOutput(out.output, { text });
    else process.stdout.write(text);
  }
  const result = gate(report, out);
  if (result.reason) process.stderr.write(`${result.reason}\n`);
  return result.code;
}
