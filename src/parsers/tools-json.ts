// `tools.json` (FORMATS.md §4.7): server id → tool names, used to tell which server a tool call went to.
import type { Readable } from 'node:stream';
import { isRecord, readSmallJson } from './common.js';
import { canonicalTool } from './tool-names.js';
import { unusable, UNUSABLE_NOTE, type Parser } from './parser.js';

export async function parseToolsJson(
  stream: Readable,
): Promise<{ tools: Map<string, Set<string>> | null; error: string | null }> {
  const { value, error } = await readSmallJson(stream);
  if (error || !isRecord(value) || !isRecord(value.servers)) return { tools: null, error };
  const tools = new Map<string, Set<string>>();
  for (const [server, list] of Object.entries(value.servers)) {
    if (!Array.isArray(list)) continue;
    const names = new Set<string>();
    for (const t of list) {
      if (!isRecord(t) || typeof t.name !== 'string') continue;
      names.add(t.name);
      // Events name a feature-flag alias by its canonical tool (§8.5): the server serves that name too.
      names.add(canonicalTool(t.name));
    }
    tools.set(server, names);
  }
  return { tools, error: null };
}

export const toolsJsonParser: Parser<Map<string, Set<string>> | null> = {
  name: 'tools-json',
  suffixes: ['mcp-logs/tools.json'],
  lineBased: false,
  notes: [UNUSABLE_NOTE],
  async parse(stream, ctx, sink) {
    const r = await parseToolsJson(stream);
    unusable(ctx, sink)(r.error);
    return r.tools;
  },
};
