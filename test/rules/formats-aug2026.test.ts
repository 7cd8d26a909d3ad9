// The rules on runs in the formats of the gateway's July–August 2026 releases (v0.4.3 … v0.4.10), FORMATS.md
// Appendix A 2026-07-19 … 08-22: per-call trap diagnostics, mount policy, environment validation, late HTTP
// registration, the HALF-OPEN circuit breaker, JSONL writer warnings, redacted lines, feature-flag aliases and the
// artifact-zip route. Each fixture is written line by line from the spec; decoys carry the same text in payloads.
import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingsOf, gw, guardedPreamble, lines, P } from '../support/harness.js';

const g = (
  level: 'INFO' | 'WARN' | 'ERROR' | 'DEBUG',
  cat: string,
  msg: string,
  ts = '2026-08-20T14:05:00.000Z',
) => gw(level, cat, msg, ts);

/** The v0.4.10 preamble: the guarded gateway of guardedPreamble() under its August version. */
const preamble = (repos?: string[]) =>
  guardedPreamble(repos).map((l) =>
    l.replace('MCPG Gateway version: v0.4.1', 'MCPG Gateway version: v0.4.10'),
  );

const ERR = 'WASM function call failed: wasm error: unreachable';
const AFTER = `WASM guard 'github' is unavailable after a previous trap: ${ERR}`;
/** A v0.4.10 stack: the baked-in guard has no module name (§7.1). */
const STACK = ['wasm stack trace:', '\t.panic()', '\t.label_response(i32,i32,i32,i32) i32'];

/** §7.1 worked example with the 2026-08-14/16 debug lines: a trap in label_response, then refused calls. */
function trapWithDiagnostics(refused: string[], withClientErrors: boolean): string[] {
  return [
    g('DEBUG', 'guard:wasm', 'callWasmFunction: guard=github, func=label_response, inputSize=18342'),
    g('ERROR', 'backend', `WASM guard trap: guard=github, func=label_response, error=${ERR}`),
    ...STACK,
    g(
      'DEBUG',
      'guard:wasm',
      `LabelResponse callWasmGuardFunction failed: toolName=list_issues, error=${ERR}`,
    ),
    ...STACK,
    g('DEBUG', 'guard:pipeline', `[DIFC] Phase 4 failed: ${ERR}`),
    ...STACK,
    g('WARN', 'difc', `Response labeling failed: response labeling failed: ${ERR}`),
    ...STACK,
    g(
      'ERROR',
      'client',
      `MCP tool call error, session=[REDACTED], tool=list_issues, error=response labeling failed: response labeling failed: ${ERR}`,
    ),
    ...STACK,
    ...refused.flatMap((tool) => [
      g('DEBUG', 'guard:wasm', 'callWasmFunction: guard=github, func=label_resource, inputSize=97'),
      g('DEBUG', 'guard:wasm', 'callWasmFunction: guard=github is unavailable after a previous trap'),
      g(
        'DEBUG',
        'guard:wasm',
        `LabelResource callWasmGuardFunction failed: toolName=${tool}, error=${AFTER}`,
      ),
      ...STACK,
      g(
        'DEBUG',
        'guard:pipeline',
        `[DIFC] Phase 1 failed: tool=${tool} err=resource labeling failed: ${AFTER}`,
      ),
      ...STACK,
      g('WARN', 'difc', `Guard labeling failed: resource labeling failed: ${AFTER}`),
      ...STACK,
      ...(withClientErrors
        ? [
            g(
              'ERROR',
              'client',
              `MCP tool call error, session=[REDACTED], tool=${tool}, error=guard labeling failed: resource labeling failed: ${AFTER}`,
            ),
            ...STACK,
          ]
        : []),
    ]),
  ];
}

