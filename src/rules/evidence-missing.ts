// evidence-missing: a run's artifacts were expired, missing, refused or unreadable, so it was not (fully) audited.
import { c, rich } from '../util/message.js';
import { clip } from '../util/sanitize.js';
import type { Rule } from './types.js';

export const evidenceMissing: Rule = {
  meta: {
    id: 'evidence-missing',
    defaultSeverity: 'info',
    title: 'Evidence missing',
    why: "Part or all of the run's evidence could not be read, so the audit cannot vouch for it: a missing finding here is not a clean result.",
    messages: {
      none: 'Run not audited: `{{note}}`',
      partial: 'Run partially audited: `{{note}}`',
    },
    fix: 'Audit runs within the artifact retention period (the `activation` artifact is kept 1 day), and check the notes for refused or unreadable archives.',
  },
  check({ run, facts }) {
    if (facts.coverage === 'full') return [];
    if (run.activationRateLimit || facts.agentInvoked === false) return [];
    const partial = run.notes.filter((n) => n.partial);
    const kind =
      facts.coverage === 'none' && partial.length === 0 ? 'missing' : (partial[0]?.kind ?? 'unreadable');
    const reasons =
      partial.length > 0
        ? partial.slice(0, 10).map((n) => `${n.file}: ${n.reason}`)
        : ['no evidence artifact or log file found'];
    return [
      {
        // The note names an archive or file and an error: log text, so it goes in a code span like every value.
        message: {
          id: facts.coverage === 'none' ? 'none' : 'partial',
          data: { note: clip(reasons[0], 200) },
        },
        key: { coverage: facts.coverage, kind },
        count: 1,
        details: { coverage: facts.coverage, kind, notes: reasons },
        evidence: [],
      },
    ];
  },
  describe: (d) => {
    const notes = Array.isArray(d.notes) ? (d.notes as unknown[]).map(String) : [];
    return [
      rich`Coverage: ${String(d.coverage)} (${String(d.kind)}).`,
      ...notes.slice(0, 10).map((n) => rich`Not read: ${c(n)}`),
    ];
  },
};
