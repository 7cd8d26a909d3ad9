// The rules config: severity overrides, disabled rules, thresholds, expected domains, allowed repositories,
// repository visibility. Every error names the offending key.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG, loadConfigFile, parseConfig } from '../src/config.js';
import { RULE_IDS } from '../src/rules/index.js';

const parse = (v: unknown) => parseConfig(v, RULE_IDS, 'integrity-audit.json');

function errorOf(v: unknown): ConfigError {
  try {
    parse(v);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`accepted: ${JSON.stringify(v)}`);
}

describe('parseConfig', () => {
  it('returns the defaults for an empty object, without sharing state with DEFAULT_CONFIG', () => {
    const c = parse({ $schema: './schema.json' });
    expect(c).toEqual(DEFAULT_CONFIG);
    c.expectedDomains.push('x.example');
    c.overFiltering.ratio = 0.1;
    expect(DEFAULT_CONFIG.expectedDomains).toEqual([]);
    expect(DEFAULT_CONFIG.overFiltering).toEqual({ ratio: 0.8, minItems: 5 });
  });

  it('reads severity overrides (shorthand and object), `off` and `enabled: false`', () => {
    const c = parse({
      rules: {
        'firewall-block': 'off',
        'labeling-failure': 'critical',
        'difc-not-enforced': { severity: 'info' },
        'auth-rejected': { enabled: false },
        'gateway-error': {},
      },
    });
    expect(c.rules).toEqual({
      'firewall-block': { enabled: false, severity: null },
      'labeling-failure': { enabled: true, severity: 'critical' },
      'difc-not-enforced': { enabled: true, severity: 'info' },
      'auth-rejected': { enabled: false, severity: null },
      'gateway-error': { enabled: true, severity: null },
    });
  });

  it('reads thresholds, normalises domain and repository lists, and reads the visibility', () => {
    const c = parse({
      thresholds: { 'over-filtering': { ratio: 0.5, minItems: 3 } },
      expectedDomains: [' Telemetry.Example.com ', '*.githubcopilot.com', ''],
      allowedRepositories: ['Octo-Org/*'],
      repositoryVisibility: 'private',
    });
    expect(c.overFiltering).toEqual({ ratio: 0.5, minItems: 3 });
    expect(c.expectedDomains).toEqual(['telemetry.example.com', '*.githubcopilot.com']);
    expect(c.allowedRepositories).toEqual(['octo-org/*']);
    expect(c.repositoryVisibility).toBe('private');
    expect(parse({ thresholds: { 'over-filtering': { ratio: 1 } } }).overFiltering).toEqual({
      ratio: 1,
      minItems: 5,
    });
  });

  it.each([
    ['a non-object', [], /integrity-audit\.json: must be a JSON object/],
    ['null', null, /must be a JSON object/],
    [
      'an unknown top-level key',
      { rule: {} },
      /unknown key "rule".*accepted: rules, thresholds, expectedDomains, allowedRepositories, repositoryVisibility/,
    ],
    ['a non-object rules', { rules: 'off' }, /"rules" must be an object/],
    [
      'an unknown rule id',
      { rules: { 'wasm-trap': 'off' } },
      /unknown rule "wasm-trap" in "rules" \(known: guard-bypass, .*difc-filtering-summary\)/,
    ],
    [
      'a bad severity',
      { rules: { 'firewall-block': 'error' } },
      /rule "firewall-block": severity must be one of off, critical, warning, info/,
    ],
    [
      'a bad severity in an object',
      { rules: { 'firewall-block': { severity: 'high' } } },
      /rule "firewall-block": severity/,
    ],
    [
      'a ratio above 1',
      { thresholds: { 'over-filtering': { ratio: 80 } } },
      /thresholds\.over-filtering\.ratio must be a number in \(0, 1\]/,
    ],
    ['a zero ratio', { thresholds: { 'over-filtering': { ratio: 0 } } }, /thresholds\.over-filtering\.ratio/],
    [
      'a string ratio',
      { thresholds: { 'over-filtering': { ratio: '0.8' } } },
      /thresholds\.over-filtering\.ratio/,
    ],
    [
      'a fractional minItems',
      { thresholds: { 'over-filtering': { minItems: 2.5 } } },
      /thresholds\.over-filtering\.minItems must be a positive integer/,
    ],
    [
      'a zero minItems',
      { thresholds: { 'over-filtering': { minItems: 0 } } },
      /thresholds\.over-filtering\.minItems/,
    ],
    [
      'a non-array expectedDomains',
      { expectedDomains: 'github.com' },
      /"expectedDomains" must be an array of strings/,
    ],
    [
      'a non-string allowedRepositories entry',
      { allowedRepositories: ['a/b', 3] },
      /"allowedRepositories" must be an array of strings/,
    ],
    [
      'a bad repositoryVisibility',
      { repositoryVisibility: 'internal' },
      /"repositoryVisibility" must be "public" or "private"/,
    ],
  ])('rejects %s, naming the key', (_what, value, message) => {
    expect(errorOf(value).message).toMatch(message);
  });

  it.each([
    ['a non-object thresholds', { thresholds: 0.8 }, /"thresholds" must be an object/],
    [
      'an unknown threshold',
      { thresholds: { overFiltering: { ratio: 0.5 } } },
      /unknown key "overFiltering" in "thresholds"/,
    ],
    [
      'an unknown over-filtering setting',
      { thresholds: { 'over-filtering': { ratio: 0.5, minitems: 3 } } },
      /unknown key "minitems" in "thresholds.over-filtering"/,
    ],
    [
      'an unknown rule setting',
      { rules: { 'firewall-block': { sevrity: 'info' } } },
      /unknown key "sevrity" in rule "firewall-block" \(accepted: severity, enabled\)/,
    ],
  ])('rejects %s instead of silently ignoring it', (_what, value, message) => {
    expect(errorOf(value).message).toMatch(message);
  });
});

describe('loadConfigFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'integrity-audit-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads and validates a JSON file, naming the file in errors', () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ rules: { 'firewall-block': 'off' } }));
    expect(loadConfigFile(good, RULE_IDS).rules['firewall-block']).toEqual({
      enabled: false,
      severity: null,
    });

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ rules: { nope: 'off' } }));
    expect(() => loadConfigFile(bad, RULE_IDS)).toThrow(
      new RegExp(`${bad.replace(/[.\\/]/g, '\\$&')}: unknown rule "nope"`),
    );

    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{ rules: ');
    expect(() => loadConfigFile(notJson, RULE_IDS)).toThrow(ConfigError);
    expect(() => loadConfigFile(notJson, RULE_IDS)).toThrow(/broken\.json is not valid JSON/);

    expect(() => loadConfigFile(join(dir, 'missing.json'), RULE_IDS)).toThrow(
      /cannot read config file .*missing\.json/,
    );
  });
});
