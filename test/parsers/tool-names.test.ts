// Feature-flag alias tool names (FORMATS.md §8.5, since 2026-07-24): `⟨canonical⟩_ff_⟨flag⟩` is labelled like its
// canonical tool, so the parsers report the canonical name (JSONL `tool_name`, tools.json).
import { describe, expect, it } from 'vitest';
import { canonicalTool } from '../../src/parsers/tool-names.js';
import { parseRpcJsonl } from '../../src/parsers/rpc-jsonl.js';
import { parseToolsJson } from '../../src/parsers/tools-json.js';
import type { GatewayEvent } from '../../src/model/types.js';
import { lines } from '../support/harness.js';
import { ofType, streamOf } from './helpers.js';

const ALIASES: [string, string][] = [
  ['list_issues_ff_fields_param', 'list_issues'],
  ['list_pull_requests_ff_fields_param', 'list_pull_requests'],
  ['list_commits_ff_fields_param', 'list_commits'],
  ['list_releases_ff_fields_param', 'list_releases'],
  ['get_file_contents_ff_fields_param', 'get_file_contents'],
  ['search_code_ff_fields_param', 'search_code'],
  ['search_issues_ff_fields_param', 'search_issues'],
  ['search_pull_requests_ff_fields_param', 'search_pull_requests'],
  ['issue_dependency_read_ff_issue_dependencies', 'issue_dependency_read'],
  ['issue_dependency_write_ff_issue_dependencies', 'issue_dependency_write'],
  ['list_issues_ff_remote_mcp_issue_fields', 'list_issues'],
  ['issue_write_ff_remote_mcp_issue_fields', 'issue_write'],
];

describe('feature-flag alias tool names', () => {
  it('maps every alias of the spec to its canonical tool and leaves other names alone', () => {
    for (const [alias, canonical] of ALIASES) expect(canonicalTool(alias)).toBe(canonical);
    for (const name of [
      'list_issues',
      'get_diff_ff',
      'ff_list',
      '_ff_x',
      'list_issues_ff_',
      'Get_FF_Thing',
      '',
    ])
      expect(canonicalTool(name)).toBe(name);
  });

  it('reports a difc_filtered record of an alias under its canonical tool', async () => {
    const events: GatewayEvent[] = [];
    await parseRpcJsonl(
      streamOf(
        lines(
          '{"timestamp":"2026-08-20T09:14:22.310Z","event":"difc_filtered","_schema":"difc-filtered/v2","server_id":"github","tool_name":"list_issues_ff_fields_param","description":"issue:github/gh-aw#4211","reason":"r","secrecy_tags":[],"integrity_tags":["none:github/gh-aw"]}',
        ),
      ),
      'mcp-logs/rpc-messages.jsonl',
      (e) => events.push(e),
    );
    expect(ofType(events, 'DifcFiltered').map((e) => e.tool)).toEqual(['list_issues']);
  });

  it('lets tools.json attribute a call by either name', async () => {
    const { tools } = await parseToolsJson(
      streamOf(
        JSON.stringify(
          { servers: { github: [{ name: 'search_code_ff_fields_param', description: 'Search code' }] } },
          null,
          2,
        ),
      ),
    );
    expect([...tools!.get('github')!].sort()).toEqual(['search_code', 'search_code_ff_fields_param']);
  });
});
