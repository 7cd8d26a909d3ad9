// What each rule asks people to change, in a few words, grouped by the place where it is changed (the gateway or guard
// version, `network.allowed`, `tools.github`, `min-integrity`, `trusted-users` and approval labels, …). The lead
// paragraph names one to three of them; the closing Recommendations section lists each area once with the findings
// it answers. Constant text of our own (Markdown with code spans), never log text.

export type Area =
  | 'version'
  | 'network'
  | 'tools-github'
  | 'min-integrity'
  | 'trusted'
  | 'backend'
  | 'schedule'
  | 'coverage'
  | 'review';

/** Areas in the order the Recommendations section lists them, with their heading. */
export const AREAS: [Area, string][] = [
  ['review', 'Review the affected runs'],
  ['version', 'Gateway or guard version'],
  ['tools-github', '`tools.github` in the workflow'],
  ['network', '`network.allowed` in the workflow'],
  ['min-integrity', '`min-integrity` and `repos`'],
  ['trusted', '`trusted-users` or approval labels'],
  ['backend', 'MCP servers and their tokens'],
  ['schedule', 'Schedules and rate limits'],
  ['coverage', 'Audit coverage'],
];

export interface RuleAction {
  /** The problem as a noun phrase for the lead paragraph ("a WASM guard trap"). */
  what: string;
  /** The thing to do, short ("report it to the guard's maintainers, upgrade the gateway"). */
  todo: string;
  area: Area;
}

export const RULE_ACTIONS: Record<string, RuleAction> = {
  'scope-violation': {
    what: 'out-of-scope repository data reaching the agent',
    todo: "treat the run's output as a data leak and report it to the gateway's maintainers",
    area: 'review',
  },
  'guard-bypass': {
    what: 'a GitHub server running without its guard',
    todo: "treat the run's output as unfiltered, fix the guard load error",
    area: 'review',
  },
  'proxy-fail-open': {
    what: 'a possible fail-open in the DIFC proxy',
    todo: 'treat data read by pre-agent steps as unfiltered, upgrade the gateway',
    area: 'version',
  },
  'wasm-guard-trap': {
    what: 'a WASM guard trap',
    todo: "report the trap to the guard's maintainers, upgrade the gateway",
    area: 'version',
  },
  'labeling-failure': {
    what: 'guard labeling failures',
    todo: "check the guard policy, report guard errors to the gateway's maintainers",
    area: 'version',
  },
  'unlabeled-passthrough': {
    what: 'an unrecognised REST endpoint forwarded unfiltered',
    todo: "ask the gateway's maintainers to route the endpoint, or avoid it in pre-agent steps",
    area: 'version',
  },
  'unscoped-integrity-tag': {
    what: 'unscoped integrity tags',
    todo: "report the tool to the guard's maintainers, upgrade the gateway",
    area: 'version',
  },
  'empty-integrity-tags': {
    what: 'filtered items without integrity tags',
    todo: "report the tool to the guard's maintainers",
    area: 'version',
  },
  'gateway-error': {
    what: 'gateway errors',
    todo: 'read the error: a server image or token, the lock file, or a gateway bug',
    area: 'version',
  },
  'difc-not-enforced': {
    what: 'a GitHub server without integrity filtering',
    todo: 'set `tools.github.min-integrity` and recompile',
    area: 'tools-github',
  },
  'direct-api-bypass': {
    what: 'direct API access blocked by the firewall',
    todo: 'route GitHub access through `tools.github`',
    area: 'tools-github',
  },
  'firewall-block': {
    what: 'a blocked destination',
    todo: 'add a destination the workflow needs to `network.allowed`',
    area: 'network',
  },
  'over-filtering': {
    what: 'most items filtered',
    todo: 'widen `repos` or `min-integrity` if legitimate data is lost',
    area: 'min-integrity',
  },
  'repeated-filtering': {
    what: 'the same item filtered run after run',
    todo: 'add the authors to `trusted-users`, approve the items with a label, or lower `min-integrity`',
    area: 'trusted',
  },
  'backend-lost': {
    what: 'an MCP backend lost mid-session',
    todo: "read the backend's last stderr lines and fix the server or its token",
    area: 'backend',
  },
  'auth-rejected': {
    what: 'requests rejected by the gateway',
    todo: "check the agent's MCP configuration carries the gateway key",
    area: 'backend',
  },
  'guard-lookup-failed': {
    what: 'failed guard lookups',
    todo: 'give the gateway a GitHub token',
    area: 'backend',
  },
  'upstream-rate-limit': {
    what: 'upstream rate limits',
    todo: 'spread heavy workflows over time',
    area: 'schedule',
  },
  'activation-rate-limit': {
    what: 'an activation rate limit',
    todo: 'move the cron schedule away from other agentic workflows',
    area: 'schedule',
  },
  'agent-not-invoked': {
    what: 'an agent that never ran',
    todo: "check the run's activation job",
    area: 'coverage',
  },
  'evidence-missing': {
    what: 'missing evidence',
    todo: 'audit runs within the artifact retention period',
    area: 'coverage',
  },
};

export function actionOf(rule: string): RuleAction | null {
  return RULE_ACTIONS[rule] ?? null;
}
