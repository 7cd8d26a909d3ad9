// rpc-messages.jsonl, proxy-rpc.jsonl and gateway.jsonl (FORMATS.md §4): v2 `event` and legacy `type` records.
import { describe, expect, it } from 'vitest';
import { createReadStream } from 'node:fs';
import { lines } from '../support/harness.js';
import { parseRpcJsonl, recordKind } from '../../src/parsers/rpc-jsonl.js';
import type { GatewayEvent } from '../../src/model/types.js';
import { ofType, streamOf, types } from './helpers.js';
import { describeReal, realFile } from '../support/real-corpus.js';

const CORPUS_JSONL = realFile('mcp-logs/rpc-messages.jsonl');

async function parse(text: string, file = 'agent/mcp-logs/rpc-messages.jsonl') {
  const events: GatewayEvent[] = [];
  const stats = await parseRpcJsonl(streamOf(text), file, (e) => events.push(e));
  return { events, stats };
}

// Examples of §4.2–§4.4, verbatim.
const LEGACY_REQUEST =
  '{"timestamp":"2026-02-13T12:37:36.019405267Z","direction":"OUT","type":"REQUEST","server_id":"github","method":"tools/call","payload":{"jsonrpc":"2.0","method":"tools/call","params":{"arguments":{},"name":"get_me"}}}';
const LEGACY_RESPONSE =
  '{"timestamp":"2026-02-13T12:37:36.277316685Z","direction":"IN","type":"RESPONSE","server_id":"github","payload":{"id":1,"jsonrpc":"2.0","result":{"content":[{"text":"failed to get user: GET https://api.github.com/user: 403 Resource not accessible by integration []","type":"text"}],"isError":true}}}';
const V2_REQUEST =
  '{"timestamp":"2026-07-19T14:03:01.012Z","event":"rpc_request","_schema":"rpc-message/v2","direction":"OUT","server_id":"github","method":"tools/call","payload":{"jsonrpc":"2.0","method":"tools/call","params":{"arguments":{"owner":"github","repo":"gh-aw","state":"OPEN"},"name":"list_issues"}}}';
const V2_RESPONSE =
  '{"timestamp":"2026-07-19T14:03:01.840Z","event":"rpc_response","_schema":"rpc-message/v2","direction":"IN","server_id":"github","payload":{"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text","text":"{\\"issues\\":[]}"}]}}}';
const V2_TRANSPORT_ERROR =
  '{"timestamp":"2026-07-19T14:04:10.101Z","event":"rpc_response","_schema":"rpc-message/v2","direction":"IN","server_id":"github","error":"context deadline exceeded","payload":{"_error":"invalid JSON","_raw":""}}';
const V2_SINK_REQUEST =
  '{"timestamp":"2026-07-19T14:05:00.300Z","event":"rpc_request","_schema":"rpc-message/v2","direction":"OUT","server_id":"safeoutputs","method":"tools/call","agent_secrecy":["private:github/gh-aw"],"agent_integrity":["none:github/gh-aw","unapproved:github/gh-aw","approved:github/gh-aw"],"payload":{"jsonrpc":"2.0","method":"tools/call","params":{"arguments":{"body":"…","title":"…"},"name":"create_issue"}}}';
const V2_FILTERED =
  '{"timestamp":"2026-07-19T14:03:01.850Z","event":"difc_filtered","_schema":"difc-filtered/v2","server_id":"github","tool_name":"list_issues","description":"issue:github/gh-aw#4211","reason":"Resource \'issue:github/gh-aw#4211\' has lower integrity than agent requires. The agent cannot read data with integrity below \\"approved\\".","secrecy_tags":[],"integrity_tags":["unapproved:github/gh-aw","none:github/gh-aw"],"author_association":"NONE","author_login":"octocat","html_url":"https://github.com/github/gh-aw/issues/4211","number":"4211"}';
const V2_FILTERED_PRIVATE =
  '{"timestamp":"2026-07-19T14:03:05.002Z","event":"difc_filtered","_schema":"difc-filtered/v2","server_id":"github","tool_name":"search_repositories","description":"repo:octo-org/internal-tools","reason":"Resource \'repo:octo-org/internal-tools\' has secrecy requirements that agent doesn\'t meet. The agent is not authorized to access private (octo-org/internal-tools)-scoped data.","secrecy_tags":["private:octo-org/internal-tools"],"integrity_tags":["none:octo-org/internal-tools","unapproved:octo-org/internal-tools","approved:octo-org/internal-tools"]}';
