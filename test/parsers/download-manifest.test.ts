// `integrity-audit.json` of a run kept by `analyze --repo … --download` (sources/github/cache.ts): the download's
// coverage notes and the run's facts come back when the folder is read again.
import { describe, expect, it } from 'vitest';
import type { CoverageNote } from '../../src/model/types.js';
import { downloadManifestParser } from '../../src/parsers/download-manifest.js';
import { contextFor } from '../../src/parsers/parser.js';
import { streamOf } from './helpers.js';

async function parse(text: string) {
  const notes: CoverageNote[] = [];
  const value = await downloadManifestParser.parse(streamOf(text), contextFor('integrity-audit.json'), {
    event: () => {},
    note: (n) => notes.push(n),
  });
  return { value, notes };
}

describe('download manifest', () => {
  it('gives back the notes of the download and the run facts', async () => {
    const { value, notes } = await parse(
      JSON.stringify({
        integrityAudit: 1,
        meta: {
          id: '42',
          workflow: 'Smoke',
          workflowPath: '.github/workflows/smoke.lock.yml',
          repository: 'octo/app',
          url: 'https://github.com/octo/app/actions/runs/42',
          jobs: [{ name: 'agent', conclusion: 'success', status: 'completed' }],
        },
        repositoryPrivate: true,
        notes: [
          {
            file: 'agent',
            reason: 'artifact expired (retention period): not audited',
            partial: true,
            kind: 'expired',
          },
          { file: 'x', reason: 'odd kind dropped', partial: false, kind: 'whatever' },
          { file: 'y', reason: 42, partial: true },
        ],
        zips: [],
        files: [],
      }),
    );
    expect(value).toEqual({
      meta: {
        workflow: 'Smoke',
        workflowPath: '.github/workflows/smoke.lock.yml',
        repository: 'octo/app',
        url: 'https://github.com/octo/app/actions/runs/42',
      },
      repositoryPrivate: true,
    });
    expect(notes).toEqual([
      {
        file: 'agent',
        reason: 'artifact expired (retention period): not audited',
        partial: true,
        kind: 'expired',
      },
      { file: 'x', reason: 'odd kind dropped', partial: false },
    ]);
  });

  it('a file that is not a manifest is said to be unusable, not taken', async () => {
    expect(await parse('{"integrityAudit":2,"meta":{}}')).toEqual({
      value: null,
      notes: [
        {
          file: 'integrity-audit.json',
          reason: 'unreadable: not an integrity-audit download manifest (version 1)',
          partial: false,
        },
      ],
    });
    expect((await parse('not json')).notes[0].reason).toMatch(/^unreadable: invalid JSON/);
  });
});
