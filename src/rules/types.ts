// The rule module contract (ESLint-style: `meta` + a pure check function, one file per rule).
import type { AuditConfig } from '../config.js';
import type { Loc, RunEvidence, Severity } from '../model/types.js';
import type { Message, RichText } from '../util/message.js';
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
  /**
   * The finding texts, ESLint-style: message id → template (plain text; a backtick span marks code, `{{name}}` a
   * value, `{{n:item:items}}` a number with its plural). A finding names one of them and carries the values.
   */
  messages: Record<string, string>;
  /**
   * The rule's options as a JSON schema (an object schema whose properties carry their `default`), ESLint's
   * `meta.schema`: the config file's `rules.<id>.options` is validated against it.
   */
  schema?: OptionsSchema;
}

/** A rule's options: a JSON schema for an object, every property with its default. */
export interface OptionsSchema {
  type: 'object';
  properties: Record<string, { default: unknown; description?: string } & Record<string, unknown>>;
  additionalProperties: false;
}

export interface RuleOutput {
  /** The finding's text: a message id of `meta.messages` and its values (the JSON title is its plain text). */
  message: Message;
  key: Record<string, string | number | boolean | null>;
  count: number;
  details: Record<string, unknown>;
  evidence: Loc[];
  recommendation?: string;
  /** A severity the rule chooses for this finding (e.g. an info note instead of the default); config overrides win. */
  severity?: Severity;
  /**
   * Reported only when the same finding (same fingerprint) holds in at least this many runs of the audit: a cross-run
   * rule (repeated-filtering) emits one per run and the report builder keeps those that repeat.
   */
  minRuns?: number;
}

export interface RuleContext {
  run: RunEvidence;
  view: RunView;
  config: AuditConfig;
  /** The rule's options: its schema's defaults with the config file's values over them. */
  options: Record<string, unknown>;
  facts: { agentInvoked: boolean | null; coverage: 'full' | 'partial' | 'none' };
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): RuleOutput[];
  /** Combines the details of two findings with the same fingerprint from different runs (default: the first's). */
  mergeDetails?(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown>;
  /**
   * The message of a finding rendered from its (merged) details, count and number of runs, so that every number in it
   * is the merged value, never one run's. The report builder calls it on every finding after merging; a rule that
   * has it uses it in check() as well, so a single-run title reads the same.
   */
  message?(details: Record<string, unknown>, count: number, runs: number): Message;
  /**
   * How the details read for people: lines of plain text with code marked (`rich\`${c(host)} ×${n}\``), no JSON key
   * names. The renderers (Markdown, terminal, summary) show these instead of the details' keys.
   */
  describe?(details: Record<string, unknown>, count: number, runs: number): RichText[];
  /** The same for a recommendation that carries numbers (undefined: the finding keeps its recommendation). */
  recommendation?(details: Record<string, unknown>, count: number, runs: number): string | undefined;
}
