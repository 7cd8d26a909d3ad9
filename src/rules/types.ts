// The rule module contract (ESLint-style: `meta` + a pure check function, one file per rule).
import type { AuditConfig } from '../config.js';
import type { Loc, RunEvidence, Severity } from '../model/types.js';
import type { RunView } from './view.js';

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  title: string;
  /** Why the problem matters (shown with the finding). */
  why: string;
  /** What to do (the default recommendation). */
  fix: string;
  /**
   * Findings of this rule stay one per run (security findings a reader acts on run by run). Otherwise findings with
   * the same fingerprint in several runs are merged into one, listing the runs.
   */
  perRun?: boolean;
}

export interface RuleOutput {
  title: string;
  key: Record<string, string | number | boolean | null>;
  count: number;
  details: Record<string, unknown>;
  evidence: Loc[];
  recommendation?: string;
  /** A severity the rule chooses for this finding (e.g. an info note instead of the default); config overrides win. */
  severity?: Severity;
}

export interface RuleContext {
  run: RunEvidence;
  view: RunView;
  config: AuditConfig;
  facts: { agentInvoked: boolean | null; coverage: 'full' | 'partial' | 'none' };
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): RuleOutput[];
  /** Combines the details of two findings with the same fingerprint from different runs (default: the first's). */
  mergeDetails?(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown>;
  /**
   * The title of a finding rendered from its (merged) details, count and number of runs, so that every number in it
   * is the merged value, never one run's. The report builder calls it on every finding after merging; a rule that
   * has it uses it in check() as well, so a single-run title reads the same.
   */
  title?(details: Record<string, unknown>, count: number, runs: number): string;
  /** The same for a recommendation that carries numbers (undefined: the finding keeps its recommendation). */
  recommendation?(details: Record<string, unknown>, count: number, runs: number): string | undefined;
}
