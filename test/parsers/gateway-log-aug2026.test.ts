// mcp-gateway.log (U) and proxy.log (P) in the formats of the gateway's July–August 2026 releases (v0.4.3 … v0.4.10):
// FORMATS.md §3.1 redaction, §3.4 session ids, §7.1 per-call trap diagnostics, §7.5 the artifact-zip route, §7.6 the
// HALF-OPEN circuit breaker, §7.7 mount policy, environment validation and late HTTP registration, §8.5 feature-flag
// alias tool names. Lines are built from the format strings of the spec.
import { describe, expect, it } from 'vitest';
import { gw, lines } from '../support/harness.js';
import { gatewayEvents, ofType, signals, types } from './helpers.js';

const TS = '2026-08-20T09:14:22.310Z';
const g = (level: 'INFO' | 'WARN' | 'ERROR' | 'DEBUG', cat: string, msg: string) => gw(level, cat, msg, TS);

const REASON =
  'Resource \'commit:github/gh-aw@3ca1b00\' has lower integrity than agent requires. The agent cannot read data with integrity below \\"approved\\".';

describe('redacted lines (§3.1, since 2026-08-06)', () => {
  it('counts every redacted [DIFC-FILTERED] copy: SHAs [REDACTED] (still JSON), or JSON broken and read field by field', async () => {
    // `secret:⟨8+ non-space⟩` swallows the text to the next space (`secret=[REDACTED]`), and a JSON pair whose key is
    // "token" becomes `"token"=[REDACTED]` outside a string: neither line parses as JSON any more.
    const events = await gatewayEvents(
      lines(
        // FORMATS.md §4.3, the U copy of a list_commits item
        g(
          'INFO',
          'difc',
          `[github] [DIFC-FILTERED] {"server_id":"github","tool_name":"list_commits","description":"commit:github/gh-aw@3ca1b00","reason":"${REASON}","secrecy_tags":[],"integrity_tags":["none:github/gh-aw","unapproved:github/gh-aw"],"author_login":"octocat","html_url":"https://github.com/github/gh-aw/commit/[REDACTED]","sha":"[REDACTED]"}`,
        ),
        g(
          'INFO',
          'difc',
          `[github] [DIFC-FILTERED] {"server_id":"github","tool_name":"get_file_contents","description":"file:config/secret=[REDACTED] 'file:config/secret=[REDACTED] has lower integrity than agent requires. The agent cannot read data with integrity below \\"approved\\".","secrecy_tags":[],"integrity_tags":["none:github/gh-aw","unapproved:github/gh-aw"],"author_login":"octocat"}`,
        ),
        g(
          'INFO',
          'difc',
          `[github] [DIFC-FILTERED] {"server_id":"github","tool_name":"search_issues_ff_fields_param","description":"issue:github/gh-aw#7","reason":"r","author_login":"auth=[REDACTED]`,
        ),
        g(
          'INFO',
          'difc',
          `[github] [DIFC-FILTERED] {"server_id":"github","tool_name":"get_file_contents","description":"file:a","reason":"r","secrecy_tags":[],"integrity_tags":["none:github/gh-aw"],"author_login":"token=[REDACTED]`,
        ),
      ),
    );
    const items = ofType(events, 'DifcFiltered');
    expect(items.map((e) => [e.server, e.tool, e.integrityTags, e.unparsed])).toEqual([
      ['github', 'list_commits', ['none:github/gh-aw', 'unapproved:github/gh-aw'], undefined],
      // the swallowed run stayed inside strings: still JSON, with the reason merged into the description
      ['github', 'get_file_contents', ['none:github/gh-aw', 'unapproved:github/gh-aw'], undefined],
      ['github', 'search_issues', null, true],
      ['github', 'get_file_contents', ['none:github/gh-aw'], true],
    ]);
    expect(items[0]).toMatchObject({ description: 'commit:github/gh-aw@3ca1b00', source: 'gateway' });
    expect(items[1].reason).toBe('');
    expect(items[2].description).toBe('issue:github/gh-aw#7');
    expect(items.map((e) => e.loc.line)).toEqual([1, 2, 3, 4]);
  });

  it('repairs a redacted JSON pair (`"token"=[REDACTED]`) and reads the item whole', async () => {
    const events = await gatewayEvents(
      lines(
        g(
          'INFO',
          'difc',
          `[github] [DIFC-FILTERED] {"server_id":"github","tool_name":"list_issues","description":"issue:github/gh-aw#9","reason":"r","token"=[REDACTED],"secrecy_tags":[],"integrity_tags":["none:github/gh-aw"]}`,
        ),
      ),
    );
    expect(ofType(events, 'DifcFiltered')).toMatchObject([
      { tool: 'list_issues', integrityTags: ['none:github/gh-aw'], secrecyTags: [] },
    ]);
    expect(ofType(events, 'DifcFiltered')[0].unparsed).toBeUndefined();
  });

  it('reads the policy of a redacted `Guard policy:` line', async () => {
    const events = await gatewayEvents(
      lines(
        g(
          'INFO',
          'difc',
          '[github] Guard policy: {"allow-only":{"approval-labels":[],"blocked-users":[],"min-integrity":"approved","repos":["github/gh-aw","github/gh-aw-mcpg"],"trusted-users":["secret=[REDACTED]',
        ),
      ),
    );
    expect(ofType(events, 'GuardPolicy')).toMatchObject([
      { server: 'github', repos: ['github/gh-aw', 'github/gh-aw-mcpg'], minIntegrity: 'approved' },
    ]);
  });

  it('marks a post-filter tool result that is no longer JSON as unparsed, and a valid one as read', async () => {
    const events = await gatewayEvents(
      lines(
        // the swallowed run crosses the end of a JSON string: the result no longer parses
        g(
          'INFO',
          'client',
          'MCP tool call response, session=[REDACTED], tool=search_issues, result={"content":[{"type":"text","text":"{\\"items\\":[{\\"body\\":\\"the password: [REDACTED] https://github.com/octo-org/internal-tools/issues/7\\"}]}"}]}',
        ),
        g(
          'INFO',
          'client',
          'MCP tool call response, session=[REDACTED], tool=search_issues, result={"content":[{"type":"text","text":"{\\"items\\":[{\\"html_url\\":\\"https://github.com/octo-org/internal-tools/issues/7\\",\\"body\\":\\"password=[REDACTED]',
        ),
        g(
          'INFO',
          'client',
          'MCP tool call response, session=[REDACTED], tool=search_issues, result={"content":[{"type":"text","text":"{\\"items\\":[{\\"html_url\\":\\"https://github.com/github/gh-aw/commit/[REDACTED]\\"}]}"}]}',
        ),
      ),
    );
    const r = ofType(events, 'ToolCallResponse');
    expect(r.map((e) => [e.repos, e.unparsed ?? false])).toEqual([
      [[], false], // free text naming a URL is never a repository, and nothing was hidden
      [[], true],
      [['github/gh-aw'], false],
    ]);
  });
});

