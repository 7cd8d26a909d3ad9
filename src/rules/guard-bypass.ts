// guard-bypass: a server has a guard policy but ends up unguarded while tool calls still go through.
import type { Rule, RuleOutput } from './types.js';
import { describeCalls, inferredParts } from './attribution.js';

export const guardBypass: Rule = {
  meta: {
    id: 'guard-bypass',
    defaultSeverity: 'critical',
    title: 'Guard bypass: a server with a guard policy ran unguarded',
    why: 'A guard policy was configured, but the WASM guard did not load, fell back to noop, or enforcement was disabled, and tool calls still reached the backend: DIFC filtering did not happen for those calls.',
    fix: "Treat the agent output of this run as unfiltered. Check the guard load error in mcp-gateway.log, the gateway version and the guard file; re-run once the guard loads (`Registered guard 'github'`).",
    perRun: true,
    messages: { default: 'Guard bypass on server `{{server}}`: `{{reason}}`{{inferred}}' },
  },
  check({ view }) {
    const out: RuleOutput[] = [];
    const disabled = view.enforcementDisabled;
    for (const s of view.servers.values()) {
      if (!s.policy) continue;
      const guard = s.registered?.guard ?? null;
      let reason: string | null = null;
      const evidence = [s.policy.loc];
      if (disabled) {
        reason = 'guards enforcement disabled';
        evidence.push(disabled.loc);
      } else if (guard === 'noop') {
        reason = s.loadFailures[0] ? s.loadFailures[0].reason : "registered guard 'noop'";
        if (s.loadFailures[0]) evidence.push(s.loadFailures[0].loc);
        evidence.push(s.registered!.loc);
      } else if (guard === null && s.loadFailures.length > 0) {
        reason = s.loadFailures[0].reason;
        evidence.push(s.loadFailures[0].loc);
      }
      if (!reason) continue;
      const calls = view.toolCallsTo(s.server);
      if (calls.count === 0) continue;
      if (calls.first) evidence.push(calls.first);
      // Calls of unknown server count here too: a bypass never vanishes for want of attribution evidence.
      const inferred = inferredParts(calls, view);
      out.push({
        message: { id: 'default', data: { server: s.server, reason, inferred: inferred?.titleSuffix ?? '' } },
        key: { server: s.server, reason: reason.replace(/:.*$/, '') },
        count: calls.count,
        details: { server: s.server, reason, toolCalls: calls.count, ...inferred?.details },
        evidence,
        recommendation: inferred ? `${inferred.recommendation} ${guardBypass.meta.fix}` : undefined,
      });
    }
    return out;
  },
  describe: (d) => describeCalls(d, 'reached the backend unguarded'),
};
