// `aw_info.json` (FORMATS.md §2). `run_id` is a number, or a string in older files.
import type { Readable } from 'node:stream';
import { readJsonObject } from './common.js';
import { unusable, UNUSABLE_NOTE, type Parser } from './parser.js';

export interface AwInfo {
  raw: Record<string, unknown>;
  runId: string | null;
  workflowName: string | null;
  repository: string | null;
  ref: string | null;
  eventName: string | null;
  /** AWF version: `awf_version`, or `firewall_version` in older files. */
  firewallVersion: string | null;
}

export async function parseAwInfo(stream: Readable): Promise<{ info: AwInfo | null; error: string | null }> {
  let error: string | null = null;
  const value = await readJsonObject(stream, 4 * 1024 * 1024, (e) => (error = e));
  if (!value) return { info: null, error };
  const runId = value.run_id;
  const s = (k: string) => (typeof value[k] === 'string' && value[k] !== '' ? (value[k] as string) : null);
  return {
    info: {
      raw: value,
      runId:
        typeof runId === 'number' && Number.isSafeInteger(runId) && runId >= 0
          ? String(runId)
          : typeof runId === 'string' && /^\d+$/.test(runId.trim())
            ? runId.trim()
            : null,
      workflowName: s('workflow_name'),
      repository: s('repository'),
      ref: s('ref'),
      eventName: s('event_name'),
      firewallVersion: s('awf_version') ?? s('firewall_version'),
    },
    error: null,
  };
}

export const awInfoParser: Parser<AwInfo | null> = {
  name: 'aw-info',
  suffixes: ['aw_info.json'],
  lineBased: false,
  notes: [UNUSABLE_NOTE],
  async parse(stream, ctx, sink) {
    const r = await parseAwInfo(stream);
    unusable(ctx, sink)(r.error);
    return r.info;
  },
};