describe('per-call trap diagnostics (§7.1, since 2026-08-14/16)', () => {
  const ERR = 'WASM function call failed: wasm error: unreachable';
  it('yields one refusal per `callWasmFunction: … unavailable after a previous trap` line, and nothing for the repeated trap text', async () => {
    // FORMATS.md §7.1, the worked example with the debug lines of 2026-08-14/16
    const events = await gatewayEvents(
      lines(
        gw(
          'DEBUG',
          'guard:wasm',
          'callWasmFunction: guard=github, func=label_response, inputSize=18342',
          '2026-08-20T14:05:32.110Z',
        ),
        gw(
          'ERROR',
          'backend',
          `WASM guard trap: guard=github, func=label_response, error=${ERR}`,
          '2026-08-20T14:05:32.117Z',
        ),
        'wasm stack trace:',
        '\t.panic()',
        '\t.label_response(i32,i32,i32,i32) i32',
        gw(
          'DEBUG',
          'guard:wasm',
          `LabelResponse callWasmGuardFunction failed: toolName=list_issues, error=${ERR}`,
          '2026-08-20T14:05:32.117Z',
        ),
        'wasm stack trace:',
        '\t.panic()',
        gw(
          'DEBUG',
          'guard:wasm',
          'callWasmFunction: guard=github, func=label_resource, inputSize=97',
          '2026-08-20T14:05:40.001Z',
        ),
        gw(
          'DEBUG',
          'guard:wasm',
          'callWasmFunction: guard=github is unavailable after a previous trap',
          '2026-08-20T14:05:40.001Z',
        ),
        gw(
          'DEBUG',
          'guard:wasm',
          `LabelResource callWasmGuardFunction failed: toolName=get_issue, error=WASM guard 'github' is unavailable after a previous trap: ${ERR}`,
          '2026-08-20T14:05:40.001Z',
        ),
        'wasm stack trace:',
        '\t.panic()',
        gw(
          'DEBUG',
          'guard:wasm',
          'callWasmFunction: guard=github, func=label_resource succeeded on attempt 1',
        ),
        gw(
          'DEBUG',
          'guard:wasm',
          'Growing WASM memory: guard=github, current=1114112, required=2097152, pages=15',
        ),
        gw('DEBUG', 'guard:wasm', 'LabelResource completed: toolName=list_issues, operation=read'),
        gw('DEBUG', 'guard:wasm', 'LabelResponse: no fine-grained labeling applied: toolName=get_me'),
        gw(
          'DEBUG',
          'guard:wasm',
          `LabelResource response parsing failed: toolName=get_me, error=invalid resource format in guard response`,
        ),
      ),
    );
    expect(types(signals(events))).toEqual(['WasmTrap', 'GuardRefusal']);
    expect(ofType(events, 'WasmTrap')[0]).toMatchObject({
      guard: 'github',
      func: 'label_response',
      cause: 'unreachable',
    });
    expect(ofType(events, 'GuardRefusal')).toMatchObject([
      { guard: 'github', source: 'gateway', loc: { line: 10 } },
    ]);
  });

  it('reads the proxy refusal line under any namespace, and never the same text inside payloads or continuation lines', async () => {
    const decoy = 'callWasmFunction: guard=github is unavailable after a previous trap';
    const events = await gatewayEvents(
      lines(
        g(
          'DEBUG',
          'rpc',
          `github←resp 120b {"jsonrpc":"2.0","id":3,"result":{"content":[{"type":"text","text":"${decoy}"}]}}`,
        ),
        g(
          'INFO',
          'client',
          `MCP tool call response, session=[REDACTED], tool=get_issue, result={"content":[{"type":"text","text":"${decoy}"}]}`,
        ),
        g('INFO', 'backend', `[github] [stderr] ${decoy}`),
        g('DEBUG', 'guard:wasm', `[guard:github] INFO: input ${decoy}`),
        g('INFO', 'startup', 'Starting MCPG in ROUTED mode on 0.0.0.0:8080'),
        decoy,
        `[${TS}] [DEBUG] [guard:wasm] callWasmFunction: guard=github, func=label_resource, note=is unavailable after a previous trap`,
        g('DEBUG', 'guard:wasm_exec', decoy),
      ),
      'proxy',
    );
    expect(signals(events)).toMatchObject([
      { type: 'GuardRefusal', guard: 'github', source: 'proxy', loc: { line: 8 } },
    ]);
  });
});

