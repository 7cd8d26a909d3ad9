// Fail closed on format drift: a guard policy for a server that received calls, with no line saying which guard it
// got (nor that its guard failed to load), leaves the run partly audited with a note naming the file, never clean.
import { describe, expect, it } from 'vitest';
import { analyzeFiles, gw, lines, P } from '../support/harness.js';

const POLICY = gw(
  'INFO',
  'difc',
  '[github] Guard policy: {"allow-only":{"min-integrity":"approved","repos":["octo-org/app"]}}',
);
const CALL = gw(
  'INFO',
  'client',
  'MCP tool call request, session=4f1c9a2e7b3d4c1e, tool=list_issues, args={}',
  '2026-08-22T10:00:01.000Z',
);
const RPC = (() => {
  const body = JSON.stringify({
    jsonrpc: '2.0',
    method: 'tools/call',
    params: { arguments: {}, name: 'list_issues' },
  });
  return gw('DEBUG', 'rpc', `github→tools/call ${body.length}b ${body}`, '2026-08-22T10:00:01.010Z');
})();
const VERSION = gw('INFO', 'startup', 'MCPG Gateway version: v0.4.10');

describe('unread guard state', () => {
  it('notes a policy with calls but no registration line: coverage partial, the file named', async () => {
    const a = await analyzeFiles({ [P.gateway]: lines(VERSION, POLICY, CALL, RPC) });
    expect(a.facts.coverage).toBe('partial');
    expect(a.facts.coverageNotes?.join('\n')).toMatch(
      /^guard state: \S*mcp-gateway\.log line 2 sets a guard policy for `github`/,
    );
  });

  it('says nothing when the registration, a load failure or disabled enforcement was read, or no call went out', async () => {
    const registered = gw('INFO', 'difc', "[github] Registered guard 'github'");
    const failed = gw(
      'WARN',
      'difc',
      '[github] Failed to load discovered WASM guard from /g/github/00-github-guard.wasm: failed to instantiate WASM module: invalid magic number',
    );
    const disabled = gw(
      'INFO',
      'startup',
      'Guards enforcement disabled (sessions auto-created for standard MCP client compatibility)',
    );
    for (const extra of [registered, failed, disabled]) {
      const a = await analyzeFiles({ [P.gateway]: lines(VERSION, POLICY, extra, CALL, RPC) });
      expect(a.facts.coverage).toBe('full');
    }
    expect((await analyzeFiles({ [P.gateway]: lines(VERSION, POLICY) })).facts.coverage).toBe('full');
    // The DIFC proxy logs no policy line of its own: a fuzzed or foreign one there is not the gateway's.
    expect(
      (await analyzeFiles({ [P.proxy]: POLICY, [P.gateway]: lines(VERSION, CALL, RPC) })).facts.coverage,
    ).toBe('full');
  });
});
