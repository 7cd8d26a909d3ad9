// `[startup]` records: the version, guards enforcement, configuration and environment validation failures.
import { recordLoc, type GatewayState, type RecordHead } from './state.js';

// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const MCPG_GATEWAY_VERSION = /^MCPG Gateway version: (\S+)/;
const GUARDS_ENFORCEMENT_ENABLED_WITH = /^Guards enforcement enabled with mode: ?(.*)$/;
const GUARDS_ENFORCEMENT_DISABLED = /^Guards enforcement disabled/;
const CONFIGURATION_VALIDATION_FAILED = /^Configuration validation failed:/;
const ENVIRONMENT_VALIDATION_FAILED = /^Environment validation failed: /;

export function classifyStartup(
  s: GatewayState,
  level: string,
  msg: string,
  h: RecordHead,
  cont: string[],
): void {
  const { emit } = s.ctx;
  let m: RegExpExecArray | null;
  if (level === 'INFO') {
    if ((m = MCPG_GATEWAY_VERSION.exec(msg)))
      emit({ type: 'GatewayVersion', version: m[1], loc: recordLoc(s, h) });
    else if ((m = GUARDS_ENFORCEMENT_ENABLED_WITH.exec(msg))) {
      emit({ type: 'GuardsCapable', signal: 'Guards enforcement enabled', loc: recordLoc(s, h) });
      emit({ type: 'EnforcementEnabled', mode: m[1].trim(), loc: recordLoc(s, h) });
    } else if (GUARDS_ENFORCEMENT_DISABLED.test(msg)) {
      emit({ type: 'GuardsCapable', signal: 'Guards enforcement disabled', loc: recordLoc(s, h) });
      emit({ type: 'EnforcementDisabled', legacy: false, loc: recordLoc(s, h) });
    }
  } else if (level === 'ERROR') {
    if (CONFIGURATION_VALIDATION_FAILED.test(msg)) {
      // Since 2026-07-20 the body nests `Location:` / `Error:` / `Details:` blocks; the innermost `Error:` says what.
      const errors = cont.map((c) => /^\s*Error: (.*\S)/.exec(c)?.[1]).filter((x) => x !== undefined);
      const detail =
        errors.length > 0 ? errors[errors.length - 1] : (cont.find((c) => c.trim() !== '') ?? '');
      emit({
        type: 'GatewayError',
        template: 'Configuration validation failed',
        message: (msg + ' ' + detail).trim(),
        loc: recordLoc(s, h),
      });
    } else if (ENVIRONMENT_VALIDATION_FAILED.test(msg)) {
      emit({
        type: 'GatewayError',
        template: 'Environment validation failed',
        message: environmentFailure(msg, cont),
        loc: recordLoc(s, h),
      });
    }
  }
}

/**
 * `Environment validation failed: %s` where `%s` repeats the prefix and lists the errors on continuation lines
 * (`Environment validation failed: Environment validation failed:` + `  - ⟨error⟩`, §7.7): one failure, said once.
 */
export function environmentFailure(msg: string, cont: readonly string[]): string {
  const head = msg.replace(/^(?:Environment validation failed:\s*)+/i, '').trim();
  const items = cont
    .map((c) => /^\s*-\s+(.*\S)/.exec(c)?.[1])
    .filter((x): x is string => x !== undefined)
    .slice(0, 5);
  const parts = [head, ...items].filter((x) => x !== '');
  return `Environment validation failed: ${parts.join('; ')}`.trim();
}
