// `[backend]` records: WASM guard traps, backend connection and registration failures, rate limits.
import { parseWasmError } from '../common.js';
import { recordLoc, type GatewayState, type RecordHead } from './state.js';

// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const WASM_GUARD_TRAP_GUARD = /^WASM guard trap: guard=([^,]*), func=([^,]*), error=(.*)$/s;
const CIRCUIT_BREAKER_FOR_SERVER = /^circuit breaker for server "([^"]*)" (?:re-)?OPENED/;
const ALL_HTTP_TRANSPORTS_FAILED = /^All HTTP transports failed for url=(\S+)/;
const CONFIGURING_HTTP_MCP_BACKEND = /^Configuring HTTP MCP backend: ([^,\s]+), url=(\S+)/;
const RATE_LIMIT_ERROR_FOR = /^rate-limit error for server "([^"]*)"/;
const CIRCUIT_BREAKER_STRANDED_PROBE =
  /^circuit breaker for server "([^"]*)": stranded HALF-OPEN probe detected/;
const HTTP_BACKEND_IS_NOT = /^HTTP backend is not ready: /;

export function classifyBackend(
  s: GatewayState,
  level: string,
  msg: string,
  server: string | null,
  h: RecordHead,
  cont: string[],
): void {
  const { emit } = s.ctx;
  let m: RegExpExecArray | null;
  if (level === 'ERROR') {
    if ((m = WASM_GUARD_TRAP_GUARD.exec(msg))) {
      const wasm = parseWasmError(m[3], cont);
      emit({
        type: 'WasmTrap',
        guard: m[1],
        func: m[2],
        cause: wasm?.cause ?? m[3].replace(/^WASM function call failed: /, '').trim(),
        source: s.ctx.kind === 'proxy' ? 'proxy' : 'gateway',
        loc: recordLoc(s, h),
      });
      return;
    }
    if ((m = CIRCUIT_BREAKER_FOR_SERVER.exec(msg))) {
      emit({ type: 'RateLimit', kind: 'circuit-breaker', server: m[1], loc: recordLoc(s, h) });
      return;
    }
    const template = BACKEND_ERRORS.find((t) => t.re.test(msg));
    if (template) {
      const url = ALL_HTTP_TRANSPORTS_FAILED.exec(msg)?.[1];
      const named =
        /(?:^Failed to register tools from |\bserver=)([^\s,:()]+)|\bserver "([^"]+)"/
          .exec(msg)
          ?.slice(1)
          .find((x) => x !== undefined) ??
        (url !== undefined ? (s.httpServers.get(url) ?? null) : null) ??
        server;
      const message = template.withBody ? withBody(msg, cont) : msg;
      emit({ type: 'GatewayError', template: template.name, message, server: named, loc: recordLoc(s, h) });
    }
    return;
  }
  if (level === 'INFO') {
    if ((m = CONFIGURING_HTTP_MCP_BACKEND.exec(msg)) && s.httpServers.size < 1000)
      s.httpServers.set(m[2], server ?? m[1]);
    return;
  }
  if (level !== 'WARN') return;
  if ((m = RATE_LIMIT_ERROR_FOR.exec(msg))) {
    emit({ type: 'RateLimit', kind: 'backend', server: m[1] ?? server, loc: recordLoc(s, h) });
  } else if ((m = CIRCUIT_BREAKER_STRANDED_PROBE.exec(msg))) {
    emit({ type: 'RateLimit', kind: 'circuit-breaker-probe', server: m[1], loc: recordLoc(s, h) });
  } else if (HTTP_BACKEND_IS_NOT.test(msg)) {
    // Since 2026-08-07: a request to a routed HTTP backend whose tools are not registered yet got 503. A fact,
    // not a failure of its own: the backend's startup failure is the finding, unless it registered later.
    emit({ type: 'BackendNotReady', server, loc: recordLoc(s, h) });
  }
}

/** The first line of a message plus its first non-blank continuation line (multi-line `%v` errors). */
function withBody(msg: string, cont: readonly string[]): string {
  const detail = cont.find((c) => c.trim() !== '');
  return detail === undefined ? msg : `${msg.trimEnd()} ${detail.trim()}`;
}

const BACKEND_ERRORS: { name: string; re: RegExp; withBody?: boolean }[] = [
  // Since 2026-08-09: the container backend broke the host-path mount policy and was not launched.
  { name: 'Mount policy violation', re: /^Mount policy violation: /, withBody: true },
  { name: 'MCP backend connection failed', re: /^MCP backend connection failed/ },
  { name: 'MCP backend command not found', re: /^MCP backend command not found/ },
  { name: 'MCP backend connection/protocol error', re: /^MCP backend connection\/protocol error/ },
  { name: 'MCP connection failed', re: /^MCP connection failed: / },
  { name: 'All HTTP transports failed', re: /^All HTTP transports failed/ },
  { name: 'MCP backend server startup timeout', re: /^MCP backend server startup timeout/ },
  { name: 'Session reconnect failed', re: /^(?:Session|SDK session) reconnect failed for / },
  { name: 'Failed to register tools', re: /^Failed to register tools from / },
  { name: 'Tool registration incomplete', re: /^Tool registration incomplete: / },
  {
    name: 'Health check restart failed',
    re: /^Health check: (?:restart failed for server|server "[^"]*" reached max restart attempts)/,
  },
];
