// Squid access.log in AWF's `firewall_detailed` format (FORMATS.md §9.1–§9.3).
import { describe, expect, it } from 'vitest';
import { createReadStream } from 'node:fs';
import { lines } from '../support/harness.js';
import { parseAccessLog } from '../../src/parsers/access-log.js';
import { streamOf } from './helpers.js';
import { itReal, realFile } from '../support/real-corpus.js';

const CORPUS_ACCESS = realFile('sandbox/firewall/logs/access.log');
const FILE = 'agent/sandbox/firewall/logs/access.log';

const parse = (text: string, peers: string[] = []) => parseAccessLog(streamOf(text), FILE, new Set(peers));

// §9.1: real AWF v0.16.4 lines, then AWF's samples/audit/access.log lines.
const SPEC_LINES = [
  '1770986239.459 ::1:38274 - -:- 0.0 - 0 NONE_NONE:HIER_NONE error:transaction-end-before-headers "-"',
  '1770986245.674 172.30.0.20:47512 api.github.com:443 140.82.113.6:443 1.1 CONNECT 200 TCP_TUNNEL:HIER_DIRECT api.github.com:443 "-"',
  '1770986256.673 172.30.0.20:59808 telemetry.individual.githubcopilot.com:443 -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE telemetry.individual.githubcopilot.com:443 "-"',
  '1774290909.186 172.30.0.20:55890 evil.example.com:443 -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE evil.example.com:443 "curl/7.81.0"',
  '1760994429.358 172.30.0.20:36274 github.com:8443 -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE github.com:8443 "curl/7.81.0"',
];

