// A rule's options: the defaults its `meta.schema` declares, with the config file's values over them.
import type { AuditConfig } from '../config.js';
import type { RuleMeta } from './types.js';

export function optionsOf(meta: RuleMeta, config: AuditConfig): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, p] of Object.entries(meta.schema?.properties ?? {})) out[k] = structuredClone(p.default);
  return { ...out, ...(config.rules[meta.id]?.options ?? {}) };
}
