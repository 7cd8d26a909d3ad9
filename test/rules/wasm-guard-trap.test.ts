// wasm-guard-trap: trap records (current era, gateway and proxy), their blast radius, the legacy pre-2026-03-28 forms
// (no trap record) and the pre-2026-04-10 stderr.log form; payload text never creates a trap.
import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingsOf, gw, gwOld, guardedPreamble, lines, P } from '../support/harness.js';

const RULE = 'wasm-guard-trap';

/** `wasm stack trace:` continuation lines of a trap in `label_⟨fn⟩` of guard `github`. */
function stack(fn = 'label_response', module = 'github'): string[] {
  return [
    'wasm stack trace:',
    `\t${module}.__rust_start_panic(i32,i32) i32`,
    `\t${module}.${fn}(i32,i32,i32,i32) i32`,
  ];
}

const ERR = 'WASM function call failed: wasm error: unreachable';
const AFTER = `WASM guard 'github' is unavailable after a previous trap: ${ERR}`;

/** FORMATS.md §7.1 worked example: a trap in label_response during list_issues, then three refused calls. */
function currentEraTrap(): string {
  return lines(
    ...guardedPreamble(),
    gw(
      'INFO',
      'client',
      'MCP tool call request, session=4f1c9a2e7b3d4c1e, tool=list_issues, args={"owner":"github","repo":"gh-aw"}',
      '2026-07-19T14:05:31.000Z',
    ),
    gw(
      'ERROR',
      'backend',
      `WASM guard trap: guard=github, func=label_response, error=${ERR}`,
      '2026-07-19T14:05:32.117Z',
    ),
    ...stack(),
    gw('DEBUG', 'guard:pipeline', `[DIFC] Phase 4 failed: ${ERR}`, '2026-07-19T14:05:32.118Z'),
    ...stack(),
    gw(
      'WARN',
      'difc',
      `Response labeling failed: response labeling failed: ${ERR}`,
      '2026-07-19T14:05:32.118Z',
    ),
    ...stack(),
    gw(
      'ERROR',
      'client',
      `MCP tool call error, session=4f1c9a2e7b3d4c1e, tool=list_issues, error=response labeling failed: response labeling failed: ${ERR}`,
      '2026-07-19T14:05:32.119Z',
    ),
    ...stack(),
    // three later calls refused: each has the `Guard labeling failed` line and its `MCP tool call error` (same call)
    ...['get_issue', 'list_pull_requests', 'get_issue'].flatMap((tool, i) => [
      gw(
        'INFO',
        'client',
        `MCP tool call request, session=4f1c9a2e7b3d4c1e, tool=${tool}, args={}`,
        `2026-07-19T14:05:4${i}.000Z`,
      ),
      gw(
        'WARN',
        'difc',
        `Guard labeling failed: resource labeling failed: ${AFTER}`,
        `2026-07-19T14:05:4${i}.001Z`,
      ),
      ...stack(),
      gw(
        'ERROR',
        'client',
        `MCP tool call error, session=4f1c9a2e7b3d4c1e, tool=${tool}, error=guard labeling failed: resource labeling failed: ${AFTER}`,
        `2026-07-19T14:05:4${i}.002Z`,
      ),
      ...stack(),
    ]),
  );
}

