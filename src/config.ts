// The rules config file: severity overrides, disabled rules, thresholds, expected domains, extra allowed repositories.
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import type { Severity } from './model/types.js';

/** What a rule declares to the config file: its id and the JSON schema of its options (rules/types.ts `meta.schema`). */
export interface RuleSpec {
  id: string;
  schema?: { properties: Record<string, unknown> };
}

export interface AuditConfig {
  /** rule id → off, or a severity override */
  rules: Record<string, RuleSetting>;
  /** Firewall destinations that are expected to be blocked (exact hosts or `*.suffix`); never reported. */
  expectedDomains: string[];
  /** Repositories the agent may read besides each policy's `repos` (`owner/repo`, `owner/*`, `owner/prefix*`). */
  allowedRepositories: string[];
  /** The audited repository's visibility when the API does not tell (`private` turns difc-not-enforced into info). */
  repositoryVisibility: 'public' | 'private' | null;
  /** Accepted findings, as written (an array); parsed and applied by report/suppressions.ts. */
  suppressions: unknown[];
}

export interface RuleSetting {
  enabled: boolean;
  severity: Severity | null;
  /** The rule's options as the config file sets them (validated against the rule's schema); defaults fill the rest. */
  options?: Record<string, unknown>;
}

export const DEFAULT_CONFIG: AuditConfig = {
  rules: {},
  expectedDomains: [],
  allowedRepositories: [],
  repositoryVisibility: null,
  suppressions: [],
};

export class ConfigError extends Error {}

const SEVERITY_VALUES = ['critical', 'warning', 'info'];

/** An object whose keys are all in `allowed`; a typo must fail, not silently keep a default. */
function objectWithKeys(
  value: unknown,
  allowed: readonly string[],
  where: string,
  source: string,
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ConfigError(`${source}: ${where} must be an object`);
  for (const k of Object.keys(value)) {
    if (!allowed.includes(k))
      throw new ConfigError(`${source}: unknown key "${k}" in ${where} (accepted: ${allowed.join(', ')})`);
  }
  return value as Record<string, unknown>;
}

/** Made on first use: building an Ajv instance compiles its meta-schema, start-up time an audit without options skips. */
let ajv: Ajv | null = null;
const validators = new WeakMap<object, ValidateFunction>();

/** Checks a rule's options against its schema; the error names the rule and the option. */
function checkOptions(spec: RuleSpec | undefined, id: string, options: unknown, source: string): void {
  const where = `rule "${id}"`;
  const schema = spec?.schema;
  if (!schema) {
    if (typeof options === 'object' && options !== null && Object.keys(options).length === 0) return;
    throw new ConfigError(`${source}: ${where} has no options`);
  }
  const accepted = Object.keys(schema.properties);
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new ConfigError(
      `${source}: ${where}: "options" must be an object (accepted: ${accepted.join(', ')})`,
    );
  for (const k of Object.keys(options))
    if (!accepted.includes(k))
      throw new ConfigError(
        `${source}: unknown option "${k}" of ${where} (accepted: ${accepted.join(', ')})`,
      );
  let validate = validators.get(schema);
  if (!validate)
    validators.set(
      schema,
      (validate = (ajv ??= new Ajv({ allErrors: false, strict: false })).compile(schema)),
    );
  if (!validate(options)) {
    const e = validate.errors?.[0];
    const option = e?.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(options)';
    throw new ConfigError(`${source}: ${where}: option "${option}" ${e?.message ?? 'is invalid'}`);
  }
}

/**
 * Validates a parsed config object; every problem names the key and the accepted values. `knownRules` are the rules'
 * ids, or their specs (id and options schema) so that rule options are checked too.
 */