const PASSTHROUGH =
  '{"timestamp":"2026-07-19T13:58:40.221Z","event":"unrecognized_endpoint_passthrough","_schema":"difc-event/v1","method":"GET","path":"/repos/github/gh-aw/actions/caches","action":"passthrough_with_empty_labels","note":"Endpoint not in route table or metadata allowlist -- forwarded with no integrity and no secrecy labels"}';

describe('record kinds (§4.1)', () => {
  it('maps `event` and the legacy `type` to one kind', () => {
    expect(recordKind({ event: 'rpc_request' })).toBe('rpc_request');
    expect(recordKind({ type: 'REQUEST' })).toBe('rpc_request');
    expect(recordKind({ type: 'RESPONSE' })).toBe('rpc_response');
    expect(recordKind({ type: 'DIFC_FILTERED' })).toBe('difc_filtered');
    expect(recordKind({ event: 'difc_filtered', _schema: 'difc-filtered/v2' })).toBe('difc_filtered');
    expect(recordKind({ type: 'GUARD_POLICY_BLOCKED' })).toBeNull();
    // gateway.jsonl: `event` names the call kind, `type` the record kind.
    expect(recordKind({ type: 'DIFC_FILTERED', event: 'tool_call' })).toBe('difc_filtered');
    expect(recordKind({ event: 'difc_future_kind' })).toBe('difc_future_kind');
    expect(recordKind({})).toBeNull();
  });
});

describe('v2 records (since 2026-05-25)', () => {
  it('yields backend tool calls, filtered items, passthroughs and failed calls; responses are not signals', async () => {
    const { events, stats } = await parse(
      lines(
        PASSTHROUGH,
        V2_REQUEST,
        V2_RESPONSE,
        V2_FILTERED,
        V2_FILTERED_PRIVATE,
        V2_TRANSPORT_ERROR,
        V2_SINK_REQUEST,
      ),
    );
    expect(types(events)).toEqual([
      'UnrecognizedEndpoint',
      'BackendToolCall',
      'DifcFiltered',
      'DifcFiltered',
      'BackendCallFailed',
      'BackendToolCall',
    ]);
    expect(stats).toMatchObject({ lines: 7, invalid: 0 });
    expect(ofType(events, 'BackendCallFailed')).toEqual([
      {
        type: 'BackendCallFailed',
        server: 'github',
        error: 'context deadline exceeded',
        source: 'jsonl',
        loc: { file: 'agent/mcp-logs/rpc-messages.jsonl', line: 6, excerpt: V2_TRANSPORT_ERROR },
      },
    ]);
    expect(ofType(events, 'UnrecognizedEndpoint')[0]).toMatchObject({
      method: 'GET',
      path: '/repos/github/gh-aw/actions/caches',
      source: 'jsonl',
      loc: { line: 1 },
    });
    expect(ofType(events, 'BackendToolCall').map((e) => [e.server, e.source, e.loc.line])).toEqual([
      ['github', 'jsonl', 2],
      ['safeoutputs', 'jsonl', 7],
    ]);
    const [first, second] = ofType(events, 'DifcFiltered');
    expect(first).toMatchObject({
      server: 'github',
      tool: 'list_issues',
      description: 'issue:github/gh-aw#4211',
      integrityTags: ['unapproved:github/gh-aw', 'none:github/gh-aw'],
      secrecyTags: [],
      source: 'jsonl',
      loc: { file: 'agent/mcp-logs/rpc-messages.jsonl', line: 4 },
    });
    expect(first.reason).toBe(
      'Resource \'issue:github/gh-aw#4211\' has lower integrity than agent requires. The agent cannot read data with integrity below "approved".',
    );
    expect(second).toMatchObject({
      tool: 'search_repositories',
      secrecyTags: ['private:octo-org/internal-tools'],
    });
  });

  it('keeps null tags apart from empty ones and tolerates an empty sha', async () => {
    const { events } = await parse(
      lines(
        '{"timestamp":"2026-07-19T14:03:01.850Z","event":"difc_filtered","_schema":"difc-filtered/v2","server_id":"github","tool_name":"list_commits","description":"commit:github/gh-aw@[REDACTED]","reason":"r","secrecy_tags":null,"integrity_tags":null,"sha":""}',
      ),
    );
    expect(ofType(events, 'DifcFiltered')).toMatchObject([
      { integrityTags: null, secrecyTags: null, description: 'commit:github/gh-aw@[REDACTED]' },
    ]);
  });
});

