// The JSON report written piece by piece is JSON.stringify(report, null, 2), byte for byte: on the examples' report,
// on generated values of every JSON shape (and the values JSON leaves out), and through the file writer.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prettyJsonPieces, writePrettyJsonFile } from '../../src/util/json-pieces.js';
import { examplesReport } from '../report/support.js';

const whole = (v: unknown) => [...prettyJsonPieces(v)].join('');

describe('prettyJsonPieces', () => {
  it("is JSON.stringify(report, null, 2) on the examples' report, in one piece per run and finding", async () => {
    const report = await examplesReport();
    const pieces = [...prettyJsonPieces(report)];
    expect(pieces.join('')).toBe(JSON.stringify(report, null, 2));
    expect(pieces.length).toBeGreaterThan(report.runs.length + report.findings.length);
    // No piece holds the whole report.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(JSON.stringify(report, null, 2).length / 2);
  });

  it('is JSON.stringify(v, null, 2) on generated values, the members JSON leaves out included', () => {
    const odd = fc.constantFrom(undefined, () => 1, Symbol('s'), new Date(0), NaN, -0, '\u2028', 'é"\\\n');
    const value = fc.letrec((tie) => ({
      any: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue(),
        odd,
        fc.array(tie('any'), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 6 }), tie('any'), { maxKeys: 4 }),
      ),
    })).any;
    const top = fc.oneof(value, fc.dictionary(fc.string({ maxLength: 6 }), value, { maxKeys: 6 }));
    fc.assert(
      fc.property(top, (v) => {
        expect(whole(v)).toBe(JSON.stringify(v, null, 2) ?? 'undefined');
      }),
      { seed: 20261204, numRuns: 2000 },
    );
  });

  it('writes the file whole or not at all, with the trailing newline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'integrity-audit-json-'));
    try {
      const report = await examplesReport();
      const path = join(dir, 'report.json');
      writePrettyJsonFile(path, join(dir, '.report.json.tmp'), report);
      expect(readFileSync(path, 'utf8')).toBe(JSON.stringify(report, null, 2) + '\n');
      expect(readdirSync(dir)).toEqual(['report.json']);
      // A value that cannot be written (a cycle) leaves neither the file nor the temporary one.
      const cyclic: Record<string, unknown> = { runs: [] };
      (cyclic.runs as unknown[]).push(cyclic);
      expect(() => writePrettyJsonFile(join(dir, 'bad.json'), join(dir, '.bad.json.tmp'), cyclic)).toThrow();
      expect(readdirSync(dir)).toEqual(['report.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
