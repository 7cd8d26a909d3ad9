// Fail closed on format drift: facts the audit depends on whose line was not read although the run shows they must
// have been logged. Today one: a server with a guard policy that received tool calls, with no line saying which guard
// the gateway registered for it and none saying its guard failed to load. Every gateway with guard policies logs one
// of them at startup, so their absence means a line the audit reads is worded differently now (a newer gateway); the
// run is then not fully audited (a coverage note naming the file and what could not be read), never `clean`.
import type { CoverageNote } from './types.js';
import type { RunView } from '../rules/view.js';

export function unreadLineNotes(view: RunView): CoverageNote[] {
  const notes: CoverageNote[] = [];
  if (view.enforcementDisabled) return notes; // the gateway said why nothing is guarded: guard-bypass reads it
  for (const s of view.servers.values()) {
    if (!s.policy || s.registered !== null || s.loadFailures.length > 0) continue;
    if (view.toolCallsTo(s.server).count === 0) continue;
    notes.push({
      file: s.policy.loc.file,
      reason:
        `guard policy for \`${s.server}\` (line ${s.policy.loc.line}) but no guard registration or load failure ` +
        `line for it was read: which guard ran is unknown (has the gateway's log wording changed?)`,
      partial: true,
      kind: 'unreadable',
    });
  }
  return notes;
}