export function parseConfig(
  value: unknown,
  knownRules: readonly (string | RuleSpec)[],
  source = 'config',
): AuditConfig {
  const specs = new Map(
    knownRules.map((r): [string, RuleSpec | undefined] =>
      typeof r === 'string' ? [r, undefined] : [r.id, r],
    ),
  );
  const ruleIds = [...specs.keys()];
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ConfigError(`${source}: must be a JSON object`);
  const v = value as Record<string, unknown>;
  const allowed = [
    'rules',
    'thresholds',
    'expectedDomains',
    'allowedRepositories',
    'repositoryVisibility',
    'suppressions',
    '$schema',
  ];
  for (const k of Object.keys(v)) {
    if (!allowed.includes(k))
      throw new ConfigError(
        `${source}: unknown key "${k}" (accepted: ${allowed.filter((a) => a !== '$schema').join(', ')})`,
      );
  }
  const config: AuditConfig = structuredClone(DEFAULT_CONFIG);
  if (v.rules !== undefined) {
    if (typeof v.rules !== 'object' || v.rules === null)
      throw new ConfigError(`${source}: "rules" must be an object`);
    for (const [id, setting] of Object.entries(v.rules as Record<string, unknown>)) {
      if (!specs.has(id))
        throw new ConfigError(`${source}: unknown rule "${id}" in "rules" (known: ${ruleIds.join(', ')})`);
      const s =
        typeof setting === 'object' && setting !== null
          ? objectWithKeys(setting, ['severity', 'enabled', 'options'], `rule "${id}"`, source)
          : { severity: setting };
      const sev = s.severity;
      if (sev === 'off' || s.enabled === false) config.rules[id] = { enabled: false, severity: null };
      else if (sev === undefined || SEVERITY_VALUES.includes(sev as string))
        config.rules[id] = { enabled: true, severity: (sev as Severity) ?? null };
      else
        throw new ConfigError(
          `${source}: rule "${id}": severity must be one of off, critical, warning, info`,
        );
      if (s.options !== undefined) {
        checkOptions(specs.get(id), id, s.options, source);
        config.rules[id].options = { ...(s.options as Record<string, unknown>) };
      }
    }
  }
  if (v.thresholds !== undefined) {
    const t = objectWithKeys(v.thresholds, ['over-filtering'], '"thresholds"', source);
    const of = objectWithKeys(
      t['over-filtering'] ?? {},
      ['ratio', 'minItems'],
      '"thresholds.over-filtering"',
      source,
    );
    if (of.ratio !== undefined) {
      if (typeof of.ratio !== 'number' || of.ratio <= 0 || of.ratio > 1)
        throw new ConfigError(`${source}: thresholds.over-filtering.ratio must be a number in (0, 1]`);
      ruleOptions(config, 'over-filtering').ratio ??= of.ratio;
    }
    if (of.minItems !== undefined) {
      if (!Number.isInteger(of.minItems) || (of.minItems as number) < 1)
        throw new ConfigError(`${source}: thresholds.over-filtering.minItems must be a positive integer`);
      ruleOptions(config, 'over-filtering').minItems ??= of.minItems;
    }
    // The old top-level thresholds are the rule's options; checked against its schema like `rules.<id>.options`.
    const opts = config.rules['over-filtering']?.options;
    if (opts && specs.get('over-filtering')?.schema)
      checkOptions(specs.get('over-filtering'), 'over-filtering', opts, source);
  }
  for (const key of ['expectedDomains', 'allowedRepositories'] as const) {
    const list = v[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string'))
      throw new ConfigError(`${source}: "${key}" must be an array of strings`);
    config[key] = (list as string[]).map((x) => x.trim().toLowerCase()).filter((x) => x !== '');
  }
  if (v.repositoryVisibility !== undefined) {
    if (
      v.repositoryVisibility !== 'public' &&
      v.repositoryVisibility !== 'private' &&
      v.repositoryVisibility !== null
    )
      throw new ConfigError(`${source}: "repositoryVisibility" must be "public" or "private"`);
    config.repositoryVisibility = v.repositoryVisibility as 'public' | 'private' | null;
  }
  if (v.suppressions !== undefined) {
    if (!Array.isArray(v.suppressions)) throw new ConfigError(`${source}: "suppressions" must be an array`);
    config.suppressions = v.suppressions as unknown[];
  }
  return config;
}

/** The options a config sets for a rule (created on first use; `rules.<id>.options` wins over old thresholds). */
function ruleOptions(config: AuditConfig, id: string): Record<string, unknown> {
  const setting = (config.rules[id] ??= { enabled: true, severity: null });
  return (setting.options ??= {});
}

export function loadConfigFile(path: string, knownRules: readonly (string | RuleSpec)[]): AuditConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(
      `cannot read config file ${path}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(
      `config file ${path} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  return parseConfig(value, knownRules, path);
}
