// scope-violation: data from a repository outside the policy's `repos` reached the agent. Reads the post-filter
// `MCP tool call response … result=` records only, structurally: repositories come from item fields, never free text
// (parsers/tool-result.ts extracts them while parsing, so results are never kept in memory).
import { c, rich } from '../util/message.js';
import { FindingGroups } from './group.js';
import type { Rule, RuleOutput } from './types.js';
import { repoCovered } from './view.js';

/** Tools whose results are GitHub-global or user metadata (labelled `approved:github` / `private:user`). */
const GLOBAL_TOOLS = new Set([
  'get_me',
  'search_users',
  'list_starred_repositories',
  'get_teams',
  'get_team_members',
  'list_global_security_advisories',
  'get_global_security_advisory',
  'list_gists',
  'get_gist',
]);
export const scopeViolation: Rule = {
  meta: {
    id: 'scope-violation',
    defaultSeverity: 'critical',
    title: 'Out-of-scope repository data reached the agent',
    why: 'A post-filter tool result, the data the agent received, holds items from a repository outside the guard policy `repos`: the integrity filter let out-of-scope data through.',
    fix: 'Treat the run as a data leak: review what the agent did with the data, then report it to the gateway maintainers with the tool and repository. Add the repository to the policy if it is meant to be readable.',
    perRun: true,
    messages: { default: 'Data from out-of-scope repository `{{repo}}` returned by `{{tool}}`' },
  },
  check({ view, config }) {
    const policies = [...view.servers.values()].filter((s) => s.policy && Array.isArray(s.policy.repos));
    if (policies.length === 0) return [];
    const hits = new FindingGroups<{ repo: string; tool: string; server: string; policyRepos: string[] }>();
    for (const r of view.of('ToolCallResponse')) {
      if (GLOBAL_TOOLS.has(r.tool)) continue;
      const mapped = view.serverOfTool(r.tool);
      const state = mapped
        ? view.servers.get(mapped)
        : policies.length === 1 && !view.run.tools
          ? policies[0]
          : undefined;
      const repos = state?.policy?.repos;
      if (!state || !Array.isArray(repos)) continue;
      if (r.isError) continue;
      for (const repo of r.repos) {
        if (repoCovered(repo, repos) || repoCovered(repo, config.allowedRepositories)) continue;
        hits.add(`${state.server}\u0000${r.tool}\u0000${repo}`, r.loc, () => ({
          repo,
          tool: r.tool,
          server: state.server,
          policyRepos: repos,
        }));
      }
    }
    const out: RuleOutput[] = [];
    for (const h of hits.values()) {
      out.push({
        message: { id: 'default', data: { repo: h.repo, tool: h.tool } },
        key: { server: h.server, tool: h.tool, repo: h.repo },
        count: h.count,
        details: { repo: h.repo, tool: h.tool, server: h.server, policyRepos: h.policyRepos },
        evidence: h.evidence,
      });
    }
    return out;
  },
  describe: (d) => [
    rich`Server ${c(d.server)}, tool ${c(d.tool)} returned items of ${c(d.repo)}.`,
    rich`The policy allows: ${(Array.isArray(d.policyRepos) ? (d.policyRepos as unknown[]) : []).slice(0, 10).map((r) => c(r))}.`,
  ],
};