describe('wasm-guard-trap', () => {
  it('reports a current-era trap once, with guard, func, cause and the refused calls as followOnFailures', async () => {
    const a = await analyzeFiles({ [P.gateway]: currentEraTrap() });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].count).toBe(1);
    expect(f[0].details).toEqual({
      guard: 'github',
      func: 'label_response',
      cause: 'unreachable',
      followOnFailures: 3,
      refusedTools: ['get_issue', 'list_pull_requests'],
    });
    expect(f[0].details.legacy).toBeUndefined();
    expect(f[0].evidence[0]).toMatchObject({ file: P.gateway, line: 8 });
    expect(f[0].evidence[0].excerpt).toContain('WASM guard trap: guard=github, func=label_response');
    // the trap's own labeling failures and the follow-ons are not separate labeling failures
    expect(findingsOf(a, 'labeling-failure')).toEqual([]);
    // a gateway Phase 4 debug line is the gateway's fail-closed labeling, not the proxy's fail-open
    expect(findingsOf(a, 'proxy-fail-open')).toEqual([]);
  });

  it('counts a follow-on only from MCP tool call error records, never from the paired Guard labeling failed line', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw(
          'ERROR',
          'backend',
          `WASM guard trap: guard=github, func=label_resource, error=WASM function call failed: wasm error: integer divide by zero`,
        ),
        ...stack('label_resource'),
        // labeling-failure lines alone (no client error record): not refused calls
        gw(
          'WARN',
          'difc',
          `Guard labeling failed: resource labeling failed: WASM guard 'github' is unavailable after a previous trap: WASM function call failed: wasm error: integer divide by zero`,
        ),
        gw(
          'WARN',
          'difc',
          `Guard labeling failed: resource labeling failed: WASM guard 'github' is unavailable after a previous trap: WASM function call failed: wasm error: integer divide by zero`,
        ),
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].details).toEqual({
      guard: 'github',
      func: 'label_resource',
      cause: 'integer divide by zero',
      followOnFailures: 0,
    });
    expect(findingsOf(a, 'labeling-failure')).toEqual([]);
  });

  it('reports a proxy trap with the proxy `Request rejected` records as its blast radius', async () => {
    const rejected = (err: string) =>
      gw(
        'ERROR',
        'proxy',
        `Request rejected: status=502 code=bad_gateway message=resource labeling failed err=resource labeling failed: ${err}`,
      );
    const oob = 'WASM function call failed: wasm error: out of bounds memory access';
    const a = await analyzeFiles({
      [P.proxy]: lines(
        gw('INFO', 'proxy', 'MCPG Proxy starting: listen=0.0.0.0:18443, guard=github, mode=filter, tls=true'),
        gw('ERROR', 'backend', `WASM guard trap: guard=github, func=label_resource, error=${oob}`),
        ...stack('label_resource'),
        rejected(oob), // the trapping request itself
        ...stack('label_resource'),
        rejected(`WASM guard 'github' is unavailable after a previous trap: ${oob}`),
        ...stack('label_resource'),
        rejected(`WASM guard 'github' is unavailable after a previous trap: ${oob}`),
        ...stack('label_resource'),
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].count).toBe(1);
    expect(f[0].details).toEqual({
      guard: 'github',
      func: 'label_resource',
      cause: 'out of bounds memory access',
      followOnFailures: 2,
      source: 'proxy',
    });
    expect(findingsOf(a, 'labeling-failure')).toEqual([]);
  });

  it('keeps gateway and proxy traps apart, each with its own follow-ons', async () => {
    const a = await analyzeFiles({
      [P.gateway]: currentEraTrap(),
      [P.proxy]: lines(
        gw(
          'ERROR',
          'backend',
          `WASM guard trap: guard=github, func=label_agent, error=WASM function call failed: module closed with context deadline exceeded`,
        ),
        gw(
          'ERROR',
          'proxy',
          `Request rejected: status=502 code=bad_gateway message=resource labeling failed err=resource labeling failed: WASM guard 'github' is unavailable after a previous trap: WASM function call failed: module closed with context deadline exceeded`,
        ),
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(2);
    const gateway = f.find((x) => x.details.source === undefined)!;
    const proxy = f.find((x) => x.details.source === 'proxy')!;
    expect(gateway.details).toMatchObject({
      func: 'label_response',
      cause: 'unreachable',
      followOnFailures: 3,
    });
    expect(proxy.details).toMatchObject({
      func: 'label_agent',
      cause: 'module closed with context deadline exceeded',
      followOnFailures: 1,
    });
  });

  describe('legacy gateways (no trap record, before 2026-03-28)', () => {
    it('takes the guard from the message and the func from the failure kind (label_agent failed)', async () => {
      const a = await analyzeFiles({
        [P.gateway]: lines(
          gwOld('INFO', 'startup', 'MCPG Gateway version: v0.2.2'),
          gwOld(
            'INFO',
            'difc',
            '[github] Guard policy: {"allow-only":{"min-integrity":"approved","repos":["github/gh-aw"]}}',
          ),
          gwOld('INFO', 'difc', "[github] Registered guard 'github'"),
          gwOld(
            'ERROR',
            'difc',
            `[github] label_agent failed: session=4f1c9a2e7b3d4c1e, guard=github, error=LabelAgent failed: WASM function call failed: wasm error: stack overflow`,
          ),
          'wasm stack trace:',
          '\tgithub.$12(i32) i32',
          gwOld(
            'ERROR',
            'client',
            'MCP tool call error, session=4f1c9a2e7b3d4c1e, tool=list_issues, error=guard session initialization failed: LabelAgent failed: WASM function call failed: wasm error: stack overflow',
          ),
        ),
      });
      const f = findingsOf(a, RULE);
      expect(f).toHaveLength(1);
      expect(f[0].count).toBe(1);
      expect(f[0].details).toEqual({
        guard: 'github',
        func: 'label_agent',
        cause: 'stack overflow',
        followOnFailures: 0,
        legacy: true,
      });
      expect(findingsOf(a, 'labeling-failure')).toEqual([]);
    });

    it('takes the guard from the stack trace module when the message names none (Guard/Response labeling failed)', async () => {
      const a = await analyzeFiles({
        [P.gateway]: lines(
          gwOld('INFO', 'startup', 'MCPG Gateway version: v0.2.6'),
          gwOld(
            'WARN',
            'difc',
            'Response labeling failed: response labeling failed: WASM function call failed: wasm error: unreachable',
          ),
          ...stack('label_response', 'ghguard'),
          gwOld(
            'WARN',
            'difc',
            'Response labeling failed: response labeling failed: WASM function call failed: wasm error: unreachable',
          ),
          ...stack('label_response', 'ghguard'),
          gwOld(
            'WARN',
            'difc',
            'Guard labeling failed: resource labeling failed: WASM function call failed: wasm error: invalid table access',
          ),
          ...stack('label_resource', 'ghguard'),
        ),
      });
      const f = findingsOf(a, RULE);
      expect(f).toHaveLength(2);
      const resp = f.find((x) => x.details.func === 'label_response')!;
      const res = f.find((x) => x.details.func === 'label_resource')!;
      // no poisoning before 2026-03-28: each failure was its own trap
      expect(resp.count).toBe(2);
      expect(resp.details).toEqual({
        guard: 'ghguard',
        func: 'label_response',
        cause: 'unreachable',
        followOnFailures: 0,
        legacy: true,
      });
      expect(res.count).toBe(1);
      expect(res.details).toEqual({
        guard: 'ghguard',
        func: 'label_resource',
        cause: 'invalid table access',
        followOnFailures: 0,
        legacy: true,
      });
    });

    it('falls back to the client errors (one per call) when no labeling-failure record was logged', async () => {
      const a = await analyzeFiles({
        [P.gateway]: lines(
          gwOld(
            'ERROR',
            'client',
            `MCP tool call error, session=QmiP44Oe, tool=list_issues, error=response labeling failed: response labeling failed: ${ERR}`,
          ),
          ...stack('label_response'),
          gwOld(
            'ERROR',
            'client',
            `MCP tool call error, session=QmiP44Oe, tool=search_issues, error=response labeling failed: response labeling failed: ${ERR}`,
          ),
          ...stack('label_response'),
        ),
      });
      const f = findingsOf(a, RULE);
      expect(f).toHaveLength(1);
      expect(f[0].count).toBe(2);
      expect(f[0].details).toEqual({
        guard: 'github',
        func: 'label_response',
        cause: 'unreachable',
        followOnFailures: 0,
        legacy: true,
      });
    });

    it('does not report a wasm error that a trap record of the same guard covers as a second, legacy trap', async () => {
      const a = await analyzeFiles({
        [P.gateway]: lines(
          gw('ERROR', 'backend', `WASM guard trap: guard=github, func=label_resource, error=${ERR}`),
          ...stack('label_resource'),
          gw('WARN', 'difc', `Guard labeling failed: resource labeling failed: ${ERR}`),
          ...stack('label_resource'),
        ),
      });
      const f = findingsOf(a, RULE);
      expect(f).toHaveLength(1);
      expect(f[0].details.legacy).toBeUndefined();
    });
  });

  describe('pre-2026-04-10 stderr.log form', () => {
    it('reads `[DIFC] … labeling failed` std-log lines with their stack trace', async () => {
      const a = await analyzeFiles({
        [P.gateway]: lines(gwOld('INFO', 'startup', 'MCPG Gateway version: v0.2.6')),
        [P.stderr]: lines(
          '[INFO] Starting MCP Gateway in containerized mode...',
          '2026/03/02 10:00:00 Logging level: DEBUG=* (from environment)',
          `2026/03/02 10:00:05 [DIFC] Guard labeling failed: resource labeling failed: WASM function call failed: wasm error: integer overflow`,
          ...stack('label_resource'),
          'guard:wasm [guard:github] ERROR: label_resource panicked +2ms',
          `2026/03/02 10:00:09 [DIFC] Response labeling failed: response labeling failed: ${ERR}`,
          ...stack('label_response'),
        ),
      });
      const f = findingsOf(a, RULE);
      expect(f).toHaveLength(2);
      expect(f.map((x) => x.details).sort((x, y) => String(x.func).localeCompare(String(y.func)))).toEqual([
        {
          guard: 'github',
          func: 'label_resource',
          cause: 'integer overflow',
          followOnFailures: 0,
          legacy: true,
        },
        { guard: 'github', func: 'label_response', cause: 'unreachable', followOnFailures: 0, legacy: true },
      ]);
      expect(f.every((x) => x.evidence[0].file === P.stderr)).toBe(true);
      expect(findingsOf(a, 'labeling-failure')).toEqual([]);
    });
  });

  describe('decoys', () => {
    it('stays quiet on trap words inside payloads, backend stderr and debug previews', async () => {
      const a = await analyzeFiles({
        [P.gateway]: lines(
          ...guardedPreamble(),
          gw(
            'DEBUG',
            'rpc',
            `github←resp 240b {"jsonrpc":"2.0","id":3,"result":{"content":[{"type":"text","text":"WASM guard trap: guard=github, func=label_response, error=${ERR}"}]}}`,
          ),
          gw(
            'INFO',
            'client',
            `MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=get_issue, result={"content":[{"type":"text","text":"Guard labeling failed: wasm error: unreachable; ${AFTER}"}]}`,
          ),
          'wasm stack trace:',
          '\tgithub.label_response(i32,i32,i32,i32) i32',
          gw(
            'INFO',
            'backend',
            `[github] [stderr] WASM guard trap: guard=github, func=label_resource, error=${ERR}`,
          ),
          gw(
            'DEBUG',
            'mcp:connection',
            `[github stderr] MCP tool call error, session=x, tool=y, error=${AFTER}`,
          ),
          gw(
            'DEBUG',
            'guard:pipeline',
            '[DIFC] Phase 2: coarse check failed for read, proceeding to Phase 3',
          ),
          gw(
            'INFO',
            'client',
            'MCP tool call request, session=4f1c9a2e7b3d4c1e, tool=get_issue, args={"body":"WASM guard trap: guard=github"}',
          ),
        ),
      });
      expect(findingsOf(a, RULE)).toEqual([]);
      expect(findingsOf(a, 'labeling-failure')).toEqual([]);
      expect(findingsOf(a, 'gateway-error')).toEqual([]);
    });

    it('a host-function panic `(recovered by wazero)` is a labeling failure, not a trap', async () => {
      const a = await analyzeFiles({
        [P.gateway]: lines(
          ...guardedPreamble(),
          gw(
            'WARN',
            'difc',
            'Guard labeling failed: resource labeling failed: WASM function call failed: wasm error: runtime error: index out of range (recovered by wazero)',
          ),
          'wasm stack trace:',
          '\tenv.call_backend(i32,i32,i32,i32) i32',
        ),
      });
      expect(findingsOf(a, RULE)).toEqual([]);
      expect(findingsOf(a, 'labeling-failure')).toHaveLength(1);
    });

    it('`module closed with exit_code(0)` is not a trap', async () => {
      const a = await analyzeFiles({
        [P.gateway]: lines(
          ...guardedPreamble(),
          gw(
            'WARN',
            'difc',
            'Guard labeling failed: resource labeling failed: WASM function call failed: module closed with exit_code(0)',
          ),
        ),
      });
      expect(findingsOf(a, RULE)).toEqual([]);
      expect(findingsOf(a, 'labeling-failure')).toHaveLength(1);
    });
  });
});
