// `[guard]` records: a guard's failed `call_backend` lookups, registrations and rate-limited visibility lookups.
import { recordLoc, type GatewayState, type LookupFailure, type RecordHead } from './state.js';

// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const CALL_BACKEND_FAILED_WITH = /^<<< call_backend FAILED with code (-?\d+)\s*$/;
const BACKEND_CALL_FAILED_WITH = /^Backend call ([A-Za-z0-9_]+) failed with code -?\d+\s*$/;
const REGISTERED_GUARD_FOR_SERVER = /^Registered guard '([^']*)' for server '([^']*)'/;
const REPO_VISIBILITY_LOOKUP_RATE =
  /^Repo visibility lookup (?:rate-limited|result for .*: unknown \(rate-limited)/;

/** `guardName` is the `[⟨guard⟩] ` the guard's own messages start with (split off like a server prefix). */
export function classifyGuard(
  s: GatewayState,
  level: string,
  msg: string,
  guardName: string | null,
  h: RecordHead,
): void {
  let m: RegExpExecArray | null;
  if (level === 'ERROR' && guardName && (m = CALL_BACKEND_FAILED_WITH.exec(msg))) {
    const code = Number(m[1]);
    const e: LookupFailure = {
      type: 'GuardLookupFailed',
      guard: guardName,
      tool: s.lookup.tool,
      code: Number.isSafeInteger(code) ? code : null,
      reason: s.lookup.reason,
      loc: recordLoc(s, h),
    };
    s.lookup = { tool: null, reason: null };
    s.lastLookupFailure = e;
    s.ctx.emit(e);
    return;
  }
  if (level === 'WARN' && guardName && (m = BACKEND_CALL_FAILED_WITH.exec(msg))) {
    // The guard's own follow-up names the tool: it completes a failure whose debug records were not logged.
    const last = s.lastLookupFailure;
    if (last && last.guard === guardName && last.tool === null) last.tool = s.names.get(m[1]);
    return;
  }
  if (level === 'INFO' && (m = REGISTERED_GUARD_FOR_SERVER.exec(msg))) {
    s.ctx.emit({ type: 'GuardRegistered', guard: m[1], server: m[2], legacy: false, loc: recordLoc(s, h) });
  } else if (level === 'WARN' && guardName && REPO_VISIBILITY_LOOKUP_RATE.test(msg)) {
    s.ctx.emit({ type: 'RateLimit', kind: 'guard-lookup', server: guardName, loc: recordLoc(s, h) });
  }
}