describe('backend, startup and environment (§7.7, 2026-07-28 … 08-09)', () => {
  it('reads a mount-policy violation as a gateway error of its server, and the mount_policy debug lines as nothing', async () => {
    const events = await gatewayEvents(
      lines(
        g('DEBUG', 'launcher:mount_policy', 'Default mount policy: 2 allowed root(s)'),
        g(
          'ERROR',
          'backend',
          '[github] Mount policy violation: mount "/etc:/host-etc:rw" rejected: host source is outside the allowed mount roots',
        ),
        g(
          'ERROR',
          'backend',
          'Mount policy violation: container option "--privileged" rejected by mount policy: privileged containers are not permitted',
        ),
        g(
          'ERROR',
          'backend',
          'Failed to register tools from github (took 2ms): failed to connect: server "github": mount "/etc:/host-etc:rw" rejected: host source is outside the allowed mount roots',
        ),
      ),
    );
    expect(ofType(events, 'GatewayError').map((e) => [e.template, e.server])).toEqual([
      ['Mount policy violation', 'github'],
      ['Mount policy violation', null],
      ['Failed to register tools', 'github'],
    ]);
  });

  it('reads the doubled `Environment validation failed` record with its error lines as one failure', async () => {
    // FORMATS.md §7.7: `%s` repeats the prefix and spans lines
    const events = await gatewayEvents(
      lines(
        g('ERROR', 'startup', 'Environment validation failed: Environment validation failed:'),
        '  - Container runtime "podman" is not accessible. Ensure it is installed, running, and usable.',
        '  - MCP_GATEWAY_API_KEY is required',
        '',
        g('INFO', 'startup', 'Environment validation passed'),
      ),
    );
    expect(ofType(events, 'GatewayError')).toEqual([
      expect.objectContaining({
        template: 'Environment validation failed',
        message:
          'Environment validation failed: Container runtime "podman" is not accessible. Ensure it is installed, running, and usable.; MCP_GATEWAY_API_KEY is required',
        loc: expect.objectContaining({ line: 1 }),
      }),
    ]);
  });

  it('reads `HTTP backend is not ready` as a fact about its server, not as a gateway error', async () => {
    const events = await gatewayEvents(
      lines(
        g(
          'ERROR',
          'backend',
          'Failed to register tools from remote (took 30.001s): All HTTP transports failed for url=https://mcp.example.com/mcp',
        ),
        g(
          'WARN',
          'backend',
          '[remote] HTTP backend is not ready: failed to connect: All HTTP transports failed for url=https://mcp.example.com/mcp',
        ),
        g('WARN', 'backend', '[remote] HTTP backend is not ready: backend "remote" is not configured'),
      ),
    );
    expect(types(signals(events))).toEqual(['GatewayError', 'BackendNotReady', 'BackendNotReady']);
    expect(ofType(events, 'GatewayError')[0].server).toBe('remote');
    expect(ofType(events, 'BackendNotReady').map((e) => e.server)).toEqual(['remote', 'remote']);
  });

  it('reads the podman runtime in backend failures like docker (2026-07-24)', async () => {
    const events = await gatewayEvents(
      lines(
        g(
          'ERROR',
          'backend',
          'MCP backend connection failed: server=github, command=podman, args=[run --rm -i ghcr.io/github/github-mcp-server], error=exit status 125',
        ),
        g(
          'ERROR',
          'backend',
          'Health check: restart failed for server "github": exit status 125 (attempt 1/3)',
        ),
      ),
    );
    expect(ofType(events, 'GatewayError').map((e) => [e.template, e.server])).toEqual([
      ['MCP backend connection failed', 'github'],
      ['Health check restart failed', 'github'],
    ]);
  });
});

