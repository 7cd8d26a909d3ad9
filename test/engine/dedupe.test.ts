// The same run given as several copies is audited once, and only when dropping a copy hides nothing.
import { describe, expect, it } from 'vitest';
import { dedupeAnalyses } from '../../src/engine/audit.js';
import type { RunAnalysis } from '../../src/engine/analyze.js';
import type { RawFinding, RunFacts } from '../../src/model/types.js';

function analysis(id: string, coverage: RunFacts['coverage'], rules: string[] = []): RunAnalysis {
  const findings: RawFinding[] = rules.map((rule) => ({
    rule,
    severity: 'warning',
    title: rule,
    run: id,
    key: { rule },
    count: 1,
    details: {},
    evidence: [],
    recommendation: '',
  }));
  return {
    facts: {
      id,
      workflow: null,
      branch: null,
      url: null,
      agentInvoked: true,
      gatewayVersion: null,
      difc: { filtered: 0, guarded: false },
      firewall: { blocked: 0, total: null },
      status: 'ok',
      coverage,
    },
    findings,
  };
}

describe('dedupeAnalyses', () => {
  it('keeps the best-covered copy of a run id and says so', () => {
    const full = analysis('123', 'full', ['wasm-guard-trap']);
    const none = analysis('123', 'none', ['evidence-missing']);
    const { kept, notes } = dedupeAnalyses([none, full]);
    expect(kept).toEqual([full]);
    expect(notes).toEqual(['Run 123 was given 2 times: audited once.']);
  });

  it('keeps both copies when the other one found something the kept one did not', () => {
    const a = analysis('123', 'full', ['wasm-guard-trap']);
    const b = analysis('123', 'partial', ['guard-bypass']);
    expect(dedupeAnalyses([a, b])).toEqual({ kept: [a, b], notes: [] });
  });

  it('never merges ids that are not run ids (folder names), nor different runs', () => {
    const x = analysis('logs', 'full');
    const y = analysis('logs', 'full');
    const z = analysis('124', 'full');
    expect(dedupeAnalyses([x, y, z])).toEqual({ kept: [x, y, z], notes: [] });
  });
});
