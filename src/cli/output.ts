// What every CLI command that produces a report does last: render it (json, markdown, text, sarif), write it (stdout or
// `--output`, atomically), and pass the one gate (report/verdict.ts, the action's too) for the exit status.
import { basename, dirname, join, resolve } from 'node:path';
import type { Report } from '../model/types.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { renderSarif } from '../report/sarif.js';
import { gate } from '../report/verdict.js';
import { pathErrorText } from '../sources/local.js';
import { prettyJsonFilePieces, writePiecesAtomically } from '../util/json-pieces.js';
import type { OutputSettings } from './settings.js';

/**
 * Writes the report beside the target, then renames it (nothing half-written); no temporary file is left behind.
 */
function writeOutput(path: string, pieces: Iterable<string>): void {
  const tmp = join(dirname(resolve(path)), `.${basename(path)}.tmp-${process.pid}`);
  try {
    writePiecesAtomically(path, tmp, pieces);
  } catch (err) {
    throw new Error(`--output ${path}: could not be written (${pathErrorText(err)})`);
  }
}

/**
 * The report in the chosen format, in pieces: JSON member by member (util/json-pieces.ts: the same text as
 * `JSON.stringify(report, null, 2)`, never held whole), the other formats as one text.
 */
export function renderReport(
  report: Report,
  format: OutputSettings['format'],
  periodLabel: string,
): Iterable<string> {
  return format === 'json'
    ? prettyJsonFilePieces(report)
    : [
        format === 'markdown'
          ? renderMarkdown(report, { periodLabel, includeState: false })
          : format === 'sarif'
            ? renderSarif(report)
            : renderText(report),
      ];
}

/** Renders and writes the report, then gates it: the exit status (0, 3 or 4), the reason on stderr. */
export function emitReport(report: Report, out: OutputSettings, periodLabel: string): number {
  const pieces = renderReport(report, out.format, periodLabel);
  if (out.output !== null) writeOutput(out.output, pieces);
  else for (const piece of pieces) process.stdout.write(piece);
  const result = gate(report, out);
  if (result.reason) process.stderr.write(`${result.reason}\n`);
  return result.code;
}
