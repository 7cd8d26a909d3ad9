// Hardening: every parser under fuzzing. Hostile content that looks like its format (record prefixes and message
// starts with wrong, broken or hostile values, JSON of the wrong shape, truncated records, invalid UTF-8, NUL, CRLF) or
// any bytes at all, cut into arbitrary chunks: the parser resolves, its output is well-formed (well-formed.ts), and it
// does not depend on where the chunks were cut. Huge inputs (a 50 MB line, 2,000,000 lines) are in huge-inputs.test.ts.
// Bounded and reproducible: a fixed seed and run count (fuzz-support.ts); FUZZ_RUNS=10000 runs more.
import { describe, expect, it } from 'vitest';
// `test.prop` for properties; plain tests use vitest's `it` (the `it` of @fast-check/vitest runs a test numRuns times).
import { fc, test } from '@fast-check/vitest';
import { Readable } from 'node:stream';
import { forEachLineBytes, lineStatsOf } from '../../src/util/lines.js';
import { reliabilityRecorder } from '../support/reliability.js';
import { CONTENT, weirdValue } from './formats.js';
import { PARSERS, parsedProblems, type Parsed } from './parsers.js';
import { chunked, configureFuzz, lineCount, recordOnPass } from './fuzz-support.js';

const rel = reliabilityRecorder(import.meta.url);
const { timeout } = configureFuzz(200);

/** The lines forEachLine must produce: split on LF, one trailing CR stripped, cut to `max` bytes (and counted). */
function referenceLines(bytes: Buffer, max: number): { lines: string[]; truncated: number } {
  const segments: Buffer[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      segments.push(bytes.subarray(from, i));
      from = i + 1;
    }
  }
  if (from < bytes.length) segments.push(bytes.subarray(from));
  let truncated = 0;
  const lines = segments.map((s) => {
    let line = s.length > 0 && s[s.length - 1] === 0x0d ? s.subarray(0, -1) : s;
    if (line.length > max) {
      line = line.subarray(0, max);
      truncated++;
    }
    return line.toString('latin1');
  });
  return { lines, truncated };
}

describe('the line splitter (forEachLine) under fuzzing', () => {
  test.prop([
    fc.array(fc.constantFrom(0x61, 0x62, 0x0a, 0x0d, 0x00, 0xff, 0xc3), { maxLength: 80 }),
    fc.array(fc.nat(), { maxLength: 8 }),
    fc.integer({ min: 1, max: 8 }),
    fc.boolean(),
  ])(
    'gives the lines of a reference splitter for any bytes, chunking and cap',
    async (bytes, cuts, max, plain) => {
      recordOnPass(
        rel,
        'Inputs fuzzed',
        'line splitter: any bytes (CR, LF, NUL, invalid UTF-8) cut into any chunks, line caps of 1–8 bytes',
        'the same lines as a reference splitter: CRLF stripped, over-long lines cut to the cap and counted',
      );
      const buf = Buffer.from(bytes);
      const got: string[] = [];
      const stats = await forEachLineBytes(
        chunked(buf, cuts, plain),
        { lineBytes: (b, s, e) => void got.push(b.toString('latin1', s, e)) },
        {
          maxLineBytes: max,
        },
      );
      const want = referenceLines(buf, max);
      expect({ lines: got, truncated: stats.truncatedLines }).toEqual({
        lines: want.lines,
        truncated: want.truncated,
      });
      expect(stats.lines).toBe(want.lines.length);
      expect(stats.bytes).toBe(buf.length);
    },
    timeout,
  );
});

/** Output comparable across runs (Maps and Sets become entries). */
function comparable(p: Parsed): unknown {
  return JSON.parse(
    JSON.stringify(p, (_k, v: unknown) => (v instanceof Map || v instanceof Set ? [...v] : v)),
  );
}

describe.each(PARSERS)('$name under fuzzing', (c) => {
  test.prop([CONTENT[c.format], fc.array(fc.nat(), { maxLength: 6 }), fc.boolean()])(
    'hostile content in any chunks: resolves, well-formed output, the same as in one chunk',
    async (buf, cuts, plain) => {
      recordOnPass(
        rel,
        'Inputs fuzzed',
        `${c.name}: seeded hostile files (format-like records with wrong values, truncated records, random bytes, NUL, invalid UTF-8, CRLF), any chunking`,
        'no exception; events well-formed (typed fields, counts, locations); the same output as in one chunk',
      );
      const stream = chunked(buf, cuts, plain);
      const parsed = await c.parse(stream);
      expect(parsedProblems(c, parsed, lineCount(buf))).toEqual([]);
      if (c.lineBased)
        expect(lineStatsOf(stream)).toMatchObject({
          lines: lineCount(buf),
          bytes: buf.length,
          truncatedLines: 0,
        });
      expect(comparable(parsed)).toEqual(comparable(await c.parse(Readable.from([buf]))));
    },
    timeout,
  );
});