describe('wasm-guard-trap on v0.4.10 logs (§7.1)', () => {
  it('counts one trap and each refused call once, from its error record, else from its debug line (gateway and proxy)', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...preamble(), ...trapWithDiagnostics(['get_issue', 'list_pull_requests'], true)),
      [P.proxy]: lines(
        g('ERROR', 'backend', `WASM guard trap: guard=github, func=label_resource, error=${ERR}`),
        ...STACK,
        g('DEBUG', 'guard:wasm', 'callWasmFunction: guard=github is unavailable after a previous trap'),
      ),
    });
    const all = findingsOf(a, 'wasm-guard-trap');
    expect(all.map((x) => [x.details.source ?? 'gateway', x.count, x.details.followOnFailures])).toEqual([
      ['gateway', 1, 2],
      ['proxy', 1, 1],
    ]);
    const f = all.filter((x) => x.details.source === undefined);
    expect(f[0].details).toEqual({
      guard: 'github',
      func: 'label_response',
      cause: 'unreachable',
      followOnFailures: 2,
      refusedTools: ['get_issue', 'list_pull_requests'],
    });
    expect(findingsOf(a, 'labeling-failure')).toEqual([]);
    expect(findingsOf(a, 'proxy-fail-open')).toEqual([]);
  });

  it('counts the refusals from the debug lines where no error record of the refused calls was logged', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...preamble(),
        ...trapWithDiagnostics(['get_issue', 'get_issue', 'search_code'], false),
        // decoys: the same texts in a tool result and an RPC preview
        g(
          'INFO',
          'client',
          `MCP tool call response, session=[REDACTED], tool=get_file_contents, result={"content":[{"type":"text","text":"LabelResponse callWasmGuardFunction failed: toolName=x, error=${ERR}"}]}`,
        ),
        g(
          'DEBUG',
          'rpc',
          'github←resp 90b {"text":"callWasmFunction: guard=github is unavailable after a previous trap"}',
        ),
      ),
    });
    const f = findingsOf(a, 'wasm-guard-trap');
    expect(f).toHaveLength(1);
    expect(f[0].count).toBe(1);
    expect(f[0].details.followOnFailures).toBe(3);
    expect(f[0].title).toContain('3 later calls refused');
  });

  it('counts the proxy refusals from its debug lines without `Request rejected` records, and never as gateway ones', async () => {
    const a = await analyzeFiles({
      [P.proxy]: lines(
        g('ERROR', 'backend', `WASM guard trap: guard=github, func=label_resource, error=${ERR}`),
        ...STACK,
        g('DEBUG', 'guard:wasm', 'callWasmFunction: guard=github is unavailable after a previous trap'),
        g('DEBUG', 'guard:wasm', 'callWasmFunction: guard=github is unavailable after a previous trap'),
      ),
      [P.gateway]: lines(...preamble()),
    });
    const f = findingsOf(a, 'wasm-guard-trap');
    expect(f).toHaveLength(1);
    expect(f[0].details).toMatchObject({ source: 'proxy', followOnFailures: 2 });
  });
});

