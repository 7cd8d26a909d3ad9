// Hardening: huge inputs, generated lazily (never held in memory): a 50 MB single line and 2,000,000 tiny lines through
// every parser, and a whole run made of them through collectEvidence + analyzeRun. No exception, well-formed output,
// the lines after the huge one still read, and memory bounded: the peak of live memory (heap plus Buffers, sampled
// after a forced GC every 4 MiB of input) and what remains afterwards stay far below the input's size.
// This file must not import fast-check's vitest integration (see fuzz-support.ts): its heap makes GCs slow.
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { lineStatsOf } from '../../src/util/lines.js';
import { parseAwInfo } from '../../src/parsers/aw-info.js';
import { collectEvidence } from '../../src/engine/collect.js';
import { analyzeRun } from '../../src/engine/analyze.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import type { EvidenceFile, RunInput } from '../../src/sources/types.js';
import { reliabilityRecorder } from '../support/reliability.js';
import { gw, guardedPreamble, lines } from '../support/harness.js';
import { PARSERS, PATHS, parsedProblems, type FormatId } from './parsers.js';
import { eventsProblems, factsProblems } from './well-formed.js';
import { forceGc, lazyStream, linesChunk, MB, memoryProbe } from './fuzz-support.js';

const rel = reliabilityRecorder(import.meta.url);

/**
 * Bounds on memory growth. Line parsers keep at most one line (cut at 1 MiB); the JSON readers keep their document up
 * to its cap (16 MiB for tools.json and jobs.json); up to 4 MiB of garbage lies between two samples. Without a GC to
 * force, garbage counts too, so the bound is only generous.
 */
const LIMITS = forceGc
  ? { linePeak: 16 * MB, jsonPeak: 32 * MB, retained: 4 * MB }
  : { linePeak: 160 * MB, jsonPeak: 160 * MB, retained: Infinity };

/** 64 KiB without a newline: JSON-like items with multi-byte characters (the 1 MiB cut can fall inside one). */
const FILLER = Buffer.alloc(64 * 1024, '{"html_url":"https://github.com/octo/repo/issues/1","t":"é🔍 x"},');

/** How each format's 50 MB line starts: a record that could carry a signal, so the parser does work on it. */
const LONG_HEAD: Record<FormatId, string> = {
  gateway:
    '[2026-07-19T14:02:11.482Z] [INFO] [client] MCP tool call response, session=s, tool=t, result={"items":[',
  'rpc-jsonl': '{"timestamp":"2026-07-19T14:03:01.850Z","event":"difc_filtered","description":"',
  'gateway-md': '- ✗ **backend** MCP backend connection failed ',
  'stderr-log': '2026/07/19 14:02:11 [DIFC] Guard labeling failed: ',
  'access-log': '1774290909.186 172.30.0.20:55890 ',
  'audit-jsonl': '{"_schema":"audit/v0.28.4","url":"',
  'agent-stdio': '[WARN]   - Blocked: ',
  'job-log': '##[error]',
  'aw-info': '{"workflow_name":"',
  'tools-json': '{"servers":{"x":[{"name":"',
  'activity-summary': '{"summary":"',
  'policy-manifest': '{"topologyPeers":["',
  'run-json': '{"workflowName":"',
  'jobs-json': '{"jobs":[{"name":"',
};

/**
 * Tiny lines that carry no signal: blank, CR, JSON scalars and an empty record, a skipped debug record, continuation
 * text, a comment, and words the JSONL readers look for (not JSON: each is counted invalid).
 */
const TINY = [
  '',
  'x',
  '{}',
  '[2026-07-19T14:02:11.482Z] [DEBUG] [backend] x',
  'null',
  '- x',
  '\tat y',
  '# c',
  'tools/call',
  'difc_filtered',
];
const LINES_PER_CHUNK = 4000;
const MANY = 2_000_000;

function checkMemory(name: string, m: { peak: number; retained: number | null }, peakLimit: number) {
  expect(m.peak, `${name}: peak growth ${(m.peak / MB).toFixed(1)} MB`).toBeLessThan(peakLimit);
  if (m.retained !== null)
    expect(m.retained, `${name}: retained ${(m.retained / MB).toFixed(1)} MB`).toBeLessThan(LIMITS.retained);
}

