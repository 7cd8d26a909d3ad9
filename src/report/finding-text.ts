// One finding's texts for each renderer: its title (the rule's message template filled with the finding's values),
// its details as its rule describes them (sentences, no JSON keys), and the rule's `why` and the recommendation. The
// rules return plain text and values with code marked; here they become Markdown (code spans for code, everything else
// escaped) or plain terminal text.
import type { Finding } from '../model/types.js';
import { messageText, ruleById } from '../rules/index.js';
import { marked, toPlain, type RichText } from '../util/message.js';
import { code, inline, plain } from '../util/sanitize.js';

/** Rich text as Markdown: code values in code spans, plain text escaped and neutralised. */
export function richMarkdown(parts: RichText, max = 300): string {
  return parts.map((p) => (typeof p === 'string' ? plain(p, max) : code(p.code, 200))).join('');
}

/** Rich text as plain text (terminal, annotations): code values as they are. */
export function richPlain(parts: RichText): string {
  return toPlain(parts);
}

/**
 * A finding's title as rich text: its message through its rule's template. A finding without a message (a report
 * from an older version, or an unknown rule) falls back to its title, backtick spans read as code.
 */
export function titleText(f: Pick<Finding, 'rule' | 'title' | 'message'>): RichText {
  return messageText(f.rule, f.message) ?? marked(f.title);
}

/** Authored rule text (`why`, `fix`, a recommendation): backtick spans are code. */
export function ruleText(text: string): RichText {
  return marked(text);
}

/** `followOnFailures` → `follow on failures`: the last resort for details no rule describes. */
function words(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
}

function valueText(v: unknown): RichText {
  if (v === null || v === undefined) return ['–'];
  if (typeof v === 'number' || typeof v === 'boolean') return [String(v)];
  if (typeof v === 'string') return [{ code: v }];
  if (Array.isArray(v)) {
    const out: RichText = [];
    v.slice(0, 10).forEach((x, i) => {
      if (i > 0) out.push('; ');
      out.push(...valueText(x));
    });
    if (v.length > 10) out.push(` and ${v.length - 10} more`);
    return out;
  }
  const entries = Object.entries(v as Record<string, unknown>);
  const out: RichText = [];
  entries.slice(0, 12).forEach(([k, x], i) => {
    if (i > 0) out.push(', ');
    if (typeof x === 'number') out.push({ code: k }, ` ×${x}`);
    else out.push(`${words(k)}: `, ...valueText(x));
  });
  if (entries.length > 12) out.push(` and ${entries.length - 12} more`);
  return out;
}

/** The finding's details as lines for people: its rule's `describe`, else each value under a worded key. */
export function detailLines(f: Pick<Finding, 'rule' | 'details' | 'count' | 'runs'>): RichText[] {
  const lower: RichText[] =
    f.details.lowerBound === true
      ? [['The counts are lower bounds: a run’s event log was incomplete, so some records were not read.']]
      : [];
  const rule = ruleById(f.rule);
  if (rule?.describe) {
    try {
      return [...rule.describe(f.details, f.count, f.runs.length), ...lower];
    } catch {
      // A report from another version whose details have another shape: the generic lines below.
    }
  }
  return [
    ...Object.entries(f.details)
      .filter(([k]) => k !== 'lowerBound')
      .map(([k, v]): RichText => [`${words(k).replace(/^./, (ch) => ch.toUpperCase())}: `, ...valueText(v)]),
    ...lower,
  ];
}

/** The Markdown title of a finding. */
export function markdownTitle(f: Pick<Finding, 'rule' | 'title' | 'message'>): string {
  const text = messageText(f.rule, f.message);
  // A finding without a message (a report of an older version) has a title with code spans made by `code()`.
  return text ? richMarkdown(text) : inline(f.title);
}

/** Authored rule text as Markdown (code spans rendered, not shown as backticks). */
export function markdownRuleText(text: string, max = 600): string {
  return richMarkdown(ruleText(text), max);
}

/** Authored rule text as plain text (no backticks). */
export function plainRuleText(text: string): string {
  return richPlain(ruleText(text));
}
