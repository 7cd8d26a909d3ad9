// The API budget in the report (issue 12): the requests the audit made and the rate limit GitHub last reported
// (`report.api`), and, when the budget cut the audit short, which runs and repositories it left out and why, as a
// note and in `report.api.cutShort`. Those runs are in `runs[]` as not (fully) audited, so the verdict is never `clean`
// and `require-full-coverage` fails, as for any other missing evidence.
import type { GitHubClient } from '../github/client.js';
import { apiBudget } from '../github/client.js';
import type { ApiUsage, Report } from '../model/types.js';
import { notFullyAudited } from '../report/verdict.js';
import { count } from '../report/words.js';

/** The report's note when the budget cut the audit short. */
export function budgetNote(cut: NonNullable<ApiUsage['cutShort']>, report: Report): string {
  const notStarted = new Set(cut.runs);
  const none = report.runs.filter((r) => notStarted.has(r.id) && r.coverage === 'none').length;
  const parts = [
    none > 0 ? `${count(none, 'run')} not audited` : null,
    cut.runs.length > none ? `${count(cut.runs.length - none, 'run')} not fully audited` : null,
    cut.repositories.length > 0
      ? `${count(cut.repositories.length, 'repository', 'repositories')} not covered (${cut.repositories.join(', ')})`
      : null,
  ].filter((p): p is string => p !== null);
  return `The GitHub API budget cut the audit short: ${cut.reason}; ${parts.join(', ')}.`;
}

/** The report with `api` (and the note, when the budget cut it short) of the client's budget; unchanged without one. */
export function withApiUsage(report: Report, client: GitHubClient): Report {
  const budget = apiBudget(client);
  if (!budget) return report;
  const cut = report.runs
    .filter((r) => budget.notStarted.has(r.id) || (budget.refusedIn.has(r.id) && notFullyAudited(r)))
    .map((r) => r.id);
  const api = budget.usage(cut);
  const out: Report = { ...report, api };
  if (!api.cutShort) return out;
  out.notes = [budgetNote(api.cutShort, report), ...(report.notes ?? [])];
  // Fail closed: the runs left out already keep the verdict from `clean`; a repository not listed does too.
  if (out.summary.verdict === 'clean') out.summary = { ...out.summary, verdict: 'incomplete' };
  return out;
}
