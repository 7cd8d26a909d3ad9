// The README's rule table and the rule catalogue in the code agree: the same ids, in the same order, with the same
// default severities.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function readmeRules(): [string, string][] {
  const section = readme.split(/^## Rule catalogue$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^\| `([a-z0-9-]+)` \| (\w+) \|/gm)].map((m) => [m[1], m[2]]);
}

describe('README rule table', () => {
  it('lists every rule of the catalogue with its default severity, in catalogue order', () => {
    const table = readmeRules();
    expect(table.length).toBeGreaterThan(10);
    expect(table).toEqual(RULES.map((r) => [r.meta.id, r.meta.defaultSeverity]));
  });
});
