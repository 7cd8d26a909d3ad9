// empty-integrity-tags: a filtered item carries `null` or empty integrity tags.
import { c, plural, rich } from '../util/message.js';
import { FindingGroups, num } from './group.js';
import type { Rule, RuleOutput } from './types.js';

export const emptyIntegrityTags: Rule = {
  meta: {
    id: 'empty-integrity-tags',
    defaultSeverity: 'warning',
    title: 'Filtered item with empty integrity tags',
    why: 'Every labelled item gets at least `none:⟨scope⟩`; `null` means the guard returned no label object and `[]` no integrity at all, so the filter decision rested on a missing label.',
    messages: {
      null: '{{count:filtered item:filtered items}} from `{{tool}}` with `null` integrity tags',
      empty: '{{count:filtered item:filtered items}} from `{{tool}}` with empty integrity tags',
      both: '{{count:filtered item:filtered items}} from `{{tool}}` with `null` or empty integrity tags',
    },
    fix: 'Report the tool and item description to the guard maintainers; check the gateway version.',
  },
  check({ view }) {
    const groups = new FindingGroups<{ server: string; tool: string; nulls: number; empty: number }>();
    for (const f of view.of('DifcFiltered')) {
      if (f.integrityTags !== null && f.integrityTags.length > 0) continue;
      // A redacted text copy whose tags could not be read: unknown, not empty (a coverage note says so).
      if (f.unparsed && f.integrityTags === null) continue;
      const g = groups.add(`${f.server}\u0000${f.tool}`, f.loc, () => ({
        server: f.server,
        tool: f.tool,
        nulls: 0,
        empty: 0,
      }));
      if (f.integrityTags === null) g.nulls++;
      else g.empty++;
    }
    const out: RuleOutput[] = [];
    for (const g of groups.values()) {
      const count = g.count;
      out.push({
        message: emptyIntegrityTags.message!({ tool: g.tool, null: g.nulls, empty: g.empty }, count, 1),
        key: { server: g.server, tool: g.tool },
        count,
        details: { server: g.server, tool: g.tool, null: g.nulls, empty: g.empty },
        evidence: g.evidence,
      });
    }
    return out;
  },
  mergeDetails: (a, b) => ({ ...a, null: num(a.null) + num(b.null), empty: num(a.empty) + num(b.empty) }),
  message: (d, count) => {
    const nulls = num(d.null);
    const empty = num(d.empty);
    return { id: nulls && empty ? 'both' : nulls ? 'null' : 'empty', data: { count, tool: d.tool } };
  },
  describe: (d) => [
    rich`Server ${c(d.server)}, tool ${c(d.tool)}: ${plural(num(d.null), 'item', 'items')} with ${c('null')} tags, ${plural(num(d.empty), 'item', 'items')} with empty tags.`,
  ],
};