describe('circuit breaker (§7.6, since 2026-08-05)', () => {
  it('reads HALF-OPEN and OPEN rejections and the stranded-probe WARN with their server, whatever the (redacted) session; not the same text as data', async () => {
    const events = await gatewayEvents(
      lines(
        g(
          'ERROR',
          'client',
          'MCP tool call error, session=[REDACTED], tool=list_issues, error=rate limit circuit breaker is HALF-OPEN for server "github" — requests temporarily rejected',
        ),
        g(
          'ERROR',
          'client',
          'MCP tool call error, session=[REDACTED], tool=get_issue, error=rate limit circuit breaker is OPEN for server "github" — rate limit resets at 2026-08-20T09:20:00Z (retry after 0s)',
        ),
        g(
          'WARN',
          'backend',
          'circuit breaker for server "github": stranded HALF-OPEN probe detected, releasing a new probe',
        ),
        g(
          'DEBUG',
          'guard:circuit_breaker',
          'server "github" circuit breaker HALF-OPEN probe stranded (in flight for 2m0s) — releasing a new probe',
        ),
        g(
          'DEBUG',
          'server:circuit_breaker',
          'server "github" circuit breaker releasing stranded HALF-OPEN probe after transport error',
        ),
        // §3.4: a hex session id prints as [REDACTED]; the lines keep their meaning
        g(
          'ERROR',
          'difc',
          '[github] label_agent failed: session=[REDACTED], guard=github, error=LabelAgent failed: WASM function returned error code: -1',
        ),
        // decoys: the same text as a tool result, backend output, and inside another error
        g(
          'INFO',
          'client',
          'MCP tool call response, session=[REDACTED], tool=get_issue, result={"content":[{"type":"text","text":"rate limit circuit breaker is HALF-OPEN for server \\"github\\""}]}',
        ),
        g(
          'INFO',
          'backend',
          '[github] [stderr] circuit breaker for server "github": stranded HALF-OPEN probe detected, releasing a new probe',
        ),
        g(
          'ERROR',
          'client',
          'MCP tool call error, session=[REDACTED], tool=get_issue, error=calling "tools/call": rate limit circuit breaker is HALF-OPEN for server "github"',
        ),
      ),
    );
    expect(ofType(events, 'CircuitBreakerRejection').map((e) => [e.server, e.state])).toEqual([
      ['github', 'HALF-OPEN'],
      ['github', 'OPEN'],
    ]);
    expect(ofType(events, 'RateLimit').map((e) => [e.kind, e.server])).toEqual([
      ['circuit-breaker-probe', 'github'],
    ]);
    expect(ofType(events, 'ToolCallError')).toHaveLength(3);
    expect(ofType(events, 'LabelingFailure')).toMatchObject([
      { kind: 'session', guard: 'github', server: 'github' },
    ]);
  });
});

