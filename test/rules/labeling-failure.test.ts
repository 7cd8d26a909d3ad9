// labeling-failure: guard / response / session labeling failed for a reason other than a trap (fail-closed).
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { RULE_IDS } from '../../src/rules/index.js';
import {
  analyzeFiles,
  findingsOf,
  gw,
  gwOld,
  guardedPreamble,
  lines,
  P,
  reportOf,
} from '../support/harness.js';

const RULE = 'labeling-failure';

describe('labeling-failure', () => {
  it('groups gateway labeling failures by kind, guard and message template, with exact counts', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw(
          'WARN',
          'difc',
          'Guard labeling failed: resource labeling failed: input too large: 2097152 bytes (max 1048576)',
        ),
        gw(
          'ERROR',
          'client',
          'MCP tool call error, session=4f1c9a2e7b3d4c1e, tool=get_file_contents, error=guard labeling failed: resource labeling failed: input too large: 2097152 bytes (max 1048576)',
        ),
        gw(
          'WARN',
          'difc',
          'Guard labeling failed: resource labeling failed: input too large: 3145728 bytes (max 1048576)',
        ),
        gw(
          'ERROR',
          'client',
          'MCP tool call error, session=4f1c9a2e7b3d4c1e, tool=get_file_contents, error=guard labeling failed: resource labeling failed: input too large: 3145728 bytes (max 1048576)',
        ),
        gw(
          'WARN',
          'difc',
          'Response labeling failed: response labeling failed: failed to unmarshal label_response WASM response: unexpected end of JSON input',
        ),
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(2);
    const guard = f.find((x) => x.details.kind === 'guard')!;
    const response = f.find((x) => x.details.kind === 'response')!;
    // the client error is the same call as the primary record: counted once
    expect(guard.count).toBe(2);
    expect(guard.severity).toBe('warning');
    expect(guard.details).toEqual({
      kind: 'guard',
      guard: null,
      error: 'resource labeling failed: input too large: 2097152 bytes (max 1048576)',
    });
    expect(guard.evidence.map((e) => e.line)).toEqual([7, 9]);
    expect(response.count).toBe(1);
    expect(response.details).toMatchObject({
      kind: 'response',
      error: expect.stringContaining('failed to unmarshal label_response WASM response'),
    });
    expect(findingsOf(a, 'wasm-guard-trap')).toEqual([]);
  });

  it('reports a failed session initialisation (label_agent failed) as a fail-closed labeling failure of that guard', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(['octo-org/*']),
        gw(
          'ERROR',
          'guard',
          '[github]     FAILED policy scope validation: AllowOnly.repos string must be one of all|public',
        ),
        gw(
          'ERROR',
          'difc',
          '[github] label_agent failed: session=4f1c9a2e7b3d4c1e, guard=github, error=LabelAgent failed: WASM function returned error code: -1',
        ),
        gw('INFO', 'client', 'MCP tool call request, session=4f1c9a2e7b3d4c1e, tool=list_issues, args={}'),
        gw(
          'ERROR',
          'client',
          'MCP tool call error, session=4f1c9a2e7b3d4c1e, tool=list_issues, error=guard session initialization failed: LabelAgent failed: WASM function returned error code: -1',
        ),
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].count).toBe(1);
    expect(f[0].details).toEqual({
      kind: 'session',
      guard: 'github',
      error: 'LabelAgent failed: WASM function returned error code: -1',
    });
    expect(f[0].title).toContain('label_agent');
    // fail-closed: never a bypass, never a trap
    expect(findingsOf(a, 'guard-bypass')).toEqual([]);
    expect(findingsOf(a, 'wasm-guard-trap')).toEqual([]);
  });

  it('reads the pre-2026-04-10 stderr.log form', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(gwOld('INFO', 'startup', 'MCPG Gateway version: v0.2.10')),
      [P.stderr]: lines(
        '2026/03/30 09:00:00 [DIFC] Guard labeling failed: resource labeling failed: WASM module has no memory',
        '2026/03/30 09:00:01 [DIFC] Response labeling failed: response labeling failed: guard requires buffer of 9000000 bytes which exceeds maximum of 8388608 bytes',
        '2026/03/30 09:00:02 [DIFC] Response labeling failed: response labeling failed: guard requires buffer of 9100000 bytes which exceeds maximum of 8388608 bytes',
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(2);
    expect(f.find((x) => x.details.kind === 'guard')).toMatchObject({
      count: 1,
      details: { error: 'resource labeling failed: WASM module has no memory' },
    });
    expect(f.find((x) => x.details.kind === 'response')).toMatchObject({ count: 2 });
    expect(f.every((x) => x.evidence[0].file === P.stderr)).toBe(true);
  });

  it('leaves traps and their follow-ons to wasm-guard-trap', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw(
          'ERROR',
          'backend',
          'WASM guard trap: guard=github, func=label_resource, error=WASM function call failed: wasm error: unreachable',
        ),
        'wasm stack trace:',
        '\tgithub.label_resource(i32,i32,i32,i32) i32',
        gw(
          'WARN',
          'difc',
          'Guard labeling failed: resource labeling failed: WASM function call failed: wasm error: unreachable',
        ),
        gw(
          'WARN',
          'difc',
          "Guard labeling failed: resource labeling failed: WASM guard 'github' is unavailable after a previous trap: WASM function call failed: wasm error: unreachable",
        ),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
    expect(findingsOf(a, 'wasm-guard-trap')).toHaveLength(1);
  });

  it('never reports a proxy Phase 4 failure (that is proxy-fail-open)', async () => {
    const a = await analyzeFiles({
      [P.proxy]: lines(
        gw(
          'DEBUG',
          'proxy:handler',
          '[DIFC] Phase 4 failed: failed to unmarshal label_response WASM response: invalid character',
        ),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
    expect(findingsOf(a, 'proxy-fail-open')).toHaveLength(1);
  });

  it('stays quiet on the benign Phase 2 line and on labeling words inside payloads and backend stderr', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw('DEBUG', 'guard:pipeline', '[DIFC] Phase 2: coarse check failed for read, proceeding to Phase 3'),
        gw(
          'DEBUG',
          'rpc',
          'github←resp 120b {"jsonrpc":"2.0","id":4,"result":{"content":[{"type":"text","text":"Guard labeling failed: resource labeling failed"}]}}',
        ),
        gw(
          'INFO',
          'client',
          'MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=get_issue, result={"content":[{"type":"text","text":"Response labeling failed: response labeling failed: boom"}]}',
        ),
        gw('INFO', 'backend', '[github] [stderr] Guard labeling failed: resource labeling failed: nope'),
        gw(
          'INFO',
          'client',
          'MCP tool call request, session=4f1c9a2e7b3d4c1e, tool=create_issue, args={"body":"label_agent failed: session=x, guard=github, error=boom"}',
        ),
        gw(
          'INFO',
          'difc',
          '[github] label_agent response: session=4f1c9a2e7b3d4c1e, guard=github, response={"agent":{"secrecy":[],"integrity":["approved:github/gh-aw"]},"difc_mode":"filter"}',
        ),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
  });

  it('honours a config severity override and a disabled rule', async () => {
    const files = {
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw('WARN', 'difc', 'Guard labeling failed: resource labeling failed: WASM module has no memory'),
      ),
    };
    const asInfo = await analyzeFiles(files, parseConfig({ rules: { [RULE]: 'info' } }, RULE_IDS));
    expect(findingsOf(asInfo, RULE)).toHaveLength(1);
    expect(findingsOf(asInfo, RULE)[0].severity).toBe('info');
    expect(asInfo.facts.status).toBe('ok');
    const asCritical = await analyzeFiles(
      files,
      parseConfig({ rules: { [RULE]: { severity: 'critical' } } }, RULE_IDS),
    );
    expect(findingsOf(asCritical, RULE)[0].severity).toBe('critical');
    expect(asCritical.facts.status).toBe('critical');
    const off = await analyzeFiles(files, parseConfig({ rules: { [RULE]: 'off' } }, RULE_IDS));
    expect(findingsOf(off, RULE)).toEqual([]);
    expect(off.facts.status).toBe('ok');
    const disabled = await analyzeFiles(
      files,
      parseConfig({ rules: { [RULE]: { enabled: false } } }, RULE_IDS),
    );
    expect(findingsOf(disabled, RULE)).toEqual([]);
    // the override carries into the report: ids, summary and run status
    const report = await reportOf(files, parseConfig({ rules: { [RULE]: 'critical' } }, RULE_IDS));
    expect(report.findings.map((x) => [x.id, x.rule])).toEqual([['C-1', RULE]]);
    expect(report.summary).toMatchObject({ critical: 1, warning: 0, info: 0 });
    expect(report.runs[0].status).toBe('critical');
  });
});
