// collectEvidence: locating files by path suffix across artifact layouts (FORMATS.md §1), and counting each fact from
// one source (FORMATS.md global rule 5, DESIGN.md "Per-run facts").
import { afterAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { zipFiles } from '../support/github-objects.js';
import { evidenceOf, gw, gwOld, guardedPreamble, lines, memoryRun, P } from '../support/harness.js';
import { collectEvidence } from '../../src/engine/collect.js';
import { analyzeRun } from '../../src/engine/analyze.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { openLocalRun } from '../../src/sources/local.js';
import { locateFiles } from '../../src/sources/locate.js';
import type { EvidenceFile } from '../../src/sources/types.js';
import { describeReal, REAL_RUN } from '../support/real-corpus.js';
import type { GatewayEvent, RunEvidence } from '../../src/model/types.js';

const ofType = <T extends GatewayEvent['type']>(ev: RunEvidence, type: T) =>
  ev.events.filter((e): e is Extract<GatewayEvent, { type: T }> => e.type === type);

// ── fixtures, line by line from FORMATS.md ──────────────────────────────────────────────────────────────────────────

const ITEM_1 =
  '{"server_id":"github","tool_name":"list_issues","description":"issue:github/gh-aw#4211","reason":"Resource \'issue:github/gh-aw#4211\' has lower integrity than agent requires. The agent cannot read data with integrity below \\"approved\\".","secrecy_tags":[],"integrity_tags":["none:github/gh-aw","unapproved:github/gh-aw"],"author_association":"NONE","author_login":"octocat","html_url":"https://github.com/github/gh-aw/issues/4211","number":"4211"}';
const ITEM_2 =
  '{"server_id":"github","tool_name":"list_issues","description":"issue:github/gh-aw#4212","reason":"r","secrecy_tags":[],"integrity_tags":["none:github/gh-aw"]}';
const jsonlItem = (item: string, ts = '2026-07-19T14:03:01.850Z') =>
  `{"timestamp":"${ts}","event":"difc_filtered","_schema":"difc-filtered/v2",${item.slice(1)}`;
const RPC_REQUEST =
  '{"timestamp":"2026-07-19T14:03:01.012Z","event":"rpc_request","_schema":"rpc-message/v2","direction":"OUT","server_id":"github","method":"tools/call","payload":{"jsonrpc":"2.0","method":"tools/call","params":{"arguments":{"owner":"github","repo":"gh-aw","state":"OPEN"},"name":"list_issues"}}}';
const RPC_RESPONSE =
  '{"timestamp":"2026-07-19T14:03:01.840Z","event":"rpc_response","_schema":"rpc-message/v2","direction":"IN","server_id":"github","payload":{"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text","text":"{\\"issues\\":[]}"}]}}}';
const PASSTHROUGH =
  '{"timestamp":"2026-07-19T13:58:40.221Z","event":"unrecognized_endpoint_passthrough","_schema":"difc-event/v1","method":"GET","path":"/repos/github/gh-aw/actions/caches","action":"passthrough_with_empty_labels","note":"Endpoint not in route table or metadata allowlist -- forwarded with no integrity and no secrecy labels"}';

/** U: the current-era guarded gateway, one tool call that filtered two items. */
const GATEWAY_LOG = lines(
  ...guardedPreamble(),
  gw(
    'INFO',
    'client',
    'MCP tool call request, session=4f1c9a2e7b3d4c1e, tool=list_issues, args={"owner":"github","repo":"gh-aw"}',
  ),
  gw(
    'DEBUG',
    'rpc',
    'github→tools/call 160b {"jsonrpc":"2.0","method":"tools/call","params":{"arguments":{"owner":"github"},"name":"list_issues"}}',
  ),
  gw('INFO', 'difc', `[github] [DIFC-FILTERED] ${ITEM_1}`),
  gw('INFO', 'difc', `[github] [DIFC-FILTERED] ${ITEM_2}`),
  gw(
    'INFO',
    'client',
    'MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=list_issues, result={"issues":[]}',
  ),
);
/** S: the same ToServer records without the prefix. */
const GITHUB_LOG = lines(
  gw('INFO', 'difc', 'Guard policy: {"allow-only":{"min-integrity":"approved","repos":["github/gh-aw"]}}'),
  gw('INFO', 'difc', "Registered guard 'github'"),
  gw('INFO', 'difc', `[DIFC-FILTERED] ${ITEM_1}`),
  gw('INFO', 'difc', `[DIFC-FILTERED] ${ITEM_2}`),
);
const SAFEOUTPUTS_LOG = lines(
  gw('INFO', 'difc', 'Created write-sink guard with 1 accept patterns, sink-visibility="public"'),
  gw('INFO', 'difc', "Registered guard 'write-sink'"),
);
const JSONL = lines(
  RPC_REQUEST,
  RPC_RESPONSE,
  jsonlItem(ITEM_1),
  jsonlItem(ITEM_2, '2026-07-19T14:03:01.851Z'),
);

const ACCESS_LOG = lines(
  '1770986239.459 ::1:38274 - -:- 0.0 - 0 NONE_NONE:HIER_NONE error:transaction-end-before-headers "-"',
  '1770986245.674 172.30.0.20:47512 api.github.com:443 140.82.113.6:443 1.1 CONNECT 200 TCP_TUNNEL:HIER_DIRECT api.github.com:443 "-"',
  '1774290909.186 172.30.0.20:55890 evil.example.com:443 -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE evil.example.com:443 "curl/7.81.0"',
  '1774290911.003 172.30.0.20:40004 awmg-mcpg:8080 -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE awmg-mcpg:8080 "-"',
  '1774290911.005 172.30.0.20:40008 mcp.gateway-01:8080 -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE mcp.gateway-01:8080 "-"',
);
const AUDIT_JSONL = lines(
  '{"_schema":"audit/v0.28.4","timestamp":"2026-05-25T09:00:00.000Z","event":"http_access","client":"172.30.0.20","host":"chatgpt.com:443","dest":"-:-","method":"CONNECT","status":403,"decision":"TCP_DENIED","url":"chatgpt.com:443"}',
  '{"_schema":"audit/v0.28.4","timestamp":"2026-05-25T09:00:01.000Z","event":"http_access","client":"172.30.0.20","host":"api.github.com:443","dest":"140.82.113.6:443","method":"CONNECT","status":200,"decision":"TCP_TUNNEL","url":"api.github.com:443"}',
  '{"ts":1774290909.186,"client":"172.30.0.20","host":"openai.com:443","dest":"-:-","method":"CONNECT","status":403,"decision":"TCP_DENIED","url":"openai.com:443"}',
);
const AGENT_STDIO = lines(
  '[INFO] Allowed domains: api.github.com, github.com',
  '\x1b[33m[WARN] Firewall blocked domains:\x1b[39m',
  '\x1b[33m[WARN]   - Blocked: github.com:8443 (port 8443 not allowed, only 80 and 443 are permitted)\x1b[39m',
  '\x1b[33m[WARN]   - Blocked: awmg-mcpg:8080 (domain not in allowlist)\x1b[39m',
  '[INFO] Process exiting with code: 1',
);
const POLICY_MANIFEST = JSON.stringify(
  { version: 1, rules: [], topologyPeers: ['awmg-mcpg', 'mcp.gateway-01'] },
  null,
  2,
);
const AW_INFO = (runId: number | string, workflow = 'Smoke Copilot') =>
  JSON.stringify({
    engine_id: 'copilot',
    workflow_name: workflow,
    run_id: runId,
    repository: 'github/gh-aw',
    ref: 'refs/heads/main',
    event_name: 'schedule',
  });

// ── one source per fact ─────────────────────────────────────────────────────────────────────────────────────────────

describe('one source per fact', () => {
  it('counts filtered items and backend calls from the JSONL, not from the [DIFC-FILTERED] / rpc text copies', async () => {
    const ev = await evidenceOf({
      [P.gateway]: GATEWAY_LOG,
      'agent/mcp-logs/github.log': GITHUB_LOG,
      [P.jsonl]: JSONL,
    });
    expect(ofType(ev, 'DifcFiltered').map((e) => [e.source, e.description])).toEqual([
      ['jsonl', 'issue:github/gh-aw#4211'],
      ['jsonl', 'issue:github/gh-aw#4212'],
    ]);
    expect(ofType(ev, 'BackendToolCall').map((e) => e.source)).toEqual(['jsonl']);
    // the other U facts are still read, once
    expect(ofType(ev, 'GuardPolicy')).toHaveLength(1);
    expect(ofType(ev, 'ToolCallRequest')).toHaveLength(1);
    expect(ev.files.map((f) => f.kind)).toEqual(['gateway-log', 'rpc-jsonl']);
  });

  it('falls back to mcp-gateway.log without a JSONL, and never adds the server-log copies', async () => {
    const ev = await evidenceOf({
      [P.gateway]: GATEWAY_LOG,
      'agent/mcp-logs/github.log': GITHUB_LOG,
      'agent/mcp-logs/safeoutputs.log': SAFEOUTPUTS_LOG,
    });
    expect(ofType(ev, 'DifcFiltered').map((e) => [e.source, e.loc.file])).toEqual([
      ['gateway', P.gateway],
      ['gateway', P.gateway],
    ]);
    expect(ofType(ev, 'BackendToolCall').map((e) => e.source)).toEqual(['rpc-text']);
    expect(ofType(ev, 'GuardRegistered').map((e) => e.loc.file)).toEqual([P.gateway, P.gateway]);
    expect(ev.files.some((f) => f.kind === 'server-log')).toBe(false);
  });

  it('falls back to the ⟨serverID⟩.log files when mcp-gateway.log is missing', async () => {
    const ev = await evidenceOf({
      'agent/mcp-logs/github.log': GITHUB_LOG,
      'agent/mcp-logs/safeoutputs.log': SAFEOUTPUTS_LOG,
      'agent/mcp-logs/stderr.log': lines('[INFO] Starting MCP Gateway in containerized mode...'),
      'agent/mcp-logs/start-gateway.log': lines('✓ github: connected'),
      'agent/mcp-logs/proxy.log': lines(
        gw('INFO', 'proxy', 'MCPG Proxy starting: listen=0.0.0.0:8443, guard=github, mode=filter, tls=true'),
      ),
      'agent/mcp-logs/safeoutputs/server.log': lines(gw('INFO', 'difc', `[DIFC-FILTERED] ${ITEM_1}`)),
    });
    expect(
      ev.files
        .filter((f) => f.kind === 'server-log')
        .map((f) => f.path)
        .sort(),
    ).toEqual(['agent/mcp-logs/github.log', 'agent/mcp-logs/safeoutputs.log']);
    expect(ofType(ev, 'DifcFiltered').map((e) => [e.source, e.server, e.loc.file])).toEqual([
      ['server', 'github', 'agent/mcp-logs/github.log'],
      ['server', 'github', 'agent/mcp-logs/github.log'],
    ]);
    expect(ofType(ev, 'GuardPolicy')).toMatchObject([{ server: 'github', repos: ['github/gh-aw'] }]);
    expect(
      ofType(ev, 'GuardRegistered')
        .map((e) => [e.server, e.guard])
        .sort(),
    ).toEqual([
      ['github', 'github'],
      ['safeoutputs', 'write-sink'],
    ]);
  });

  it('prefers the JSONL over the server logs too', async () => {
    const ev = await evidenceOf({ 'agent/mcp-logs/github.log': GITHUB_LOG, [P.jsonl]: JSONL });
    expect(ofType(ev, 'DifcFiltered').map((e) => e.source)).toEqual(['jsonl', 'jsonl']);
  });

  it('reads the gateway records of stderr.log only when mcp-gateway.log is missing (logging fell back to stderr)', async () => {
    const stderr = lines(
      'WARNING: Failed to initialize log file: open /tmp/gh-aw/mcp-logs/mcp-gateway.log: permission denied',
      'WARNING: Falling back to stderr for logging',
      gw('INFO', 'startup', 'MCPG Gateway version: v0.4.1'),
      gw(
        'ERROR',
        'backend',
        'WASM guard trap: guard=github, func=label_response, error=WASM function call failed: wasm error: unreachable',
      ),
      'wasm stack trace:',
      '\tgithub.label_response(i32,i32,i32,i32) i32',
      gw('INFO', 'difc', `[github] [DIFC-FILTERED] ${ITEM_1}`),
      gw('DEBUG', 'rpc', 'github→tools/call 160b {}'),
      'launcher:pool Cleanup goroutine started +512µs',
    );
    const fallback = await evidenceOf({ [P.stderr]: stderr });
    expect(ofType(fallback, 'GatewayVersion')).toMatchObject([
      { version: 'v0.4.1', loc: { file: P.stderr } },
    ]);
    expect(ofType(fallback, 'WasmTrap')).toMatchObject([
      { guard: 'github', func: 'label_response', cause: 'unreachable' },
    ]);
    expect(ofType(fallback, 'DifcFiltered')).toHaveLength(1);
    expect(ofType(fallback, 'BackendToolCall')).toHaveLength(1);
    // With the JSONL present, the items and calls come from it instead.
    const withJsonl = await evidenceOf({ [P.stderr]: stderr, [P.jsonl]: JSONL });
    expect(ofType(withJsonl, 'DifcFiltered').map((e) => e.source)).toEqual(['jsonl', 'jsonl']);
    expect(ofType(withJsonl, 'WasmTrap')).toHaveLength(1);
    // With mcp-gateway.log present, the stderr copies are not read at all.
    const withU = await evidenceOf({
      [P.gateway]: lines(gw('INFO', 'startup', 'MCPG Gateway version: v0.4.1')),
      [P.stderr]: stderr,
    });
    expect(ofType(withU, 'GatewayVersion').map((e) => e.loc.file)).toEqual([P.gateway]);
    expect(ofType(withU, 'WasmTrap')).toEqual([]);
    expect(ofType(withU, 'DifcFiltered')).toEqual([]);
  });

  it('keeps the stderr-only facts (pre-2026-04-10 [DIFC] lines, panics) beside mcp-gateway.log', async () => {
    const ev = await evidenceOf({
      [P.gateway]: lines(gwOld('INFO', 'startup', 'MCPG Gateway version: v0.2.10')),
      [P.stderr]: lines(
        '2026/03/02 10:00:05 [DIFC] Guard labeling failed: resource labeling failed: WASM function call failed: wasm error: unreachable',
        'wasm stack trace:',
        '\tgithub.label_resource(i32,i32,i32,i32) i32',
        'panic: runtime error: invalid memory address or nil pointer dereference',
        'goroutine 1 [running]:',
      ),
    });
    expect(ofType(ev, 'LabelingFailure')).toMatchObject([
      { source: 'stderr', kind: 'guard', guard: 'github', wasm: { cause: 'unreachable' } },
    ]);
    expect(ofType(ev, 'GatewayError')).toMatchObject([{ template: 'Go panic (fatal)' }]);
  });

  it('uses gateway.md only as a fallback', async () => {
    const md = lines(
      '<details>',
      '<summary>MCP Gateway</summary>',
      '',
      '- ✓ **startup** MCPG Gateway version: v0.4.1',
      '- ✗ **backend**',
      '  ```',
      '  MCP backend connection failed, command=docker, args=[run], error=exit status 125',
      '  ```',
      '- ✗ **auth** Request rejected: missing Authorization header, remote=172.30.0.20:40000, path=/mcp/github',
      '- ⚠️ **proxy** [UNRECOGNIZED-ENDPOINT] {"method":"GET","path":"/repos/github/gh-aw/actions/caches"}',
    );
    // With mcp-gateway.log: its version wins, the md errors and auth rejections are not added; the JSONL has the endpoint.
    const withU = await evidenceOf({
      [P.gateway]: lines(gw('INFO', 'startup', 'MCPG Gateway version: v0.4.2')),
      [P.jsonl]: lines(PASSTHROUGH),
      [P.md]: md,
    });
    expect(ofType(withU, 'GatewayVersion').map((e) => [e.version, e.loc.file])).toEqual([
      ['v0.4.2', P.gateway],
    ]);
    expect(ofType(withU, 'GatewayError')).toEqual([]);
    expect(ofType(withU, 'AuthRejected')).toEqual([]);
    expect(ofType(withU, 'UnrecognizedEndpoint').map((e) => e.source)).toEqual(['jsonl']);
    // mcp-gateway.log without a version line (truncated): the md version fills in, nothing else.
    const noVersion = await evidenceOf({
      [P.gateway]: lines(gw('INFO', 'startup', 'Starting MCPG in ROUTED mode on 0.0.0.0:8080')),
      [P.md]: md,
    });
    expect(ofType(noVersion, 'GatewayVersion').map((e) => e.loc.file)).toEqual([P.md]);
    expect(ofType(noVersion, 'GatewayError')).toEqual([]);
    // Without mcp-gateway.log, gateway.md gives the version, the failures and the rejections.
    const mdOnly = await evidenceOf({ [P.md]: md });
    expect(mdOnly.events.map((e) => [e.type, e.loc.file])).toEqual([
      ['GatewayVersion', P.md],
      ['GatewayError', P.md],
      ['AuthRejected', P.md],
      ['UnrecognizedEndpoint', P.md],
    ]);
  });

  it('takes unrecognised endpoints from the JSONL, else from proxy.log', async () => {
    const proxy = lines(gw('WARN', 'proxy', `[UNRECOGNIZED-ENDPOINT] ${PASSTHROUGH}`));
    const both = await evidenceOf({ [P.proxy]: proxy, [P.jsonl]: lines(PASSTHROUGH) });
    expect(ofType(both, 'UnrecognizedEndpoint').map((e) => e.source)).toEqual(['jsonl']);
    const proxyOnly = await evidenceOf({ [P.proxy]: proxy });
    expect(ofType(proxyOnly, 'UnrecognizedEndpoint').map((e) => e.source)).toEqual(['proxy']);
  });

  it('takes the firewall from access.log, else audit.jsonl, else the agent-stdio summary; never two together', async () => {
    const all = await evidenceOf({ [P.access]: ACCESS_LOG, [P.audit]: AUDIT_JSONL, [P.stdio]: AGENT_STDIO });
    expect(all.firewall).toMatchObject({ source: 'access.log', total: 3, blocked: 2 });
    expect([...all.firewall!.domains.keys()]).toEqual([
      'api.github.com',
      'evil.example.com',
      'mcp.gateway-01',
    ]);
    expect(all.agentStdio).toEqual({ present: true, nonEmpty: true, summaryBlocks: 1 });
    expect(all.files.map((f) => f.kind)).toEqual(['access-log', 'agent-stdio']);

    const audit = await evidenceOf({ [P.audit]: AUDIT_JSONL, [P.stdio]: AGENT_STDIO });
    expect(audit.firewall).toMatchObject({ source: 'audit.jsonl', total: 3, blocked: 2 });
    expect([...audit.firewall!.domains.keys()]).toEqual(['chatgpt.com', 'api.github.com', 'openai.com']);

    const stdio = await evidenceOf({ [P.stdio]: AGENT_STDIO });
    expect(stdio.firewall).toMatchObject({ source: 'agent-stdio.log', total: null, blocked: 1 });
    expect([...stdio.firewall!.domains.keys()]).toEqual(['github.com']);

    expect((await evidenceOf({ [P.gateway]: GATEWAY_LOG })).firewall).toBeNull();
  });

  it('drops the topology peers of policy-manifest.json from the firewall counts', async () => {
    const ev = await evidenceOf({
      [P.access]: ACCESS_LOG,
      'agent/sandbox/firewall/audit/policy-manifest.json': POLICY_MANIFEST,
    });
    expect(ev.firewall).toMatchObject({ total: 2, blocked: 1 });
    expect([...ev.firewall!.domains.keys()]).toEqual(['api.github.com', 'evil.example.com']);
  });

  it('notes invalid JSONL lines without making the run partial', async () => {
    const ev = await evidenceOf({ [P.jsonl]: JSONL + jsonlItem(ITEM_1).slice(0, 120) });
    expect(ev.notes).toEqual([{ file: P.jsonl, reason: '1 invalid JSON line(s) skipped', partial: false }]);
    expect(ofType(ev, 'DifcFiltered')).toHaveLength(2);
  });

  it('notes a file that fails while streaming as partial coverage and keeps the rest', async () => {
    const run = memoryRun({ [P.access]: ACCESS_LOG });
    run.files.push({
      path: P.gateway,
      artifact: null,
      size: null,
      open: async () =>
        Readable.from(
          (async function* () {
            yield Buffer.from(lines(gw('INFO', 'startup', 'MCPG Gateway version: v0.4.1')));
            throw new Error('unexpected end of zip entry');
          })(),
        ),
    });
    const ev = await collectEvidence(run);
    expect(ev.notes).toEqual([
      {
        file: P.gateway,
        reason: 'could not be read to the end (unexpected end of zip entry)',
        partial: true,
        kind: 'unreadable',
      },
    ]);
    expect(ev.firewall).toMatchObject({ source: 'access.log', blocked: 2 });
  });
});

// ── locating by path suffix ──────────────────────────────────────────────────────────────────────────────────────────

const file = (path: string, artifact: string | null = null): EvidenceFile => ({
  path,
  artifact,
  size: 0,
  open: async () => Readable.from([Buffer.alloc(0)]),
});
const at = (f: EvidenceFile | null) => f?.path ?? null;

describe('locating by path suffix (§1.7)', () => {
  it('finds every logical file under the era prefixes: agent/, agent-artifacts/, tmp/gh-aw/, gh-aw/, run folders', () => {
    for (const prefix of [
      'agent/',
      'agent-artifacts/',
      'agent-artifacts/tmp/gh-aw/',
      'agent/gh-aw/',
      'run-123/',
      '',
    ]) {
      const artifact = prefix.startsWith('agent-artifacts')
        ? 'agent-artifacts'
        : prefix.startsWith('agent/')
          ? 'agent'
          : null;
      const names = [
        'mcp-logs/mcp-gateway.log',
        'mcp-logs/github.log',
        'mcp-logs/proxy.log',
        'mcp-logs/rpc-messages.jsonl',
        'mcp-logs/gateway.md',
        'mcp-logs/stderr.log',
        'mcp-logs/tools.json',
        'sandbox/firewall/logs/access.log',
        'sandbox/firewall/logs/audit.jsonl',
        'sandbox/firewall/audit/policy-manifest.json',
        'agent-stdio.log',
      ];
      const loc = locateFiles(names.map((n) => file(prefix + n, artifact)));
      expect(at(loc.gatewayLog), prefix).toBe(prefix + 'mcp-logs/mcp-gateway.log');
      expect(loc.serverLogs.map((f) => f.path)).toEqual([prefix + 'mcp-logs/github.log']);
      expect(at(loc.proxyLog)).toBe(prefix + 'mcp-logs/proxy.log');
      expect(loc.jsonl.map((f) => f.path)).toEqual([prefix + 'mcp-logs/rpc-messages.jsonl']);
      expect(at(loc.gatewayMd)).toBe(prefix + 'mcp-logs/gateway.md');
      expect(at(loc.stderrLog)).toBe(prefix + 'mcp-logs/stderr.log');
      expect(at(loc.toolsJson)).toBe(prefix + 'mcp-logs/tools.json');
      expect(at(loc.accessLog)).toBe(prefix + 'sandbox/firewall/logs/access.log');
      expect(at(loc.auditJsonl)).toBe(prefix + 'sandbox/firewall/logs/audit.jsonl');
      expect(at(loc.policyManifest)).toBe(prefix + 'sandbox/firewall/audit/policy-manifest.json');
      expect(at(loc.agentStdio)).toBe(prefix + 'agent-stdio.log');
    }
  });

  it('reads the legacy mcp-logs artifact with the files at its root, also hash-prefixed', () => {
    for (const artifact of ['mcp-logs', '5f3a9c-mcp-logs']) {
      const names = [
        'mcp-gateway.log',
        'github.log',
        'stderr.log',
        'proxy.log',
        'rpc-messages.jsonl',
        'gateway.md',
        'tools.json',
        'start-gateway.log',
      ];
      const loc = locateFiles(names.map((n) => file(`${artifact}/${n}`, artifact)));
      expect(at(loc.gatewayLog), artifact).toBe(`${artifact}/mcp-gateway.log`);
      expect(loc.serverLogs.map((f) => f.path)).toEqual([`${artifact}/github.log`]);
      expect([at(loc.stderrLog), at(loc.proxyLog), at(loc.gatewayMd), at(loc.toolsJson)]).toEqual(
        ['stderr.log', 'proxy.log', 'gateway.md', 'tools.json'].map((n) => `${artifact}/${n}`),
      );
      expect(loc.jsonl.map((f) => f.path)).toEqual([`${artifact}/rpc-messages.jsonl`]);
    }
    // without the gateway log, its server logs are still found
    const noU = locateFiles([
      file('5f3a9c-mcp-logs/github.log', '5f3a9c-mcp-logs'),
      file('5f3a9c-mcp-logs/proxy.log', '5f3a9c-mcp-logs'),
    ]);
    expect(noU.serverLogs.map((f) => f.path)).toEqual(['5f3a9c-mcp-logs/github.log']);
    // a mcp-gateway.log at the root of another artifact is not the gateway log
    expect(locateFiles([file('detection/mcp-gateway.log', 'detection')]).gatewayLog).toBeNull();
  });

  it('finds the Squid log in every firewall layout', () => {
    expect(
      at(
        locateFiles([file('firewall-logs-smoke-copilot/access.log', 'firewall-logs-smoke-copilot')])
          .accessLog,
      ),
    ).toBe('firewall-logs-smoke-copilot/access.log');
    expect(at(locateFiles([file('squid-logs/access.log', 'squid-logs')]).accessLog)).toBe(
      'squid-logs/access.log',
    );
    const audit = locateFiles([
      file('firewall-audit-logs/logs/access.log', 'firewall-audit-logs'),
      file('firewall-audit-logs/logs/audit.jsonl', 'firewall-audit-logs'),
      file('firewall-audit-logs/audit/policy-manifest.json', 'firewall-audit-logs'),
    ]);
    expect([at(audit.accessLog), at(audit.auditJsonl), at(audit.policyManifest)]).toEqual([
      'firewall-audit-logs/logs/access.log',
      'firewall-audit-logs/logs/audit.jsonl',
      'firewall-audit-logs/audit/policy-manifest.json',
    ]);
    expect(
      at(locateFiles([file('agent/sandbox/firewall/logs/squid-logs/access.log', 'agent')]).accessLog),
    ).toBe('agent/sandbox/firewall/logs/squid-logs/access.log');
    // an access.log deeper inside an artifact that is not a firewall log
    expect(locateFiles([file('agent/aw-prompts/access.log', 'agent')]).accessLog).toBeNull();
  });

  it('prefers agent over agent-artifacts over firewall-audit-logs, and the workflow_call prefix keeps the rank', () => {
    const loc = locateFiles([
      file('firewall-audit-logs/logs/access.log', 'firewall-audit-logs'),
      file('agent-artifacts/sandbox/firewall/logs/access.log', 'agent-artifacts'),
      file('9a8b7c-agent/sandbox/firewall/logs/access.log', '9a8b7c-agent'),
      file('agent-artifacts/mcp-logs/mcp-gateway.log', 'agent-artifacts'),
      file('9a8b7c-agent/mcp-logs/mcp-gateway.log', '9a8b7c-agent'),
    ]);
    expect(at(loc.accessLog)).toBe('9a8b7c-agent/sandbox/firewall/logs/access.log');
    expect(at(loc.gatewayLog)).toBe('9a8b7c-agent/mcp-logs/mcp-gateway.log');
    const older = locateFiles([
      file('firewall-audit-logs/logs/access.log', 'firewall-audit-logs'),
      file('agent/mcp-logs/mcp-gateway.log', 'agent'),
    ]);
    expect(at(older.accessLog)).toBe('firewall-audit-logs/logs/access.log');
  });

  it('takes aw_info.json from the root of activation / info / agent-artifacts before usage', () => {
    const both = locateFiles([
      file('usage/aw_info.json', 'usage'),
      file('activation/aw_info.json', 'activation'),
      file('usage/activity/summary.json', 'usage'),
    ]);
    expect(at(both.awInfo)).toBe('activation/aw_info.json');
    expect(at(both.activitySummary)).toBe('usage/activity/summary.json');
    expect(at(locateFiles([file('usage/aw_info.json', 'usage')]).awInfo)).toBe('usage/aw_info.json');
    expect(
      at(
        locateFiles([
          file('usage/aw_info.json', 'usage'),
          file('agent-artifacts/aw_info.json', 'agent-artifacts'),
        ]).awInfo,
      ),
    ).toBe('agent-artifacts/aw_info.json');
    expect(at(locateFiles([file('aw_info.json/aw_info.json', 'aw_info.json')]).awInfo)).toBe(
      'aw_info.json/aw_info.json',
    );
    expect(at(locateFiles([file('aw_info.json')]).awInfo)).toBe('aw_info.json');
  });

  it('takes the pre-2026-03-22 proxy files and the alternate gateway names', () => {
    const loc = locateFiles([
      file('agent/proxy-logs/proxy.log', 'agent'),
      file('agent/proxy-logs/proxy-rpc.jsonl', 'agent'),
      file('agent/mcp-logs/gateway.log', 'agent'),
    ]);
    expect(at(loc.proxyLog)).toBe('agent/proxy-logs/proxy.log');
    expect(loc.jsonl.map((f) => f.path)).toEqual(['agent/proxy-logs/proxy-rpc.jsonl']);
    expect(at(loc.gatewayLog)).toBe('agent/mcp-logs/gateway.log');
    expect(loc.serverLogs).toEqual([]);
    const alt = locateFiles([file('agent/mcp-logs/mcp-gateway.jsonl', 'agent')]);
    expect(alt.jsonl.map((f) => f.path)).toEqual(['agent/mcp-logs/mcp-gateway.jsonl']);
    const both = locateFiles([
      file('agent/mcp-logs/rpc-messages.jsonl', 'agent'),
      file('agent/mcp-logs/gateway.jsonl', 'agent'),
    ]);
    expect(both.jsonl.map((f) => f.path)).toEqual(['agent/mcp-logs/rpc-messages.jsonl']);
  });

  it('skips wazero-cache/ and proxy-tls/, and server logs outside mcp-logs/', () => {
    const loc = locateFiles([
      file('agent/mcp-logs/wazero-cache/mcp-logs/mcp-gateway.log', 'agent'),
      file('agent/proxy-logs/proxy-tls/mcp-logs/proxy.log', 'agent'),
      file('agent/mcp-logs/safeoutputs/server.log', 'agent'),
      file('agent/sandbox/agent/logs/copilot.log', 'agent'),
      file('agent/sandbox/firewall/logs/cache.log', 'agent'),
    ]);
    expect(loc.gatewayLog).toBeNull();
    expect(loc.proxyLog).toBeNull();
    expect(loc.serverLogs).toEqual([]);
  });

  it('finds the job logs of a gh aw logs run folder and its run.json / jobs.json at the root only', () => {
    const loc = locateFiles([
      file('workflow-logs/4_activation.txt'),
      file('workflow-logs/activation/1_Set up job.txt'),
      file('workflow-logs/agent/3_Run.txt'),
      file('jobs.json'),
      file('run.json'),
      file('agent/jobs.json', 'agent'),
    ]);
    expect(loc.workflowLogs.map((f) => f.path)).toEqual([
      'workflow-logs/4_activation.txt',
      'workflow-logs/activation/1_Set up job.txt',
      'workflow-logs/agent/3_Run.txt',
    ]);
    expect([at(loc.jobsJson), at(loc.runJson)]).toEqual(['jobs.json', 'run.json']);
  });
});

// ── layouts on disk, through the real local source ─────────────────────────────────────────────────────────────────

const tmpRoots: string[] = [];
afterAll(() => {
  for (const d of tmpRoots) rmSync(d, { recursive: true, force: true });
});

function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

async function evidenceOnDisk(name: string, files: Record<string, string | Buffer>): Promise<RunEvidence> {
  const root = mkdtempSync(join(tmpdir(), 'collect-test-'));
  tmpRoots.push(root);
  const dir = join(root, name);
  writeTree(dir, files);
  const run = await openLocalRun({ kind: 'dir', path: dir });
  try {
    return await collectEvidence(run);
  } finally {
    await run.close();
  }
}

describe('layouts on disk (gh run download, gh aw logs, artifact zips)', () => {
  it('reads a gh run download folder of the v0.36–v0.47 era (agent-artifacts, firewall-logs-⟨wf⟩)', async () => {
    const ev = await evidenceOnDisk('31000000001', {
      'agent-artifacts/aw_info.json': AW_INFO('31000000001', 'Smoke Copilot'),
      'agent-artifacts/mcp-logs/mcp-gateway.log': GATEWAY_LOG,
      'agent-artifacts/agent-stdio.log': AGENT_STDIO,
      'firewall-logs-smoke-copilot/access.log': ACCESS_LOG,
    });
    expect(ev.meta).toMatchObject({ id: '31000000001', workflow: 'Smoke Copilot', branch: 'main' });
    expect(ev.files.map((f) => [f.kind, f.path])).toEqual([
      ['aw_info', 'agent-artifacts/aw_info.json'],
      ['gateway-log', 'agent-artifacts/mcp-logs/mcp-gateway.log'],
      ['access-log', 'firewall-logs-smoke-copilot/access.log'],
      ['agent-stdio', 'agent-artifacts/agent-stdio.log'],
    ]);
    expect(ev.firewall).toMatchObject({ source: 'access.log', blocked: 2 });
  });

  it('reads the legacy standalone artifacts (mcp-logs at root, squid-logs, aw_info.json), hash prefixes included', async () => {
    const ev = await evidenceOnDisk('run-31000000002', {
      '5f3a9c-mcp-logs/github.log': GITHUB_LOG,
      '5f3a9c-mcp-logs/stderr.log': lines('[INFO] Starting MCP Gateway in containerized mode...'),
      'squid-logs/access.log': ACCESS_LOG,
      'aw_info.json/aw_info.json': AW_INFO(31000000002),
    });
    expect(ev.meta.id).toBe('31000000002');
    expect(ev.files.map((f) => [f.kind, f.path])).toEqual([
      ['aw_info', 'aw_info.json/aw_info.json'],
      ['server-log', '5f3a9c-mcp-logs/github.log'],
      ['stderr-log', '5f3a9c-mcp-logs/stderr.log'],
      ['access-log', 'squid-logs/access.log'],
    ]);
    expect(ofType(ev, 'DifcFiltered').map((e) => e.source)).toEqual(['server', 'server']);
  });

  it('reads the v0.65 split (firewall-audit-logs with logs/ and audit/) beside the activation and usage copies of aw_info', async () => {
    const ev = await evidenceOnDisk('31000000003', {
      'activation/aw_info.json': AW_INFO(31000000003, 'From Activation'),
      'usage/aw_info.json': AW_INFO(31000000003, 'From Usage'),
      'usage/activity/summary.json': JSON.stringify({
        firewall: { total_requests: 3, allowed_requests: 1, blocked_requests: 2 },
      }),
      'agent/mcp-logs/mcp-gateway.log': GATEWAY_LOG,
      'firewall-audit-logs/logs/access.log': ACCESS_LOG,
      'firewall-audit-logs/logs/audit.jsonl': AUDIT_JSONL,
      'firewall-audit-logs/audit/policy-manifest.json': POLICY_MANIFEST,
    });
    expect(ev.meta.workflow).toBe('From Activation');
    expect(ev.files.find((f) => f.kind === 'access-log')?.path).toBe('firewall-audit-logs/logs/access.log');
    expect(ev.firewall).toMatchObject({ source: 'access.log', total: 2, blocked: 1 });
    expect(ev.activity).toEqual({
      firewall: { total_requests: 3, allowed_requests: 1, blocked_requests: 2 },
    });
  });

  it('reads a gh aw logs cache folder: flattened artifacts, workflow-logs/ and jobs.json', async () => {
    const ev = await evidenceOnDisk('run-31000000004', {
      'aw_info.json': AW_INFO(31000000004),
      'workflow-logs/4_activation.txt': lines(
        '2026-04-27T13:01:19.9876543Z ##[group]Run actions/github-script@v8',
      ),
      'workflow-logs/activation/3_Add reaction.txt': lines(
        '2026-04-27T13:01:20.1425091Z RequestError [HttpError]: API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID 1234:5678.',
      ),
      'workflow-logs/agent/2_Run.txt': lines(
        '2026-04-27T13:01:20.1425091Z RequestError [HttpError]: API rate limit exceeded for installation.',
      ),
      'jobs.json': JSON.stringify({
        total_count: 2,
        jobs: [
          { name: 'activation', conclusion: 'failure', status: 'completed' },
          { name: 'agent', conclusion: 'skipped', status: 'completed' },
        ],
      }),
    });
    expect(ev.activationRateLimit).toMatchObject({
      file: 'workflow-logs/activation/3_Add reaction.txt',
      line: 1,
    });
    expect(ev.meta.jobs).toEqual([
      { name: 'activation', conclusion: 'failure', status: 'completed' },
      { name: 'agent', conclusion: 'skipped', status: 'completed' },
    ]);
    // the agent job's copy of the phrase does not count
    const agentOnly = await evidenceOnDisk('run-31000000005', {
      'workflow-logs/agent/2_Run.txt': lines(
        '2026-04-27T13:01:20.1425091Z RequestError [HttpError]: API rate limit exceeded for installation.',
      ),
    });
    expect(agentOnly.activationRateLimit).toBeNull();
  });

  it('reads artifact zips with a workflow_call hash prefix and the gh-aw/ entry prefix', async () => {
    const agentZip = await zipFiles({
      'gh-aw/mcp-logs/mcp-gateway.log': GATEWAY_LOG,
      'gh-aw/mcp-logs/rpc-messages.jsonl': JSONL,
      'gh-aw/sandbox/firewall/logs/access.log': ACCESS_LOG,
      'gh-aw/sandbox/firewall/audit/policy-manifest.json': POLICY_MANIFEST,
      'gh-aw/agent-stdio.log': AGENT_STDIO,
    });
    const ev = await evidenceOnDisk('31000000006', {
      '9a8b7c-agent.zip': agentZip,
      '9a8b7c-activation.zip': await zipFiles({ 'aw_info.json': AW_INFO(31000000006) }),
      'build.dockerbuild': 'not a zip',
    });
    expect(ev.meta.id).toBe('31000000006');
    expect(ev.files.map((f) => f.path)).toEqual([
      '9a8b7c-activation/aw_info.json',
      '9a8b7c-agent/gh-aw/mcp-logs/mcp-gateway.log',
      '9a8b7c-agent/gh-aw/mcp-logs/rpc-messages.jsonl',
      '9a8b7c-agent/gh-aw/sandbox/firewall/logs/access.log',
      '9a8b7c-agent/gh-aw/agent-stdio.log',
    ]);
    expect(ofType(ev, 'DifcFiltered').map((e) => e.source)).toEqual(['jsonl', 'jsonl']);
    expect(ev.firewall).toMatchObject({ source: 'access.log', total: 2, blocked: 1 });
  });

  it('reads the gateway log of a zip again, in full, when stderr.log shows the JSONL incomplete', async () => {
    // The JSONL holds one of the two items and one of the two calls; the gateway log is read first with their records
    // skipped (the JSONL counts them), then again from the zip once stderr.log says the JSONL is incomplete.
    const agent = async (stderr: string) =>
      zipFiles({
        'mcp-logs/mcp-gateway.log': GATEWAY_LOG,
        'mcp-logs/rpc-messages.jsonl': lines(jsonlItem(ITEM_1)),
        'mcp-logs/stderr.log': stderr,
      });
    const warned = await evidenceOnDisk('31000000007', {
      'agent.zip': await agent(lines('2026/07/19 14:03:05 WARNING: Failed to encode JSONL entry: json: NaN')),
    });
    expect(ofType(warned, 'DifcFiltered').map((e) => [e.source, e.loc.file])).toEqual([
      ['gateway', 'agent/mcp-logs/mcp-gateway.log'],
      ['gateway', 'agent/mcp-logs/mcp-gateway.log'],
    ]);
    expect(ofType(warned, 'BackendToolCall').map((e) => e.source)).toEqual(['rpc-text']);
    // what the first read gave is dropped, not counted twice
    expect(ofType(warned, 'ToolCallRequest')).toHaveLength(1);
    expect(warned.notes.map((n) => n.reason).join('\n')).toContain(
      'filtered items and backend tool calls counted from the text log instead',
    );
    // each file listed once, and no note from the second read
    expect(warned.files.map((f) => f.path)).toEqual([
      'agent/mcp-logs/mcp-gateway.log',
      'agent/mcp-logs/rpc-messages.jsonl',
      'agent/mcp-logs/stderr.log',
    ]);
    expect(warned.notes).toHaveLength(1);

    const complete = await evidenceOnDisk('31000000008', { 'agent.zip': await agent('') });
    expect(ofType(complete, 'DifcFiltered').map((e) => e.source)).toEqual(['jsonl']);
    expect(ofType(complete, 'BackendToolCall')).toEqual([]);
    expect(complete.notes).toEqual([]);
  });
});

// ── the real corpus ─────────────────────────────────────────────────────────────────────────────────────────────────

describeReal('real corpus: gh-aw v0.43 Copilot run 21986494867 (gateway v0.1.4, AWF v0.16.4)', () => {
  const corpusEvidence = async () => {
    const run = await openLocalRun({ kind: 'dir', path: REAL_RUN });
    try {
      return await collectEvidence(run);
    } finally {
      await run.close();
    }
  };

  it('yields the exact facts', async () => {
    const ev = await corpusEvidence();
    expect(ev.notes).toEqual([]);
    expect(ev.meta).toMatchObject({
      id: '21986494867',
      workflow: 'Star List Maintainer',
      branch: 'master',
      repository: 'matt-riley/matt-riley',
    });
    expect(ev.files.map((f) => [f.kind, f.path])).toEqual([
      ['aw_info', 'aw_info.json'],
      ['gateway-log', 'mcp-logs/mcp-gateway.log'],
      ['rpc-jsonl', 'mcp-logs/rpc-messages.jsonl'],
      ['stderr-log', 'mcp-logs/stderr.log'],
      ['gateway-md', 'mcp-logs/gateway.md'],
      ['tools-json', 'mcp-logs/tools.json'],
      ['access-log', 'sandbox/firewall/logs/access.log'],
      ['agent-stdio', 'agent-stdio.log'],
    ]);
    expect(ofType(ev, 'GatewayVersion')).toMatchObject([
      { version: 'v0.1.4', loc: { file: 'mcp-logs/mcp-gateway.log', line: 1 } },
    ]);
    expect(
      ofType(ev, 'GuardRegistered')
        .filter((e) => e.server === 'github')
        .map((e) => e.guard),
    ).toEqual(['noop', 'noop']);
    expect(ofType(ev, 'EnforcementDisabled')).toMatchObject([{ legacy: true }]);
    expect(ofType(ev, 'ToolCallRequest').map((e) => e.tool)).toEqual([
      'get_me',
      'list_starred_repositories',
      'missing_tool',
    ]);
    expect(ofType(ev, 'BackendToolCall').map((e) => [e.server, e.source])).toEqual([
      ['github', 'jsonl'],
      ['github', 'jsonl'],
      ['safeoutputs', 'jsonl'],
    ]);
    expect(ofType(ev, 'AuthRejected')).toMatchObject([
      {
        path: '/close',
        reason: 'invalid API key',
        shutdownNoise: true,
        loc: { file: 'mcp-logs/mcp-gateway.log' },
      },
    ]);
    expect(ev.firewall).toMatchObject({ source: 'access.log', total: 7, blocked: 2 });
    expect(
      [...ev.firewall!.domains.values()].filter((d) => d.blocked > 0).map((d) => [d.host, d.blocked]),
    ).toEqual([['telemetry.individual.githubcopilot.com', 2]]);
    expect(ev.agentStdio).toEqual({ present: true, nonEmpty: true, summaryBlocks: 0 });
    expect([...ev.tools!.keys()]).toEqual(['github', 'safeoutputs']);
    for (const t of [
      'WasmTrap',
      'LabelingFailure',
      'GatewayError',
      'ToolCallError',
      'ProxyPhase4Failed',
      'DifcFiltered',
      'GuardPolicy',
      'GuardLoadFailure',
      'StrictBlock',
    ] as const) {
      expect(ofType(ev, t), t).toEqual([]);
    }
  });

  it('produces no critical or warning finding', async () => {
    const ev = await corpusEvidence();
    const { facts, findings } = analyzeRun(ev, DEFAULT_CONFIG);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(facts).toMatchObject({
      gatewayVersion: 'v0.1.4',
      agentInvoked: true,
      firewall: { blocked: 2, total: 7 },
      coverage: 'full',
    });
  });
});

describe('metadata files that are there but cannot be used', () => {
  const FILES = {
    tools: P.tools,
    activity: 'usage/activity/summary.json',
    manifest: 'agent/sandbox/firewall/audit/policy-manifest.json',
    run: 'run.json',
    jobs: 'jobs.json',
    awInfo: P.awInfo,
  };

  it('each leave a coverage note naming the file and why, and the run is still audited', async () => {
    const ev = await evidenceOf({
      [P.gateway]: GATEWAY_LOG,
      [FILES.tools]: '{"servers":{',
      [FILES.activity]: '{"firewall":',
      [FILES.manifest]: '["not", "an", "object"]',
      [FILES.run]: '{"workflowName":',
      [FILES.jobs]: '{"total_count":0}',
      [FILES.awInfo]: '42',
    });
    const notes = new Map(ev.notes.map((n) => [n.file, n]));
    expect(notes.get(FILES.tools)?.reason).toMatch(/^unreadable: invalid JSON/);
    expect(notes.get(FILES.activity)?.reason).toMatch(/^unreadable: invalid JSON/);
    expect(notes.get(FILES.manifest)?.reason).toBe('unreadable: not a JSON object');
    expect(notes.get(FILES.run)?.reason).toMatch(/^unreadable: invalid JSON/);
    expect(notes.get(FILES.jobs)?.reason).toMatch(/^unreadable: no job list/);
    expect(notes.get(FILES.awInfo)?.reason).toBe('unreadable: not a JSON object');
    for (const f of Object.values(FILES)) expect(notes.get(f)?.partial).toBe(false);
    // The logs were read all the same.
    expect(ofType(ev, 'DifcFiltered')).toHaveLength(2);
  });

  it('leave no note when valid, or empty', async () => {
    const ev = await evidenceOf({
      [P.gateway]: GATEWAY_LOG,
      [FILES.tools]: '{"servers":{"github":[{"name":"list_issues"}]}}',
      [FILES.activity]: '',
      [FILES.manifest]: '{"topologyPeers":["awmg-mcpg"]}',
      [FILES.run]: '{"workflowName":"Daily audit"}',
      [FILES.jobs]: '{"total_count":1,"jobs":[{"name":"agent","conclusion":"success","status":"completed"}]}',
    });
    expect(ev.notes.filter((n) => Object.values(FILES).includes(n.file as never))).toEqual([]);
    expect(ev.meta.workflow).toBe('Test Workflow');
    expect(ev.meta.jobs).toEqual([{ name: 'agent', conclusion: 'success', status: 'completed' }]);
  });
});
