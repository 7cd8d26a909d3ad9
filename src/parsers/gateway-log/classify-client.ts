// `[client]` records: tool call requests, responses (with the repositories they name) and errors.
import { toolResultRepos } from '../tool-result.js';
import { canonicalTool } from '../tool-names.js';
import { afterTrapGuard, parseWasmError } from '../common.js';
import { authRejected, recordLoc, type GatewayState, type RecordHead } from './state.js';

// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const MCP_TOOL_CALL_REQUEST = /^MCP tool call request, session=[^,]*, tool=([^,]*), args=/;
const MCP_TOOL_CALL_RESPONSE = /^MCP tool call response, session=[^,]*, tool=([^,]*), result=(.*)$/s;
const MCP_TOOL_CALL_ERROR = /^MCP tool call error, session=[^,]*, tool=([^,]*), error=(.*)$/s;
const RATE_LIMIT_CIRCUIT_BREAKER = /^rate limit circuit breaker is (OPEN|HALF-OPEN) for server "([^"]*)"/;
const UPSTREAM_RATE_LIMIT_HIT = /^upstream rate limit hit: /;
const REJECTED_MCP_CLIENT_CONNECTION = /^Rejected MCP client connection: (.*), remote=(\S*), path=(\S*)\s*$/;

export function classifyClient(
  s: GatewayState,
  level: string,
  msg: string,
  h: RecordHead,
  cont: string[],
): void {
  const { emit } = s.ctx;
  let m: RegExpExecArray | null;
  if (level === 'INFO') {
    if ((m = MCP_TOOL_CALL_REQUEST.exec(msg))) {
      emit({
        type: 'ToolCallRequest',
        tool: s.names.get(canonicalTool(m[1])),
        loc: s.excerpts.loc('request', s.ctx.file, h.line, h.raw),
      });
    } else if ((m = MCP_TOOL_CALL_RESPONSE.exec(msg))) {
      const result = toolResultRepos(m[2]);
      const where =
        result.repos.length > 0 ? recordLoc(s, h) : s.excerpts.loc('response', s.ctx.file, h.line, h.raw);
      emit({ type: 'ToolCallResponse', tool: s.names.get(canonicalTool(m[1])), ...result, loc: where });
    }
  } else if (level === 'ERROR') {
    if ((m = MCP_TOOL_CALL_ERROR.exec(msg))) {
      emit({
        type: 'ToolCallError',
        tool: canonicalTool(m[1]),
        error: m[2],
        afterTrapGuard: afterTrapGuard(m[2]),
        wasm: parseWasmError(m[2], cont),
        source: 'gateway',
        loc: recordLoc(s, h),
      });
      // `rate limit circuit breaker is OPEN for server %q …`; since 2026-08-05 also `is HALF-OPEN` (§7.6).
      const cb = RATE_LIMIT_CIRCUIT_BREAKER.exec(m[2]);
      if (cb) emit({ type: 'CircuitBreakerRejection', server: cb[2], state: cb[1], loc: recordLoc(s, h) });
    } else if (UPSTREAM_RATE_LIMIT_HIT.test(msg)) {
      emit({ type: 'RateLimit', kind: 'upstream', server: null, loc: recordLoc(s, h) });
    } else if ((m = REJECTED_MCP_CLIENT_CONNECTION.exec(msg))) {
      authRejected(s, h, m);
    }
  }
}
