// scope-violation: data from a repository outside the policy's `repos` reached the agent. Only post-filter
// `MCP tool call response … result=` records count, read structurally; pre-filter `rpc_response` payloads never do.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { analyzeFiles, findingsOf, gw, guardedPreamble, lines, P } from '../support/harness.js';

const RULE = 'scope-violation';

const inScope = {
  number: 4211,
  title: 'ok',
  html_url: 'https://github.com/github/gh-aw/issues/4211',
  repository_url: 'https://api.github.com/repos/github/gh-aw',
};
const outOfScope = {
  number: 7,
  title: 'secret plans',
  html_url: 'https://github.com/octo-org/internal-tools/issues/7',
  repository_url: 'https://api.github.com/repos/octo-org/internal-tools',
};

/** A post-filter tool result as the gateway logs it: the items as JSON text inside `content[].text`. */
function response(tool: string, items: unknown, ts = '2026-07-19T14:03:01.900Z'): string {
  const result = { content: [{ type: 'text', text: JSON.stringify(items) }] };
  return gw(
    'INFO',
    'client',
    `MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=${tool}, result=${JSON.stringify(result)}`,
    ts,
  );
}

/** The backend's raw (pre-filter) answer in rpc-messages.jsonl. */
function rpcResponse(items: unknown): string {
  return JSON.stringify({
    timestamp: '2026-07-19T14:03:01.840Z',
    event: 'rpc_response',
    _schema: 'rpc-message/v2',
    direction: 'IN',
    server_id: 'github',
    payload: { jsonrpc: '2.0', id: 7, result: { content: [{ type: 'text', text: JSON.stringify(items) }] } },
  });
}

