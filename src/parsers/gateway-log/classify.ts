// One record to its events: the server prefix split off, then by level and category to the classifier of that
// category (one module each). A record that throws is data, never a crash (the framing catches).
import { classifyBackend } from './classify-backend.js';
import { classifyClient } from './classify-client.js';
import { classifyDebug } from './classify-debug.js';
import { classifyDifc } from './classify-difc.js';
import { classifyGuard } from './classify-guard.js';
import { classifyProxy } from './classify-proxy.js';
import { classifyStartup } from './classify-startup.js';
import { authRejected, recordLoc, type GatewayState, type RecordHead } from './state.js';

// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const AUTH_REJECTED = /^(?:Request rejected|Authentication failed): (.*), remote=(\S*), path=(\S*)\s*$/;
const PROXY_SERVER_EXITED_WITH = /^Proxy server exited with error: /;

/** Optional `[⟨serverID⟩] ` after the category (the `…ToServer` writers), not a bracketed message start. */
const NOT_SERVER = new Set([
  'DIFC',
  'DIFC-FILTERED',
  'UNRECOGNIZED-ENDPOINT',
  'Guard',
  'stderr',
  'CONFIG',
  'LAUNCHER',
]);

/** `[A-Za-z0-9_.:-]`, the characters of a bracketed server prefix. */
function isIdChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x3a) ||
    c === 0x5f ||
    c === 0x2e ||
    c === 0x2d
  );
}

/** `^\[([A-Za-z0-9_.:-]+)\] (.*)$` read character by character (no regex, no match array, on every record). */
export function splitServer(message: string): { server: string | null; msg: string } {
  if (message.charCodeAt(0) === 0x5b) {
    let i = 1;
    while (i < message.length && isIdChar(message.charCodeAt(i))) i++;
    if (i > 1 && message.charCodeAt(i) === 0x5d && message.charCodeAt(i + 1) === 0x20) {
      const id = message.slice(1, i);
      if (!NOT_SERVER.has(id) && !id.startsWith('guard:')) return { server: id, msg: message.slice(i + 2) };
    }
  }
  return { server: null, msg: message };
}

export function classifyRecord(s: GatewayState, h: RecordHead, cont: string[]): void {
  const { ctx } = s;
  const emit = ctx.emit;
  const { level, category } = h;
  const { server: prefixServer, msg } = splitServer(h.message);
  const server = prefixServer ?? ctx.serverId ?? null;
  s.attribution?.record(level, category, msg, prefixServer, h.line, h.raw);

  if (level === 'DEBUG') return classifyDebug(s, h, category, msg, cont);

  switch (category) {
    case 'startup':
      return classifyStartup(s, level, msg, h, cont);
    case 'difc':
      return classifyDifc(s, level, msg, server, h, cont);
    case 'guard':
      return classifyGuard(s, level, msg, prefixServer, h);
    case 'backend':
      return classifyBackend(s, level, msg, server, h, cont);
    case 'client':
      return classifyClient(s, level, msg, h, cont);
    case 'proxy':
      return classifyProxy(s, level, msg, h, cont);
    case 'auth': {
      const m = AUTH_REJECTED.exec(msg);
      if (level === 'ERROR' && m) authRejected(s, h, m);
      return;
    }
    case 'shutdown':
      if (level === 'ERROR' && PROXY_SERVER_EXITED_WITH.test(msg)) {
        emit({
          type: 'GatewayError',
          template: 'Proxy server exited with error',
          message: msg,
          loc: recordLoc(s, h),
        });
      }
      return;
    default:
      return;
  }
}