describe('huge inputs through every parser', () => {
  it('a 50 MB single line: parsed in bounded memory, cut at 1 MiB and counted, the next line read', async () => {
    for (const c of PARSERS) {
      const head = Buffer.from(LONG_HEAD[c.format]);
      const tail = Buffer.from(`\n${c.signal?.line ?? ''}\n`);
      const probe = memoryProbe();
      const stream = lazyStream(50 * MB, FILLER, { head, tail, probe });
      const parsed = await c.parse(stream);
      checkMemory(c.name, probe.finish(), c.lineBased ? LIMITS.linePeak : LIMITS.jsonPeak);
      expect(parsedProblems(c, parsed, 2), c.name).toEqual([]);
      if (c.lineBased) {
        expect(lineStatsOf(stream), c.name).toEqual({ lines: 2, bytes: 50 * MB, truncatedLines: 1 });
        expect(c.signal!.seen(parsed, 2), `${c.name}: the line after the long one`).toBe(true);
      }
    }
    // The JSON readers stop at their cap and say so (aw_info.json's reason becomes a coverage note).
    const r = await parseAwInfo(lazyStream(50 * MB, FILLER, { head: Buffer.from(LONG_HEAD['aw-info']) }));
    expect(r).toEqual({ info: null, error: 'larger than 4194304 bytes' });
    rel.record(
      'Inputs fuzzed',
      '50 MB single line (generated lazily) in the input of every parser, followed by a recognisable line',
      'parsed in bounded memory; line cut at 1 MiB and counted; the next line read; JSON files refused over their cap',
    );
  });

  it('2,000,000 tiny lines (LF and CRLF): every line counted, memory stays flat', async () => {
    const chunk = linesChunk(TINY, LINES_PER_CHUNK);
    for (const c of PARSERS) {
      const probe = memoryProbe();
      const stream = lazyStream((MANY / LINES_PER_CHUNK) * chunk.length, chunk, { probe });
      const parsed = await c.parse(stream);
      checkMemory(c.name, probe.finish(), c.lineBased ? LIMITS.linePeak : LIMITS.jsonPeak);
      expect(parsedProblems(c, parsed, MANY), c.name).toEqual([]);
      expect(
        [parsed.events, parsed.locs, parsed.firewall?.total ?? 0],
        `${c.name}: nothing from noise`,
      ).toEqual([[], [], 0]);
      if (c.lineBased) expect(lineStatsOf(stream), c.name).toMatchObject({ lines: MANY, truncatedLines: 0 });
    }
    rel.record(
      'Inputs fuzzed',
      '2,000,000 tiny lines (generated lazily, LF and CRLF) in the input of every parser',
      'every line counted; memory flat; no events from noise',
    );
  });
});

describe('a whole run of huge files through collectEvidence + analyzeRun', () => {
  it('stays in bounded memory, notes the over-long line, and still finds what follows it', async () => {
    const probe = memoryProbe();
    const tinyChunk = linesChunk(TINY, LINES_PER_CHUNK);
    const many = () => lazyStream((MANY / LINES_PER_CHUNK) * tinyChunk.length, tinyChunk, { probe });
    const trap = gw(
      'ERROR',
      'backend',
      'WASM guard trap: guard=github, func=label_response, error=WASM function call failed: wasm error: unreachable',
    );
    const files: Record<string, () => Readable> = {
      [PATHS.gateway]: () =>
        lazyStream(50 * MB, FILLER, {
          head: Buffer.from(lines(...guardedPreamble()) + LONG_HEAD.gateway),
          tail: Buffer.from('\n' + lines(trap)),
          probe,
        }),
      [PATHS.jsonl]: many,
      [PATHS.access]: many,
      [PATHS.stdio]: () => Readable.from([Buffer.from('agent output\n')]),
      [PATHS.awInfo]: () => Readable.from([Buffer.from('{"run_id":31000000042}')]),
    };
    const list: EvidenceFile[] = Object.entries(files).map(([path, open]) => ({
      path,
      artifact: null,
      size: null,
      open: async () => open(),
    }));
    const input: RunInput = {
      meta: { id: 'run-x', workflow: null, branch: null, url: null },
      files: list,
      notes: [],
      close: async () => {},
    };
    const evidence = await collectEvidence(input);
    const analysis = analyzeRun(evidence, DEFAULT_CONFIG);
    checkMemory('whole run', probe.finish(), LIMITS.linePeak);

    expect(evidence.meta.id).toBe('31000000042');
    expect(eventsProblems(evidence.events, new Set(Object.keys(files)), 2 * MANY)).toEqual([]);
    expect(factsProblems(analysis.facts)).toEqual([]);
    expect(evidence.notes.filter((n) => /over-long/.test(n.reason))).toEqual([
      { file: PATHS.gateway, reason: '1 over-long line(s) cut at 1 MiB', partial: false },
    ]);
    expect(analysis.facts.coverage).toBe('full');
    const traps = analysis.findings.filter((f) => f.rule === 'wasm-guard-trap');
    expect(traps.map((f) => f.details)).toMatchObject([
      { guard: 'github', func: 'label_response', cause: 'unreachable' },
    ]);
    expect(traps[0].evidence[0].line).toBe(guardedPreamble().length + 2);
    rel.record(
      'Inputs fuzzed',
      'whole run: a 50 MB line in mcp-gateway.log, 2,000,000 lines in rpc-messages.jsonl and in access.log',
      'audited in bounded memory; a coverage note for the line cut at 1 MiB; the trap after it found',
    );
  });
});
