// Titles of merged findings: a rule whose findings merge across runs renders its title from the merged details
// (rule.title), so a number in it is never one run's. Rules kept per run, or whose titles carry no number, need none.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';

/** Merged rules whose titles carry no number (a host, a reason, a workflow's run count comes from rule.title). */
const NUMBERLESS = new Set(['agent-not-invoked', 'evidence-missing', 'firewall-block']);

describe('titles of merged findings', () => {
  it('every rule that merges across runs and puts numbers in its titles renders them from the merged details', () => {
    const missing = RULES.filter((r) => !r.meta.perRun && !NUMBERLESS.has(r.meta.id) && !r.title).map(
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
      expect(rule.title!(details, 600, 10), id).toContain('600');
    }
  });
});
