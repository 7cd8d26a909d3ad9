// evidence-missing: a run's artifacts were expired, missing, refused or unreadable, so it was not (fully) audited;
// not when the run's own evidence explains the absence (activation-rate-limit, agent-not-invoked).
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { analyzeRun } from '../../src/engine/analyze.js';
import { collectEvidence } from '../../src/engine/collect.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import type { CoverageNote } from '../../src/model/types.js';
import type { RunInput } from '../../src/sources/types.js';
import { analyzeFiles, findingsOf, gw, guardedPreamble, lines, memoryRun, P } from '../support/harness.js';

const RULE = 'evidence-missing';

async function analyzeInput(input: RunInput) {
  return analyzeRun(await collectEvidence(input), DEFAULT_CONFIG);
}

const gatewayLog = lines(
  ...guardedPreamble(),
  gw('INFO', 'client', 'MCP tool call request, session=4f1c9a2e7b3d4c1e, tool=list_issues, args={}'),
);

describe('evidence-missing', () => {
  it('fires with coverage none when the run has no artifact at all', async () => {
    const a = await analyzeFiles({});
    expect(a.facts.coverage).toBe('none');
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].count).toBe(1);
    expect(f[0].details).toEqual({
      coverage: 'none',
      kind: 'missing',
      notes: ['no evidence artifact or log file found'],
    });
    expect(f[0].title).toMatch(/^Run not audited/);
  });

  it('says why with coverage none when the artifacts expired', async () => {
    const notes: CoverageNote[] = [
      { file: 'agent', reason: 'artifact expired', partial: true, kind: 'expired' },
    ];
    const a = await analyzeInput(memoryRun({}, {}, { notes }));
    expect(a.facts.coverage).toBe('none');
    expect(findingsOf(a, RULE).map((x) => x.details)).toEqual([
      { coverage: 'none', kind: 'expired', notes: ['agent: artifact expired'] },
    ]);
  });

  it('fires with coverage partial when a coverage note says an artifact was refused', async () => {
    const notes: CoverageNote[] = [
      {
        file: 'firewall-audit-logs.zip',
        reason: 'refused: compression ratio over 200:1',
        partial: true,
        kind: 'refused',
      },
      {
        file: 'agent/extra.dockerbuild',
        reason: 'skipped: `.dockerbuild` artifact (not a zip archive)',
        partial: false,
      },
    ];
    const a = await analyzeInput(memoryRun({ [P.gateway]: gatewayLog }, {}, { notes }));
    expect(a.facts.coverage).toBe('partial');
    expect(a.facts.coverageNotes).toEqual(['firewall-audit-logs.zip: refused: compression ratio over 200:1']);
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].details).toEqual({
      coverage: 'partial',
      kind: 'refused',
      notes: ['firewall-audit-logs.zip: refused: compression ratio over 200:1'],
    });
    expect(f[0].title).toMatch(/^Run partially audited/);
  });

  it('fires with coverage partial when an evidence file cannot be read to the end', async () => {
    const input = memoryRun({ [P.gateway]: gatewayLog, [P.access]: '' });
    const access = input.files.find((f) => f.path === P.access)!;
    access.open = async () =>
      new Readable({
        read() {
          this.destroy(new Error('invalid stored block lengths'));
        },
      });
    const a = await analyzeInput(input);
    expect(a.facts.coverage).toBe('partial');
    const f = findingsOf(a, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].details).toMatchObject({ coverage: 'partial', kind: 'unreadable' });
    expect((f[0].details.notes as string[])[0]).toContain(P.access);
  });

  it('does not fire for full coverage, or for notes that do not limit the audit', async () => {
    const notes: CoverageNote[] = [
      { file: P.jsonl, reason: '1 invalid JSON line(s) skipped', partial: false },
    ];
    const a = await analyzeInput(
      memoryRun(
        {
          [P.gateway]: gatewayLog,
          [P.jsonl]: '{"timestamp":"2026-07-19T14:03:01.012Z","event":"rpc_request","method":"tools/c\n',
        },
        {},
        { notes },
      ),
    );
    expect(a.facts.coverage).toBe('full');
    expect(findingsOf(a, RULE)).toEqual([]);
  });

  it('does not fire when activation-rate-limit or agent-not-invoked explains the absence', async () => {
    const rateLimited = await analyzeFiles({
      'workflow-logs/activation/3_Check.txt': lines(
        '2026-04-27T13:01:20.1435955Z ##[error]Unhandled error: HttpError: API rate limit exceeded for installation. If you reach out ...',
      ),
    });
    expect(findingsOf(rateLimited, RULE)).toEqual([]);
    expect(findingsOf(rateLimited, 'activation-rate-limit')).toHaveLength(1);
    const skipped = await analyzeFiles({}, undefined, {
      jobs: [
        { name: 'activation', conclusion: 'success' },
        { name: 'agent', conclusion: 'skipped' },
      ],
    });
    expect(skipped.facts.coverage).toBe('none');
    expect(findingsOf(skipped, RULE)).toEqual([]);
    expect(findingsOf(skipped, 'agent-not-invoked')).toHaveLength(1);
  });
});
