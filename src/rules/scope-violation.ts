// scope-violation: data from a repository outside the policy's `repos` reached the agent. Reads the post-filter
// `MCP tool call response … result=` records only, structurally: repositories come from item fields, never free text.
import { code } from '../report/sanitize.js';
import type { Rule, RuleOutput } from './types.js';
import { repoCovered } from './view.js';
import type { Loc } from '../engine/types.js';

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
const NON_REPO_OWNERS = new Set(['orgs', 'users', 'settings', 'sponsors', 'apps', 'marketplace', 'topics', 'collections', 'features', 'enterprises', 'advisories', 'organizations', 'notifications', 'login', 'search']);
const MAX_DEPTH = 12;
/**
 * References to other repositories that are metadata of an in-scope item, not data of those repositories: a pull
 * request's branch refs (`head.repo` is the fork the change came from) and a repository's fork/template lineage.
 */
const REF_KEYS = new Set(['head', 'base', 'parent', 'source', 'template_repository']);

function repoFromHtmlUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.hostname.startsWith('gist.') || u.hostname.startsWith('api.')) return null;
  const parts = u.pathname.split('/').filter(Boolean);
  if (parts.length < 2 || NON_REPO_OWNERS.has(parts[0].toLowerCase())) return null;
  return `${parts[0]}/${parts[1]}`;
}

function repoFromApiUrl(url: string): string | null {
  const m = /\/repos\/([^/]+)\/([^/?#]+)/.exec(url);
  return m ? `${m[1]}/${m[2]}` : null;
}

/** Collects repositories named by item fields, descending into JSON nested in `content[].text`. */
export function reposInResult(value: unknown, out: Set<string>, depth = 0): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) reposInResult(v, out, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj.html_url === 'string') {
    const r = repoFromHtmlUrl(obj.html_url);
    if (r) out.add(r.toLowerCase());
  }
  if (typeof obj.repository_url === 'string') {
    const r = repoFromApiUrl(obj.repository_url);
    if (r) out.add(r.toLowerCase());
  }
  const repo = obj.repository;
  if (repo && typeof repo === 'object' && typeof (repo as Record<string, unknown>).full_name === 'string') {
    out.add(((repo as Record<string, unknown>).full_name as string).toLowerCase());
  }
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'text' && typeof v === 'string' && /^\s*[[{]/.test(v)) {
      try {
        reposInResult(JSON.parse(v), out, depth + 1);
      } catch {
        /* free text: never a source of repositories */
      }
    } else if (typeof v === 'object' && !REF_KEYS.has(k)) reposInResult(v, out, depth + 1);
  }
}

export const scopeViolation: Rule = {
  meta: {
    id: 'scope-violation',
    defaultSeverity: 'critical',
    title: 'Out-of-scope repository data reached the agent',
    why: 'A post-filter tool result, the data the agent received, holds items from a repository outside the guard policy `repos`: the integrity filter let out-of-scope data through.',
    fix: 'Treat the run as a data leak: review what the agent did with the data, then report it to the gateway maintainers with the tool and repository. Add the repository to the policy if it is meant to be readable.',
    perRun: true,
  },
  check({ view, config }) {
    const policies = [...view.servers.values()].filter((s) => s.policy && Array.isArray(s.policy.repos));
    if (policies.length === 0) return [];
    const hits = new Map<string, { repo: string; tool: string; server: string; policyRepos: string[]; count: number; evidence: Loc[] }>();
    for (const r of view.of('ToolCallResponse')) {
      if (GLOBAL_TOOLS.has(r.tool)) continue;
      const mapped = view.serverOfTool(r.tool);
      const state = mapped ? view.servers.get(mapped) : policies.length === 1 && !view.run.tools ? policies[0] : undefined;
      const repos = state?.policy?.repos;
      if (!state || !Array.isArray(repos)) continue;
      let result: unknown;
      try {
        result = JSON.parse(r.result);
      } catch {
        continue;
      }
      if (result && typeof result === 'object' && (result as Record<string, unknown>).isError === true) continue;
      const found = new Set<string>();
      reposInResult(result, found);
      for (const repo of found) {
        if (repoCovered(repo, repos) || repoCovered(repo, config.allowedRepositories)) continue;
        const k = `${state.server}\u0000${r.tool}\u0000${repo}`;
        let h = hits.get(k);
        if (!h) hits.set(k, (h = { repo, tool: r.tool, server: state.server, policyRepos: repos, count: 0, evidence: [] }));
        h.count++;
        if (h.evidence.length < 3) h.evidence.push(r.loc);
      }
    }
    const out: RuleOutput[] = [];
    for (const h of hits.values()) {
      out.push({
        title: `Data from out-of-scope repository ${code(h.repo)} returned by ${code(h.tool)}`,
        key: { server: h.server, tool: h.tool, repo: h.repo },
        count: h.count,
        details: { repo: h.repo, tool: h.tool, server: h.server, policyRepos: h.policyRepos },
        evidence: h.evidence,
      });
    }
    return out;
  },
};
