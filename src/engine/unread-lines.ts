// Fail closed on format drift: facts the audit depends on whose line was not read although the run shows they must
// have been logged. Today one: a server with a guard policy (in the gateway's own log) that received tool calls, with
// no line saying which guard the gateway registered for it and none saying its guard failed to load. Every gateway
// with guard policies logs one of them at startup, so their absence means a line the audit reads is worded
// differently now (a newer gateway); the run is then not fully audited (a coverage note naming the file and what
// could not be read), never `clean`.
import type { CoverageNote } from '../model/types.js';
import type { RunView } from '../rules/view.js';

/** The note's `file`: what could not be read, not a file that failed to read (the note names the file). */
export const UNREAD_GUARD_STATE = 'guard state';

export function unreadLineNotes(view: RunView): CoverageNote[] {
  const notes: CoverageNote[] = [];
  if (view.enforcementDisabled) return notes; // the gateway said why nothing is guarded: guard-bypass reads it
  for (const s of view.servers.values()) {
    if (!s.policy || s.registered !== null || s.loadFailures.length > 0) continue;
    // The DIFC proxy logs no `Guard policy:` line of its own (FORMATS.md §7.2): only the gateway's count.
    if (/(^|\/)proxy\.log$/.test(s.policy.loc.file)) continue;
    if (view.toolCallsTo(s.server).count === 0) continue;
    notes.push({
      file: UNREAD_GUARD_STATE,
      reason:
        `${s.policy.loc.file} line ${s.policy.loc.line} sets a guard policy for \`${s.server}\`, which received ` +
        `tool calls, but no guard registration or load failure line for it was read: which guard ran is unknown ` +
        `(has the gateway's log wording changed?)`,
      partial: true,
    });
  }
  return notes;
}
