// The rule catalogue, in report order (DESIGN.md "Rule catalogue").
import type { RuleSpec } from '../config.js';
import { formatMessage, toPlain, type Message, type RichText } from '../util/message.js';
import type { Rule } from './types.js';
import { repeatedFiltering } from './repeated-filtering.js';
import { guardBypass } from './guard-bypass.js';
import { proxyFailOpen } from './proxy-fail-open.js';
import { scopeViolation } from './scope-violation.js';
import { wasmGuardTrap } from './wasm-guard-trap.js';
import { labelingFailure } from './labeling-failure.js';
import { guardLookupFailed } from './guard-lookup-failed.js';
import { unscopedIntegrityTag } from './unscoped-integrity-tag.js';
import { emptyIntegrityTags } from './empty-integrity-tags.js';
import { overFiltering } from './over-filtering.js';
import { difcNotEnforced } from './difc-not-enforced.js';
import { directApiBypass } from './direct-api-bypass.js';
import { unlabeledPassthrough } from './unlabeled-passthrough.js';
import { gatewayError } from './gateway-error.js';
import { backendLost } from './backend-lost.js';
import { firewallBlock } from './firewall-block.js';
import { activationRateLimit } from './activation-rate-limit.js';
import { agentNotInvoked } from './agent-not-invoked.js';
import { upstreamRateLimit } from './upstream-rate-limit.js';
import { authRejected } from './auth-rejected.js';
import { evidenceMissing } from './evidence-missing.js';
import { difcFilteringSummary } from './difc-filtering-summary.js';

export const RULES: readonly Rule[] = [
  guardBypass,
  proxyFailOpen,
  scopeViolation,
  wasmGuardTrap,
  labelingFailure,
  guardLookupFailed,
  unscopedIntegrityTag,
  emptyIntegrityTags,
  overFiltering,
  difcNotEnforced,
  directApiBypass,
  unlabeledPassthrough,
  gatewayError,
  backendLost,
  firewallBlock,
  activationRateLimit,
  agentNotInvoked,
  upstreamRateLimit,
  authRejected,
  evidenceMissing,
  repeatedFiltering,
  difcFilteringSummary,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

/** What the config file is checked against: each rule's id and the schema of its options. */
export const RULE_SPECS: readonly RuleSpec[] = RULES.map((r) => ({ id: r.meta.id, schema: r.meta.schema }));

/** A finding's message as rich text (plain parts and code), from its rule's template; null for an unknown message. */
export function messageText(rule: string, message: Message | undefined): RichText | null {
  const template = message ? ruleById(rule)?.meta.messages[message.id] : undefined;
  return template === undefined || !message ? null : formatMessage(template, message.data);
}

/** The plain text of a finding's message (the JSON report's `title`). */
export function messageTitle(rule: string, message: Message): string {
  const text = messageText(rule, message);
  if (!text) throw new Error(`rule ${rule} has no message "${message.id}"`);
  return toPlain(text);
}
