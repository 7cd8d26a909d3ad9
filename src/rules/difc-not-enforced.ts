// difc-not-enforced: a GitHub MCP server received tool calls unguarded, with no guard policy for it.
import { c, rich } from '../util/message.js';
import type { Rule, RuleOutput } from './types.js';
import { describeCalls, inferredParts, UNNAMED_SERVER } from './attribution.js';
import { num } from './group.js';

export const difcNotEnforced: Rule = {
  meta: {
    id: 'difc-not-enforced',
    defaultSeverity: 'warning',
    title: 'DIFC not enforced for a GitHub MCP server',
    why: 'The GitHub MCP server answered tool calls with no guard in the path: nothing was filtered by integrity or secrecy. gh-aw applies `min-integrity: approved` automatically to public repositories, so on a gateway with guards this means the policy did not reach the gateway.',
    messages: {
      default: '`{{server}}` ran unguarded for {{count:tool call:tool calls}}: {{note}}{{inferred}}',
      unnamed:
        'A server the logs do not name (possibly the GitHub MCP server) ran unguarded for {{count:tool call:tool calls}}: {{note}}{{inferred}}',
    },
    fix: "Set `tools.github.min-integrity` (and `repos`) in the workflow frontmatter, recompile the lock file, and check that the gateway logs `Guard policy:` and `Registered guard 'github'`.",
  },
  check({ view, run, config }) {
    const out: RuleOutput[] = [];
    const disabled = view.enforcementDisabled;
    const candidates = new Set<string>();
    for (const s of view.servers.keys()) if (view.isGitHubServer(s)) candidates.add(s);
    for (const c of view.of('BackendToolCall')) if (view.isGitHubServer(c.server)) candidates.add(c.server);
    for (const s of view.attribution.knownServers) if (view.isGitHubServer(s)) candidates.add(s);
    // Calls that could have reached a server the logs never name: that server may be the GitHub one.
    if (view.attribution.callsTo(UNNAMED_SERVER).count > 0) candidates.add(UNNAMED_SERVER);
    for (const server of candidates) {
      const state = view.servers.get(server);
      if (state?.policy) continue; // with a policy it is guard-bypass
      const guard = view.guardOf(server);
      const unguarded = guard === 'noop' || disabled !== null;
      if (!unguarded) continue;
      const calls = view.toolCallsTo(server);
      if (calls.count === 0) continue;
      const hasGuards = view.gatewayHasGuards;
      const isPrivate = run.repositoryPrivate === true || config.repositoryVisibility === 'private';
      const version = view.gatewayVersion;
      let severity: 'warning' | 'info' = 'warning';
      let note: string;
      if (!hasGuards) {
        severity = 'info';
        note = `gateway ${version ?? '(version unknown)'} predates WASM guards (v0.1.8): not guarded, not a bypass`;
      } else if (isPrivate) {
        severity = 'info';
        note = 'private repository: gh-aw applies no automatic integrity policy';
      } else {
        note = 'zero DIFC activity where filtering should exist';
      }
      const evidence = [state?.registered?.loc ?? disabled?.loc].filter(
        (l): l is NonNullable<typeof l> => !!l,
      );
      if (calls.first) evidence.push(calls.first);
      const inferred = inferredParts(calls, view);
      out.push({
        message: difcNotEnforced.message!({ server, note, ...inferred?.details }, calls.count, 1),
        key: {
          server,
          variant:
            severity === 'warning' ? 'unguarded' : !hasGuards ? 'pre-guard-gateway' : 'private-repository',
        },
        count: calls.count,
        details: {
          server,
          reason: guard === 'noop' ? "registered guard 'noop'" : 'guards enforcement disabled',
          gatewayVersion: version,
          toolCalls: calls.count,
          note,
          ...inferred?.details,
        },
        evidence,
        severity,
        recommendation:
          [
            inferred?.recommendation,
            severity === 'info' && !hasGuards
              ? 'Upgrade the gh-aw compiler (and so the gateway) to get integrity filtering; nothing to fix in this run.'
              : inferred
                ? difcNotEnforced.meta.fix
                : undefined,
          ]
            .filter((x) => x)
            .join(' ') || undefined,
      });
    }
    return out;
  },
  mergeDetails: (a, b) => {
    const merged: Record<string, unknown> = { ...a, toolCalls: num(a.toolCalls) + num(b.toolCalls) };
    const inferred = num(a.inferredToolCalls) + num(b.inferredToolCalls);
    if (inferred > 0)
      Object.assign(merged, {
        attribution: 'inferred',
        inferredToolCalls: inferred,
        attributionNote: a.attributionNote ?? b.attributionNote,
      });
    return merged;
  },
  message: (d, count) => {
    const inferred = num(d.inferredToolCalls);
    const suffix =
      d.attribution !== 'inferred'
        ? ''
        : inferred >= count
          ? ' (server of the calls inferred)'
          : ' (server of some calls inferred)';
    return {
      id: d.server === UNNAMED_SERVER ? 'unnamed' : 'default',
      data: { server: d.server, count, note: d.note, inferred: suffix },
    };
  },
  describe: (d) => [
    ...describeCalls(d, 'went through without DIFC'),
    typeof d.gatewayVersion === 'string'
      ? rich`Gateway version: ${c(d.gatewayVersion)}.`
      : rich`Gateway version unknown.`,
  ],
};
