// Occurrences grouped into findings by key: the loop most rules share. A group keeps its count and the locations of
// its first few occurrences (the evidence a finding shows); groups iterate in the order their keys were first seen.
import type { Loc } from '../model/types.js';

/** The evidence locations one finding keeps. */
export const EVIDENCE_PER_FINDING = 3;

export interface Tally {
  count: number;
  evidence: Loc[];
}

/** A number from details (merged findings carry plain JSON), 0 when absent. */
export function num(v: unknown): number {
  return typeof v === 'number' ? v : 0;
}

/** Adds `n` to a count map's entry. */
export function bump(map: Record<string, number>, key: string, n = 1): void {
  map[key] = (map[key] ?? 0) + n;
}

/** A new count map with the entries of both (merging findings' per-tool, per-run, … maps). */
export function sumCounts(a: unknown, b: unknown): Record<string, number> {
  const out: Record<string, number> = { ...asCounts(a) };
  for (const [k, n] of Object.entries(asCounts(b))) bump(out, k, n);
  return out;
}

/** A count map from details (plain JSON), empty when absent. */
export function asCounts(v: unknown): Record<string, number> {
  return typeof v === 'object' && v !== null ? (v as Record<string, number>) : {};
}

export class FindingGroups<G extends object> extends Map<string, G & Tally> {
  /** Counts one occurrence at `loc` under `key` (a new group starts as `init()`) and returns its group. */
  add(key: string, loc: Loc, init: () => G): G & Tally {
    let g = this.get(key);
    if (!g) this.set(key, (g = { ...init(), count: 0, evidence: [] }));
    g.count++;
    if (g.evidence.length < EVIDENCE_PER_FINDING) g.evidence.push(loc);
    return g;
  }
}

/** Items grouped by key, groups in the order their keys were first seen (the loop several rules wrote by hand). */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
