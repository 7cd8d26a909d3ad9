// The parser table of collect.ts: every parser of src/parsers has a row, every suffix a parser declares reaches it,
// and the notes a parser emits are the ones it declares.
import { readdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CoverageNote, RunMeta } from '../../src/model/types.js';
import type { Parser } from '../../src/parsers/parser.js';
import { PARSERS, Read } from '../../src/engine/collect.js';
import { locateFiles } from '../../src/sources/locate.js';
import type { EvidenceFile, RunInput } from '../../src/sources/types.js';

const dir = new URL('../../src/parsers/', import.meta.url);

function isParser(v: unknown): v is Parser<unknown> {
  return typeof v === 'object' && v !== null && 'suffixes' in v && 'parse' in v && 'name' in v;
}

const file = (path: string, artifact: string | null, text = ''): EvidenceFile => ({
  path,
  artifact,
  size: text.length,
  open: async () => Readable.from([Buffer.from(text)]),
});

const input = (files: EvidenceFile[]): RunInput => ({
  meta: { id: '1' } as RunMeta,
  files,
  notes: [],
  close: async () => {},
});

/** Where a suffix can sit in a run: at the run folder's root, or inside an artifact. */
function placements(suffix: string): EvidenceFile[] {
  const name = suffix.replace(
    '*',
    suffix.startsWith('workflow-logs/') ? 'activation/1_Set up job' : 'github',
  );
  return [file(name, null), file(`agent/${name}`, 'agent')];
}

describe('the parser table', () => {
  it('has a row for every parser exported by src/parsers, and one parser per name', async () => {
    const exported: Parser<unknown>[] = [];
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const mod = (await import(new URL(f, dir).href)) as Record<string, unknown>;
      exported.push(...Object.values(mod).filter(isParser));
    }
    expect(exported.length).toBeGreaterThanOrEqual(16);
    const inTable = new Set(PARSERS.map((r) => r.parser));
    expect(exported.filter((p) => !inTable.has(p)).map((p) => p.name)).toEqual([]);
    const names = PARSERS.map((r) => r.parser.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(PARSERS.map((r) => [r.parser.name, r] as const))(
    '%s reads a file at each of its suffixes',
    (_, row) => {
      expect(row.parser.suffixes.length).toBeGreaterThan(0);
      for (const suffix of row.parser.suffixes) {
        const found = placements(suffix).some((f) => {
          const meta = { meta: { id: '1' } as RunMeta, files: [f], notes: [], close: async () => {} };
          return row.files(locateFiles([f]), new Read(), meta).includes(f);
        });
        expect(found, `${row.parser.name}: ${suffix}`).toBe(true);
      }
    },
  );

  it('emits only the coverage notes each parser declares', async () => {
    const bad: Record<string, string> = {
      'aw-info': '{ not json',
      'run-json': '[1]',
      'jobs-json': '{"x":1}',
      'tools-json': 'nope',
      'activity-summary': '{',
      'policy-manifest': '"x"',
      'rpc-jsonl': '{"timestamp":\nnot json\n',
      'audit-jsonl': 'not json\n',
      'access-log': 'garbage line\n',
      'download-manifest': '{"integrityAudit":1}',
    };
    for (const row of PARSERS) {
      const text = bad[row.parser.name];
      if (text === undefined) continue;
      const notes: CoverageNote[] = [];
      const path = `agent/${row.parser.suffixes[0]}`;
      await row.parser.parse(
        Readable.from([Buffer.from(text)]),
        { file: path, peers: new Set(), gatewayFallback: false },
        { event: () => {}, note: (n) => notes.push(n) },
      );
      const templates = row.parser.notes.map(
        (t) =>
          new RegExp(
            '^' +
              t
                .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
                .replace('⟨n⟩', '\\d+')
                .replace('⟨error⟩', '.+') +
              '$',
          ),
      );
      expect(notes.length, row.parser.name).toBeGreaterThan(0);
      for (const n of notes) {
        expect(n.file).toBe(path);
        expect(
          templates.some((t) => t.test(n.reason)),
          `${row.parser.name}: ${n.reason}`,
        ).toBe(true);
      }
    }
  });

  it('a row reads what collect lists: the located file is in the report under the row name', async () => {
    const { collectEvidence } = await import('../../src/engine/collect.js');
    const ev = await collectEvidence(
      input([
        file('agent/mcp-logs/mcp-gateway.log', 'agent', ''),
        file('agent/sandbox/firewall/logs/audit.jsonl', 'agent', 'not json\n'),
      ]),
    );
    expect(ev.files).toEqual([
      { kind: 'gateway-log', path: 'agent/mcp-logs/mcp-gateway.log' },
      { kind: 'audit-jsonl', path: 'agent/sandbox/firewall/logs/audit.jsonl' },
    ]);
    expect(ev.notes.map((n) => n.reason)).toEqual(['1 invalid JSON line(s) skipped']);
  });
});
