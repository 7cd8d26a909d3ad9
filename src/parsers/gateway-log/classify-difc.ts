// `[difc]` records: filtered items (`[DIFC-FILTERED] {…}`), the guard policy, guard loading and labeling failures.
import { canonicalTool } from '../tool-names.js';
import {
  isRecord,
  looseString,
  looseStringArray,
  parseRedactedJson,
  partOf,
  str,
  stringArrayOrNull,
} from '../common.js';
import { type GatewayState, labeling, type RecordHead, recordLoc } from './state.js';

// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const DIFC_FILTERED_RECORD = /^\[DIFC-FILTERED\] (\{.*)$/s;
const GUARD_POLICY = /^Guard policy: (\{.*)$/s;
const MCP_GATEWAY_WASM_GUARDS = /^MCP_GATEWAY_WASM_GUARDS_DIR/;
const LOADED_DISCOVERED_WASM_GUARD = /^Loaded discovered WASM guard from file: /;
const REGISTERED_GUARD = /^Registered guard '([^']*)'\s*$/;
const FAILED_TO_LOAD_DISCOVERED = /^Failed to load discovered WASM guard from (.*?): (.*)$/s;
const FAILED_TO_DISCOVER_WASM = /^Failed to discover WASM guard: (.*)$/s;
const FAILED_TO_CREATE_GUARD = /^Failed to create guard '([^']*)': (.*) \(falling back to noop\)/s;
const GUARD_NOT_FOUND_FALLING = /^Guard '([^']*)' not found: (.*) \(falling back to noop\)/s;
const GUARD_IS_AVAILABLE_BUT =
  /^Guard '([^']*)' is available but no guard policy is set; falling back to noop guard/;
const GUARD_LABELING_FAILED = /^Guard labeling failed: (.*)$/s;
const RESPONSE_LABELING_FAILED = /^Response labeling failed: (.*)$/s;
const STRICT_MODE_BLOCKING_ENTIRE = /^STRICT MODE: Blocking entire response - (\d+)\/(\d+) items/;
const LABEL_AGENT_FAILED_SESSION = /^label_agent failed: session=[^,]*, guard=([^,]*), error=(.*)$/s;
const REPOS_ALL_PUBLIC = /"repos":"(all|public)"/;

