// Accepted findings (the config's `suppressions`): each names findings by fingerprint, or by rule plus detail values,
// with a reason and an expiry date. A suppressed finding leaves the counts, the verdict, the gates, the annotations
// and SARIF, and is listed apart with its reason; after its expiry date it is back. A suppression that expired or
// matched nothing is named in the report, so the list does not rot.
import { ConfigError } from '../config.js';
import type { Finding, Report, RunFacts, SuppressedFinding } from '../model/types.js';
import { verdictOf } from './verdict.js';

export interface Suppression {
  fingerprint: string | null;
  rule: string | null;
  /** detail values the finding must carry (a value in a list, a field of an object in a list, case-insensitive) */
  details: Record<string, unknown> | null;
  reason: string;
  /** `YYYY-MM-DD`: accepted through the end of that day (UTC) */
  expires: string;
}

const KEYS = ['fingerprint', 'rule', 'details', 'reason', 'expires'];

/** Validates the config's `suppressions` list; every problem names the entry and what is expected. */
export function parseSuppressions(
  value: unknown,
  knownRules: readonly string[],
  source = 'config',
): Suppression[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ConfigError(`${source}: "suppressions" must be an array`);
  return value.map((entry: unknown, i) => {
    const where = `${source}: suppressions[${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw new ConfigError(`${where} must be an object`);
    const e = entry as Record<string, unknown>;
    for (const k of Object.keys(e))
      if (!KEYS.includes(k))
        throw new ConfigError(`${where}: unknown key "${k}" (accepted: ${KEYS.join(', ')})`);
    const fingerprint = e.fingerprint;
    if (
      fingerprint !== undefined &&
      (typeof fingerprint !== 'string' || !/^[0-9a-f]{8,64}$/.test(fingerprint))
    )
      throw new ConfigError(
        `${where}: "fingerprint" must be a finding's fingerprint (hexadecimal, from the JSON report)`,
      );
    const rule = e.rule;
    if (rule !== undefined && (typeof rule !== 'string' || !knownRules.includes(rule)))
      throw new ConfigError(
        `${where}: unknown rule ${JSON.stringify(rule)} (known: ${knownRules.join(', ')})`,
      );
    if (fingerprint === undefined && rule === undefined)
      throw new ConfigError(`${where}: name the findings by "fingerprint" or by "rule" (with "details")`);
    const details = e.details;
    if (details !== undefined && (typeof details !== 'object' || details === null || Array.isArray(details)))
      throw new ConfigError(`${where}: "details" must be an object of detail values`);
    if (typeof e.reason !== 'string' || e.reason.trim() === '')
      throw new ConfigError(`${where}: "reason" must say why the finding is accepted`);
    const expires = e.expires;
    if (
      typeof expires !== 'string' ||
      !/^\d{4}-\d{2}-\d{2}$/.test(expires) ||
      Number.isNaN(Date.parse(expires))
    )
      throw new ConfigError(`${where}: "expires" must be a date (YYYY-MM-DD): every acceptance ends`);
    return {
      fingerprint: (fingerprint as string | undefined) ?? null,
      rule: (rule as string | undefined) ?? null,
      details: (details as Record<string, unknown> | undefined) ?? null,
      reason: e.reason.trim().slice(0, 500),
      expires,
    };
  });
}

function valueMatches(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(actual)) return actual.some((a) => valueMatches(a, expected));
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return false;
    return Object.entries(expected).every(([k, v]) =>
      valueMatches((actual as Record<string, unknown>)[k], v),
    );
  }
  if (actual === null || actual === undefined || typeof actual === 'object') return false;
  return String(actual).toLowerCase() === String(expected).toLowerCase();
}

export function matches(s: Suppression, f: Finding): boolean {
  if (s.fingerprint !== null && f.fingerprint !== s.fingerprint) return false;
  if (s.rule !== null && f.rule !== s.rule) return false;
  if (s.details) return valueMatches(f.details, s.details);
  return true;
}

function label(s: Suppression, i: number): string {
  const what = s.fingerprint ? `fingerprint ${s.fingerprint}` : `rule ${s.rule}`;
  return `Suppression ${i + 1} (${what}, "${s.reason.slice(0, 80)}")`;
}

function runStatus(r: RunFacts, findings: Finding[]): RunFacts['status'] {
  const hits = findings.filter((f) => f.runs.includes(r.id));
  if (hits.some((f) => f.severity === 'critical')) return 'critical';
  if (hits.some((f) => f.severity === 'warning')) return 'warning';
  return r.coverage === 'none' ? 'unaudited' : 'ok';
}

/**
 * The report without the findings an unexpired suppression accepts: ids renumbered, counts, verdict and run statuses
 * recomputed; the accepted ones in `suppressed`, expired and unmatched suppressions in `suppressionNotes`.
 */
export function applySuppressions(
  report: Report,
  raw: unknown,
  knownRules: readonly string[],
  now = new Date(),
): Report {
  const list = parseSuppressions(raw, knownRules);
  if (list.length === 0) return report;
  const today = now.toISOString().slice(0, 10);
  const notes: string[] = [];
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const used = new Set<number>();
  for (const f of report.findings) {
    const i = list.findIndex((s) => s.expires >= today && matches(s, f));
    if (i === -1) {
      kept.push(f);
      continue;
    }
    used.add(i);
    suppressed.push({ finding: f, reason: list[i].reason, expires: list[i].expires });
  }
  for (const [i, s] of list.entries()) {
    if (s.expires < today) {
      const back = report.findings.filter((f) => matches(s, f)).map((f) => f.id);
      notes.push(
        `${label(s, i)} expired on ${s.expires}${back.length ? `: its findings are back (${back.slice(0, 5).join(', ')})` : ''}; renew it or remove it.`,
      );
    } else if (!used.has(i))
      notes.push(`${label(s, i)} matched no finding: remove it if the problem is gone.`);
  }
  const counters = { critical: 0, warning: 0, info: 0 };
  const prefix = { critical: 'C', warning: 'W', info: 'I' } as const;
  const findings = kept.map((f) => ({ ...f, id: `${prefix[f.severity]}-${++counters[f.severity]}` }));
  const runs = report.runs.map((r) => ({ ...r, status: runStatus(r, findings) }));
  const out: Report = {
    ...report,
    summary: { ...report.summary, ...counters, verdict: verdictOf(counters, runs) },
    runs,
    findings,
  };
  if (suppressed.length > 0)
    out.suppressed = suppressed.map((s, i) => ({ ...s, finding: { ...s.finding, id: `S-${i + 1}` } }));
  if (notes.length > 0) out.suppressionNotes = notes;
  return out;
}