describe('gateway-error on v0.4.10 logs (§7.7)', () => {
  it('reports a mount-policy violation once: its launch error in the register failures is the same failure', async () => {
    const mount = 'mount "/etc" rejected: host source is outside the allowed mount roots';
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...preamble(),
        g('DEBUG', 'launcher:mount_policy', 'Default mount policy: 2 allowed root(s)'),
        g('ERROR', 'backend', `[github] Mount policy violation: ${mount}`),
        g(
          'ERROR',
          'backend',
          `Failed to register tools from github (took 3ms): failed to connect: server "github": ${mount}`,
        ),
        g(
          'ERROR',
          'backend',
          'Tool registration incomplete: 1 of 2 backends failed: [github] — agents will not see tools from these servers',
        ),
        // a decoy: the same text as backend output
        g('INFO', 'backend', `[github] [stderr] Mount policy violation: ${mount}`),
      ),
    });
    const f = findingsOf(a, 'gateway-error');
    expect(f.map((x) => [x.details.template, x.count])).toEqual([['Mount policy violation', 1]]);
    expect(f[0].severity).toBe('warning');
    expect(f[0].details.message).toContain('host source is outside the allowed mount roots');
  });

  it('reports an environment validation failure once, with its errors, from the log, stderr.log and gateway.md', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        g('INFO', 'startup', 'MCPG Gateway version: v0.4.10'),
        g('ERROR', 'startup', 'Environment validation failed: Environment validation failed:'),
        '  - Container runtime "docker" is not accessible. Ensure it is installed, running, and usable.',
      ),
      [P.stderr]: lines(
        'environment validation failed: Environment validation failed:',
        '  - Container runtime "docker" is not accessible. Ensure it is installed, running, and usable.',
      ),
      [P.md]: lines(
        '<details>',
        '<summary>MCP Gateway</summary>',
        '',
        '- ✗ **startup**',
        '  ```',
        '  Environment validation failed: Environment validation failed:',
        '  - Container runtime "docker" is not accessible. Ensure it is installed, running, and usable.',
        '  ```',
      ),
    });
    const f = findingsOf(a, 'gateway-error');
    expect(f).toHaveLength(1);
    expect(f[0].count).toBe(1);
    expect(f[0].details).toEqual({
      template: 'Environment validation failed',
      message:
        'Environment validation failed: Container runtime "docker" is not accessible. Ensure it is installed, running, and usable.',
    });
  });

  it('reports a configuration error once, by its innermost Error: line (JSON Pointer Location:, Details: since 2026-07-20/08-14)', async () => {
    // The nested body a v0.4.10 build writes for `opentelemetry.endpoint` (HTTP or HTTPS since 2026-08-21).
    const body = [
      'Configuration validation error (MCP Gateway version: v0.4.10):',
      '',
      'Location: <root>',
      "Error: jsonschema validation failed with 'https://docs.github.com/gh-aw/schemas/mcp-gateway-config.schema.json#'",
      'Details: See the error message above for more information',
      '  → Review the MCP Gateway configuration documentation for valid values',
      '  Location: /gateway/opentelemetry/endpoint',
      "  Error: 'grpc://otel:4317' does not match pattern '^(https?://.+|\\$\\{[A-Z_][A-Z0-9_]*\\})$'",
      '  Details: Value format is incorrect',
      '    → The value must match a specific format or pattern',
      '',
      'JSON Schema reference:',
      'https://raw.githubusercontent.com/github/gh-aw/v0.86.2/docs/public/schemas/mcp-gateway-config.schema.json',
    ];
    const a = await analyzeFiles({
      [P.gateway]: lines(
        g('INFO', 'startup', 'MCPG Gateway version: v0.4.10'),
        g(
          'DEBUG',
          'config:error_format',
          `FormatConfigError: non-TOML-parse error, using plain message: ${body[0]}`,
        ),
        ...body.slice(1),
        g('ERROR', 'startup', 'Configuration validation failed:'),
        ...body,
      ),
      [P.stderr]: lines(
        '2026/08/20 14:05:00 Reading configuration from stdin...',
        `failed to load config: ${body[0]}`,
        ...body.slice(1),
      ),
    });
    const f = findingsOf(a, 'gateway-error');
    expect(f.map((x) => [x.details.template, x.count])).toEqual([['Configuration validation failed', 1]]);
    expect(f[0].details.message).toBe(
      "Configuration validation failed: 'grpc://otel:4317' does not match pattern '^(https?://.+|\\$\\{[A-Z_][A-Z0-9_]*\\})$'",
    );
    // stderr alone still tells the gateway exited
    const alone = await analyzeFiles({
      [P.stderr]: lines(`failed to load config: ${body[0]}`, ...body.slice(1)),
    });
    expect(findingsOf(alone, 'gateway-error').map((x) => x.details.template)).toEqual([
      'Gateway exited: failed to load config',
    ]);
  });

  it('reports an environment validation failure from stderr.log alone (the gateway exited), or beside gateway.md, once', async () => {
    const a = await analyzeFiles({
      [P.stderr]: lines(
        '[INFO] Command: ./awmg --routed --listen 0.0.0.0:8080 --config-stdin --validate-env --log-dir /tmp/gh-aw/mcp-logs',
        '2026/08/20 09:14:00 Environment validation failed: Environment validation failed:',
        '  - Docker daemon is not accessible. Ensure the Docker socket is mounted or Docker is running.',
        'environment validation failed: Environment validation failed:',
        '  - Docker daemon is not accessible. Ensure the Docker socket is mounted or Docker is running.',
      ),
    });
    const f = findingsOf(a, 'gateway-error');
    expect(f.map((x) => [x.details.template, x.count])).toEqual([['Environment validation failed', 1]]);
    expect(f[0].details.message).toBe(
      'Environment validation failed: Docker daemon is not accessible. Ensure the Docker socket is mounted or Docker is running.',
    );
    // with gateway.md (no mcp-gateway.log): still once, with the errors stderr.log lists
    const withMd = await analyzeFiles({
      [P.stderr]: lines(
        'environment validation failed: Environment validation failed:',
        '  - Docker daemon is not accessible. Ensure the Docker socket is mounted or Docker is running.',
      ),
      [P.md]: lines(
        '<details>',
        '<summary>MCP Gateway</summary>',
        '',
        '- ✗ **startup**',
        '  ```',
        '  Environment validation failed: Environment validation failed:',
        '  - Docker daemon is not accessible. Ensure the Docker socket is mounted or Docker is running.',
        '  ```',
      ),
    });
    expect(findingsOf(withMd, 'gateway-error').map((x) => [x.count, x.details.message])).toEqual([
      [
        1,
        'Environment validation failed: Docker daemon is not accessible. Ensure the Docker socket is mounted or Docker is running.',
      ],
    ]);
  });

  const lateHttp = [
    g(
      'ERROR',
      'backend',
      'Failed to register tools from remote (took 30.001s): All HTTP transports failed for url=https://mcp.example.com/mcp',
    ),
    g(
      'ERROR',
      'backend',
      'Tool registration incomplete: 1 of 2 backends failed: [remote] — agents will not see tools from these servers',
    ),
    g('WARN', 'backend', '[remote] HTTP backend is not ready: failed to connect: connection refused'),
    g('WARN', 'backend', '[remote] HTTP backend is not ready: failed to connect: connection refused'),
  ];

  it('does not report a startup registration failure of an HTTP backend that registered later (tools.json lists it)', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...preamble(), ...lateHttp),
      [P.tools]: JSON.stringify(
        {
          servers: {
            github: [{ name: 'list_issues', description: 'List issues' }],
            remote: [{ name: 'lookup', description: 'Look something up' }],
          },
        },
        null,
        2,
      ),
    });
    expect(findingsOf(a, 'gateway-error')).toEqual([]);
  });

  it('does not report it when the backend received tool calls afterwards (JSONL)', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...preamble(), ...lateHttp),
      [P.jsonl]: lines(
        '{"timestamp":"2026-08-20T14:06:00.000Z","event":"rpc_request","_schema":"rpc-message/v2","direction":"OUT","server_id":"remote","method":"tools/call","payload":{"jsonrpc":"2.0","method":"tools/call","params":{"arguments":{},"name":"lookup"}}}',
      ),
    });
    expect(findingsOf(a, 'gateway-error')).toEqual([]);
  });

  it('still reports a registration failure that never recovered, with the requests refused meanwhile', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...preamble(), ...lateHttp),
      [P.tools]: JSON.stringify(
        { servers: { github: [{ name: 'list_issues', description: 'x' }] } },
        null,
        2,
      ),
    });
    const f = findingsOf(a, 'gateway-error');
    const byTemplate = Object.fromEntries(f.map((x) => [x.details.template as string, x]));
    expect(Object.keys(byTemplate).sort()).toEqual([
      'Failed to register tools',
      'Tool registration incomplete',
    ]);
    expect(byTemplate['Failed to register tools'].details.notReadyRequests).toBe(2);
    expect(byTemplate['Failed to register tools'].count).toBe(1);
  });
});

