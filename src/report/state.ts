// The hidden state block at the end of the issue body: target repository and finding fingerprints, so the next
// audit tells new, recurring and resolved findings apart, and a rerun on the same data writes nothing.
import { createHash } from 'node:crypto';
import type { Report, Severity } from '../model/types.js';
import type { Verdict } from './verdict.js';

export const STATE_MARKER = 'integrity-audit:state';

export interface AuditState {
  v: 1;
  target: string | null;
  /** Hash of every fingerprint with its count, and of the audited runs: equal digests mean nothing changed. */
  digest: string;
  /** Fingerprint:severity → summary; capped (critical first) so the block stays small whatever the report size. */
  findings: Record<string, { rule: string; severity: Severity; count: number; title?: string }>;
  truncated?: boolean;
  /** The report's verdict: a change (e.g. clean → incomplete) is a change to the issue. Absent in older issues. */
  verdict?: Verdict;
  /** The last audits, oldest first, this one last (the trend chart). Absent in older issues. */
  history?: HistoryEntry[];
}

/** One audit in the state's history: when, the counts per severity, the runs, the filtered items and blocks. */
export interface HistoryEntry {
  /** the report's `generatedAt` */
  date: string;
  critical: number;
  warning: number;
  info: number;
  runs: number;
  /** DIFC-filtered items over the audit's runs */
  filtered: number;
  /** firewall blocks over the audit's runs */
  blocks: number;
}

export const MAX_HISTORY = 12;

export function historyEntryOf(report: Report): HistoryEntry {
  const s = report.summary;
  return {
    date: report.generatedAt,
    critical: s.critical,
    warning: s.warning,
    info: s.info,
    runs: s.runs,
    filtered: report.runs.reduce((n, r) => n + r.difc.filtered, 0),
    blocks: report.runs.reduce((n, r) => n + r.firewall.blocked, 0),
  };
}

/** A history read from an issue body: only well-formed entries (the body can be edited by anyone who can edit it). */
function validHistory(history: unknown): HistoryEntry[] {
  if (!Array.isArray(history)) return [];
  const num = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  return history
    .filter(
      (h): h is HistoryEntry =>
        typeof h === 'object' &&
        h !== null &&
        typeof (h as HistoryEntry).date === 'string' &&
        /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test((h as HistoryEntry).date) &&
        (['critical', 'warning', 'info', 'runs', 'filtered', 'blocks'] as const).every((k) =>
          num((h as HistoryEntry)[k]),
        ),
    )
    .map((h) => ({
      date: h.date,
      critical: h.critical,
      warning: h.warning,
      info: h.info,
      runs: h.runs,
      filtered: h.filtered,
      blocks: h.blocks,
    }));
}

const MAX_STATE_FINDINGS = 300;
const MAX_STATE_CHARS = 24_000;

/** The state of this audit; with the previous issue's state, its history gains this audit (the last MAX_HISTORY). */
export function stateOf(report: Report, previous: AuditState | null = null): AuditState {
  const all: AuditState['findings'] = {};
  for (const f of report.findings) {
    const key = `${f.fingerprint}:${f.severity}`;
    const prev = all[key];
    all[key] = {
      rule: f.rule,
      severity: f.severity,
      count: (prev?.count ?? 0) + f.count,
      title: f.title.slice(0, 100),
    };
  }
  const lines = Object.entries(all)
    .map(([k, v]) => `${k}=${v.count}`)
    .sort();
  const runs = report.runs.map((r) => r.id).sort();
  const digest = createHash('sha256')
    .update(JSON.stringify([report.target, lines, runs]))
    .digest('hex')
    .slice(0, 24);
  const keys = Object.keys(all);
  const findings: AuditState['findings'] = {};
  for (const k of keys.slice(0, MAX_STATE_FINDINGS)) findings[k] = all[k];
  const state: AuditState = {
    v: 1,
    target: report.target,
    digest,
    findings,
    verdict: report.summary.verdict,
    history: [...validHistory(previous?.history), historyEntryOf(report)].slice(-MAX_HISTORY),
  };
  if (keys.length > MAX_STATE_FINDINGS) state.truncated = true;
  // Measured as rendered: escaping makes `-`, `<` and `>` six characters each, and titles can be full of them.
  if (renderState({ ...state, history: undefined }).length > MAX_STATE_CHARS)
    for (const v of Object.values(findings)) delete v.title;
  return state;
}

/** `--` cannot appear inside an HTML comment: JSON-escape the hyphen in strings. */
export function renderState(state: AuditState): string {
  const json = JSON.stringify(state)
    .replace(/-/g, '\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e');
  return `<!-- ${STATE_MARKER} ${json} -->`;
}

export function parseState(body: string | null | undefined): AuditState | null {
  if (!body) return null;
  const i = body.lastIndexOf(`<!-- ${STATE_MARKER} `);
  if (i === -1) return null;
  const end = body.indexOf(' -->', i);
  if (end === -1) return null;
  try {
    const v = JSON.parse(body.slice(i + STATE_MARKER.length + 6, end)) as AuditState;
    return v && v.v === 1 && typeof v.findings === 'object' ? v : null;
  } catch {
    return null;
  }
}

export interface StateDiff {
  added: string[];
  recurring: string[];
  resolved: string[];
  /** Same fingerprints with the same counts, over the same runs, with the same verdict. */
  unchanged: boolean;
}

export function diffState(prev: AuditState | null, next: AuditState): StateDiff {
  const before = prev?.findings ?? {};
  const added = Object.keys(next.findings).filter((k) => !(k in before));
  const recurring = Object.keys(next.findings).filter((k) => k in before);
  const resolved = Object.keys(before).filter((k) => !(k in next.findings));
  const unchanged =
    prev !== null &&
    prev.digest === next.digest &&
    prev.target === next.target &&
    prev.verdict === next.verdict;
  return { added, recurring, resolved, unchanged };
}
