// empty-integrity-tags: a filtered item carries `null` or empty integrity tags.
import { code } from '../util/sanitize.js';
import { FindingGroups, num } from './group.js';
import type { Rule, RuleOutput } from './types.js';

export const emptyIntegrityTags: Rule = {
  meta: {
    id: 'empty-integrity-tags',
    defaultSeverity: 'warning',
    title: 'Filtered item with empty integrity tags',
    why: 'Every labelled item gets at least `none:⟨scope⟩`; `null` means the guard returned no label object and `[]` no integrity at all, so the filter decision rested on a missing label.',
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
        title: emptyIntegrityTags.title!({ tool: g.tool, null: g.nulls, empty: g.empty }, count, 1),
        key: { server: g.server, tool: g.tool },
        count,
        details: { server: g.server, tool: g.tool, null: g.nulls, empty: g.empty },
        evidence: g.evidence,
      });
    }
    return out;
  },
  mergeDetails: (a, b) => ({ ...a, null: num(a.null) + num(b.null), empty: num(a.empty) + num(b.empty) }),
  title: (d, count) => {
    const nulls = num(d.null);
    const empty = num(d.empty);
    return `${count} filtered item(s) from ${code(String(d.tool))} with ${nulls ? '`null`' : ''}${nulls && empty ? ' or ' : ''}${empty ? 'empty' : ''} integrity tags`;
  },
};
