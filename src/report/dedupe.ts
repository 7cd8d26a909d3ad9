// The same GitHub run given twice (as a run folder and as its artifact zip, or in two shard reports) is counted once.
// One rule for the audit (engine/audit.ts) and the merge of reports (report/merge.ts).
import type { RawFinding, RunFacts } from '../model/types.js';
import { fingerprintOf } from './build.js';

/** One run's facts and raw findings (engine/analyze.ts RunAnalysis, or a run rebuilt from a report). */
export interface RunResult {
  facts: RunFacts;
  findings: RawFinding[];
}

const COVERAGE_RANK = { none: 0, partial: 1, full: 2 } as const;

const findingKey = (f: RawFinding) =>
  `${f.rule}\u0000${f.severity}\u0000${f.fingerprint ?? fingerprintOf(f.rule, f.key)}`;

/**
 * The same GitHub run (one numeric run id) given twice is kept once: the best-covered copy stays. Another copy is
 * dropped only when it covers no more and every finding of it is also a finding of the copy kept (its own
 * `evidence-missing` aside); otherwise both stay, so nothing a copy shows is hidden. Ids that are not run ids (folder
 * names) are never merged: two folders called `logs` are two runs. `note` says what was dropped, per run id.
 */
export function dedupeRunResults<T extends RunResult>(
  results: T[],
  note: (id: string, copies: number) => string = (id, n) => `Run ${id} was given ${n} times: audited once.`,
): { kept: T[]; notes: string[] } {
  const byId = new Map<string, T[]>();
  for (const a of results) {
    if (!/^\d+$/.test(a.facts.id)) continue;
    const list = byId.get(a.facts.id);
    if (list) list.push(a);
    else byId.set(a.facts.id, [a]);
  }
  const dropped = new Set<T>();
  const notes: string[] = [];
  for (const [id, copies] of byId) {
    if (copies.length < 2) continue;
    const best = copies.reduce((a, b) =>
      COVERAGE_RANK[b.facts.coverage] > COVERAGE_RANK[a.facts.coverage] ? b : a,
    );
    const bestKeys = new Set(best.findings.map(findingKey));
    let n = 0;
    for (const c of copies) {
      if (c === best) continue;
      if (COVERAGE_RANK[c.facts.coverage] > COVERAGE_RANK[best.facts.coverage]) continue;
      // What the copy found must be found by the kept one too; only its own missing evidence is no loss.
      if (!c.findings.every((f) => f.rule === 'evidence-missing' || bestKeys.has(findingKey(f)))) continue;
      dropped.add(c);
      n++;
    }
    if (n > 0) notes.push(note(id, n + 1));
  }
  return { kept: results.filter((a) => !dropped.has(a)), notes };
}
