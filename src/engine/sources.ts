// Which source a fact is counted from when the gateway wrote it twice (FORMATS.md global rule 5), and the coverage
// notes of the August 2026 formats: an incomplete rpc-messages.jsonl (JSONL writer warnings in stderr.log, since
// 2026-08-12) and redacted text lines whose JSON does not parse (since 2026-08-06).
import type { CoverageNote, GatewayEvent } from '../model/types.js';

type Counted = 'DifcFiltered' | 'BackendToolCall';

export interface JsonlSources {
  /** true: this fact is counted from the text log, not from the JSONL. */
  fromText(type: Counted): boolean;
  notes: CoverageNote[];
}

/**
 * Filtered items and backend tool calls are counted from the JSONL when it exists, else from the text log. When the
 * gateway reported that the JSONL is incomplete (`WARNING: … JSONL …` in stderr.log), the JSONL can undercount: the
 * text log is taken instead when it holds more of that fact (still one source), and counts that stay with the JSONL
 * are lower bounds (a partial-coverage note here; `details.lowerBound` on the findings, see lowerBoundRules).
 */
export function jsonlSources(
  jsonlFiles: string[],
  jsonl: GatewayEvent[],
  text: GatewayEvent[],
  stderr: GatewayEvent[],
): JsonlSources {
  const warnings = stderr.filter((e) => e.type === 'JsonlWriterWarning');
  const incomplete = jsonlIncomplete(jsonlFiles, stderr);
  const count = (list: GatewayEvent[], type: Counted) => list.filter((e) => e.type === type).length;
  const chosen = new Map<Counted, boolean>();
  for (const type of ['DifcFiltered', 'BackendToolCall'] as const)
    chosen.set(type, jsonlFiles.length === 0 || (incomplete && count(text, type) > count(jsonl, type)));
  const notes: CoverageNote[] = [];
  if (incomplete) {
    const taken = [...chosen].filter(([, t]) => t).map(([type]) => LABEL[type]);
    notes.push({
      file: jsonlFiles[0],
      reason:
        `incomplete: the gateway reported ${warnings.length} JSONL writer warning(s) in ${warnings[0].loc.file} ` +
        `(records dropped or not written, e.g. line ${warnings[0].loc.line}), so counts taken from it are lower bounds` +
        (taken.length > 0 ? `; ${taken.join(' and ')} counted from the text log instead` : ''),
      partial: true,
      kind: 'incomplete',
    });
  }
  return { fromText: (type) => chosen.get(type) ?? false, notes };
}

/** The run has a JSONL and the gateway said it is incomplete (JSONL writer warnings in stderr.log). */
export function jsonlIncomplete(jsonlFiles: string[], stderr: GatewayEvent[]): boolean {
  return jsonlFiles.length > 0 && stderr.some((e) => e.type === 'JsonlWriterWarning');
}

const LABEL: Record<Counted, string> = {
  DifcFiltered: 'filtered items',
  BackendToolCall: 'backend tool calls',
};

/** Redacted text lines that could not be read whole: what they hid is said, and fails coverage when it matters. */
export function redactionNotes(events: GatewayEvent[]): CoverageNote[] {
  const notes: CoverageNote[] = [];
  const results = events.filter((e) => e.type === 'ToolCallResponse' && e.unparsed);
  if (results.length > 0) {
    // Only a policy with a repository list makes the scope check apply to these results.
    const scoped = events.some((e) => e.type === 'GuardPolicy' && Array.isArray(e.repos));
    notes.push({
      file: results[0].loc.file,
      reason: `${results.length} post-filter tool result(s) are not valid JSON (redacted lines, e.g. line ${results[0].loc.line}), so they were not checked for out-of-scope repositories`,
      partial: scoped,
      kind: 'incomplete',
    });
  }
  const items = events.filter((e) => e.type === 'DifcFiltered' && e.unparsed);
  if (items.length > 0) {
    const untagged = items.filter((e) => e.type === 'DifcFiltered' && e.integrityTags === null).length;
    notes.push({
      file: items[0].loc.file,
      reason:
        `${items.length} [DIFC-FILTERED] line(s) are not valid JSON (redacted, e.g. line ${items[0].loc.line}): counted, fields read one by one` +
        (untagged > 0 ? `; the integrity tags of ${untagged} could not be read and were not checked` : ''),
      partial: untagged > 0,
      kind: 'incomplete',
    });
  }
  return notes;
}

/**
 * Rules whose counts come from these events: when the run's JSONL is incomplete and some of these events came from
 * it, the finding's count is a lower bound (`details.lowerBound: true`).
 */
export const LOWER_BOUND_RULES: Record<string, GatewayEvent['type'][]> = {
  'difc-filtering-summary': ['DifcFiltered'],
  'empty-integrity-tags': ['DifcFiltered'],
  'unscoped-integrity-tag': ['DifcFiltered'],
  'unlabeled-passthrough': ['UnrecognizedEndpoint'],
  'guard-bypass': ['BackendToolCall'],
  'difc-not-enforced': ['BackendToolCall'],
};

/** The JSONL-sourced event types of a run whose JSONL is incomplete (empty when it is complete or absent). */
export function lowerBoundTypes(events: GatewayEvent[]): Set<string> {
  if (!events.some((e) => e.type === 'JsonlWriterWarning')) return new Set();
  const types = new Set<string>();
  for (const e of events) if ('source' in e && e.source === 'jsonl') types.add(e.type);
  return types;
}

/** Marks the findings whose counts rest on an incomplete JSONL (see LOWER_BOUND_RULES). */
export function markLowerBounds(
  events: GatewayEvent[],
  findings: { rule: string; details: Record<string, unknown> }[],
): void {
  const types = lowerBoundTypes(events);
  if (types.size === 0) return;
  for (const f of findings) {
    const uses = LOWER_BOUND_RULES[f.rule];
    if (uses?.some((t) => types.has(t))) f.details = { ...f.details, lowerBound: true };
  }
}