describe('gateway-error on the lines of a v0.4.10 gateway run (an unreachable HTTP backend, a mount violation)', () => {
  // The shapes a v0.4.10 build writes: each late-registration retry repeats the connection failure in U and stderr.
  const URL_ = 'http://127.0.0.1:9/mcp';
  const CONNECT = `failed to connect using any HTTP transport (tried streamable, SSE, and plain JSON-RPC): last error: plain JSON-RPC initialize failed: cannot connect to HTTP backend at ${URL_}: Post "${URL_}": dial tcp 127.0.0.1:9: connect: connection refused`;
  const attempt = (ts: string) => [
    g('INFO', 'backend', `[remote] Configuring HTTP MCP backend: remote, url=${URL_}`, ts),
    g(
      'INFO',
      'backend',
      `Creating HTTP MCP connection with transport fallback, url=${URL_}, connectTimeout=30s`,
      ts,
    ),
    g('ERROR', 'backend', `All HTTP transports failed for url=${URL_}`, ts),
    g('ERROR', 'backend', `[remote] Failed to create HTTP connection: remote, error=${CONNECT}`, ts),
  ];
  const gateway = lines(
    g('INFO', 'startup', 'MCPG Gateway version: v0.4.10'),
    g('INFO', 'startup', 'Loaded 2 MCP server(s): [remote mnt]'),
    g('INFO', 'backend', 'Starting tool registration for 2 backends'),
    ...attempt('2026-08-20T14:05:00.100Z'),
    g(
      'ERROR',
      'backend',
      '[mnt] Mount policy violation: mount "/etc" rejected: host source is outside the allowed mount roots',
    ),
    g(
      'ERROR',
      'backend',
      `[remote] Failed to register tools from remote (took 46.222998ms): failed to connect: failed to create HTTP connection: ${CONNECT}`,
    ),
    g(
      'ERROR',
      'backend',
      'Failed to register tools from mnt (took 59.948377ms): failed to connect: server "mnt": mount "/etc" rejected: host source is outside the allowed mount roots',
    ),
    g(
      'ERROR',
      'backend',
      'Tool registration incomplete: 2 of 2 backends failed: [remote mnt] — agents will not see tools from these servers',
    ),
    g('INFO', 'backend', 'Tool registration complete: 0 succeeded, 2 failed, total tools=0'),
    ...attempt('2026-08-20T14:06:00.000Z'),
    g(
      'WARN',
      'backend',
      `[remote] HTTP backend is not ready: failed to connect: failed to create HTTP connection: ${CONNECT}`,
    ),
    ...attempt('2026-08-20T14:06:01.500Z'),
    g(
      'WARN',
      'backend',
      `[remote] HTTP backend is not ready: failed to connect: failed to create HTTP connection: ${CONNECT}`,
    ),
  );
  const stderr = lines(
    '2026/08/20 14:05:00 [CONFIG] Configured HTTP MCP server: remote -> http://127.0.0.1:9/mcp',
    `2026/08/20 14:05:00 FAILED to create HTTP connection for server "remote": ${CONNECT}`,
    `2026/08/20 14:06:00 FAILED to create HTTP connection for server "remote": ${CONNECT}`,
    `2026/08/20 14:06:01 FAILED to create HTTP connection for server "remote": ${CONNECT}`,
  );

  it('reports the backend that never registered (with its refused requests) and the violation once', async () => {
    const a = await analyzeFiles({ [P.gateway]: gateway, [P.stderr]: stderr, [P.tools]: '' });
    const f = findingsOf(a, 'gateway-error');
    const byTemplate = Object.fromEntries(f.map((x) => [x.details.template as string, x]));
    expect(Object.fromEntries(f.map((x) => [x.details.template, x.count]))).toEqual({
      'Mount policy violation': 1,
      'Failed to register tools': 1,
      'All HTTP transports failed': 3,
      'Failed to create HTTP connection': 3,
      'Tool registration incomplete': 1,
    });
    expect(byTemplate['Failed to register tools'].details.notReadyRequests).toBe(2);
  });

  it('drops every failure of the HTTP backend once it registered late (tools.json rewritten); the violation stays', async () => {
    const a = await analyzeFiles({
      [P.gateway]: gateway,
      [P.stderr]: stderr,
      [P.tools]: JSON.stringify({ servers: { remote: [{ name: 'lookup', description: 'x' }] } }, null, 2),
    });
    expect(findingsOf(a, 'gateway-error').map((x) => [x.details.template, x.count])).toEqual([
      ['Mount policy violation', 1],
    ]);
  });
});

