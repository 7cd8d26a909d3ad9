// firewall-block: other denied destinations (info), never internal AWF destinations (172.30.0.0/24, topology
// peers, single-label hosts such as `awmg-mcpg` / `awmgmcpg`) and never Squid noise.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { buildReport } from '../../src/report/build.js';
import { analyzeFiles, findingsOf, lines, P } from '../support/harness.js';

const RULE = 'firewall-block';

const denied = (host: string, port = 443, client = '172.30.0.20:55890') =>
  `1774290909.186 ${client} ${host}:${port} -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE ${host}:${port} "curl/7.81.0"`;
const allowed = (host: string) =>
  `1770986245.674 172.30.0.20:47512 ${host}:443 140.82.113.6:443 1.1 CONNECT 200 TCP_TUNNEL:HIER_DIRECT ${host}:443 "-"`;

describe('firewall-block', () => {
  it('reports each other denied destination as info, with its block count and ports', async () => {
    const a = await analyzeFiles({
      [P.access]: lines(
        '1770986239.459 ::1:38274 - -:- 0.0 - 0 NONE_NONE:HIER_NONE error:transaction-end-before-headers "-"',
        allowed('api.githubcopilot.com'),
        denied('telemetry.individual.githubcopilot.com'),
        denied('telemetry.individual.githubcopilot.com'),
        denied('evil.example.com'),
        denied('evil.example.com', 8080),
        denied('evil.example.com'),
        '1774290911.000 172.30.0.20:55991 registry.npmjs.org:443 -:- 1.1 CONNECT 407 NONE_NONE:HIER_NONE registry.npmjs.org:443 "-"',
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(3);
    expect(f.every((x) => x.severity === 'info')).toBe(true);
    const byDomain = Object.fromEntries(
      f.map((x) => [(x.details.domains as { domain: string }[])[0].domain, x]),
    );
    expect(byDomain['telemetry.individual.githubcopilot.com'].count).toBe(2);
    expect(byDomain['telemetry.individual.githubcopilot.com'].details).toEqual({
      domains: [{ domain: 'telemetry.individual.githubcopilot.com', blocks: 2, ports: ['443'] }],
      source: 'access.log',
    });
    expect(byDomain['evil.example.com'].count).toBe(3);
    expect(byDomain['evil.example.com'].details.domains).toEqual([
      { domain: 'evil.example.com', blocks: 3, ports: ['443', '8080'] },
    ]);
    expect(byDomain['evil.example.com'].evidence[0].line).toBe(5);
    expect(byDomain['registry.npmjs.org'].count).toBe(1);
    expect(a.facts.firewall).toEqual({ blocked: 6, total: 7 });
    expect(a.facts.status).toBe('ok');
  });

  it('never reports internal AWF destinations (172.30.0.x, awmg-mcpg, awmgmcpg, topology peers)', async () => {
    const a = await analyzeFiles({
      [P.access]: lines(
        denied('172.30.0.1', 8080),
        denied('172.30.0.10', 3128),
        denied('awmg-mcpg', 8080),
        denied('awmgmcpg', 80),
        denied('mcpg.internal.example', 8080),
        allowed('api.githubcopilot.com'),
      ),
      'agent/sandbox/firewall/audit/policy-manifest.json': JSON.stringify({
        version: 1,
        rules: [],
        topologyPeers: ['mcpg.internal.example'],
      }),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
    expect(findingsOf(a, 'direct-api-bypass')).toEqual([]);
    expect(a.facts.firewall).toEqual({ blocked: 0, total: 1 });
  });

  it('drops internal destinations from the agent-stdio.log summary too (the gh-aw ≤ v0.83.3 awmgmcpg false positive)', async () => {
    const a = await analyzeFiles({
      [P.stdio]: lines(
        '\x1b[33m[WARN] Firewall blocked domains:\x1b[0m',
        '\x1b[33m[WARN]   - Blocked: awmgmcpg:80 (domain not in allowlist)\x1b[0m',
        '[WARN]   - Blocked: evil.example.com:443 (domain not in allowlist)',
        '[WARN]   - Blocked: example.com:80 (protocol not allowed by allowlist entry)',
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f.map((x) => x.details.domains)).toEqual([
      [{ domain: 'evil.example.com', blocks: 1, ports: ['443'], reasons: ['domain not in allowlist'] }],
      [
        {
          domain: 'example.com',
          blocks: 1,
          ports: ['80'],
          reasons: ['protocol not allowed by allowlist entry'],
        },
      ],
    ]);
  });

  it('silences expected domains from the config', async () => {
    const files = {
      [P.access]: lines(denied('telemetry.individual.githubcopilot.com'), denied('evil.example.com')),
    };
    const f = findingsOf(
      await analyzeFiles(files, parseConfig({ expectedDomains: ['*.githubcopilot.com'] }, RULE_IDS)),
      RULE,
    );
    expect(f.map((x) => (x.details.domains as { domain: string }[])[0].domain)).toEqual(['evil.example.com']);
    const exact = findingsOf(
      await analyzeFiles(files, parseConfig({ expectedDomains: ['Evil.Example.com '] }, RULE_IDS)),
      RULE,
    );
    expect(exact.map((x) => (x.details.domains as { domain: string }[])[0].domain)).toEqual([
      'telemetry.individual.githubcopilot.com',
    ]);
  });

  it('merges the same blocked domain across runs, summing the blocks', async () => {
    const one = await analyzeFiles(
      {
        [P.access]: lines(
          denied('telemetry.individual.githubcopilot.com'),
          denied('telemetry.individual.githubcopilot.com'),
        ),
      },
      undefined,
      { id: '101' },
    );
    const two = await analyzeFiles(
      { [P.access]: lines(denied('telemetry.individual.githubcopilot.com', 8443)) },
      undefined,
      { id: '102' },
    );
    const report = buildReport([one.facts, two.facts], [...one.findings, ...two.findings], {
      target: null,
      window: { from: null, to: null },
    });
    const f = report.findings.filter((x) => x.rule === RULE);
    expect(f).toHaveLength(1);
    expect(f[0].id).toBe('I-1');
    expect(f[0].runs).toEqual(['101', '102']);
    expect(f[0].count).toBe(3);
    expect(f[0].details.domains).toEqual([
      { domain: 'telemetry.individual.githubcopilot.com', blocks: 3, ports: ['443', '8443'] },
    ]);
    expect(f[0].evidence.map((e) => e.run)).toEqual(['101', '102']);
  });
});