describe('feature-flag alias tool names (§8.5, since 2026-07-24)', () => {
  it('reports alias names as their canonical tools in tool-call lines, filtered items and proxy counts', async () => {
    const events = await gatewayEvents(
      lines(
        g(
          'INFO',
          'client',
          'MCP tool call request, session=[REDACTED], tool=list_issues_ff_fields_param, args={}',
        ),
        g(
          'INFO',
          'client',
          'MCP tool call response, session=[REDACTED], tool=issue_dependency_read_ff_issue_dependencies, result={}',
        ),
        g(
          'ERROR',
          'client',
          'MCP tool call error, session=[REDACTED], tool=issue_write_ff_remote_mcp_issue_fields, error=DIFC policy violation: x',
        ),
        g(
          'INFO',
          'difc',
          '[github] [DIFC-FILTERED] {"server_id":"github","tool_name":"list_pull_requests_ff_fields_param","description":"pr:github/gh-aw#88","reason":"r","secrecy_tags":[],"integrity_tags":["none:github/gh-aw"]}',
        ),
        g('INFO', 'client', 'MCP tool call request, session=[REDACTED], tool=get_diff_ff, args={}'),
      ),
    );
    expect(ofType(events, 'ToolCallRequest').map((e) => e.tool)).toEqual(['list_issues', 'get_diff_ff']);
    expect(ofType(events, 'ToolCallResponse').map((e) => e.tool)).toEqual(['issue_dependency_read']);
    expect(ofType(events, 'ToolCallError').map((e) => e.tool)).toEqual(['issue_write']);
    expect(ofType(events, 'DifcFiltered').map((e) => e.tool)).toEqual(['list_pull_requests']);
    const proxy = await gatewayEvents(
      lines(
        g(
          'INFO',
          'proxy',
          'DIFC filtered 4/5 items for GET /repos/github/gh-aw/issues (tool=list_issues_ff_fields_param)',
        ),
      ),
      'proxy',
    );
    expect(ofType(proxy, 'FilterCount').map((e) => e.tool)).toEqual(['list_issues']);
  });
});

describe('the artifact-zip route (§7.5, since 2026-07-29)', () => {
  it('yields nothing for the routed artifact download, and one forwarded request per redacted [UNRECOGNIZED-ENDPOINT] copy', async () => {
    const events = await gatewayEvents(
      lines(
        g(
          'DEBUG',
          'proxy:handler',
          '[DIFC] Phase 0: agent=proxy secrecy=[] integrity=[approved:github/gh-aw]',
        ),
        g(
          'DEBUG',
          'proxy:handler',
          "[DIFC] Phase 2: BLOCKED GET /repos/github/gh-aw/actions/artifacts/4242/zip — Resource 'actions_get' has secrecy requirements that agent doesn't meet.",
        ),
        g('DEBUG', 'proxy:handler', 'streamArtifactResponse: body copy error: unexpected EOF'),
        g(
          'WARN',
          'proxy',
          '[UNRECOGNIZED-ENDPOINT] {"method":"GET","path":"/repos/github/gh-aw/git/blobs/[REDACTED]","action":"passthrough_with_empty_labels","note":"Endpoint not in route table or metadata allowlist -- forwarded with no integrity and no secrecy labels","auth"=[REDACTED]',
        ),
        g(
          'WARN',
          'proxy',
          '[UNRECOGNIZED-ENDPOINT] {"method":"GET","path":"/repos/github/gh-aw/git/trees/key:[REDACTED]',
        ),
      ),
      'proxy',
    );
    expect(types(signals(events))).toEqual(['UnrecognizedEndpoint', 'UnrecognizedEndpoint']);
    expect(ofType(events, 'UnrecognizedEndpoint').map((e) => [e.method, e.path])).toEqual([
      ['GET', '/repos/github/gh-aw/git/blobs/[REDACTED]'],
      ['GET', '/repos/github/gh-aw/git/trees/key:[REDACTED]'],
    ]);
  });
});
