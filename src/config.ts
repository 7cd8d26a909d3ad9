// The rules config file: severity overrides, disabled rules, thresholds, expected domains, extra allowed repositories.
import { readFileSync } from 'node:fs';
import type { Severity } from './model/types.js';

export interface AuditConfig {
  /** rule id → off, or a severity override */
  rules: Record<string, { enabled: boolean; severity: Severity | null }>;
  overFiltering: { ratio: number; minItems: number };
  /** Firewall destinations that are expected to be blocked (exact hosts or `*.suffix`); never reported. */
  expectedDomains: string[];
  /** Repositories the agent may read besides each policy's `repos` (`owner/repo`, `owner/*`, `owner/prefix*`). */
  allowedRepositories: string[];
  /** The audited repository's visibility when the API does not tell (`private` turns difc-not-enforced into info). */
  repositoryVisibility: 'public' | 'private' | null;
  /** Accepted findings, as written (an array); parsed and applied by report/suppressions.ts. */
  suppressions: unknown[];
}

export const DEFAULT_CONFIG: AuditConfig = {
  rules: {},
  overFiltering: { ratio: 0.8, minItems: 5 },
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

/** Validates a parsed config object; every problem names the key and the accepted values. */
export function parseConfig(value: unknown, knownRules: readonly string[], source = 'config'): AuditConfig {
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
      if (!knownRules.includes(id))
        throw new ConfigError(`${source}: unknown rule "${id}" in "rules" (known: ${knownRules.join(', ')})`);
      const s =
        typeof setting === 'object' && setting !== null
          ? objectWithKeys(setting, ['severity', 'enabled'], `rule "${id}"`, source)
          : { severity: setting };
      const sev = s.severity;
      if (sev === 'off' || s.enabled === false) config.rules[id] = { enabled: false, severity: null };
      else if (sev === undefined || SEVERITY_VALUES.includes(sev as string))
        config.rules[id] = { enabled: true, severity: (sev as Severity) ?? null };
      else
        throw new ConfigError(
          `${source}: rule "${id}": severity must be one of off, critical, warning, info`,
        );
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
      config.overFiltering.ratio = of.ratio;
    }
    if (of.minItems !== undefined) {
      if (!Number.isInteger(of.minItems) || (of.minItems as number) < 1)
        throw new ConfigError(`${source}: thresholds.over-filtering.minItems must be a positive integer`);
      config.overFiltering.minItems = of.minItems as number;
    }
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

export function loadConfigFile(path: string, knownRules: readonly string[]): AuditConfig {
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
