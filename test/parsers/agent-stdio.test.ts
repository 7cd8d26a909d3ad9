// agent-stdio.log (FORMATS.md §9.6): non-empty or not, and AWF's `Firewall blocked domains` summary (ANSI colours
// stripped), plus the Codex `--allow-domains` line.
import { describe, expect, it } from 'vitest';
import { createReadStream } from 'node:fs';
import { lines } from '../support/harness.js';
import { parseAgentStdio } from '../../src/parsers/agent-stdio.js';
import { streamOf } from './helpers.js';
import { itReal, realFile } from '../support/real-corpus.js';

const CORPUS_STDIO = realFile('agent-stdio.log');
const FILE = 'agent/agent-stdio.log';
const parse = (text: string, peers: string[] = []) => parseAgentStdio(streamOf(text), FILE, new Set(peers));

/** AWF's logger colours the whole line with chalk: `chalk.yellow(`[WARN] ${message}`)`. */
const yellow = (s: string) => `\x1b[33m${s}\x1b[39m`;

describe('agent-stdio.log', () => {
  itReal(
    'reads the real v0.43 log: non-empty, agent exited 0, so no summary (the access.log has the denials)',
    async () => {
      const r = await parseAgentStdio(createReadStream(CORPUS_STDIO), 'agent-stdio.log', new Set());
      expect(r).toEqual({ nonEmpty: true, summary: null });
    },
  );

  it('reads the blocked-domain summary with ANSI colours, with its reasons and ports', async () => {
    const r = await parse(
      lines(
        yellow('[INFO] Allowed domains: api.github.com, github.com'),
        'Error: agent failed',
        yellow('[WARN] Firewall blocked domains:'),
        yellow('[WARN]   - Blocked: evil.example.com:443 (domain not in allowlist)'),
        yellow('[WARN]   - Blocked: github.com:8443 (port 8443 not allowed, only 80 and 443 are permitted)'),
        yellow('[WARN]   - Blocked: example.com:80 (protocol not allowed by allowlist entry)'),
        yellow('[WARN]   - Blocked: evil.example.com:443 (domain not in allowlist)'),
        yellow('[WARN] Allowed domains:'),
        yellow('[WARN]   - Allowed: github.com'),
        yellow('[WARN]   - Blocked: late.example.net:443 (domain not in allowlist)'),
        yellow('[WARN] To fix domain issues: --allow-domains "github.com,evil.example.com"'),
        '[INFO] Process exiting with code: 1',
      ),
    );
    expect(r.nonEmpty).toBe(true);
    expect(r.summary).not.toBeNull();
    const s = r.summary!;
    expect(s).toMatchObject({ source: 'agent-stdio.log', total: null, blocked: 4 });
    expect([...s.domains.values()]).toEqual([
      {
        host: 'evil.example.com',
        blocked: 2,
        allowed: 0,
        ports: ['443'],
        reasons: ['domain not in allowlist'],
      },
      {
        host: 'github.com',
        blocked: 1,
        allowed: 0,
        ports: ['8443'],
        reasons: ['port 8443 not allowed, only 80 and 443 are permitted'],
      },
      {
        host: 'example.com',
        blocked: 1,
        allowed: 0,
        ports: ['80'],
        reasons: ['protocol not allowed by allowlist entry'],
      },
    ]);
    expect(s.firstBlock.get('evil.example.com')).toEqual({
      file: FILE,
      line: 4,
      excerpt: '[WARN]   - Blocked: evil.example.com:443 (domain not in allowlist)',
    });
  });

  it('reads plain (uncoloured) lines the same way and skips internal destinations', async () => {
    const r = await parse(
      lines(
        '[WARN] Firewall blocked domains:',
        '[WARN]   - Blocked: awmg-mcpg:8080 (domain not in allowlist)',
        '[WARN]   - Blocked: awmgmcpg:8080 (domain not in allowlist)',
        '[WARN]   - Blocked: 172.30.0.1:80 (domain not in allowlist)',
        '[WARN]   - Blocked: mcp.gateway-01:8080 (domain not in allowlist)',
        '[WARN]   - Blocked: chatgpt.com:443 (domain not in allowlist)',
      ),
      ['mcp.gateway-01'],
    );
    expect([...r.summary!.domains.keys()]).toEqual(['chatgpt.com']);
    expect(r.summary!.blocked).toBe(1);
  });

  it('yields no summary when every listed domain is internal', async () => {
    const r = await parse(
      lines(
        '[WARN] Firewall blocked domains:',
        '[WARN]   - Blocked: awmgmcpg:8080 (domain not in allowlist)',
      ),
    );
    expect(r).toEqual({ nonEmpty: true, summary: null });
  });

  it('reads the Codex `--allow-domains` line, also with several domains', async () => {
    const r = await parse(
      lines(
        '[WARN] chatgpt.com is not in the allowed domains. To allow access, add --allow-domains chatgpt.com to your command.',
        '\x1b[33m[WARN] api.openai.com is not in the allowed domains. To allow access, add --allow-domains api.openai.com,auth.openai.com to your command.\x1b[39m',
      ),
    );
    expect(Object.fromEntries([...r.summary!.domains].map(([h, d]) => [h, [d.blocked, d.reasons]]))).toEqual({
      'chatgpt.com': [1, ['not in the allowed domains']],
      'api.openai.com': [1, ['not in the allowed domains']],
      'auth.openai.com': [1, ['not in the allowed domains']],
    });
    expect(r.summary!.total).toBeNull();
  });

  it('ignores item lines outside a summary and summary words inside engine output', async () => {
    const r = await parse(
      lines(
        '[WARN]   - Blocked: evil.example.com:443 (domain not in allowlist)',
        'agent: I saw "[WARN] Firewall blocked domains:" in the docs',
        '[WARN]   - Blocked: evil2.example.com:443 (domain not in allowlist)',
        '[WARN] Firewall blocked domains:',
        'The model said: - Blocked: api.github.com:443 (domain not in allowlist)',
        '[WARN]   - Blocked: evil3.example.com:443 (domain not in allowlist)',
        '[INFO]   - Blocked: evil4.example.com:443 (domain not in allowlist)',
        '[WARN] To fix domain issues: --allow-domains "github.com,evil.example.com"',
      ),
    );
    expect(r).toEqual({ nonEmpty: true, summary: null });
  });

  it('tells an empty or blank log from a non-empty one', async () => {
    expect(await parse('')).toEqual({ nonEmpty: false, summary: null });
    expect(await parse('\n  \n\t\n')).toEqual({ nonEmpty: false, summary: null });
    expect((await parse('x')).nonEmpty).toBe(true);
  });
});