describe('calls that failed in the gateway client (seen on v0.4.10: a backend that exited)', () => {
  const lost = (ts: string) =>
    `{"timestamp":"${ts}","event":"rpc_response","_schema":"rpc-message/v2","direction":"IN","server_id":"github","error":"connection closed: calling \\"tools/call\\": client is closing: EOF","payload":{"_error":"invalid JSON","_raw":""}}`;

  it('reads the `error` of each failed response once; the same text inside payloads is data', async () => {
    const { events, stats } = await parse(
      lines(
        V2_REQUEST,
        lost('2026-12-04T14:41:05.198Z'),
        V2_REQUEST,
        lost('2026-12-04T14:41:05.238Z'),
        // decoys: the text as a payload key or inside a result's text, and a request that mentions it
        '{"timestamp":"2026-12-04T14:41:06.001Z","event":"rpc_response","_schema":"rpc-message/v2","direction":"IN","server_id":"github","payload":{"jsonrpc":"2.0","id":9,"error":"connection closed: calling \\"tools/call\\": client is closing: EOF"}}',
        '{"timestamp":"2026-12-04T14:41:06.002Z","event":"rpc_response","_schema":"rpc-message/v2","direction":"IN","server_id":"github","payload":{"jsonrpc":"2.0","id":10,"result":{"content":[{"type":"text","text":"{\\"error\\":\\"connection closed: EOF\\"}"}]}}}',
        '{"timestamp":"2026-12-04T14:41:06.003Z","event":"rpc_request","_schema":"rpc-message/v2","direction":"OUT","server_id":"github","method":"tools/call","error":"connection closed","payload":{"jsonrpc":"2.0","method":"tools/call","params":{"arguments":{"q":",\\"error\\":\\"x"},"name":"search_issues"}}}',
      ),
    );
    expect(ofType(events, 'BackendCallFailed').map((e) => [e.server, e.error, e.loc.line])).toEqual([
      ['github', 'connection closed: calling "tools/call": client is closing: EOF', 2],
      ['github', 'connection closed: calling "tools/call": client is closing: EOF', 4],
    ]);
    expect(ofType(events, 'BackendToolCall')).toHaveLength(3);
    expect(stats.invalid).toBe(0);
  });
});

describe('legacy records (2026-01-11 → 2026-05-25)', () => {
  it('reads `type` records with 0 to 9 fraction digits and alphabetical payload keys', async () => {
    const stamps = [
      '2026-02-13T12:37:10.865248516Z',
      '2026-02-13T12:37:10.91011141Z',
      '2026-02-09T11:41:32.6Z',
      '2026-02-09T11:41:32Z',
    ];
    const text = lines(
      ...stamps.map(
        (ts, i) =>
          `{"timestamp":"${ts}","direction":"OUT","type":"REQUEST","server_id":"github","method":"tools/call","payload":{"jsonrpc":"2.0","method":"tools/call","params":{"arguments":{},"name":"t${i}"}}}`,
      ),
      '{"timestamp":"2026-03-18T10:00:00.5Z","type":"DIFC_FILTERED","server_id":"github","tool_name":"search_issues","description":"issue:github/gh-aw#7","reason":"r","secrecy_tags":[],"integrity_tags":["none:github/gh-aw"]}',
      LEGACY_RESPONSE,
    );
    const { events, stats } = await parse(text);
    expect(types(events)).toEqual([
      'BackendToolCall',
      'BackendToolCall',
      'BackendToolCall',
      'BackendToolCall',
      'DifcFiltered',
    ]);
    expect(ofType(events, 'DifcFiltered')[0]).toMatchObject({
      tool: 'search_issues',
      source: 'jsonl',
      loc: { line: 5 },
    });
    expect(stats.invalid).toBe(0);
  });

  it("reads the proxy's pre-2026-03-22 proxy-rpc.jsonl the same way", async () => {
    const { events } = await parse(lines(LEGACY_REQUEST), 'agent/proxy-logs/proxy-rpc.jsonl');
    expect(events).toMatchObject([
      { type: 'BackendToolCall', server: 'github', loc: { file: 'agent/proxy-logs/proxy-rpc.jsonl' } },
    ]);
  });

  it('reads gateway.jsonl records, whose `event` is not an rpc-messages kind, by their `type` (§4.6)', async () => {
    const { events } = await parse(
      lines(
        '{"timestamp":"2026-03-20T10:00:00Z","level":"info","type":"DIFC_FILTERED","event":"tool_call","server_name":"github","server_id":"github","tool_name":"list_issues","description":"issue:github/gh-aw#1","reason":"r","secrecy_tags":[],"integrity_tags":["none:github/gh-aw"]}',
        '{"timestamp":"2026-03-20T10:00:01Z","level":"warn","type":"GUARD_POLICY_BLOCKED","event":"tool_call","server_id":"github","tool_name":"list_issues","status":"error","error":"repo_not_allowed"}',
        '{"timestamp":"2026-03-20T10:00:02Z","level":"info","event":"request","method":"tools/call","server_id":"github","duration":12}',
      ),
      'agent/mcp-logs/gateway.jsonl',
    );
    expect(events).toMatchObject([
      { type: 'DifcFiltered', server: 'github', tool: 'list_issues', description: 'issue:github/gh-aw#1' },
    ]);
  });
});