describe('upstream-rate-limit: the HALF-OPEN circuit breaker (§7.6, since 2026-08-05)', () => {
  it('reports the breaker from its HALF-OPEN rejections and the stranded probe, and none of it as a gateway error', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...preamble(),
        g(
          'ERROR',
          'client',
          'MCP tool call error, session=[REDACTED], tool=list_issues, error=rate limit circuit breaker is HALF-OPEN for server "github" — requests temporarily rejected',
        ),
        g(
          'ERROR',
          'client',
          'MCP tool call error, session=[REDACTED], tool=get_issue, error=rate limit circuit breaker is HALF-OPEN for server "github" — requests temporarily rejected',
        ),
        g(
          'WARN',
          'backend',
          'circuit breaker for server "github": stranded HALF-OPEN probe detected, releasing a new probe',
        ),
        // a second server whose opening was logged: its rejections (OPEN, then HALF-OPEN) are the same fact
        g(
          'ERROR',
          'backend',
          'circuit breaker for server "gh-enterprise" OPENED after 3 consecutive rate-limit errors; resets at 2026-08-20T14:10:00Z (in 5.0m)',
        ),
        g(
          'ERROR',
          'client',
          'MCP tool call error, session=[REDACTED], tool=list_issues, error=rate limit circuit breaker is OPEN for server "gh-enterprise" — rate limit resets at 2026-08-20T14:10:00Z (retry after 0s)',
        ),
        g(
          'ERROR',
          'client',
          'MCP tool call error, session=[REDACTED], tool=list_issues, error=rate limit circuit breaker is HALF-OPEN for server "gh-enterprise" — requests temporarily rejected',
        ),
      ),
    });
    const f = findingsOf(a, 'upstream-rate-limit');
    const byKind = Object.fromEntries(f.map((x) => [x.details.kind as string, x]));
    expect(Object.keys(byKind).sort()).toEqual(['circuit-breaker', 'circuit-breaker-probe']);
    expect(byKind['circuit-breaker'].count).toBe(2);
    expect(byKind['circuit-breaker'].details).toEqual({
      kind: 'circuit-breaker',
      servers: ['gh-enterprise', 'github'],
    });
    expect(byKind['circuit-breaker-probe'].count).toBe(1);
    expect(f.every((x) => x.severity === 'info')).toBe(true);
    expect(findingsOf(a, 'gateway-error')).toEqual([]);
    expect(a.facts.status).toBe('ok');
  });
});