export function classifyDifc(
  s: GatewayState,
  level: string,
  msg: string,
  server: string | null,
  h: RecordHead,
  cont: string[],
): void {
  const { emit } = s.ctx;
  let m: RegExpExecArray | null;
  if (level === 'INFO') {
    if ((m = DIFC_FILTERED_RECORD.exec(msg))) {
      const source = s.ctx.kind === 'server' ? 'server' : 'gateway';
      const item = parseRedactedJson(m[1]);
      if (isRecord(item)) {
        emit({
          type: 'DifcFiltered',
          server: str(item.server_id) || server || 'unknown',
          tool: canonicalTool(str(item.tool_name)),
          description: str(item.description),
          reason: str(item.reason),
          integrityTags: stringArrayOrNull(item.integrity_tags),
          secrecyTags: stringArrayOrNull(item.secrecy_tags),
          source,
          loc: recordLoc(s, h),
        });
      } else if (item === undefined && isRedactedItem(m[1])) {
        // Redacted (§3.1): still one filtered item; its fields are read one by one, unknown tags stay null.
        const text = m[1];
        emit({
          type: 'DifcFiltered',
          server: looseString(text, 'server_id') || server || 'unknown',
          tool: canonicalTool(looseString(text, 'tool_name') ?? ''),
          description: looseString(text, 'description') ?? '',
          reason: looseString(text, 'reason') ?? '',
          integrityTags: looseStringArray(text, 'integrity_tags') ?? null,
          secrecyTags: looseStringArray(text, 'secrecy_tags') ?? null,
          source,
          unparsed: true,
          loc: recordLoc(s, h),
        });
      }
    } else if ((m = GUARD_POLICY.exec(msg))) {
      emit({ type: 'GuardsCapable', signal: 'Guard policy', loc: recordLoc(s, h) });
      const policy = parsePolicy(m[1]);
      emit({ type: 'GuardPolicy', server: server ?? 'unknown', ...policy, raw: m[1], loc: recordLoc(s, h) });
    } else if (MCP_GATEWAY_WASM_GUARDS.test(msg)) {
      emit({ type: 'GuardsCapable', signal: 'MCP_GATEWAY_WASM_GUARDS_DIR', loc: recordLoc(s, h) });
    } else if (LOADED_DISCOVERED_WASM_GUARD.test(msg)) {
      emit({ type: 'GuardsCapable', signal: 'Loaded discovered WASM guard', loc: recordLoc(s, h) });
    } else if ((m = REGISTERED_GUARD.exec(msg)) && server) {
      emit({ type: 'GuardRegistered', server, guard: m[1], legacy: false, loc: recordLoc(s, h) });
    }
    return;
  }
  if (level === 'WARN') {
    if ((m = FAILED_TO_LOAD_DISCOVERED.exec(msg))) {
      emit({
        type: 'GuardLoadFailure',
        server,
        reason: `failed to load WASM guard: ${m[2]}`,
        loc: recordLoc(s, h),
      });
    } else if ((m = FAILED_TO_DISCOVER_WASM.exec(msg))) {
      emit({
        type: 'GuardLoadFailure',
        server,
        reason: `failed to discover WASM guard: ${m[1]}`,
        loc: recordLoc(s, h),
      });
    } else if ((m = FAILED_TO_CREATE_GUARD.exec(msg))) {
      emit({
        type: 'GuardLoadFailure',
        server,
        reason: `failed to create guard '${m[1]}', fell back to noop`,
        loc: recordLoc(s, h),
      });
    } else if ((m = GUARD_NOT_FOUND_FALLING.exec(msg))) {
      emit({
        type: 'GuardLoadFailure',
        server,
        reason: `guard '${m[1]}' not found, fell back to noop`,
        loc: recordLoc(s, h),
      });
    } else if ((m = GUARD_IS_AVAILABLE_BUT.exec(msg))) {
      emit({
        type: 'GuardLoadFailure',
        server,
        reason: `guard '${m[1]}' has no policy, fell back to noop`,
        loc: recordLoc(s, h),
      });
    } else if ((m = GUARD_LABELING_FAILED.exec(msg))) {
      labeling(s, 'guard', m[1], server, h, cont, 'gateway');
    } else if ((m = RESPONSE_LABELING_FAILED.exec(msg))) {
      labeling(s, 'response', m[1], server, h, cont, 'gateway');
    } else if ((m = STRICT_MODE_BLOCKING_ENTIRE.exec(msg))) {
      const c = partOf(m[1], m[2]);
      if (c) emit({ type: 'StrictBlock', filtered: c.part, total: c.whole, loc: recordLoc(s, h) });
    }
    return;
  }
  if (level === 'ERROR' && (m = LABEL_AGENT_FAILED_SESSION.exec(msg))) {
    labeling(s, 'session', m[2], server, h, cont, 'gateway', m[1]);
  }
}

/**
 * A `[DIFC-FILTERED]` object the redaction broke (§3.1): it carries the `[REDACTED]` marker and still names its
 * server or tool. Other text that does not parse is not an item.
 */
function isRedactedItem(text: string): boolean {
  return (
    text.includes('[REDACTED]') &&
    (looseString(text, 'server_id') !== null || looseString(text, 'tool_name') !== null)
  );
}

function safeJson(text: string): unknown {
  const v = parseRedactedJson(text);
  return v === undefined ? null : v;
}

/** `Guard policy: {"allow-only":{"min-integrity":"approved","repos":[...]}}` → repos and min-integrity. */
export function parsePolicy(text: string): {
  repos: string[] | 'all' | 'public' | null;
  minIntegrity: string | null;
} {
  const v = safeJson(text);
  if (!isRecord(v)) {
    // A redacted line (§3.1): read the two fields one by one.
    const min = looseString(text, 'min-integrity');
    const all = REPOS_ALL_PUBLIC.exec(text)?.[1] as 'all' | 'public' | undefined;
    return { repos: all ?? looseStringArray(text, 'repos') ?? null, minIntegrity: min };
  }
  const body = isRecord(v['allow-only']) ? v['allow-only'] : isRecord(v.allowonly) ? v.allowonly : v;
  const repos = body.repos;
  const min = body['min-integrity'] ?? body.min_integrity;
  return {
    repos:
      repos === 'all' || repos === 'public'
        ? repos
        : Array.isArray(repos)
          ? repos.filter((r): r is string => typeof r === 'string')
          : null,
    minIntegrity: typeof min === 'string' ? min : null,
  };
}
