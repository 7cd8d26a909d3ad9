// guard-lookup-failed: a guard's enrichment lookups through the host's `call_backend` failed (`<<< call_backend
// FAILED`), so it labelled on less information: without a collaborator permission it falls back to
// `author_association`, and a failed repository visibility lookup counts as private.
import { code } from '../util/sanitize.js';
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
        title: guardLookupFailed.title!(details, g.count, 1),
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
  title: (d, _count, runs) => {
    const tools = ranked(counts(d.byTool))
      .map(([t, n]) => `${code(t)} ×${n}`)
      .join(', ');
    const reasons = ranked(counts(d.reasons))
      .slice(0, 2)
      .map(([r]) => code(r, 120))
      .join(', ');
    const filtered = num(d.filteredInRuns);
    return `Guard ${code(String(d.guard))} labelled on less information: ${num(d.failed)} lookup(s) failed (${tools}; ${reasons}); ${filtered} item(s) filtered in ${runs > 1 ? `those ${runs} runs` : 'that run'}`;
  },
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
