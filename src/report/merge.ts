// Merging JSON reports (schemaVersion 1) of disjoint run sets, e.g. the shards of one audit, into the report one audit
// over all those runs gives. Nothing is merged by hand here: each run's facts and findings before the cross-run merge
// (`runs[]`, `runFindings[]`) are put back in audit order and go through buildReport again, so findings merge across
// runs, cross-run rules (repeated activation rate limits of one workflow) see the merged facts, ids are renumbered and
// the summary and verdict are computed exactly as by one audit.
import type { ApiUsage, RawFinding, Report, RunFacts } from '../model/types.js';
import { RULE_IDS } from '../rules/index.js';
import { buildReport } from './build.js';
import { dedupeRunResults, type RunResult } from './dedupe.js';
import { applySuppressions } from './suppressions.js';

export class MergeError extends Error {}

export interface ReportSource {
  /** Where the report came from (a file path), named in errors. */
  source: string;
  report: Report;
}

export interface MergeOptions {
  generatedAt?: Date;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks that `value` (parsed JSON) is a report this version can merge: schemaVersion 1 with `runs` and `findings`,
 * and `runFindings` whenever it has findings (reports of earlier versions lack them and cannot be merged exactly).
 */
export function checkReport(value: unknown, source: string): Report {
  if (!isRecord(value))
    throw new MergeError(`${source}: not an integrity-audit JSON report (not a JSON object)`);
  if (value.schemaVersion !== 1)
    throw new MergeError(
      `${source}: schemaVersion ${JSON.stringify(value.schemaVersion ?? null)} is not supported: merge reads reports of schemaVersion 1 (integrity-audit --format json, the action's report-path)`,
    );
  if (!Array.isArray(value.runs) || !Array.isArray(value.findings) || !isRecord(value.summary))
    throw new MergeError(`${source}: not an integrity-audit JSON report (no runs, findings or summary)`);
  for (const r of value.runs)
    if (!isRecord(r) || typeof r.id !== 'string')
      throw new MergeError(`${source}: not an integrity-audit JSON report (a run without an id)`);
  if (value.runFindings === undefined && value.findings.length > 0)
    throw new MergeError(
      `${source}: has no runFindings (made by an earlier version of integrity-audit): audit those runs again with this version to merge them`,
    );
  if (value.runFindings !== undefined && !Array.isArray(value.runFindings))
    throw new MergeError(`${source}: runFindings is not a list`);
  return value as unknown as Report;
}

/** Parses and checks one report file's text. */
export function parseReport(text: string, source: string): Report {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new MergeError(`${source}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  return checkReport(value, source);
}

/** A report's runs with their own findings; a run id given twice in one report gets its findings once. */
function runResults(report: Report): RunResult[] {
  const byRun = new Map<string, RawFinding[]>();
  for (const f of report.runFindings ?? []) {
    // The key is known by its fingerprint only, which is all that merging needs of it.
    const raw: RawFinding = { ...f, key: {} };
    const list = byRun.get(f.run);
    if (list) list.push(raw);
    else byRun.set(f.run, [raw]);
  }
  return report.runs.map((facts) => {
    const findings = byRun.get(facts.id) ?? [];
    byRun.delete(facts.id);
    return { facts, findings };
  });
}

const numericId = (id: string): bigint | null => (/^\d{1,30}$/.test(id) ? BigInt(id) : null);

/**
 * Audit order, as run discovery lists runs: newest first (created time, then run id, descending). Runs whose created
 * time is not known (local folders) keep the order of the reports as given, after the others.
 */
function auditOrder(a: RunFacts, b: RunFacts): number {
  const ca = a.createdAt ?? '';
  const cb = b.createdAt ?? '';
  if (ca !== cb) return ca < cb ? 1 : -1;
  if (ca === '') return 0;
  const ia = numericId(a.id);
  const ib = numericId(b.id);
  if (ia === null || ib === null) return 0;
  return ia < ib ? 1 : ia > ib ? -1 : 0;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * The report one audit over the runs of all `reports` gives. Reports of disjoint run sets merge exactly; a run in
 * several reports counts once (the rule of one audit given a run twice: report/dedupe.ts).
 */
export function mergeReports(reports: ReportSource[], options: MergeOptions = {}): Report {
  if (reports.length === 0) throw new MergeError('no report to merge');
  const results = reports.flatMap(({ report }) => runResults(report));
  // Whole duplicates (the same report given twice, a run audited the same way in two shards) always count once.
  const seen = new Set<string>();
  const distinct = results.filter((r) => {
    const key = JSON.stringify(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const { kept, notes: dedupeNotes } = dedupeRunResults(
    distinct,
    (id, n) => `Run ${id} was in ${n} reports: counted once.`,
  );
  const ordered = kept
    .map((r, i) => ({ r, i }))
    .sort((x, y) => auditOrder(x.r.facts, y.r.facts) || x.i - y.i)
    .map(({ r }) => r);
  // GitHub names are case-insensitive: `Octo-Org/App` and `octo-org/app` are one target (the first spelling stays).
  const targets = new Map<string, string>();
  for (const { report } of reports)
    if (report.target !== null && !targets.has(report.target.toLowerCase()))
      targets.set(report.target.toLowerCase(), report.target);
  const froms = reports.map(({ report }) => report.window?.from).filter((t): t is string => !!t);
  const tos = reports.map(({ report }) => report.window?.to).filter((t): t is string => !!t);
  const notes = unique([...reports.flatMap(({ report }) => report.notes ?? []), ...dedupeNotes]);
  const api = mergeApi(
    reports.map(({ report }) => report.api),
    new Set(ordered.map((r) => r.facts.id)),
  );
  const merged = buildReport(
    ordered.map((r) => r.facts),
    ordered.flatMap((r) => r.findings),
    {
      target: targets.size === 0 ? null : [...targets.values()].join(', '),
      window: {
        from: froms.length > 0 ? froms.reduce((a, b) => (b < a ? b : a)) : null,
        to: tos.length > 0 ? tos.reduce((a, b) => (b > a ? b : a)) : null,
      },
      generatedAt: options.generatedAt,
      notes,
    },
  );
  if (!api) return merged;
  // Fail closed, as the audits did: a repository the budget left unlisted keeps the merged verdict from `clean`.
  const verdict =
    api.cutShort && api.cutShort.repositories.length > 0 && merged.summary.verdict === 'clean'
      ? 'incomplete'
      : merged.summary.verdict;
  return { ...merged, summary: { ...merged.summary, verdict }, api };
}

/**
 * The API budgets of several audits as one: their requests added up, the rate limit of the latest window (the lowest
 * remaining in it), and what the budget cut short in any of them (the runs still in the merged report).
 */
function mergeApi(list: (ApiUsage | undefined)[], runs: Set<string>): ApiUsage | null {
  const apis = list.filter((a): a is ApiUsage => a !== undefined && a !== null);
  if (apis.length === 0) return null;
  let rateLimit: ApiUsage['rateLimit'] = null;
  let reserve: number | null = null;
  for (const a of apis) {
    const rl = a.rateLimit;
    if (
      rl &&
      (!rateLimit ||
        rl.reset > rateLimit.reset ||
        (rl.reset === rateLimit.reset && rl.remaining < rateLimit.remaining))
    ) {
      rateLimit = rl;
      reserve = a.reserve;
    }
    if (!rateLimit) reserve ??= a.reserve;
  }
  const api: ApiUsage = { requests: apis.reduce((n, a) => n + a.requests, 0), rateLimit, reserve };
  const cuts = apis.map((a) => a.cutShort).filter((c) => c !== undefined);
  if (cuts.length > 0)
    api.cutShort = {
      reason: unique(cuts.map((c) => c.reason)).join('; '),
      runs: unique(cuts.flatMap((c) => c.runs)).filter((id) => runs.has(id)),
      repositories: unique(cuts.flatMap((c) => c.repositories)).sort(),
    };
  return api;
}

/**
 * The merge of the action's `reports-path` and of `integrity-audit merge --config`: the reports merged, then the
 * config's suppressions applied to the merged report as at the end of one audit (a report keeps every run's findings in
 * `runFindings`, so a finding a shard suppressed comes back in the merge unless the config is applied again). Rule
 * options are not: the findings were made by the audits that wrote the reports.
 */
export function mergeWithSuppressions(
  reports: ReportSource[],
  suppressions: unknown,
  options: MergeOptions = {},
): Report {
  return applySuppressions(mergeReports(reports, options), suppressions, RULE_IDS, options.generatedAt);
}
