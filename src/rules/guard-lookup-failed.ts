// guard-lookup-failed: a guard's enrichment lookups through the host's `call_backend` failed (`<<< call_backend
// FAILED`), so it labelled on less information: without a collaborator permission it falls back to
// `author_association`, and a failed repository visibility lookup counts as private.
import { c, plural, rich } from '../util/message.js';
import { clip } from '../util/sanitize.js';
import { asCounts as counts, bump, FindingGroups, num, sumCounts } from './group.js';
import type { Rule, RuleOutput } from './types.js';

/**
 * The reason as the report says it. The gateway's `no GitHub token available` is reworded: a report redacts
 * `token ⟨word⟩` as a possible secret.
 */
function reasonText(reason: string | null, code: number | null): string {
  if (reason === null) return `code ${code ?? '?'}, no reason logged`;
  if (/^no GitHub token available\b/.test(reason)) return 'the gateway had no GitHub token';
  return reason;
}

/** Entries of a count map, most frequent first. */
function ranked(m: Record<string, number>): [string, number][] {
  return Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export const guardLookupFailed: Rule = {
  meta: {
    id: 'guard-lookup-failed',
    defaultSeverity: 'warning',
    title: 'Guard labelled on less information (lookups failed)',
    why: "The guard could not look up what it labels with (a user's collaborator permission, a repository's visibility): it fell back to `author_association` and treated repositories of unknown visibility as private, so items a maintainer would have let through may have been filtered, and the filtering of that run rests on coarser labels.",
    messages: {
      default:
        'Guard `{{guard}}` labelled on less information: {{failed:lookup:lookups}} failed (`{{tools}}`; `{{reasons}}`); {{filtered:item:items}} filtered in that run',
      runs: 'Guard `{{guard}}` labelled on less information: {{failed:lookup:lookups}} failed (`{{tools}}`; `{{reasons}}`); {{filtered:item:items}} filtered in those {{runs}} runs',
    },
    fix: 'Read the reason: without a GitHub token the gateway skips permission lookups (give the gateway a token, e.g. `GITHUB_MCP_SERVER_TOKEN`); rate limits or backend errors fail visibility lookups. Review the items filtered in the run.',
  },
  check({ view, run }) {
    const failures = view.of('GuardLookupFailed');
    if (failures.length === 0) return [];
    const filtered = view.filteredItems;
    const byGuard = new FindingGroups<{ byTool: Record<string, number>; reasons: Record<string, number> }>();
    for (const f of failures) {
      const g = byGuard.add(f.guard, f.loc, () => ({ byTool: {}, reasons: {} }));
      bump(g.byTool, f.tool ?? '(unknown lookup)');
      bump(g.reasons, reasonText(f.reason, f.code));
    }
    const out: RuleOutput[] = [];
    for (const [guard, g] of byGuard) {
      const details = {
        guard,
        failed: g.count,
        byTool: g.byTool,
        reasons: g.reasons,
        filteredInRuns: filtered,
        // per run: the failed lookups, and the items that run filtered
        failedByRun: { [run.meta.id]: g.count },
        filteredByRun: { [run.meta.id]: filtered },
      };
      out.push({
        message: guardLookupFailed.message!(details, g.count, 1),
        key: { guard },
        count: g.count,
        details,
        evidence: g.evidence,
        recommendation: guardLookupFailed.recommendation!(details, g.count, 1),
      });
    }
    return out;
  },
  mergeDetails: (a, b) => {
    const sum = (k: string) => sumCounts(a[k], b[k]);
    return {
      guard: a.guard,
      failed: num(a.failed) + num(b.failed),
      byTool: sum('byTool'),
      reasons: sum('reasons'),
      filteredInRuns: num(a.filteredInRuns) + num(b.filteredInRuns),
      failedByRun: sum('failedByRun'),
      filteredByRun: sum('filteredByRun'),
    };
  },
  message: (d, _count, runs) => ({
    id: runs > 1 ? 'runs' : 'default',
    data: {
      guard: d.guard,
      failed: num(d.failed),
      tools: ranked(counts(d.byTool)).map(([t]) => t),
      reasons: ranked(counts(d.reasons))
        .slice(0, 2)
        .map(([r]) => clip(r, 120)),
      filtered: num(d.filteredInRuns),
      runs,
    },
  }),
  describe: (d, _count, runs) => [
    rich`Failed lookups: ${ranked(counts(d.byTool)).map(([t, n]) => rich`${c(t)} ×${n}`)}.`,
    rich`Reasons: ${ranked(counts(d.reasons)).map(([r, n]) => rich`${c(r)} ×${n}`)}.`,
    rich`${plural(num(d.filteredInRuns), 'item', 'items')} filtered in ${runs > 1 ? `those ${runs} runs` : 'that run'}.`,
  ],
  recommendation: (d) => {
    const reasons = Object.keys(counts(d.reasons)).join('\n');
    const steps: string[] = [];
    if (/no GitHub token/i.test(reasons))
      steps.push(
        'give the gateway a GitHub token (`GITHUB_MCP_SERVER_TOKEN`, `GITHUB_TOKEN` or `GH_TOKEN` in its environment) so the guard can look up collaborator permissions',
      );
    if (/rate limit/i.test(reasons))
      steps.push(
        'the lookups were rate-limited: spread heavy workflows over time or use a token with a larger budget',
      );
    steps.push(
      'review the items filtered in the run: some may have been filtered only because the guard fell back to `author_association` or treated a repository as private',
    );
    const text = steps.join('; ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  },
};
