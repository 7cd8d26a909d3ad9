// AWF audit.jsonl (FORMATS.md §9.4): `_schema: audit/v…` records with `timestamp`, and the legacy `ts` epoch records,
// with and without `_schema`.
import { describe, expect, it } from 'vitest';
import { lines } from '../support/harness.js';
import { parseAuditJsonl } from '../../src/parsers/audit-jsonl.js';
import { streamOf } from './helpers.js';

const FILE = 'agent/sandbox/firewall/logs/audit.jsonl';
const parse = (text: string, peers: string[] = []) => parseAuditJsonl(streamOf(text), FILE, new Set(peers));

describe('audit.jsonl', () => {
  it('reads current records (`timestamp`, `event: http_access`)', async () => {
    const { summary, invalid } = await parse(
      lines(
        '{"_schema":"audit/v0.28.4","timestamp":"2026-05-25T09:00:00.000Z","event":"http_access","client":"172.30.0.20","host":"evil.example.com:443","dest":"-:-","method":"CONNECT","status":403,"decision":"TCP_DENIED","url":"evil.example.com:443"}',
        '{"_schema":"audit/v0.28.4","timestamp":"2026-05-25T09:00:01.000Z","event":"http_access","client":"172.30.0.20","host":"api.github.com:443","dest":"140.82.113.6:443","method":"CONNECT","status":200,"decision":"TCP_TUNNEL","url":"api.github.com:443"}',
        '{"_schema":"audit/v0.28.4","timestamp":"2026-05-25T09:00:02.000Z","event":"http_access","client":"172.30.0.20","host":"example.com","dest":"-:-","method":"GET","status":403,"decision":"TCP_DENIED","url":"http://example.com/x"}',
      ),
    );
    expect(invalid).toBe(0);
    expect(summary).toMatchObject({ source: 'audit.jsonl', total: 3, blocked: 2 });
    expect(
      Object.fromEntries([...summary.domains].map(([h, d]) => [h, [d.blocked, d.allowed, d.ports]])),
    ).toEqual({
      'evil.example.com': [1, 0, ['443']],
      'api.github.com': [0, 1, []],
      'example.com': [1, 0, []],
    });
    expect(summary.firstBlock.get('evil.example.com')?.line).toBe(1);
  });

  it('reads legacy records: `ts` epoch with an older `_schema`, and records with no `_schema` at all', async () => {
    const { summary } = await parse(
      lines(
        '{"_schema":"audit/v0.23.1","ts":1774290909.186,"client":"172.30.0.20","host":"evil.example.com:443","dest":"-:-","method":"CONNECT","status":403,"decision":"TCP_DENIED","url":"evil.example.com:443"}',
        '{"ts":1760994429.358,"client":"172.30.0.20","host":"github.com:8443","dest":"-:-","method":"CONNECT","status":403,"decision":"TCP_DENIED","url":"github.com:8443"}',
        '{"ts":1760994430.001,"client":"172.30.0.20","host":"api.github.com:443","dest":"140.82.113.6:443","method":"CONNECT","status":"200","decision":"TCP_TUNNEL","url":"api.github.com:443"}',
      ),
    );
    expect(summary).toMatchObject({ total: 3, blocked: 2 });
    expect(summary.domains.get('github.com')).toMatchObject({ blocked: 1, ports: ['8443'] });
    expect(summary.domains.get('api.github.com')).toMatchObject({ allowed: 1, blocked: 0 });
  });

  it('drops noise, internal destinations, other schemas and events, and skips unparsable lines', async () => {
    const { summary, invalid } = await parse(
      lines(
        '{"_schema":"audit/v0.28.4","timestamp":"2026-05-25T09:00:00.000Z","event":"http_access","client":"::1","host":"-","dest":"-:-","method":"-","status":0,"decision":"NONE_NONE","url":"error:transaction-end-before-headers"}',
        '{"_schema":"audit/v0.28.4","timestamp":"2026-05-25T09:00:00.000Z","event":"http_access","client":"172.30.0.20","host":"awmg-mcpg:8080","dest":"-:-","method":"CONNECT","status":403,"decision":"TCP_DENIED","url":"awmg-mcpg:8080"}',
        '{"_schema":"audit/v0.28.4","timestamp":"2026-05-25T09:00:00.000Z","event":"http_access","client":"172.30.0.20","host":"172.30.0.1:80","dest":"-:-","method":"GET","status":403,"decision":"TCP_DENIED","url":"http://172.30.0.1/mcp/github"}',
        '{"_schema":"audit/v0.28.4","timestamp":"2026-05-25T09:00:00.000Z","event":"http_access","client":"172.30.0.20","host":"mcp.gateway-01:8080","dest":"-:-","method":"CONNECT","status":403,"decision":"TCP_DENIED","url":"mcp.gateway-01:8080"}',
        '{"_schema":"token-usage/v1","timestamp":"2026-05-25T09:00:00.000Z","event":"http_access","client":"172.30.0.20","host":"evil.example.com:443","method":"CONNECT","status":403,"decision":"TCP_DENIED","url":"evil.example.com:443"}',
        '{"_schema":"audit/v0.28.4","timestamp":"2026-05-25T09:00:00.000Z","event":"blocked_request_diag","client":"172.30.0.20","host":"evil.example.com:443","method":"CONNECT","status":403,"decision":"TCP_DENIED","url":"evil.example.com:443"}',
        '{"_schema":"audit/v0.28.4","timestamp":"2026-05-25T09:00:00.000Z","event":"http_access","client":"172.30.0.20","host":"bad"quote.example.com","method":"GET","status":403,"decision":"TCP_DENIED","url":"http://x/"}',
        '["not","a","record"]',
        '',
        '{"_schema":"audit/v0.28.4","timestamp":"2026-05-25T09:00:03.000Z","event":"http_access","client":"172.30.0.20","host":"chatgpt.com:443","dest":"-:-","method":"CONNECT","status":403,"decision":"TCP_DENIED","url":"chatgpt.com:443"}',
        '{"_schema":"audit/v0.28.4","timestamp":"2026-05-25T09:00:0',
      ),
      ['mcp.gateway-01'],
    );
    expect(invalid).toBe(3);
    expect([...summary.domains.keys()]).toEqual(['chatgpt.com']);
    expect(summary).toMatchObject({ total: 1, blocked: 1 });
  });
});