/** Known keys of each JSON shape, for "null (or an array, a number, an object) everywhere". */
const KEYS: Record<string, string[]> = {
  'aw-info': [
    'run_id',
    'workflow_name',
    'repository',
    'ref',
    'event_name',
    'awf_version',
    'firewall_version',
  ],
  'tools-json': ['servers'],
  'activity-summary': ['summary'],
  'policy-manifest': ['topologyPeers'],
  'run-json': [
    'workflowName',
    'workflow_name',
    'name',
    'headBranch',
    'url',
    'conclusion',
    'event',
    'createdAt',
  ],
  'jobs-json': ['jobs'],
  'rpc-jsonl': [
    'timestamp',
    'event',
    'type',
    '_schema',
    'direction',
    'server_id',
    'method',
    'tool_name',
    'description',
    'reason',
    'integrity_tags',
    'secrecy_tags',
    'path',
  ],
  'audit-jsonl': [
    '_schema',
    'timestamp',
    'ts',
    'event',
    'client',
    'host',
    'dest',
    'method',
    'status',
    'decision',
    'url',
  ],
};
const WRONG: unknown[] = [
  null,
  [],
  ['x', null, 1],
  0,
  -1,
  1e308,
  true,
  '',
  {},
  { nested: { deep: [null, {}] } },
];

/** Every JSON position of the format holding `v` (whole documents, records, or JSON embedded in gateway lines). */
function wrongShapeInputs(format: string, v: unknown): string[] {
  const everywhere = (keys: string[]) => JSON.stringify(Object.fromEntries(keys.map((k) => [k, v])));
  const json = JSON.stringify(v);
  const ts = '[2026-07-19T14:02:11.482Z]';
  switch (format) {
    case 'gateway':
    case 'stderr-log': {
      const keys = [
        'server_id',
        'tool_name',
        'description',
        'reason',
        'integrity_tags',
        'secrecy_tags',
        'method',
        'path',
        'html_url',
        'repository_url',
        'repository',
        'content',
        'isError',
        'allow-only',
        'repos',
        'min-integrity',
      ];
      const obj = everywhere(keys);
      const policy = JSON.stringify({ 'allow-only': { repos: v, 'min-integrity': v } });
      return [
        [json, obj].flatMap((j) => [
          `${ts} [INFO] [difc] [github] [DIFC-FILTERED] ${j}`,
          `${ts} [INFO] [difc] [github] Guard policy: ${j}`,
          `${ts} [WARN] [proxy] [UNRECOGNIZED-ENDPOINT] ${j}`,
          `${ts} [INFO] [client] MCP tool call response, session=s, tool=t, result=${j}`,
          `${ts} [INFO] [client] MCP tool call response, session=s, tool=t, result={"content":[{"type":"text","text":${JSON.stringify(j)}}],"html_url":${json}}`,
        ]),
        `${ts} [INFO] [difc] [github] Guard policy: ${policy}`,
      ]
        .flat()
        .map((l) => l + '\n');
    }
    case 'gateway-md':
      return [
        `- 🔍 **proxy** [UNRECOGNIZED-ENDPOINT] ${json}\n- ⚠️ **proxy** [UNRECOGNIZED-ENDPOINT] ${everywhere(['method', 'path'])}\n`,
      ];
    case 'rpc-jsonl':
    case 'audit-jsonl':
      return [`${json}\n${everywhere(KEYS[format])}\n`];
    default:
      return KEYS[format] ? [json, everywhere(KEYS[format])] : [];
  }
}

describe('JSON that is valid but of the wrong shape', () => {
  it('null, arrays, numbers, booleans and nested objects in every JSON position: no exception, well-formed output', async () => {
    let inputs = 0;
    for (const c of PARSERS) {
      for (const v of WRONG) {
        for (const text of wrongShapeInputs(c.format, v)) {
          const buf = Buffer.from(text);
          const parsed = await c.parse(Readable.from([buf]));
          expect(parsedProblems(c, parsed, lineCount(buf)), `${c.name}: ${text.slice(0, 200)}`).toEqual([]);
          inputs++;
        }
      }
    }
    expect(inputs).toBeGreaterThan(200);
    rel.record(
      'Inputs fuzzed',
      'JSON valid but of the wrong shape (null, arrays, numbers, booleans, nested objects) in every JSON position of every format',
      'no exception; every field keeps its type (a string stays a string, a list of strings a list of strings)',
    );
  });

  test.prop([weirdValue, fc.constantFrom(...PARSERS.filter((c) => KEYS[c.format]))])(
    'any JSON value in every known field: no exception, well-formed output',
    async (v, c) => {
      recordOnPass(
        rel,
        'Inputs fuzzed',
        'seeded JSON values (any shape, any depth) in every known field of the JSON formats',
        'no exception; output well-formed',
      );
      for (const text of wrongShapeInputs(c.format, v)) {
        const buf = Buffer.from(text);
        expect(parsedProblems(c, await c.parse(Readable.from([buf])), lineCount(buf))).toEqual([]);
      }
    },
    timeout,
  );
});
