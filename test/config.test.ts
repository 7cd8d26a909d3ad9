// The rules config: severity overrides, disabled rules, thresholds, expected domains, allowed repositories,
// repository visibility. Every error names the offending key.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG, loadConfigFile, parseConfig } from '../src/config.js';
import { RULE_IDS, RULE_SPECS } from '../src/rules/index.js';

const parse = (v: unknown) => parseConfig(v, RULE_SPECS, 'integrity-audit.json');

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
    c.rules['over-filtering'] = { enabled: true, severity: null, options: { ratio: 0.1 } };
    expect(DEFAULT_CONFIG.expectedDomains).toEqual([]);
    expect(DEFAULT_CONFIG.rules).toEqual({});
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
    // The old thresholds are the rule's options now.
    expect(c.rules['over-filtering']).toEqual({
      enabled: true,
      severity: null,
      options: { ratio: 0.5, minItems: 3 },
    });
    expect(c.expectedDomains).toEqual(['telemetry.example.com', '*.githubcopilot.com']);
    expect(c.allowedRepositories).toEqual(['octo-org/*']);
    expect(c.repositoryVisibility).toBe('private');
    expect(parse({ thresholds: { 'over-filtering': { ratio: 1 } } }).rules['over-filtering'].options).toEqual(
      {
        ratio: 1,
      },
    );
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
      /unknown key "sevrity" in rule "firewall-block" \(accepted: severity, enabled, options\)/,
    ],
  ])('rejects %s instead of silently ignoring it', (_what, value, message) => {
    expect(errorOf(value).message).toMatch(message);
  });
});

describe('rule options (declared by each rule in meta.schema)', () => {
  it('reads `rules.<id>.options` and keeps the severity setting beside them', () => {
    const c = parse({
      rules: {
        'over-filtering': { severity: 'info', options: { ratio: 0.6 } },
        'repeated-filtering': { options: { minRuns: 3 } },
      },
    });
    expect(c.rules['over-filtering']).toEqual({ enabled: true, severity: 'info', options: { ratio: 0.6 } });
    expect(c.rules['repeated-filtering'].options).toEqual({ minRuns: 3 });
  });

  it('lets `rules.<id>.options` win over the old `thresholds` key', () => {
    const c = parse({
      rules: { 'over-filtering': { options: { ratio: 0.6 } } },
      thresholds: { 'over-filtering': { ratio: 0.9, minItems: 2 } },
    });
    expect(c.rules['over-filtering'].options).toEqual({ ratio: 0.6, minItems: 2 });
  });

  it.each([
    [
      'an unknown option',
      { rules: { 'over-filtering': { options: { ratoi: 0.5 } } } },
      /unknown option "ratoi" of rule "over-filtering" \(accepted: ratio, minItems\)/,
    ],
    [
      'an ill-typed option',
      { rules: { 'over-filtering': { options: { ratio: '0.5' } } } },
      /rule "over-filtering": option "ratio" must be number/,
    ],
    [
      'an option out of range',
      { rules: { 'repeated-filtering': { options: { minRuns: 1 } } } },
      /rule "repeated-filtering": option "minRuns" must be >= 2/,
    ],
    [
      'a fractional integer option',
      { rules: { 'repeated-filtering': { options: { minRuns: 2.5 } } } },
      /rule "repeated-filtering": option "minRuns" must be integer/,
    ],
    [
      'options of a rule that has none',
      { rules: { 'firewall-block': { options: { x: 1 } } } },
      /rule "firewall-block" has no options/,
    ],
    [
      'options that are not an object',
      { rules: { 'over-filtering': { options: [0.5] } } },
      /"options" must be an object/,
    ],
  ])('rejects %s, naming the rule and the option', (_what, value, message) => {
    expect(errorOf(value).message).toMatch(message);
  });

  it('every declared option has a default that its own schema accepts', () => {
    for (const spec of RULE_SPECS) {
      if (!spec.schema) continue;
      const defaults = Object.fromEntries(
        Object.entries(spec.schema.properties).map(([k, p]) => [k, (p as { default: unknown }).default]),
      );
      expect(() => parse({ rules: { [spec.id]: { options: defaults } } }), spec.id).not.toThrow();
    }
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

    // With the rules' specs (as the CLI and the action load it), options are checked too, naming file and option.
    const opts = join(dir, 'options.json');
    writeFileSync(opts, JSON.stringify({ rules: { 'over-filtering': { options: { ratio: 2 } } } }));
    expect(() => loadConfigFile(opts, RULE_SPECS)).toThrow(
      /options\.json: rule "over-filtering": option "ratio" must be <= 1/,
    );
    writeFileSync(opts, JSON.stringify({ rules: { 'over-filtering': { options: { ratio: 0.5 } } } }));
    expect(loadConfigFile(opts, RULE_SPECS).rules['over-filtering'].options).toEqual({ ratio: 0.5 });

    expect(() => loadConfigFile(join(dir, 'missing.json'), RULE_IDS)).toThrow(
      /cannot read config file .*missing\.json/,
    );
  });
});
