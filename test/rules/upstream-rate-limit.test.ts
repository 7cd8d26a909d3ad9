// upstream-rate-limit: GitHub rate limits seen by the gateway, proxy or guard; circuit breaker opened (info,
// infrastructure). These ERROR lines are never gateway errors.
import { describe, expect, it } from 'vitest';
import { analyzeFiles, findingsOf, gw, guardedPreamble, lines, P } from '../support/harness.js';

const RULE = 'upstream-rate-limit';

describe('upstream-rate-limit', () => {
  it('groups rate-limit signals by kind with exact counts and servers', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw(
          'WARN',
          'backend',
          'rate-limit error for server "github" (consecutive=1/3); resets at 2026-05-03T12:00:00Z (in 5.0m)',
        ),
        gw(
          'WARN',
          'backend',
          'rate-limit error for server "github" (consecutive=2/3); resets at 2026-05-03T12:00:00Z (in 4.9m)',
        ),
        gw('WARN', 'backend', 'rate-limit error for server "github" (consecutive=3/3); resets at unknown'),
        gw(
          'ERROR',
          'backend',
          'circuit breaker for server "github" OPENED after 3 consecutive rate-limit errors; resets at 2026-05-03T12:00:00Z (in 4.8m)',
        ),
        gw('INFO', 'backend', 'circuit breaker for server "github" transitioning OPEN → HALF-OPEN'),
        gw(
          'ERROR',
          'backend',
          'circuit breaker for server "github" re-OPENED after probe was rate-limited; resets at 2026-05-03T12:10:00Z (in 5.0m)',
        ),
        gw(
          'ERROR',
          'client',
          'MCP tool call error, session=4f1c9a2e7b3d4c1e, tool=list_issues, error=rate limit circuit breaker is OPEN for server "github" — requests temporarily rejected',
        ),
        gw(
          'WARN',
          'guard',
          '[github] Repo visibility lookup rate-limited for github/gh-aw: waiting 30s and retrying once',
        ),
        gw(
          'WARN',
          'guard',
          '[github] Repo visibility lookup result for github/gh-aw: unknown (rate-limited and no cached visibility)',
        ),
      ),
      [P.proxy]: lines(
        gw(
          'ERROR',
          'client',
          'upstream rate limit hit: status=403 X-Ratelimit-Remaining=0 X-Ratelimit-Reset=1777777777 retry-after=0s',
        ),
      ),
    });
    const f = findingsOf(a, RULE);
    const byKind = Object.fromEntries(f.map((x) => [x.details.kind as string, x]));
    expect(Object.keys(byKind).sort()).toEqual(['backend', 'circuit-breaker', 'guard-lookup', 'upstream']);
    expect(f.every((x) => x.severity === 'info')).toBe(true);
    expect(byKind.backend.count).toBe(3);
    expect(byKind.backend.details).toEqual({ kind: 'backend', servers: ['github'] });
    expect(byKind['circuit-breaker'].count).toBe(2);
    expect(byKind['circuit-breaker'].details).toEqual({ kind: 'circuit-breaker', servers: ['github'] });
    expect(byKind['guard-lookup'].count).toBe(2);
    expect(byKind.upstream.count).toBe(1);
    expect(byKind.upstream.evidence[0].file).toBe(P.proxy);
    expect(findingsOf(a, 'gateway-error')).toEqual([]);
    expect(a.facts.status).toBe('ok');
  });

  it('stays quiet on rate-limit words in tool results, payloads and backend stderr', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw(
          'INFO',
          'client',
          'MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=list_issues, result={"content":[{"type":"text","text":"API rate limit exceeded for user ID 1. upstream rate limit hit: status=429"}],"isError":true}',
        ),
        gw(
          'DEBUG',
          'rpc',
          'github←resp 100b {"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"circuit breaker for server \\"github\\" OPENED"}]}}',
        ),
        gw(
          'INFO',
          'backend',
          '[github] [stderr] time=2026-07-19T14:03:01Z level=ERROR msg="secondary rate limit" status=403',
        ),
        gw('INFO', 'backend', 'circuit breaker for server "github" recovered: HALF-OPEN → CLOSED'),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
  });
});