describe('robustness', () => {
  it('skips blank lines, invalid lines and a truncated last line, and counts them', async () => {
    const truncated = V2_FILTERED.slice(0, 120);
    const { events, stats } = await parse(
      lines(V2_REQUEST, '', 'not json but tools/call', '["difc_filtered"]', V2_FILTERED) + truncated,
    );
    expect(types(events)).toEqual(['BackendToolCall', 'DifcFiltered']);
    expect(stats).toMatchObject({ lines: 6, invalid: 3 });
  });

  it('ignores unknown events and keys, and records whose payload merely mentions a kind', async () => {
    const { events } = await parse(
      lines(
        '{"timestamp":"2026-08-01T10:00:00.000Z","event":"difc_future_kind","_schema":"difc-event/v9","server_id":"github","tool_name":"x"}',
        '{"timestamp":"2026-08-01T10:00:00.000Z","event":"rpc_unknown","_schema":"rpc-message/v2","direction":"OUT","server_id":"github","method":"tools/call","payload":{}}',
        '{"timestamp":"2026-07-19T14:03:01.840Z","event":"rpc_response","_schema":"rpc-message/v2","direction":"IN","server_id":"github","payload":{"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text","text":"{\\"event\\":\\"difc_filtered\\",\\"type\\":\\"DIFC_FILTERED\\",\\"method\\":\\"tools/call\\"} WASM guard trap wasm error: unreachable"}]}}}',
        '{"timestamp":"2026-07-19T14:03:01.840Z","event":"rpc_request","_schema":"rpc-message/v2","direction":"OUT","server_id":"github","method":"tools/list","payload":{"params":{"name":"tools/call"}},"new_key":1}',
        '{"timestamp":"2026-07-19T14:03:01.840Z","event":"rpc_request","_schema":"rpc-message/v2","direction":"IN","server_id":"github","method":"tools/call","payload":{}}',
      ),
    );
    expect(events).toEqual([]);
  });

  it('reads HTML-escaped payloads (\\u003c, \\u0026) as ordinary JSON', async () => {
    const { events } = await parse(
      lines(
        '{"timestamp":"2026-07-19T14:03:01.850Z","event":"difc_filtered","_schema":"difc-filtered/v2","server_id":"github","tool_name":"issue_read","description":"issue:github/gh-aw#5","reason":"a \\u003cb\\u003e \\u0026 c","secrecy_tags":[],"integrity_tags":[]}',
      ),
    );
    expect(ofType(events, 'DifcFiltered')[0].reason).toBe('a <b> & c');
  });
});

describeReal('real corpus rpc-messages.jsonl (v0.1.4, legacy)', () => {
  it('yields the three backend tool calls and nothing else', async () => {
    const events: GatewayEvent[] = [];
    const stats = await parseRpcJsonl(createReadStream(CORPUS_JSONL), 'mcp-logs/rpc-messages.jsonl', (e) =>
      events.push(e),
    );
    expect(stats).toMatchObject({ lines: 10, invalid: 0 });
    expect(events.map((e) => (e.type === 'BackendToolCall' ? [e.server, e.loc.line] : e.type))).toEqual([
      ['github', 5],
      ['github', 6],
      ['safeoutputs', 9],
    ]);
  });
});
