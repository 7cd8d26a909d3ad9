// Occurrences grouped into findings by key: the loop most rules share. A group keeps its count and the locations of
// its first few occurrences (the evidence a finding shows); groups iterate in the order their keys were first seen.
import type { Loc } from '../model/types.js';

/** The evidence locations one finding keeps. */
export const EVIDENCE_PER_FINDING = 3;

export interface Tally {
  count: number;
  evidence: Loc[];
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
