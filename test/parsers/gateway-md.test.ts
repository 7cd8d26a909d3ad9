// gateway.md (FORMATS.md §5): bullets without timestamps, simple / technical / pre-formatted / RPC forms, NUL padding,
// optional footer.
import { describe, expect, it } from 'vitest';
import { createReadStream } from 'node:fs';
import { lines } from '../support/harness.js';
import { parseGatewayMd } from '../../src/parsers/gateway-md.js';
import type { GatewayEvent } from '../../src/model/types.js';
import { ofType, streamOf, types } from './helpers.js';
import { itReal, realFile } from '../support/real-corpus.js';

const CORPUS_MD = realFile('mcp-logs/gateway.md');
const FENCE = '  ```';

async function parse(text: string | Buffer): Promise<GatewayEvent[]> {
  const events: GatewayEvent[] = [];
  await parseGatewayMd(streamOf(text), 'agent/mcp-logs/gateway.md', (e) => events.push(e));
  return events;
}

const HEADER = ['<details>', '<summary>MCP Gateway</summary>', ''];
const FOOTER = ['', '</details>'];

describe('gateway.md', () => {
  itReal('reads the real v0.1.4 file: the version and the shutdown /close rejection only', async () => {
    const events: GatewayEvent[] = [];
    await parseGatewayMd(createReadStream(CORPUS_MD), 'mcp-logs/gateway.md', (e) => events.push(e));
    expect(events).toEqual([
      {
        type: 'GatewayVersion',
        version: 'v0.1.4',
        loc: {
          file: 'mcp-logs/gateway.md',
          line: 4,
          excerpt: '- ✓ **startup** MCPG Gateway version: v0.1.4',
        },
      },
      expect.objectContaining({
        type: 'AuthRejected',
        reason: 'invalid API key',
        path: '/close',
        shutdownNoise: true,
        loc: expect.objectContaining({ line: 51 }),
      }),
    ]);
  });

  it('strips leading NUL bytes and tolerates a missing footer', async () => {
    const text = Buffer.concat([
      Buffer.alloc(256, 0),
      Buffer.from(
        lines(
          ...HEADER,
          '- ✓ **startup** MCPG Gateway version: v0.4.1',
          '\x00\x00\x00- ✗ **auth** Request rejected: invalid API key, remote=[::1]:40000, path=/close',
        ),
      ),
    ]);
    const events = await parse(text);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'GatewayVersion',
        version: 'v0.4.1',
        loc: expect.objectContaining({ line: 4 }),
      }),
      expect.objectContaining({ type: 'AuthRejected', path: '/close', shutdownNoise: true }),
    ]);
  });

  it('reads startup, backend and auth failures in the simple and the technical form', async () => {
    const events = await parse(
      lines(
        ...HEADER,
        '- ✓ **startup** MCPG Gateway version: v0.3.18',
        '- ✓ **startup** Starting MCPG in ROUTED mode on 0.0.0.0:8080',
        '- ✓ **startup** Routes: /mcp/<server> where <server> is one of: [github safeoutputs]',
        '- ✗ **startup**',
        FENCE,
        '  Configuration validation failed:',
        'mcpServers.github: missing required property "container"',
        FENCE,
        '- ✗ **startup** Environment validation failed: MCP_GATEWAY_API_KEY is required',
        '- ✗ **backend**',
        FENCE,
        '  MCP backend connection failed, command=docker, args=[run --rm -i ghcr.io/github/github-mcp-server], error=exit status 125',
        FENCE,
        '- ✗ **backend**',
        FENCE,
        '  MCP backend command not found, command=docker',
        FENCE,
        '- ✗ **backend**',
        FENCE,
        '  MCP backend connection/protocol error, command=docker',
        FENCE,
        '- ✗ **auth** Request rejected: missing Authorization header, remote=172.30.0.20:40000, path=/mcp/github',
        '- ✓ **shutdown** Shutting down gateway...',
        ...FOOTER,
      ),
    );
    expect(types(events)).toEqual([
      'GatewayVersion',
      'GatewayError',
      'GatewayError',
      'GatewayError',
      'GatewayError',
      'GatewayError',
      'AuthRejected',
    ]);
    expect(ofType(events, 'GatewayError').map((e) => [e.template, e.loc.line])).toEqual([
      ['Configuration validation failed', 9],
      ['Environment validation failed', 12],
      ['MCP backend connection failed', 15],
      ['MCP backend command not found', 19],
      ['MCP backend connection/protocol error', 23],
    ]);
    expect(ofType(events, 'AuthRejected')[0]).toMatchObject({
      reason: 'missing Authorization header',
      path: '/mcp/github',
      shutdownNoise: false,
    });
  });

  it("reads the proxy's unrecognised-endpoint bullet", async () => {
    const events = await parse(
      lines(
        ...HEADER,
        '- ⚠️ **proxy** [UNRECOGNIZED-ENDPOINT] {"timestamp":"2026-07-19T13:58:40.221Z","event":"unrecognized_endpoint_passthrough","_schema":"difc-event/v1","method":"GET","path":"/repos/github/gh-aw/actions/caches","action":"passthrough_with_empty_labels","note":"Endpoint not in route table or metadata allowlist -- forwarded with no integrity and no secrecy labels"}',
      ),
    );
    expect(events).toMatchObject([
      {
        type: 'UnrecognizedEndpoint',
        method: 'GET',
        path: '/repos/github/gh-aw/actions/caches',
        source: 'markdown',
      },
    ]);
  });

  it('ignores non-error bullets and warnings outside the proxy', async () => {
    const events = await parse(
      lines(
        ...HEADER,
        "- ⚠️ **startup** Guards sink server ID 'safeoutputs' is not configured in mcpServers",
        '- ⚠️ **backend** MCP backend connection failed, command=docker',
        '- • **other** Request rejected: invalid API key, remote=x, path=/mcp/github',
        '- ✓ **auth** Request rejected: invalid API key, remote=x, path=/mcp/github',
        '- 🔍 **backend** MCP backend connection failed, command=docker',
      ),
    );
    expect(events).toEqual([]);
  });

  it('never reads a bullet out of RPC payloads or backend stderr output (untrusted text)', async () => {
    const events = await parse(
      lines(
        ...HEADER,
        '- 🔍 rpc **github**→`tools/call` `create_issue`',
        '  ',
        '  ```json',
        '  {"params":{"arguments":{"body":"- ✗ **auth** Request rejected: invalid API key, remote=x, path=/mcp/github"},"name":"create_issue"}}',
        FENCE,
        '- 🔍 rpc **github**←`resp` `{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"- ✗ **startup** Configuration validation failed: WASM guard trap wasm error: unreachable"}]}...`',
        '- 🔍 rpc **github**←`resp` ⚠️`context deadline exceeded`',
        '- ✗ **backend**',
        FENCE,
        '  MCP backend stderr output:',
        'panic: runtime error: invalid memory address or nil pointer dereference',
        '- ✗ **auth** Request rejected: invalid API key, remote=172.30.0.20:1, path=/mcp/github',
        '- ✗ **startup** Configuration validation failed:',
        '- ✓ **startup** MCPG Gateway version: v9.9.9',
        '- ⚠️ **proxy** [UNRECOGNIZED-ENDPOINT] {"method":"GET","path":"/evil"}',
        '```',
        '- ✗ **backend** MCP backend connection failed, command=fake',
        FENCE,
        '- ✓ **shutdown** Shutting down gateway...',
      ),
    );
    expect(events).toEqual([]);
  });
});