const jsonlItem = (tool: string, n: number) =>
  `{"timestamp":"2026-08-20T14:05:0${n}.000Z","event":"difc_filtered","_schema":"difc-filtered/v2","server_id":"github","tool_name":"${tool}","description":"issue:github/gh-aw#${n}","reason":"Resource 'issue:github/gh-aw#${n}' has lower integrity than agent requires. The agent cannot read data with integrity below \\"approved\\".","secrecy_tags":[],"integrity_tags":["none:github/gh-aw"]}`;
const textItem = (tool: string, n: number) =>
  g(
    'INFO',
    'difc',
    `[github] [DIFC-FILTERED] {"server_id":"github","tool_name":"${tool}","description":"issue:github/gh-aw#${n}","reason":"Resource 'issue:github/gh-aw#${n}' has lower integrity than agent requires. The agent cannot read data with integrity below \\"approved\\".","secrecy_tags":[],"integrity_tags":["none:github/gh-aw"]}`,
  );

describe('rpc-messages.jsonl reported incomplete by the JSONL writer (§4.1, §6.2, since 2026-08-12)', () => {
  const warning = '2026/08/20 14:05:03 WARNING: Failed to encode JSONL entry: json: unsupported value: NaN';

  it('makes the run partial, says why, and marks the counts taken from the JSONL as lower bounds (only then)', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...preamble(), textItem('list_issues', 1), textItem('list_issues', 2)),
      [P.jsonl]: lines(jsonlItem('list_issues', 1), jsonlItem('list_issues', 2)),
      [P.stderr]: lines(warning),
    });
    expect(a.facts.coverage).toBe('partial');
    expect(a.facts.coverageNotes!.join('\n')).toMatch(
      /rpc-messages\.jsonl: incomplete: the gateway reported 1 JSONL writer warning\(s\) in .*stderr\.log.*lower bounds/,
    );
    const f = findingsOf(a, 'difc-filtering-summary');
    expect(f).toHaveLength(1);
    expect(f[0].count).toBe(2);
    expect(f[0].details.lowerBound).toBe(true);
    expect(a.facts.difc.filtered).toBe(2);

    // without writer warnings (the normal JSONL lines are not warnings): full coverage, exact counts
    const clean = await analyzeFiles({
      [P.gateway]: lines(...preamble(), textItem('list_issues', 1)),
      [P.jsonl]: lines(jsonlItem('list_issues', 1)),
      [P.stderr]: lines(
        '2026/08/20 09:14:00 Tools logging to file: /tmp/gh-aw/mcp-logs/tools.json',
        '2026/08/20 09:14:00 Initializing JSONL logger: dir=/tmp/gh-aw/mcp-logs, file=rpc-messages.jsonl',
        '2026/08/20 09:14:23 LogDifcFilteredItem called with nil entry, skipping',
      ),
    });
    expect(clean.facts.coverage).toBe('full');
    expect(findingsOf(clean, 'difc-filtering-summary')[0].details.lowerBound).toBeUndefined();
  });

  it('counts from the text log instead when it holds more items than the incomplete JSONL (still one source)', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...preamble(),
        textItem('list_issues', 1),
        textItem('list_issues', 2),
        textItem('list_issues', 3),
      ),
      [P.jsonl]: lines(jsonlItem('list_issues', 1), jsonlItem('list_issues', 2)),
      [P.stderr]: lines(warning),
    });
    expect(a.facts.difc.filtered).toBe(3);
    const f = findingsOf(a, 'difc-filtering-summary');
    expect(f[0].count).toBe(3);
    expect(f[0].details.lowerBound).toBeUndefined();
    expect(a.facts.coverage).toBe('partial');
    expect(a.facts.coverageNotes!.join('\n')).toContain('filtered items counted from the text log instead');
  });
});