describe('access.log', () => {
  it('drops Squid noise and classifies the spec examples', async () => {
    const { summary, stats } = await parse(lines(...SPEC_LINES));
    expect(stats).toEqual({ lines: 5, unparsed: 0 });
    expect(summary).toMatchObject({ source: 'access.log', total: 4, blocked: 3 });
    expect([...summary.domains.values()]).toEqual([
      { host: 'api.github.com', blocked: 0, allowed: 1, ports: [], reasons: [] },
      { host: 'telemetry.individual.githubcopilot.com', blocked: 1, allowed: 0, ports: ['443'], reasons: [] },
      { host: 'evil.example.com', blocked: 1, allowed: 0, ports: ['443'], reasons: [] },
      { host: 'github.com', blocked: 1, allowed: 0, ports: ['8443'], reasons: [] },
    ]);
    expect(summary.firstBlock.get('github.com')).toEqual({ file: FILE, line: 5, excerpt: SPEC_LINES[4] });
  });

  it('keys plain-HTTP requests on the Host field and keeps other results apart from blocks', async () => {
    const { summary } = await parse(
      lines(
        '1774290910.001 172.30.0.20:55900 example.com:80 -:- 1.1 GET 403 TCP_DENIED:HIER_NONE http://example.com/setup.sh "curl/7.81.0"',
        '1774290910.002 172.30.0.20:55902 registry.npmjs.org -:- 1.1 GET 407 NONE:HIER_NONE http://registry.npmjs.org/x "npm"',
        '1774290910.003 172.30.0.20:55904 pypi.org:80 151.101.0.223:80 1.1 GET 200 TCP_MISS:HIER_DIRECT http://pypi.org/simple/ "pip"',
        '1774290910.004 172.30.0.20:55906 files.pythonhosted.org:443 151.101.0.223:443 1.1 CONNECT 304 TCP_HIT:HIER_NONE files.pythonhosted.org:443 "pip"',
        '1774290910.005 172.30.0.20:55908 odd.example.org:443 -:- 1.1 CONNECT 0 NONE_NONE:HIER_NONE odd.example.org:443 "-"',
        '1774290910.006 172.30.0.20:55910 API.GitHub.com:443 140.82.113.6:443 1.1 CONNECT 200 TCP_TUNNEL:HIER_DIRECT API.GitHub.com:443 "-"',
      ),
    );
    expect(summary.total).toBe(6);
    expect(summary.blocked).toBe(2);
    expect(
      Object.fromEntries([...summary.domains].map(([h, d]) => [h, [d.blocked, d.allowed, d.ports]])),
    ).toEqual({
      'example.com': [1, 0, ['80']],
      'registry.npmjs.org': [1, 0, []],
      'pypi.org': [0, 1, []],
      'files.pythonhosted.org': [0, 1, []],
      'odd.example.org': [0, 0, []],
      'api.github.com': [0, 1, []],
    });
  });

  it('never counts internal AWF destinations: 172.30.0.0/24, single-label hosts, topology peers', async () => {
    const text = lines(
      '1774290911.001 172.30.0.20:40000 172.30.0.1:80 -:- 1.1 GET 403 TCP_DENIED:HIER_NONE http://172.30.0.1/mcp/github "-"',
      '1774290911.002 172.30.0.20:40002 172.30.0.10:3128 -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE 172.30.0.10:3128 "-"',
      '1774290911.003 172.30.0.20:40004 awmg-mcpg:8080 -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE awmg-mcpg:8080 "-"',
      '1774290911.004 172.30.0.20:40006 awmgmcpg:8080 -:- 1.1 GET 403 TCP_DENIED:HIER_NONE http://awmgmcpg:8080/mcp/github "-"',
      '1774290911.005 172.30.0.20:40008 mcp.gateway-01:8080 -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE mcp.gateway-01:8080 "-"',
      '1774290911.006 172.30.0.20:40010 evil.example.com:443 -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE evil.example.com:443 "-"',
      '1774290911.007 172.30.0.20:40012 172.31.0.1:443 -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE 172.31.0.1:443 "-"',
    );
    const withPeers = await parse(text, ['mcp.gateway-01']);
    expect([...withPeers.summary.domains.keys()]).toEqual(['evil.example.com', '172.31.0.1']);
    expect(withPeers.summary).toMatchObject({ total: 2, blocked: 2 });
    const withoutPeers = await parse(text);
    expect([...withoutPeers.summary.domains.keys()]).toEqual([
      'mcp.gateway-01',
      'evil.example.com',
      '172.31.0.1',
    ]);
  });

  it('skips comments and blank lines and counts unparsable ones', async () => {
    const { summary, stats } = await parse(
      lines(
        '# squid access log',
        '',
        'garbage line',
        '1774290909.186 172.30.0.20:55890 evil.example.com:443',
        SPEC_LINES[3],
      ) + 'truncated 17742909',
    );
    expect(stats).toEqual({ lines: 4, unparsed: 3 });
    expect(summary).toMatchObject({ total: 1, blocked: 1 });
  });

  itReal(
    'reads the real corpus: 7 requests after noise, 2 denials of telemetry.individual.githubcopilot.com',
    async () => {
      const { summary, stats } = await parseAccessLog(
        createReadStream(CORPUS_ACCESS),
        'sandbox/firewall/logs/access.log',
        new Set(),
      );
      expect(stats).toEqual({ lines: 12, unparsed: 0 });
      expect(summary.total).toBe(7);
      expect(summary.blocked).toBe(2);
      expect([...summary.domains.values()].filter((d) => d.blocked > 0)).toEqual([
        {
          host: 'telemetry.individual.githubcopilot.com',
          blocked: 2,
          allowed: 0,
          ports: ['443'],
          reasons: [],
        },
      ]);
      expect(Object.fromEntries([...summary.domains].map(([h, d]) => [h, d.allowed]))).toEqual({
        'api.github.com': 1,
        'api.githubcopilot.com': 1,
        'api.individual.githubcopilot.com': 3,
        'telemetry.individual.githubcopilot.com': 0,
      });
      expect(summary.firstBlock.get('telemetry.individual.githubcopilot.com')?.line).toBe(9);
    },
  );
});
