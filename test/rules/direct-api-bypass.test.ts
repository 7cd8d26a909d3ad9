// direct-api-bypass: the firewall denied the agent direct access to GitHub (`github.com`, `*.github.com`) or an AI
// service (`openai.com`, `chatgpt.com` and subdomains). Only firewall decisions count, matched by label suffix.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { analyzeFiles, findingsOf, gw, guardedPreamble, lines, P } from '../support/harness.js';

const RULE = 'direct-api-bypass';

const denied = (host: string, port = 443, t = '1774290909.186') =>
  `${t} 172.30.0.20:55890 ${host}:${port} -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE ${host}:${port} "curl/7.81.0"`;
const allowed = (host: string, ip = '140.82.113.6') =>
  `1770986245.674 172.30.0.20:47512 ${host}:443 ${ip}:443 1.1 CONNECT 200 TCP_TUNNEL:HIER_DIRECT ${host}:443 "-"`;
const squidNoise =
  '1770986239.459 ::1:38274 - -:- 0.0 - 0 NONE_NONE:HIER_NONE error:transaction-end-before-headers "-"';

describe('direct-api-bypass', () => {
  it('reports denied GitHub and AI-service destinations per domain, with block counts and ports', async () => {
    const a = await analyzeFiles({
      [P.access]: lines(
        squidNoise,
        allowed('api.github.com'),
        denied('api.github.com'),
        denied('api.github.com'),
        denied('github.com', 8443),
        denied('chatgpt.com'),
        denied('api.openai.com'),
        denied('telemetry.individual.githubcopilot.com'),
        denied('api.githubcopilot.com'),
        denied('evil.example.com'),
        // plain HTTP block: the host is in field 3
        '1774290910.001 172.30.0.20:55900 github.com:80 -:- 1.1 GET 403 TCP_DENIED:HIER_NONE http://github.com/login "curl/7.81.0"',
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].count).toBe(6);
    expect(f[0].details.domains).toEqual([
      { domain: 'api.github.com', blocks: 2, ports: ['443'] },
      { domain: 'github.com', blocks: 2, ports: ['8443', '80'] },
      { domain: 'api.openai.com', blocks: 1, ports: ['443'] },
      { domain: 'chatgpt.com', blocks: 1, ports: ['443'] },
    ]);
    expect(f[0].details.source).toBe('access.log');
    expect(f[0].details.likelyCause).toEqual(expect.any(String));
    expect(f[0].evidence.map((e) => e.line)).toEqual([3, 5, 7, 6]);
    expect(a.facts.firewall).toEqual({ blocked: 9, total: 10 });
    // githubcopilot.com is not github.com: those are ordinary firewall blocks
    expect(findingsOf(a, 'firewall-block').map((x) => x.details.domains)).toEqual([
      [expect.objectContaining({ domain: 'telemetry.individual.githubcopilot.com', blocks: 1 })],
      [expect.objectContaining({ domain: 'api.githubcopilot.com', blocks: 1 })],
      [expect.objectContaining({ domain: 'evil.example.com', blocks: 1 })],
    ]);
  });

  it('does not fire on githubcopilot.com, lookalike hosts or allowed GitHub traffic', async () => {
    const a = await analyzeFiles({
      [P.access]: lines(
        allowed('api.github.com'),
        allowed('github.com'),
        denied('telemetry.individual.githubcopilot.com'),
        denied('notgithub.com'),
        denied('github.com.evil.example'),
        denied('myopenai.com'),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
    expect(findingsOf(a, 'firewall-block')).toHaveLength(4);
  });

  it('never reads hostnames from gateway logs or payloads (a bypass is a firewall decision)', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(),
        gw(
          'INFO',
          'client',
          'MCP tool call response, session=QmiP44Oe, tool=get_me, result={"content":[{"text":"failed to get user: GET https://api.github.com/user: 403 Resource not accessible by integration []","type":"text"}],"isError":true}',
        ),
        gw(
          'DEBUG',
          'rpc',
          'github←resp 120b {"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"TCP_DENIED github.com:443 blocked"}]}}',
        ),
        gw(
          'INFO',
          'backend',
          '[github] [stderr] 1774290909.186 172.30.0.20:55890 github.com:443 -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE github.com:443 "-"',
        ),
      ),
      [P.access]: lines(allowed('api.github.com')),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
  });

  it('falls back to audit.jsonl, and to the agent-stdio.log summary, never adding sources together', async () => {
    const audit = (host: string, status: number, decision: string) =>
      JSON.stringify({
        _schema: 'audit/v0.28.4',
        timestamp: '2026-05-25T09:00:00.000Z',
        event: 'http_access',
        client: '172.30.0.20',
        host: `${host}:443`,
        dest: '-:-',
        method: 'CONNECT',
        status,
        decision,
        url: `${host}:443`,
      });
    const summary = lines(
      '[INFO] Allowed domains: api.githubcopilot.com',
      '[WARN] Firewall blocked domains:',
      '[WARN]   - Blocked: api.github.com:443 (domain not in allowlist)',
      '[WARN]   - Blocked: github.com:8443 (port 8443 not allowed, only 80 and 443 are permitted)',
    );
    const viaAudit = await analyzeFiles({
      [P.audit]: lines(
        audit('api.github.com', 403, 'TCP_DENIED'),
        audit('api.github.com', 403, 'TCP_DENIED'),
        audit('api.github.com', 200, 'TCP_TUNNEL'),
      ),
      [P.stdio]: summary,
    });
    const fa = findingsOf(viaAudit, RULE);
    expect(fa).toHaveLength(1);
    expect(fa[0].count).toBe(2);
    expect(fa[0].details).toMatchObject({
      source: 'audit.jsonl',
      domains: [{ domain: 'api.github.com', blocks: 2, ports: ['443'] }],
    });
    expect(viaAudit.facts.firewall).toEqual({ blocked: 2, total: 3 });

    const viaSummary = await analyzeFiles({ [P.stdio]: summary });
    const fs = findingsOf(viaSummary, RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0].count).toBe(2);
    expect(fs[0].details).toMatchObject({
      source: 'agent-stdio.log',
      domains: [
        { domain: 'api.github.com', blocks: 1, ports: ['443'] },
        { domain: 'github.com', blocks: 1, ports: ['8443'] },
      ],
    });
    expect(viaSummary.facts.firewall).toEqual({ blocked: 2, total: null });
  });

  it('recognises the Codex `--allow-domains` line', async () => {
    const a = await analyzeFiles({
      [P.stdio]: lines(
        '[WARN] chatgpt.com is not in the allowed domains. To allow access, add --allow-domains chatgpt.com to your command.',
      ),
    });
    expect(findingsOf(a, RULE)[0].details).toMatchObject({ domains: [{ domain: 'chatgpt.com', blocks: 1 }] });
  });

  it('respects expectedDomains from the config (exact hosts and *.suffix)', async () => {
    const files = {
      [P.access]: lines(denied('api.github.com'), denied('github.com'), denied('uploads.github.com')),
    };
    const exact = findingsOf(
      await analyzeFiles(files, parseConfig({ expectedDomains: ['github.com'] }, RULE_IDS)),
      RULE,
    );
    expect(exact[0].details.domains).toEqual([
      { domain: 'api.github.com', blocks: 1, ports: ['443'] },
      { domain: 'uploads.github.com', blocks: 1, ports: ['443'] },
    ]);
    const wildcard = findingsOf(
      await analyzeFiles(files, parseConfig({ expectedDomains: ['*.github.com'] }, RULE_IDS)),
      RULE,
    );
    expect(wildcard[0].details.domains).toEqual([{ domain: 'github.com', blocks: 1, ports: ['443'] }]);
    expect(
      findingsOf(
        await analyzeFiles(files, parseConfig({ expectedDomains: ['github.com', '*.github.com'] }, RULE_IDS)),
        RULE,
      ),
    ).toEqual([]);
  });
});
