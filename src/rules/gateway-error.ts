// gateway-error: backend connection/startup failures, configuration and environment validation, mount-policy
// violations, incomplete tool registration, Go panics; grouped by message template.
import { c, plural, rich } from '../util/message.js';
import { redact } from '../util/sanitize.js';
import type { EventOf } from '../model/types.js';
import { FindingGroups } from './group.js';
import type { Rule, RuleOutput } from './types.js';
import type { RunView } from './view.js';

/** The launch error of a mount-policy violation, as it recurs in that server's failure lines (§7.7). */
const MOUNT_CAUSE =
  /mount "[^"]*" rejected|container option "[^"]*" rejected by mount policy|invalid mount declaration/;

/**
 * Since 2026-08-07 a startup `Failed to register tools` is not final for a routed `type: http` backend: later requests
 * retry, and a success rewrites tools.json. A backend that tools.json lists with tools, or that received tool calls,
 * registered after all.
 */
function registeredLater(view: RunView, server: string): boolean {
  if ((view.run.tools?.get(server)?.size ?? 0) > 0) return true;
  return view.of('BackendToolCall').some((c) => c.server === server);
}

/**
 * The failures of a routed HTTP backend's registration, at startup and at each retry (the retries repeat the
 * connection failures, seen on v0.4.10): not final while the backend may still register.
 */
const LATE_REGISTRATION = new Set([
  'Failed to register tools',
  'All HTTP transports failed',
  'Failed to create HTTP connection',
]);

/** `Tool registration incomplete: %d of %d backends failed: [a b] — …`: the servers, when listed. */
function incompleteServers(message: string): string[] | null {
  const m = /backends failed: \[([^\]]*)\]/.exec(message);
  if (!m) return null;
  const names = m[1].split(/[\s,]+/).filter((x) => /^[\w.-]+$/.test(x));
  return names.length > 0 ? names : null;
}

/** The gateway errors that stand as failures (recovered and repeated ones dropped, see above). */
function standing(view: RunView): EventOf<'GatewayError'>[] {
  const all = view.of('GatewayError');
  const mountServers = new Set(
    all.filter((e) => e.template === 'Mount policy violation').map((e) => e.server ?? null),
  );
  const register = all.filter((e) => e.template === 'Failed to register tools');
  const recovered = (e: EventOf<'GatewayError'>) => !!e.server && registeredLater(view, e.server);
  const allRecovered = register.length > 0 && register.every(recovered);
  return all.filter((e) => {
    if (LATE_REGISTRATION.has(e.template) && recovered(e)) return false;
    if (e.template === 'Tool registration incomplete') {
      const listed = incompleteServers(e.message);
      // Every backend it lists registered later, or failed on the mount policy (that violation is the finding).
      const explained = (s: string) => registeredLater(view, s) || mountServers.has(s);
      if (listed ? listed.every(explained) : allRecovered) return false;
    }
    // The violation is the failure; its launch error repeated in the server's other failure lines is the same one.
    if (
      e.template !== 'Mount policy violation' &&
      MOUNT_CAUSE.test(e.message) &&
      mountServers.size > 0 &&
      (!e.server || mountServers.has(e.server) || mountServers.has(null))
    )
      return false;
    return true;
  });
}

export const gatewayError: Rule = {
  meta: {
    id: 'gateway-error',
    defaultSeverity: 'warning',
    title: 'Gateway error',
    why: 'The gateway or one of its backends failed: the agent may have run without some MCP tools, or the gateway crashed mid-run.',
    messages: { default: '{{template}} ({{count}}×)' },
    fix: 'Read the error in the evidence: backend start failures point to the MCP server image or its token; configuration errors to the compiled lock file; panics should be reported to github/gh-aw-mcpg.',
  },
  check({ view }) {
    const groups = new FindingGroups<{ message: string; servers: Set<string> }>();
    for (const e of standing(view)) {
      const g = groups.add(e.template, e.loc, () => ({
        message: redact(e.message.split('\n')[0]).slice(0, 300),
        servers: new Set<string>(),
      }));
      if (e.server) g.servers.add(e.server);
    }
    const notReady = view.of('BackendNotReady');
    const out: RuleOutput[] = [];
    for (const [template, g] of groups) {
      const details: Record<string, unknown> = { template, message: g.message };
      // Requests refused with 503 while a late-registering HTTP backend was still unregistered (§7.7).
      if (template === 'Failed to register tools') {
        const n = notReady.filter((r) => r.server === null || g.servers.has(r.server)).length;
        if (n > 0) details.notReadyRequests = n;
      }
      out.push({
        message: gatewayError.message!({ template }, g.count, 1),
        key: { template },
        count: g.count,
        details,
        evidence: g.evidence,
      });
    }
    return out;
  },
  message: (d, count) => ({ id: 'default', data: { template: d.template, count } }),
  describe: (d) => [
    rich`Error: ${c(d.message)}`,
    ...(typeof d.notReadyRequests === 'number'
      ? [
          rich`${plural(d.notReadyRequests, 'request', 'requests')} refused (503) while a late HTTP backend was not ready.`,
        ]
      : []),
  ],
};