describe('redacted text lines (§3.1, since 2026-08-06)', () => {
  it('counts [DIFC-FILTERED] items whose JSON the redaction broke, and never checks tags it could not read', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...preamble(),
        textItem('list_issues', 1),
        g(
          'INFO',
          'difc',
          '[github] [DIFC-FILTERED] {"server_id":"github","tool_name":"get_file_contents","description":"file:deploy.yml","reason":"r","author_login":"token=[REDACTED]',
        ),
        // decoys: the same text as a tool result and an RPC preview
        g(
          'INFO',
          'client',
          `MCP tool call response, session=[REDACTED], tool=list_issues, result={"text":"[DIFC-FILTERED] {\\"server_id\\":\\"github\\"}"}`,
        ),
        g(
          'DEBUG',
          'rpc',
          'github←resp 60b [DIFC-FILTERED] {"server_id":"github","tool_name":"x","token"=[REDACTED]',
        ),
      ),
    });
    const f = findingsOf(a, 'difc-filtering-summary');
    expect(f[0].count).toBe(2);
    expect(f[0].details.byTool).toEqual({ list_issues: 1, get_file_contents: 1 });
    expect(findingsOf(a, 'empty-integrity-tags')).toEqual([]);
    // the unreadable tags are a gap in what was checked
    expect(a.facts.coverage).toBe('partial');
    expect(a.facts.coverageNotes!.join('\n')).toMatch(/1 \[DIFC-FILTERED\] line\(s\) are not valid JSON/);
  });

  it('says that a post-filter result it could not parse was not checked for out-of-scope data', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...preamble(['github/gh-aw']),
        g(
          'INFO',
          'client',
          'MCP tool call response, session=[REDACTED], tool=search_issues, result={"content":[{"type":"text","text":"{\\"items\\":[{\\"html_url\\":\\"https://github.com/octo-org/internal-tools/issues/7\\",\\"body\\":\\"password=[REDACTED]',
        ),
      ),
    });
    expect(findingsOf(a, 'scope-violation')).toEqual([]);
    expect(a.facts.coverage).toBe('partial');
    expect(a.facts.coverageNotes!.join('\n')).toMatch(/1 post-filter tool result\(s\) are not valid JSON/);
  });
});

