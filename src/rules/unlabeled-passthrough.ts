// unlabeled-passthrough: the proxy forwarded an unrecognised REST endpoint with empty labels (unfiltered).
import { FindingGroups } from './group.js';
import type { Rule, RuleOutput } from './types.js';

/** `/repos/octo/app/actions/caches/12` → `/repos/{owner}/{repo}/actions/caches/{n}` */
export function endpointTemplate(path: string): string {
  return path
    .replace(/^\/repos\/[^/]+\/[^/]+/, '/repos/{owner}/{repo}')
    .replace(/^\/(orgs|users)\/[^/]+/, '/$1/{name}')
    .replace(/\/\d+(?=\/|$)/g, '/{n}');
}

export const unlabeledPassthrough: Rule = {
  meta: {
    id: 'unlabeled-passthrough',
    defaultSeverity: 'warning',
    title: 'Unrecognised REST endpoint forwarded unfiltered',
    why: 'The DIFC proxy did not know the endpoint, so it forwarded the request with no integrity and no secrecy labels: whatever it returned reached the pre-agent step unfiltered.',
    messages: { default: '`{{method}} {{endpoint}}` forwarded with empty labels ({{count}}×)' },
    fix: 'Ask the gateway maintainers to add the endpoint to the proxy route table, or avoid calling it in pre-agent `gh` steps.',
  },
  check({ view }) {
    const groups = new FindingGroups<{ method: string; template: string }>();
    for (const e of view.of('UnrecognizedEndpoint')) {
      const template = endpointTemplate(e.path);
      groups.add(`${e.method} ${template}`, e.loc, () => ({ method: e.method, template }));
    }
    const out: RuleOutput[] = [];
    for (const g of groups.values()) {
      out.push({
        message: unlabeledPassthrough.message!({ method: g.method, endpoint: g.template }, g.count, 1),
        key: { method: g.method, endpoint: g.template },
        count: g.count,
        details: { method: g.method, endpoint: g.template },
        evidence: g.evidence,
      });
    }
    return out;
  },
  message: (d, count) => ({ id: 'default', data: { method: d.method, endpoint: d.endpoint, count } }),
  describe: () => [],
};
