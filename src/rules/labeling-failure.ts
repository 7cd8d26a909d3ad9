// labeling-failure: the guard, response or session labeling failed for a reason other than a trap (fail-closed).
import { redact } from '../util/sanitize.js';
import { c, rich } from '../util/message.js';
import { FindingGroups } from './group.js';
import type { Rule, RuleOutput } from './types.js';
import { messageTemplate } from './view.js';

const KIND_LABEL = {
  guard: 'resource labeling',
  response: 'response labeling',
  session: 'session initialisation (label_agent)',
};

export const labelingFailure: Rule = {
  meta: {
    id: 'labeling-failure',
    defaultSeverity: 'warning',
    title: 'Guard labeling failed',
    why: 'The gateway could not label a resource, a response or the agent session, so the affected tool calls failed (fail-closed): the agent lost data it was entitled to, and the guard or its policy needs attention.',
    messages: {
      default: '{{what}} failed ({{count}}×)',
      guard: '{{what}} failed for guard `{{guard}}` ({{count}}×)',
    },
    fix: "Read the error in the evidence: a policy rejected by label_agent (`error code: -1`) points to the guard policy (see the guard's `FAILED …` line); size or memory errors point to the guard limits; report guard errors to the gateway maintainers.",
  },
  check({ view }) {
    const groups = new FindingGroups<{
      kind: string;
      guard: string | null;
      template: string;
      message: string;
    }>();
    for (const f of view.of('LabelingFailure')) {
      if (f.wasm || f.afterTrap) continue; // traps and their follow-ons belong to wasm-guard-trap
      const template = messageTemplate(f.message);
      groups.add([f.kind, f.guard ?? '', template].join('\u0000'), f.loc, () => ({
        kind: f.kind,
        guard: f.guard,
        template,
        message: redact(f.message.split('\n')[0]).slice(0, 300),
      }));
    }
    const out: RuleOutput[] = [];
    for (const g of groups.values()) {
      out.push({
        message: labelingFailure.message!({ kind: g.kind, guard: g.guard }, g.count, 1),
        key: { kind: g.kind, guard: g.guard, template: g.template },
        count: g.count,
        details: { kind: g.kind, guard: g.guard, error: g.message },
        evidence: g.evidence,
      });
    }
    return out;
  },
  message: (d, count) => {
    const what = KIND_LABEL[d.kind as keyof typeof KIND_LABEL] ?? String(d.kind);
    return typeof d.guard === 'string' && d.guard
      ? { id: 'guard', data: { what: cap(what), guard: d.guard, count } }
      : { id: 'default', data: { what: cap(what), count } };
  },
  describe: (d) => [rich`Error: ${c(d.error)}`],
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
