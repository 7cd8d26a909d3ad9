// usage `activity/summary.json` (FORMATS.md §9.7): kept as is, a triage summary only.
import { describe, expect, it } from 'vitest';
import { parseActivitySummary } from '../../src/parsers/activity-summary.js';
import { streamOf } from './helpers.js';

const SUMMARY = {
  _schema: 'usage-activity-summary/v1',
  firewall: { total_requests: 40, allowed_requests: 39, blocked_requests: 1 },
  integrity: {
    total_filtered: 7,
    filtered_server_counts: { github: 7 },
    filtered_tool_counts: { search_issues: 5, list_issues: 2 },
    filtered_reason_counts: { integrity: 7 },
  },
};

describe('activity/summary.json', () => {
  it('returns the object as written', async () => {
    const { summary, error } = await parseActivitySummary(streamOf(JSON.stringify(SUMMARY, null, 2)));
    expect(error).toBeNull();
    expect(summary).toEqual(SUMMARY);
  });

  it('returns null for a non-object, an empty file and invalid JSON (with the reason)', async () => {
    expect(await parseActivitySummary(streamOf('[1]'))).toEqual({ summary: null, error: null });
    expect(await parseActivitySummary(streamOf(''))).toEqual({ summary: null, error: null });
    expect(await parseActivitySummary(streamOf('{"firewall":'))).toMatchObject({
      summary: null,
      error: expect.stringContaining('invalid JSON'),
    });
  });
});