describe('scope-violation', () => {
  it('fires on an out-of-scope item in a post-filter tool result (JSON nested in content[].text)', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(['github/gh-aw']),
        gw(
          'INFO',
          'client',
          'MCP tool call request, session=4f1c9a2e7b3d4c1e, tool=search_issues, args={"query":"plans"}',
        ),
        response('search_issues', { total_count: 2, items: [inScope, outOfScope] }),
        response('search_issues', { total_count: 1, items: [outOfScope] }, '2026-07-19T14:04:00.000Z'),
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('critical');
    expect(f[0].count).toBe(2);
    expect(f[0].details).toEqual({
      repo: 'octo-org/internal-tools',
      tool: 'search_issues',
      server: 'github',
      policyRepos: ['github/gh-aw'],
    });
    expect(f[0].evidence.map((e) => e.line)).toEqual([8, 9]);
    expect(a.facts.status).toBe('critical');
  });

  it('takes repositories from html_url, repository_url and repository.full_name, one finding per repository', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(['github/gh-aw']),
        response('search_code', {
          items: [
            { name: 'a.go', path: 'a.go', repository: { full_name: 'acme/vault' } },
            { title: 'x', repository_url: 'https://api.github.com/repos/acme/billing' },
            { title: 'y', html_url: 'https://github.com/acme/web/pull/3' },
            { name: 'b.go', repository: { full_name: 'github/gh-aw' } },
          ],
        }),
      ),
    });
    const f = findingsOf(a, RULE);
    expect(f.map((x) => x.details.repo).sort()).toEqual(['acme/billing', 'acme/vault', 'acme/web']);
    expect(f.every((x) => x.count === 1 && x.details.tool === 'search_code')).toBe(true);
  });

  it('reads a result that is JSON at the top level (no content wrapper)', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(['github/gh-aw']),
        gw(
          'INFO',
          'client',
          `MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=list_issues, result=${JSON.stringify([outOfScope])}`,
        ),
      ),
    });
    expect(findingsOf(a, RULE).map((x) => x.details.repo)).toEqual(['octo-org/internal-tools']);
  });

  it('does not fire on pre-filter rpc_response payloads holding the same items (they were filtered)', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(['github/gh-aw']),
        gw(
          'DEBUG',
          'rpc',
          `github←resp 900b ${JSON.stringify({ jsonrpc: '2.0', id: 7, result: { content: [{ type: 'text', text: JSON.stringify({ items: [inScope, outOfScope] }) }] } })}`,
        ),
        response('search_issues', { total_count: 1, items: [inScope] }),
      ),
      [P.jsonl]: lines(
        rpcResponse({ items: [inScope, outOfScope] }),
        JSON.stringify({
          timestamp: '2026-07-19T14:03:05.002Z',
          event: 'difc_filtered',
          _schema: 'difc-filtered/v2',
          server_id: 'github',
          tool_name: 'search_issues',
          description: 'issue:octo-org/internal-tools#7',
          reason:
            'Resource \'issue:octo-org/internal-tools#7\' has lower integrity than agent requires. The agent cannot read data with integrity below "approved".',
          secrecy_tags: [],
          integrity_tags: ['none:octo-org/internal-tools', 'unapproved:octo-org/internal-tools'],
          html_url: 'https://github.com/octo-org/internal-tools/issues/7',
          number: '7',
        }),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
    expect(findingsOf(a, 'difc-filtering-summary')[0]?.count).toBe(1);
  });

  it('never takes repositories from free text, bodies or non-item URLs', async () => {
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(['github/gh-aw']),
        gw(
          'INFO',
          'client',
          'MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=get_file_contents, result={"content":[{"type":"text","text":"See https://github.com/octo-org/internal-tools and octo-org/secret for details; repository.full_name=acme/vault"}]}',
        ),
        response('list_issues', [
          {
            ...inScope,
            body: 'copied from https://github.com/octo-org/internal-tools/issues/7',
            url: 'https://api.github.com/repos/octo-org/internal-tools/issues/7',
            user: { login: 'octocat', html_url: 'https://github.com/octocat' },
            labels: [{ name: 'bug', url: 'https://api.github.com/repos/acme/vault/labels/bug' }],
          },
        ]),
        response('get_issue', {
          ...inScope,
          milestone: { html_url: 'https://github.com/orgs/acme/projects/1' },
        }),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
  });

  it('does not treat the head repository of an in-scope fork pull request as out-of-scope data', async () => {
    const pr = {
      number: 88,
      title: 'Fix typo',
      html_url: 'https://github.com/github/gh-aw/pull/88',
      user: { login: 'contributor', html_url: 'https://github.com/contributor' },
      head: {
        ref: 'patch-1',
        repo: { full_name: 'contributor/gh-aw', html_url: 'https://github.com/contributor/gh-aw' },
      },
      base: { ref: 'main', repo: { full_name: 'github/gh-aw', html_url: 'https://github.com/github/gh-aw' } },
    };
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(['github/gh-aw']),
        response('get_pull_request', pr),
        response('list_pull_requests', [pr]),
      ),
    });
    expect(findingsOf(a, RULE)).toEqual([]);
    // an out-of-scope pull request is still named by its own html_url
    const leaked = {
      ...pr,
      html_url: 'https://github.com/acme/web/pull/3',
      base: { ref: 'main', repo: { full_name: 'acme/web' } },
    };
    const b = await analyzeFiles({
      [P.gateway]: lines(...guardedPreamble(['github/gh-aw']), response('list_pull_requests', [pr, leaked])),
    });
    expect(findingsOf(b, RULE).map((x) => x.details.repo)).toEqual(['acme/web']);
  });

  it('honours owner/* and prefix* policy entries and the config allowedRepositories', async () => {
    const files = {
      [P.gateway]: lines(
        ...guardedPreamble(['github/*', 'octo-org/api-*']),
        response('search_repositories', {
          items: [
            { full_name: 'github/docs', html_url: 'https://github.com/github/docs' },
            { full_name: 'octo-org/api-gateway', html_url: 'https://github.com/Octo-Org/API-Gateway' },
            { full_name: 'octo-org/web', html_url: 'https://github.com/octo-org/web' },
          ],
        }),
      ),
    };
    const a = await analyzeFiles(files);
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].details).toEqual({
      repo: 'octo-org/web',
      tool: 'search_repositories',
      server: 'github',
      policyRepos: ['github/*', 'octo-org/api-*'],
    });
    const allowed = await analyzeFiles(
      files,
      parseConfig({ allowedRepositories: ['octo-org/web'] }, RULE_IDS),
    );
    expect(findingsOf(allowed, RULE)).toEqual([]);
  });

  it('skips error results, GitHub-global tools, policies without a repo list, and other servers (tools.json)', async () => {
    const tools = JSON.stringify({
      servers: {
        github: [{ name: 'search_issues' }, { name: 'list_starred_repositories' }],
        other: [{ name: 'fetch_page' }],
      },
    });
    const a = await analyzeFiles({
      [P.gateway]: lines(
        ...guardedPreamble(['github/gh-aw']),
        gw(
          'INFO',
          'client',
          `MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=search_issues, result=${JSON.stringify({ content: [{ type: 'text', text: JSON.stringify([outOfScope]) }], isError: true })}`,
        ),
        response('list_starred_repositories', [
          { full_name: 'acme/vault', html_url: 'https://github.com/acme/vault' },
        ]),
        response('fetch_page', [outOfScope]),
      ),
      [P.tools]: tools,
    });
    expect(findingsOf(a, RULE)).toEqual([]);
    const all = await analyzeFiles({
      [P.gateway]: lines(
        gw(
          'INFO',
          'difc',
          '[github] Guard policy: {"allow-only":{"min-integrity":"approved","repos":"all"}}',
        ),
        gw('INFO', 'difc', "[github] Registered guard 'github'"),
        response('search_issues', [outOfScope]),
      ),
    });
    expect(findingsOf(all, RULE)).toEqual([]);
  });
});
