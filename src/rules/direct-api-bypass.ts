// direct-api-bypass: the firewall denied the agent direct access to GitHub or an AI service, instead of going
// through the gateway. Evidence is a firewall decision only, never a hostname in a log payload.
import type { Rule } from './types.js';
import { describeDomains } from './view.js';
import { isBypassDomain, isExpected } from './view.js';

export const directApiBypass: Rule = {
  meta: {
    id: 'direct-api-bypass',
    defaultSeverity: 'warning',
    title: 'Direct API bypass attempt',
    why: 'The agent tried to reach GitHub or an AI service directly (curl, fetch, an SDK) instead of through the MCP gateway, where integrity filtering happens. The firewall stopped it this time; the prompt or the tools let it try.',
    fix: 'Restrict the agent to MCP tools in the prompt (see gh-aw `shared/mcp-api-routing.md`), use `tools.github` (the integrity proxy is built in since gh-aw v0.67.0), and do not add these domains to `network.allowed`.',
    perRun: true,
    messages: { default: 'Direct access to `{{domains}}` blocked {{blocks:time:times}}' },
  },
  check({ run, config }) {
    const fw = run.firewall;
    if (!fw) return [];
    const domains = [...fw.domains.values()]
      .filter((d) => d.blocked > 0 && isBypassDomain(d.host) && !isExpected(d.host, config.expectedDomains))
      .sort((a, b) => b.blocked - a.blocked || a.host.localeCompare(b.host));
    if (domains.length === 0) return [];
    const blocks = domains.reduce((a, d) => a + d.blocked, 0);
    return [
      {
        message: { id: 'default', data: { domains: domains.map((d) => d.host), blocks } },
        key: { domains: domains.map((d) => d.host).join(',') },
        count: blocks,
        details: {
          domains: domains.map((d) => ({ domain: d.host, blocks: d.blocked, ports: d.ports })),
          source: fw.source,
          likelyCause:
            'the agent made direct network calls (e.g. curl or an SDK) instead of using the MCP tools',
        },
        evidence: domains
          .slice(0, 5)
          .map((d) => fw.firstBlock.get(d.host)!)
          .filter(Boolean),
      },
    ];
  },
  describe: (d) => [
    ...describeDomains(d.domains),
    ['Likely cause: the agent made direct network calls (curl, an SDK) instead of using its MCP tools.'],
  ],
};
