// backend-lost: a stdio backend exited mid-session. The gateway neither logs the exit nor relaunches it (v0.4.10):
// every later call to it fails with `connection closed: calling "tools/call": client is closing: EOF`. Reported with
// the calls the backend served before and its blast radius, the calls that failed after it (each counted once: the
// JSONL `rpc_response`, else the `[rpc] ⟨server⟩←resp … err:` debug line, else the client error records).
import type { Loc } from '../model/types.js';
import { clip, redact } from '../util/sanitize.js';
import { c, plural, rich } from '../util/message.js';
import { asCounts, bump, groupBy, num } from './group.js';
import type { EventOf } from '../model/types.js';
import type { Rule, RuleOutput } from './types.js';

/** The error of a call on a connection to a backend that is gone (go-sdk `ErrConnectionClosed`, a closed pipe). */
export function isConnectionLost(error: string): boolean {
  return /^connection closed\b|^(?:calling "[^"]*": )?client is closing\b|\bbroken pipe\b|\bfile already closed\b/.test(
    error,
  );
}

interface Lost {
  server: string;
  failed: Loc[];
  error: string;
  callsBefore: number;
}

export const backendLost: Rule = {
  meta: {
    id: 'backend-lost',
    defaultSeverity: 'warning',
    title: 'MCP backend lost mid-session',
    why: "The server's backend process exited while the agent was using it; the gateway neither logged the exit nor relaunched it, so every later call to that server failed and the agent worked without those tools for the rest of the run.",
    fix: "Read the backend's last `[stderr]` lines in the gateway log (a crash, an out-of-memory kill, a token that expired); fix the backend or its configuration and rerun. The failed calls are what the agent lost.",
    perRun: true,
    messages: {
      default:
        'Backend of `{{server}}` lost after serving {{before:call:calls}}; {{failed:later call:later calls}} failed (`{{error}}`)',
      unknownBefore: 'Backend of `{{server}}` lost; {{failed:later call:later calls}} failed (`{{error}}`)',
    },
  },
  check({ view }) {
    const lostErrors = view
      .of('ToolCallError')
      .filter((e) => e.source === 'gateway' && isConnectionLost(e.error));
    const failures = view.of('BackendCallFailed').filter((f) => isConnectionLost(f.error));
    const lost = (server: string, failed: { loc: Loc; error: string }[]): Lost => ({
      server,
      failed: failed.map((f) => f.loc),
      error: failed[0].error,
      callsBefore: 0,
    });
    const byServer = new Map<string, Lost>();
    if (failures.length > 0) {
      for (const [server, fs] of groupBy(failures, (f) => f.server)) byServer.set(server, lost(server, fs));
      for (const g of byServer.values()) g.callsBefore = servedBefore(view.of('BackendToolCall'), g);
    } else {
      // Neither the JSONL nor the RPC debug lines: the client error records, by the server of their tool.
      const groups = groupBy(lostErrors, (e) => view.serverOfTool(e.tool) ?? '(unknown server)');
      for (const [server, es] of groups) byServer.set(server, lost(server, es));
      for (const g of byServer.values()) {
        const first = g.failed[0];
        g.callsBefore = [...view.of('ToolCallResponse'), ...view.of('ToolCallError')].filter(
          (c) =>
            c.loc.file === first.file &&
            c.loc.line < first.line &&
            (g.server === '(unknown server)' || view.serverOfTool(c.tool) === g.server),
        ).length;
      }
    }
    const out: RuleOutput[] = [];
    for (const g of byServer.values()) {
      const failedTools: Record<string, number> = {};
      for (const e of lostErrors) {
        const server = view.serverOfTool(e.tool);
        if (byServer.size === 1 || server === g.server) bump(failedTools, e.tool);
      }
      const details: Record<string, unknown> = {
        server: g.server,
        callsBefore: g.callsBefore,
        failedAfter: g.failed.length,
        error: redact(g.error.split('\n')[0]).slice(0, 200),
      };
      if (Object.keys(failedTools).length > 0) details.failedTools = failedTools;
      out.push({
        message: backendLost.message!(details, g.failed.length, 1),
        key: { server: g.server },
        count: g.failed.length,
        details,
        evidence: g.failed.slice(0, 3),
      });
    }
    return out;
  },
  message: (d, count) => ({
    id: typeof d.callsBefore === 'number' ? 'default' : 'unknownBefore',
    data: { server: d.server, before: d.callsBefore, failed: count, error: clip(String(d.error), 80) },
  }),
  describe: (d) => {
    const tools = Object.entries(asCounts(d.failedTools)).sort((a, b) => b[1] - a[1]);
    return [
      rich`The backend of ${c(d.server)} served ${plural(num(d.callsBefore), 'call', 'calls')}, then ${plural(num(d.failedAfter), 'later call', 'later calls')} failed with ${c(d.error)}.`,
      ...(tools.length
        ? [rich`Calls lost: ${tools.slice(0, 10).map(([t, n]) => rich`${c(t)} ×${n}`)}.`]
        : []),
    ];
  },
};

/** Backend `tools/call` requests of the server before its first lost call, without that call's own request. */
function servedBefore(calls: EventOf<'BackendToolCall'>[], g: Lost): number {
  const first = g.failed[0];
  const before = calls.filter(
    (c) => c.server === g.server && c.loc.file === first.file && c.loc.line < first.line,
  );
  return Math.max(0, before.length - 1);
}
