// unscoped-integrity-tag: a per-item integrity tag is a bare level instead of `level:scope` (FORMATS.md §8.3).
import { c, rich } from '../util/message.js';
import { FindingGroups } from './group.js';
import type { Rule, RuleOutput } from './types.js';

const BARE = new Set(['approved', 'merged', 'unapproved']);

export const unscopedIntegrityTag: Rule = {
  meta: {
    id: 'unscoped-integrity-tag',
    defaultSeverity: 'warning',
    title: 'Unscoped integrity tag on a filtered item',
    why: "Per-item integrity tags must carry a scope (`approved:owner/repo`); a bare level cannot be matched against the agent's scoped tags, so the guard labelled the item wrongly.",
    messages: {
      one: 'Unscoped integrity tag `{{tags}}` on {{count:item:items}} from `{{tool}}`',
      many: 'Unscoped integrity tags `{{tags}}` on {{count:item:items}} from `{{tool}}`',
    },
    fix: 'Report the tool and item to the guard maintainers; upgrade the gateway (the bare-level labels come from an outdated or broken guard).',
  },
  check({ view }) {
    const groups = new FindingGroups<{ server: string; tool: string; tags: Set<string> }>();
    for (const f of view.of('DifcFiltered')) {
      const bare = (f.integrityTags ?? []).filter((t) => BARE.has(t));
      if (bare.length === 0) continue;
      const g = groups.add(`${f.server}\u0000${f.tool}`, f.loc, () => ({
        server: f.server,
        tool: f.tool,
        tags: new Set<string>(),
      }));
      bare.forEach((t) => g.tags.add(t));
    }
    const out: RuleOutput[] = [];
    for (const g of groups.values()) {
      const tags = [...g.tags].sort();
      out.push({
        message: unscopedIntegrityTag.message!({ tool: g.tool, tags }, g.count, 1),
        key: { server: g.server, tool: g.tool },
        count: g.count,
        details: { server: g.server, tool: g.tool, tags },
        evidence: g.evidence,
      });
    }
    return out;
  },
  mergeDetails: (a, b) => ({ ...a, tags: [...new Set([...tagsOf(a), ...tagsOf(b)])].sort() }),
  message: (d, count) => ({
    id: tagsOf(d).length === 1 ? 'one' : 'many',
    data: { tags: tagsOf(d), count, tool: d.tool },
  }),
  describe: (d) => [rich`Server ${c(d.server)}, tool ${c(d.tool)}: ${tagsOf(d).map((t) => c(t))}.`],
};

function tagsOf(d: Record<string, unknown>): string[] {
  return Array.isArray(d.tags) ? d.tags.filter((t): t is string => typeof t === 'string') : [];
}
