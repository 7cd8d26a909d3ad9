// unscoped-integrity-tag: a per-item integrity tag is a bare level instead of `level:scope` (FORMATS.md §8.3).
import { code } from '../util/sanitize.js';
import { FindingGroups } from './group.js';
import type { Rule, RuleOutput } from './types.js';

const BARE = new Set(['approved', 'merged', 'unapproved']);

export const unscopedIntegrityTag: Rule = {
  meta: {
    id: 'unscoped-integrity-tag',
    defaultSeverity: 'warning',
    title: 'Unscoped integrity tag on a filtered item',
    why: "Per-item integrity tags must carry a scope (`approved:owner/repo`); a bare level cannot be matched against the agent's scoped tags, so the guard labelled the item wrongly.",
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
        title: unscopedIntegrityTag.title!({ tool: g.tool, tags }, g.count, 1),
        key: { server: g.server, tool: g.tool },
        count: g.count,
        details: { server: g.server, tool: g.tool, tags },
        evidence: g.evidence,
      });
    }
    return out;
  },
  mergeDetails: (a, b) => ({ ...a, tags: [...new Set([...tagsOf(a), ...tagsOf(b)])].sort() }),
  title: (d, count) =>
    `Unscoped integrity tag(s) ${tagsOf(d)
      .map((t) => code(t))
      .join(', ')} on ${count} item(s) from ${code(String(d.tool))}`,
};

function tagsOf(d: Record<string, unknown>): string[] {
  return Array.isArray(d.tags) ? d.tags.filter((t): t is string => typeof t === 'string') : [];
}
