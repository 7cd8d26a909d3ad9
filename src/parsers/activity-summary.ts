// `usage` artifact `activity/summary.json` (FORMATS.md §9.7): a triage summary, kept as is for the report.
import type { Readable } from 'node:stream';
import { isRecord, readSmallJson } from './common.js';
import { unusable, UNUSABLE_NOTE, type Parser } from './parser.js';

export async function parseActivitySummary(
  stream: Readable,
): Promise<{ summary: Record<string, unknown> | null; error: string | null }> {
  const { value, error } = await readSmallJson(stream, 4 * 1024 * 1024);
  return { summary: isRecord(value) ? value : null, error };
}

export const activitySummaryParser: Parser<Record<string, unknown> | null> = {
  name: 'activity-summary',
  suffixes: ['activity/summary.json'],
  lineBased: false,
  notes: [UNUSABLE_NOTE],
  async parse(stream, ctx, sink) {
    const r = await parseActivitySummary(stream);
    unusable(ctx, sink)(r.error);
    return r.summary;
  },
};
