// Titles of merged findings: a rule whose findings merge across runs renders its title from the merged details
// (rule.message), so a number in it is never one run's. Rules kept per run, or whose titles carry no number, need none.
import { describe, expect, it } from 'vitest';
import { RULES, messageTitle } from '../../src/rules/index.js';

/** Merged rules whose titles carry no number (a host, a reason, a workflow's run count comes from rule.message). */
const NUMBERLESS = new Set(['agent-not-invoked', 'evidence-missing', 'firewall-block']);

describe('titles of merged findings', () => {
  it('every rule that merges across runs and puts numbers in its titles renders them from the merged details', () => {
    const missing = RULES.filter((r) => !r.meta.perRun && !NUMBERLESS.has(r.meta.id) && !r.message).map(
      (r) => r.meta.id,
    );
    expect(missing).toEqual([]);
  });

  it('a title rendered from a count says that count', () => {
    const samples: Record<string, Record<string, unknown>> = {
      'auth-rejected': { reason: 'bad key', path: '/mcp/github' },
      'gateway-error': { template: 'MCP backend server startup timeout' },
      'labeling-failure': { kind: 'guard', guard: 'github' },
      'upstream-rate-limit': { kind: 'upstream', servers: [] },
      'unlabeled-passthrough': { method: 'GET', endpoint: '/repos/{owner}/{repo}/x' },
      'unscoped-integrity-tag': { tool: 'list_issues', tags: ['approved'] },
      'empty-integrity-tags': { tool: 'list_issues', null: 600, empty: 0 },
      'difc-not-enforced': { server: 'github', note: 'n' },
      'backend-lost': { server: 'github', callsBefore: 3, error: 'connection closed: EOF' },
    };
    for (const [id, details] of Object.entries(samples)) {
      const rule = RULES.find((r) => r.meta.id === id)!;
      expect(messageTitle(id, rule.message!(details, 600, 10)), id).toContain('600');
    }
  });
});

describe('messages (ESLint-style: meta.messages templates, findings carry an id and values)', () => {
  it('every rule declares its messages, and every template is plain text with code marked by backticks', () => {
    for (const r of RULES) {
      expect(Object.keys(r.meta.messages).length, r.meta.id).toBeGreaterThan(0);
      for (const t of Object.values(r.meta.messages)) {
        expect((t.match(/`/g) ?? []).length % 2, `${r.meta.id}: ${t}`).toBe(0);
        expect(t, r.meta.id).not.toContain('(s)');
      }
      expect(r.meta.why + r.meta.fix, r.meta.id).not.toContain('(s)');
    }
  });

  it('a title is plain text: the values filled in, no backticks, real plurals', () => {
    const rule = RULES.find((r) => r.meta.id === 'empty-integrity-tags')!;
    expect(messageTitle(rule.meta.id, rule.message!({ tool: 'list_issues', null: 1, empty: 0 }, 1, 1))).toBe(
      '1 filtered item from list_issues with null integrity tags',
    );
    expect(messageTitle(rule.meta.id, rule.message!({ tool: 'list_issues', null: 2, empty: 1 }, 3, 1))).toBe(
      '3 filtered items from list_issues with null or empty integrity tags',
    );
  });
});
