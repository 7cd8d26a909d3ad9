// The real gh-aw v0.43 run (gateway v0.1.4, AWF v0.16.4) through the whole local pipeline: one run, the facts the
// files prove, and no critical or warning finding (DESIGN.md "Testing").
import { beforeAll, expect, it } from 'vitest';
import { discoverRuns, type LocalRunRef } from '../../src/sources/local.js';
import { auditRuns, localJobs } from '../../src/engine/audit.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import type { RunAnalysis } from '../../src/engine/analyze.js';
import type { Report } from '../../src/model/types.js';
import { describeReal, REAL_CORPUS as CORPUS } from '../support/real-corpus.js';

describeReal('real corpus (gh-aw v0.43, gateway v0.1.4)', () => {
  let refs: LocalRunRef[];
  let report: Report;
  let analyses: RunAnalysis[];

  beforeAll(async () => {
    refs = await discoverRuns(CORPUS);
    ({ report, analyses } = await auditRuns(
      localJobs(refs, (p) => p),
      { config: DEFAULT_CONFIG, target: null, window: { from: null, to: null } },
    ));
  });

  it('finds exactly one run, identified by aw_info.json run_id', () => {
    expect(refs).toHaveLength(1);
    expect(report.runs).toHaveLength(1);
    expect(report.runs[0].id).toBe('21986494867');
    expect(report.summary.runs).toBe(1);
    expect(report.summary.runsWithArtifacts).toBe(1);
  });

  it('has the per-run facts the files prove', () => {
    const run = report.runs[0];
    expect(run.agentInvoked).toBe(true);
    expect(run.gatewayVersion).toBe('v0.1.4');
    expect(run.firewall).toEqual({ blocked: 2, total: 7 });
    expect(run.difc).toEqual({ filtered: 0, guarded: false });
    expect(run.coverage).toBe('full');
    expect(run.coverageNotes).toBeUndefined();
    expect(run.status).toBe('ok');
    expect(run.workflow).toBe('Star List Maintainer');
  });

  it('reports the blocked telemetry host as an info firewall-block with count 2', () => {
    const blocks = report.findings.filter((f) => f.rule === 'firewall-block');
    expect(blocks).toHaveLength(1);
    expect(blocks[0].severity).toBe('info');
    expect(blocks[0].count).toBe(2);
    expect(blocks[0].details.domains).toEqual([
      expect.objectContaining({ domain: 'telemetry.individual.githubcopilot.com', blocks: 2 }),
    ]);
    expect(blocks[0].runs).toEqual(['21986494867']);
    // githubcopilot.com is not github.com: no bypass
    expect(report.findings.filter((f) => f.rule === 'direct-api-bypass')).toEqual([]);
  });

  it('has no critical or warning finding', () => {
    expect(report.summary.critical).toBe(0);
    expect(report.summary.warning).toBe(0);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('notes the pre-guard gateway as info, and ignores the /close auth rejection and payload words', () => {
    const notEnforced = report.findings.filter((f) => f.rule === 'difc-not-enforced');
    expect(notEnforced).toHaveLength(1);
    expect(notEnforced[0].severity).toBe('info');
    expect(notEnforced[0].details).toMatchObject({ server: 'github', gatewayVersion: 'v0.1.4' });
    for (const rule of [
      'auth-rejected',
      'gateway-error',
      'labeling-failure',
      'wasm-guard-trap',
      'scope-violation',
      'guard-bypass',
      'evidence-missing',
      'agent-not-invoked',
    ]) {
      expect(
        report.findings.filter((f) => f.rule === rule),
        rule,
      ).toEqual([]);
    }
    expect(analyses).toHaveLength(1);
  });
});