describe('feature-flag alias tool names (§8.5, since 2026-07-24)', () => {
  it('sums an alias and its canonical tool in the filtering summary', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(...preamble()),
      [P.jsonl]: lines(
        jsonlItem('list_issues', 1),
        jsonlItem('list_issues_ff_fields_param', 2),
        jsonlItem('list_issues_ff_remote_mcp_issue_fields', 3),
      ),
    });
    expect(findingsOf(a, 'difc-filtering-summary')[0].details.byTool).toEqual({ list_issues: 3 });
  });

  it('groups the over-filtering of an alias with its canonical tool', async () => {
    const a = await analyzeFiles({
      [P.proxy]: lines(
        g('INFO', 'proxy', 'DIFC filtered 5/5 items for GET /repos/github/gh-aw/issues (tool=list_issues)'),
        g(
          'INFO',
          'proxy',
          'DIFC filtered 6/6 items for GET /repos/github/gh-aw/issues (tool=list_issues_ff_fields_param)',
        ),
      ),
    });
    const f = findingsOf(a, 'over-filtering');
    expect(f.map((x) => [x.details.tool, x.details.filtered, x.details.total, x.count])).toEqual([
      ['list_issues', 11, 11, 2],
    ]);
  });
});

describe('the artifact-zip route (§7.5, since 2026-07-29)', () => {
  it('raises no finding for a routed artifact download (allowed or blocked), unlike a redacted passthrough or the pre-07-29 one', async () => {
    const a = await analyzeFiles({
      [P.proxy]: lines(
        g(
          'INFO',
          'startup',
          'MCPG Proxy starting: listen=0.0.0.0:18443, guard=github, mode=filter, tls=true',
        ),
        g(
          'DEBUG',
          'proxy:handler',
          "[DIFC] Phase 2: BLOCKED GET /repos/github/gh-aw/actions/artifacts/4242/zip — Resource 'actions_get' has secrecy requirements that agent doesn't meet.",
        ),
        g('DEBUG', 'proxy:handler', 'streamArtifactResponse: body copy error: unexpected EOF'),
        // another path, forwarded unfiltered; its copy redacted (§3.1) so that it is no longer JSON
        g(
          'WARN',
          'proxy',
          '[UNRECOGNIZED-ENDPOINT] {"method":"GET","path":"/repos/github/gh-aw/actions/caches","action":"passthrough_with_empty_labels","note":"Endpoint not in route table","token"=[REDACTED]',
        ),
      ),
      [P.jsonl]: lines(
        '{"timestamp":"2026-08-20T14:05:00.000Z","event":"rpc_request","_schema":"rpc-message/v2","direction":"OUT","server_id":"github","method":"tools/call","payload":{"jsonrpc":"2.0","method":"tools/call","params":{"arguments":{"artifact_id":4242},"name":"actions_get"}}}',
      ),
    });
    for (const rule of ['proxy-fail-open', 'labeling-failure', 'over-filtering', 'gateway-error'])
      expect(findingsOf(a, rule)).toEqual([]);
    expect(findingsOf(a, 'unlabeled-passthrough').map((f) => [f.details.endpoint, f.count])).toEqual([
      ['/repos/{owner}/{repo}/actions/caches', 1],
    ]);

    const before = await analyzeFiles({
      [P.proxy]: lines(
        gw(
          'WARN',
          'proxy',
          '[UNRECOGNIZED-ENDPOINT] {"method":"GET","path":"/repos/github/gh-aw/actions/artifacts/4242/zip","action":"passthrough_with_empty_labels","note":"Endpoint not in route table or metadata allowlist -- forwarded with no integrity and no secrecy labels"}',
          '2026-07-20T10:00:00.000Z',
        ),
      ),
    });
    expect(findingsOf(before, 'unlabeled-passthrough').map((f) => f.details.endpoint)).toEqual([
      '/repos/{owner}/{repo}/actions/artifacts/{n}/zip',
    ]);
  });
});
