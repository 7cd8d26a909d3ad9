// Hardening: whole runs under fuzzing, through collectEvidence + analyzeRun + buildReport. Every evidence file of a run
// may be present or not, hostile or random (formats.ts), unopenable, cut mid-stream, or hold lines over 1 MiB. Nothing
// escapes, events and run facts are well-formed, the report survives JSON, and the coverage says what could not be
// read: a partial note for each unreadable file (and for no other), a note per file with lines cut at 1 MiB, coverage
// partial and an evidence-missing finding when something was unreadable.
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Readable } from 'node:stream';
import { collectEvidence } from '../../src/engine/collect.js';
import { analyzeRun } from '../../src/engine/analyze.js';
import { buildReport } from '../../src/report/build.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { DEFAULT_MAX_LINE_BYTES } from '../../src/util/lines.js';
import type { EvidenceFile, RunInput } from '../../src/sources/types.js';
import { reliabilityRecorder } from '../support/reliability.js';
import { CONTENT } from './formats.js';
import { PARSERS, PATHS } from './parsers.js';
import { eventsProblems, factsProblems, firewallProblems } from './well-formed.js';
import { configureFuzz, lineCount, recordOnPass } from './fuzz-support.js';

const rel = reliabilityRecorder(import.meta.url);
const { timeout } = configureFuzz(150);

type Fault = 'none' | 'open' | 'midway';
interface FuzzFile {
  content: Buffer;
  fault: Fault;
  /** Lines over the 1 MiB cap put before the content. */
  longLines: number;
}

/** One line over the cap, shared by every run (its newline is a chunk of its own). */
const LONG = Buffer.alloc(DEFAULT_MAX_LINE_BYTES + 4096, '[2026-07-19T14:02:11.482Z] [INFO] [client] x ');
const NL = Buffer.from('\n');

const fault: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 10, arbitrary: fc.constant<Fault>('none') },
  { weight: 1, arbitrary: fc.constant<Fault>('open') },
  { weight: 1, arbitrary: fc.constant<Fault>('midway') },
);

const runArb: fc.Arbitrary<Record<string, FuzzFile>> = fc
  .record(
    Object.fromEntries(
      PARSERS.map((c) => [
        c.path,
        fc.record({
          content: CONTENT[c.format],
          fault,
          longLines: c.lineBased
            ? fc.oneof(
                { weight: 15, arbitrary: fc.constant(0) },
                { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }) },
              )
            : fc.constant(0),
        }),
      ]),
    ) as Record<string, fc.Arbitrary<FuzzFile>>,
    { requiredKeys: [] },
  )
  .map((r) =>
    Object.fromEntries(Object.entries(r).filter((e): e is [string, FuzzFile] => e[1] !== undefined)),
  );

function openFile(f: FuzzFile): Promise<Readable> {
  if (f.fault === 'open') return Promise.reject(new Error('EACCES: permission denied'));
  const chunks: Buffer[] = [];
  for (let i = 0; i < f.longLines; i++) chunks.push(LONG, NL);
  if (f.fault === 'none') return Promise.resolve(Readable.from([...chunks, f.content]));
  // Cut mid-stream: half the content arrives, then the read fails (a truncated zip entry, a vanished file).
  chunks.push(f.content.subarray(0, f.content.length >> 1));
  return Promise.resolve(
    Readable.from(
      (async function* () {
        yield* chunks;
        throw new Error('unexpected end of data');
      })(),
    ),
  );
}

function runInput(files: Record<string, FuzzFile>): RunInput {
  const list: EvidenceFile[] = Object.entries(files).map(([path, f]) => ({
    path,
    artifact: null,
    size: f.content.length,
    open: () => openFile(f),
  }));
  return {
    meta: { id: '1001', workflow: null, branch: null, url: null },
    files: list,
    notes: [],
    close: async () => {},
  };
}

/** JSON files collect.ts reads without listing them among the files used. */
const READ_UNLISTED = [PATHS.policy, PATHS.runJson, PATHS.jobsJson];
const LINE_BASED = new Set(PARSERS.filter((c) => c.lineBased).map((c) => c.path));

describe('whole runs under fuzzing', () => {
  test.prop([runArb])(
    'collectEvidence + analyzeRun + buildReport: no exception, well-formed, coverage says what could not be read',
    async (files) => {
      recordOnPass(
        rel,
        'Inputs fuzzed',
        'whole runs: every evidence file absent, hostile or random, unopenable, cut mid-stream, or holding lines over 1 MiB',
        'no exception; events, run facts and report well-formed; a partial coverage note per unreadable file and an evidence-missing finding; a note per file with over-long lines',
      );
      const paths = new Set(Object.keys(files));
      const evidence = await collectEvidence(runInput(files));
      const analysis = analyzeRun(evidence, DEFAULT_CONFIG);
      const report = buildReport([analysis.facts], analysis.findings, {
        target: null,
        window: { from: null, to: null },
      });

      const maxLine = Math.max(1, ...Object.values(files).map((f) => f.longLines + lineCount(f.content)));
      expect(eventsProblems(evidence.events, paths, maxLine)).toEqual([]);
      expect(firewallProblems(evidence.firewall, paths, maxLine)).toEqual([]);
      expect(factsProblems(analysis.facts)).toEqual([]);
      expect(
        evidence.notes.filter((n) => n.file.startsWith('rule ')),
        'a rule failed on fuzzed evidence',
      ).toEqual([]);
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);

      const read = new Set([
        ...evidence.files.map((f) => f.path),
        ...READ_UNLISTED.filter((p) => paths.has(p)),
      ]);
      const partial = evidence.notes.filter((n) => n.partial);
      for (const [path, f] of Object.entries(files)) {
        const notes = evidence.notes.filter((n) => n.file === path);
        // Unreadable: one partial note, for the files that were read, and for no other file.
        const unreadable = read.has(path) && f.fault !== 'none';
        // (A file read to the end can still be incomplete by its content: redacted lines, JSONL writer warnings.)
        expect(
          notes.filter((n) => n.partial && n.kind !== 'incomplete').map((n) => n.kind),
          path,
        ).toEqual(unreadable ? ['unreadable'] : []);
        // Lines cut at 1 MiB: one note with their number.
        const cut = read.has(path) && LINE_BASED.has(path) && f.fault !== 'open' && f.longLines > 0;
        expect(
          notes.filter((n) => /over-long/.test(n.reason)),
          path,
        ).toEqual(
          cut
            ? [{ file: path, reason: `${f.longLines} over-long line(s) cut at 1 MiB`, partial: false }]
            : [],
        );
      }
      const expected = evidence.files.length === 0 ? 'none' : partial.length > 0 ? 'partial' : 'full';
      expect(analysis.facts.coverage).toBe(expected);
      if (partial.length > 0) {
        expect(analysis.facts.coverageNotes).toEqual(
          partial.slice(0, 20).map((n) => `${n.file}: ${n.reason}`),
        );
      }
      const excused = evidence.activationRateLimit !== null || analysis.facts.agentInvoked === false;
      expect(analysis.findings.some((f) => f.rule === 'evidence-missing')).toBe(
        expected !== 'full' && !excused,
      );
    },
    timeout,
  );
});
