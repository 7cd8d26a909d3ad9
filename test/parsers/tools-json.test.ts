// tools.json (FORMATS.md §4.7): server id → tool names, pretty-printed, 0 bytes until the first registration.
import { describe, expect, it } from 'vitest';
import { createReadStream } from 'node:fs';
import { parseToolsJson } from '../../src/parsers/tools-json.js';
import { streamOf } from './helpers.js';
import { itReal, realFile } from '../support/real-corpus.js';

const CORPUS_TOOLS = realFile('mcp-logs/tools.json');

describe('tools.json', () => {
  itReal('reads the real file: the github and safeoutputs tool lists', async () => {
    const { tools, error } = await parseToolsJson(createReadStream(CORPUS_TOOLS));
    expect(error).toBeNull();
    expect([...tools!.keys()]).toEqual(['github', 'safeoutputs']);
    expect(tools!.get('github')!.has('get_me')).toBe(true);
    expect(tools!.get('github')!.has('list_starred_repositories')).toBe(true);
    expect(tools!.get('safeoutputs')!.has('missing_tool')).toBe(true);
    expect(tools!.get('safeoutputs')!.has('get_me')).toBe(false);
  });

  it('reads the pretty-printed shape and skips malformed entries', async () => {
    const text = JSON.stringify(
      {
        servers: {
          github: [
            { name: 'get_commit', description: 'Get details for a commit from a GitHub repository' },
            { description: 'no name' },
            'x',
          ],
          safeoutputs: [{ name: 'create_issue', description: '…' }],
          broken: { name: 'not a list' },
        },
      },
      null,
      2,
    );
    const { tools } = await parseToolsJson(streamOf(text));
    expect(Object.fromEntries([...tools!].map(([s, t]) => [s, [...t]]))).toEqual({
      github: ['get_commit'],
      safeoutputs: ['create_issue'],
    });
  });

  it('returns no map for an empty (not yet written) file, another shape, or invalid JSON', async () => {
    expect(await parseToolsJson(streamOf(''))).toEqual({ tools: null, error: null });
    expect(await parseToolsJson(streamOf('{"github":[]}'))).toEqual({ tools: null, error: null });
    expect(await parseToolsJson(streamOf('{"servers":{'))).toMatchObject({
      tools: null,
      error: expect.stringContaining('invalid JSON'),
    });
  });
});
