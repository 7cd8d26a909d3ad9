// Hardening: hostile artifact zips. Each archive is built here (yazl for normal entries, zip-bytes.ts where yazl
// refuses) and goes through readZip, then through the CLI path: a run folder holding it next to a good artifact,
// discovered and audited with auditRuns. Each is refused or cut off with a note in the report (coverage, coverage
// notes, an evidence-missing finding), nothing is written anywhere (the zips are read as streams, never extracted),
// and the rest of the audit completes: the good artifact's finding is there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { readZip, DEFAULT_ZIP_LIMITS, type ZipLimits } from '../../src/sources/zip.js';
import { discoverRuns, openLocalRun, runIdFromName } from '../../src/sources/local.js';
import { auditRuns, localJobs } from '../../src/engine/audit.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import type { EvidenceFile } from '../../src/sources/types.js';
import { directRead } from '../../src/util/direct-read.js';
import { inflateInCallingThread, inflateThread } from '../../src/sources/inflate-thread.js';
import type { Report } from '../../src/model/types.js';
import { reliabilityRecorder } from '../support/reliability.js';
import { fdsBackTo, openFds } from '../support/fds.js';
import { zipFiles } from '../support/github-objects.js';
import { gw, guardedPreamble, lines } from '../support/harness.js';
import { deflated, deflatedZeros, manyEntriesZip, rawZip, stored, type RawEntry } from './zip-bytes.js';

const rel = reliabilityRecorder(import.meta.url);

const MB = 1024 * 1024;
const RUN_ID = '31000000777';
const ACCESS = 'sandbox/firewall/logs/access.log';
const ACCESS_LINE =
  '1774290909.186 172.30.0.20:55890 evil.example.com:443 -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE evil.example.com:443 "curl/7.81.0"\n';
const TRAP = gw(
  'ERROR',
  'backend',
  'WASM guard trap: guard=github, func=label_response, error=WASM function call failed: wasm error: unreachable',
);

/** The good artifact every run folder holds: a guarded gateway whose GitHub guard trapped, and a non-empty agent log. */
const goodAgent = () =>
  zipFiles({
    'mcp-logs/mcp-gateway.log': lines(...guardedPreamble(), TRAP),
    'agent-stdio.log': 'agent output\n',
  });

// ── the cases ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** What reading one listed entry to the end gives. */
type ReadOutcome = { bytes: number } | { error: RegExp };

interface HostileCase {
  /** what was tried (the Reliability table) */
  tried: string;
  /** what happened (the Reliability table) */
  outcome: string;
  /** the archive's bytes */
  zip: () => Promise<Buffer>;
  /** readZip: the notes (file label, reason) and the files listed, each with what reading it gives */
  notes: { file: string; reason: RegExp; kind: string }[];
  files: Record<string, ReadOutcome>;
  /** the CLI path: a coverage note the run must carry and the evidence-missing kind; null: nothing refused */
  run: { note: RegExp; kind: string } | null;
  /** names an extractor would have created outside the run folder */
  escapes?: string[];
}

const refusedName = /^refused: unsafe entry name \(absolute or `\.\.`\)$/;
const OK_ENTRY = stored('notes/ok.txt', 'the rest of the archive\n');
const okFile = { 'hostile/notes/ok.txt': { bytes: 24 } };

let bomb600: { data: Buffer; crc: number; plainSize: number };
let bomb100: { data: Buffer; crc: number; plainSize: number };

const CASES: HostileCase[] = [
  {
    tried: 'entry named ../../x (path traversal)',
    outcome:
      'entry refused with a coverage note; nothing written; the rest of the archive and the other artifacts audited',
    zip: async () => rawZip([stored('../../ia-escape-dotdot', 'pwned\n'), OK_ENTRY]),
    notes: [{ file: 'hostile.zip:../../ia-escape-dotdot', reason: refusedName, kind: 'refused' }],
    files: okFile,
    run: { note: /^hostile\.zip:\.\.\/\.\.\/ia-escape-dotdot: refused: unsafe entry name/, kind: 'refused' },
    escapes: ['ia-escape-dotdot'],
  },
  {
    tried: 'entries named ..\\..\\x, a/../../x and ./../x (traversal in other spellings)',
    outcome: 'each refused with a coverage note; nothing written; other artifacts audited',
    zip: async () =>
      rawZip([
        stored('..\\..\\ia-escape-backslash', 'x'),
        stored('mcp-logs/../../../ia-escape-inner', 'x'),
        stored('./../ia-escape-dot', 'x'),
        OK_ENTRY,
      ]),
    notes: [
      { file: 'hostile.zip:../../ia-escape-backslash', reason: refusedName, kind: 'refused' },
      { file: 'hostile.zip:mcp-logs/../../../ia-escape-inner', reason: refusedName, kind: 'refused' },
      { file: 'hostile.zip:./../ia-escape-dot', reason: refusedName, kind: 'refused' },
    ],
    files: okFile,
    run: {
      note: /^hostile\.zip:\.\.\/\.\.\/ia-escape-backslash: refused: unsafe entry name/,
      kind: 'refused',
    },
    escapes: ['ia-escape-backslash', 'ia-escape-inner', 'ia-escape-dot'],
  },
  {
    tried: 'entries named /etc/passwd and C:/x (absolute paths)',
    outcome: 'refused with a coverage note; /etc/passwd untouched; other artifacts audited',
    zip: async () =>
      rawZip([
        stored('/etc/passwd', 'root::0:0::/root:/bin/sh\n'),
        stored('C:/ia-escape-drive', 'x'),
        OK_ENTRY,
      ]),
    notes: [
      { file: 'hostile.zip:/etc/passwd', reason: refusedName, kind: 'refused' },
      { file: 'hostile.zip:C:/ia-escape-drive', reason: refusedName, kind: 'refused' },
    ],
    files: okFile,
    run: { note: /^hostile\.zip:C:\/ia-escape-drive: refused: unsafe entry name/, kind: 'refused' },
    escapes: ['ia-escape-drive'],
  },
  {
    tried:
      'symbolic link entry (external attributes 0o120777 << 16) named like access.log, pointing at /etc/passwd',
    outcome: 'refused with a coverage note; the link is never followed; other artifacts audited',
    zip: async () =>
      rawZip([stored(ACCESS, '/etc/passwd', { externalAttributes: (0o120777 << 16) >>> 0 }), OK_ENTRY]),
    notes: [{ file: `hostile.zip:${ACCESS}`, reason: /^refused: symbolic link entry$/, kind: 'refused' }],
    files: okFile,
    run: {
      note: /^hostile\.zip:sandbox\/firewall\/logs\/access\.log: refused: symbolic link entry$/,
      kind: 'refused',
    },
  },
  {
    tried: 'entry with the encrypted flag (general purpose bit 0)',
    outcome: 'refused with a coverage note; other artifacts audited',
    // ZipCrypto: a 12-byte encryption header before the data, counted in the compressed size only.
    zip: async () =>
      rawZip([
        stored(ACCESS, Buffer.concat([Buffer.alloc(12, 0xa5), Buffer.from(ACCESS_LINE)]), {
          flags: 0x1,
          uncompressedSize: ACCESS_LINE.length,
        }),
        OK_ENTRY,
      ]),
    notes: [{ file: `hostile.zip:${ACCESS}`, reason: /^refused: encrypted entry$/, kind: 'refused' }],
    files: okFile,
    run: {
      note: /^hostile\.zip:sandbox\/firewall\/logs\/access\.log: refused: encrypted entry$/,
      kind: 'refused',
    },
  },
  {
    tried: 'deflated entry whose central header declares fewer bytes than it inflates to (100 of 100,000)',
    outcome: 'read stops at the declared size with a coverage note (partial); other artifacts audited',
    zip: async () => rawZip([deflated(ACCESS, ACCESS_LINE.repeat(800), { uncompressedSize: 100 })]),
    notes: [],
    files: { [`hostile/${ACCESS}`]: { error: /^entry is larger than its declared 100 bytes$/ } },
    run: {
      note: /^hostile\/sandbox\/firewall\/logs\/access\.log: could not be read to the end \(entry is larger than its declared 100 bytes\)$/,
      kind: 'unreadable',
    },
  },
  {
    tried: 'deflated entry whose central header declares more bytes than it inflates to (500,000 of 1,000)',
    outcome: 'read fails at the end with a coverage note (partial); other artifacts audited',
    zip: async () => rawZip([deflated(ACCESS, 'x'.repeat(999) + '\n', { uncompressedSize: 500_000 })]),
    notes: [],
    files: { [`hostile/${ACCESS}`]: { error: /^entry has 1000 bytes, its header declares 500000$/ } },
    run: {
      note: /could not be read to the end \(entry has 1000 bytes, its header declares 500000\)$/,
      kind: 'unreadable',
    },
  },
  {
    tried: 'stored entry whose sizes disagree (compressed 10, uncompressed 1,000,000)',
    outcome: 'archive reported corrupt with a coverage note; other artifacts audited',
    zip: async () =>
      rawZip([OK_ENTRY, stored(ACCESS, ACCESS_LINE, { compressedSize: 10, uncompressedSize: 1_000_000 })]),
    notes: [
      {
        file: 'hostile.zip',
        reason:
          /^zip truncated or corrupt \(compressed\/uncompressed size mismatch for stored file: 10 != 1000000\)$/,
        kind: 'unreadable',
      },
    ],
    files: okFile,
    run: { note: /^hostile\.zip: zip truncated or corrupt/, kind: 'unreadable' },
  },
  {
    tried: 'local header lying (sizes 1 and 999,999, name ../../x) under an honest central directory',
    outcome:
      'the central directory governs: the entry read under its central name and size, and audited; nothing written',
    zip: async () =>
      rawZip([
        deflated(ACCESS, ACCESS_LINE, {
          localUncompressedSize: 1,
          localCompressedSize: 999_999,
          localName: '../../ia-escape-local',
        }),
      ]),
    notes: [],
    files: { [`hostile/${ACCESS}`]: { bytes: ACCESS_LINE.length } },
    run: null,
    escapes: ['ia-escape-local'],
  },
  {
    tried: 'compression bomb: 600 MB of zeros deflated to 0.6 MB (ratio 1000:1), honest headers',
    outcome: 'refused from its headers, before inflating, with a coverage note; other artifacts audited',
    zip: async () => rawZip([{ name: ACCESS, method: 8, ...bomb600 }]),
    notes: [
      {
        file: `hostile.zip:${ACCESS}`,
        reason: /^refused: 629145600 bytes exceed the per-entry cap of 536870912$/,
        kind: 'refused',
      },
    ],
    files: {},
    run: {
      note: /^hostile\.zip:sandbox\/firewall\/logs\/access\.log: refused: 629145600 bytes exceed the per-entry cap/,
      kind: 'refused',
    },
  },
  {
    tried: 'compression bomb under the size cap: 100 MB of zeros deflated (ratio 1000:1)',
    outcome: 'refused for its compression ratio (cap 200:1) with a coverage note; other artifacts audited',
    zip: async () => rawZip([{ name: ACCESS, method: 8, ...bomb100 }]),
    notes: [
      {
        file: `hostile.zip:${ACCESS}`,
        reason: /^refused: compression ratio over 200:1 \(possible zip bomb\)$/,
        kind: 'refused',
      },
    ],
    files: {},
    run: { note: /refused: compression ratio over 200:1/, kind: 'refused' },
  },
  {
    tried: 'compression bomb whose headers lie: 600 MB of zeros declared as 4 KB',
    outcome: 'inflating stops at the declared 4 KB with a coverage note (partial); other artifacts audited',
    zip: async () => rawZip([{ name: ACCESS, method: 8, ...bomb600, uncompressedSize: 4096 }]),
    notes: [],
    files: { [`hostile/${ACCESS}`]: { error: /^entry is larger than its declared 4096 bytes$/ } },
    run: {
      note: /could not be read to the end \(entry is larger than its declared 4096 bytes\)$/,
      kind: 'unreadable',
    },
  },
  {
    tried: '100,001 entries (one over the default cap of 100,000)',
    outcome: 'archive refused from its entry count with a coverage note; other artifacts audited',
    zip: async () => manyEntriesZip(100_001),
    notes: [
      { file: 'hostile.zip', reason: /^refused: 100001 entries exceed the cap of 100000$/, kind: 'refused' },
    ],
    files: {},
    run: { note: /^hostile\.zip: refused: 100001 entries exceed the cap of 100000$/, kind: 'refused' },
  },
  {
    tried: 'truncated archive (a good zip cut in half)',
    outcome: 'reported as not a readable zip with a coverage note; other artifacts audited',
    zip: async () => {
      const z = await zipFiles({ [ACCESS]: ACCESS_LINE.repeat(50), 'notes/ok.txt': 'x' });
      return z.subarray(0, z.length >> 1);
    },
    notes: [
      {
        file: 'hostile.zip',
        reason: /^not a readable zip archive \(end of central directory record signature not found\b/i,
        kind: 'not-zip',
      },
    ],
    files: {},
    run: { note: /^hostile\.zip: not a readable zip archive/, kind: 'not-zip' },
  },
  {
    tried: 'entry data running past the end of the archive (compressed size 10 MB in a 1 KB file)',
    outcome: 'the entry cannot be opened: a coverage note (partial); other artifacts audited',
    zip: async () =>
      rawZip([OK_ENTRY, stored(ACCESS, ACCESS_LINE, { compressedSize: 10 * MB, uncompressedSize: 10 * MB })]),
    notes: [],
    files: { ...okFile, [`hostile/${ACCESS}`]: { error: /^file data overflows file bounds/ } },
    run: { note: /could not be opened \(file data overflows file bounds/, kind: 'unreadable' },
  },
  {
    tried: 'central directory offset pointing past the end of the file',
    outcome: 'archive reported truncated or corrupt with a coverage note; other artifacts audited',
    zip: async () => rawZip([stored(ACCESS, ACCESS_LINE)], { centralOffset: 0x7fffffff }),
    notes: [
      { file: 'hostile.zip', reason: /^zip truncated or corrupt \(unexpected EOF\)$/, kind: 'unreadable' },
    ],
    files: {},
    run: { note: /^hostile\.zip: zip truncated or corrupt \(unexpected EOF\)$/, kind: 'unreadable' },
  },
  {
    tried: 'entry with an unsupported compression method (12, bzip2)',
    outcome: 'the entry cannot be opened: a coverage note (partial); other artifacts audited',
    zip: async () => rawZip([stored(ACCESS, ACCESS_LINE, { method: 12 })]),
    notes: [],
    files: { [`hostile/${ACCESS}`]: { error: /^unsupported compression method: 12$/ } },
    run: { note: /could not be opened \(unsupported compression method: 12\)$/, kind: 'unreadable' },
  },
  {
    tried: 'file that is not a zip (text) named .zip',
    outcome: 'reported as not a zip archive with a coverage note; other artifacts audited',
    zip: async () => Buffer.from('this is not a zip archive\n'.repeat(10)),
    notes: [
      {
        file: 'hostile.zip',
        reason: /^not a readable zip archive \(end of central directory record signature not found\b/i,
        kind: 'not-zip',
      },
    ],
    files: {},
    run: { note: /^hostile\.zip: not a readable zip archive/, kind: 'not-zip' },
  },
  {
    tried: 'empty file named .zip',
    outcome: 'reported as not a zip archive with a coverage note; other artifacts audited',
    zip: async () => Buffer.alloc(0),
    notes: [{ file: 'hostile.zip', reason: /^not a readable zip archive \(/, kind: 'not-zip' }],
    files: {},
    run: { note: /^hostile\.zip: not a readable zip archive/, kind: 'not-zip' },
  },
];

// ── the filesystem: nothing may appear or change ────────────────────────────────────────────────────────────────────

/** Every path under `dir` with its size and modification time. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const st = statSync(p, { throwIfNoEntry: false });
      out.push(`${p} ${e.isDirectory() ? 'dir' : st?.size} ${st?.mtimeMs}`);
      if (e.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out.sort();
}

function fingerprint(path: string): string {
  const st = statSync(path, { throwIfNoEntry: false });
  return st
    ? `${st.size} ${st.mtimeMs} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`
    : 'absent';
}

/**
 * Reads the entry the way the line splitter does (DirectRead): through the inflate thread, in this thread through
 * zlib's stream (INTEGRITY_AUDIT_INFLATE_THREAD=0), or in this thread synchronously (inflateInCallingThread, as
 * each analysing thread does on 2–3 cores), the last also into memory lent by the reader (`lend`). Each must give
 * what the stream gives.
 */
async function readDirectToEnd(
  f: EvidenceFile,
  lend = false,
): Promise<{ bytes: number } | { error: string }> {
  try {
    const s = await f.open();
    let bytes = 0;
    try {
      const direct = directRead(s);
      if (!direct) throw new Error('not a DirectRead');
      // `lend`: memory lent as the line scanner lends it (DirectTarget), 100 bytes at a time after 7 of its own.
      const memory = Buffer.alloc(107);
      const into = {
        space: () => memory,
        offset: 7,
        room: 100,
        wrote: (n: number) => {
          if (n <= 0 || n > 100) throw new Error(`wrote ${n}`);
          bytes += n;
        },
      };
      await direct.readDirect((c) => (bytes += c.length), lend ? into : undefined);
    } finally {
      s.destroy();
    }
    return { bytes };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

async function readToEnd(f: EvidenceFile): Promise<{ bytes: number } | { error: string }> {
  try {
    const s = await f.open();
    let bytes = 0;
    try {
      for await (const c of s as AsyncIterable<Buffer>) bytes += c.length;
    } finally {
      s.destroy();
    }
    return { bytes };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

let root: string;
let passwd: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ia-hostile-'));
  passwd = fingerprint('/etc/passwd');
  // The bombs' content, deflated as a stream: 600 MB and 100 MB of zeros are never in memory.
  bomb600 = await deflatedZeros(600 * MB);
  bomb100 = await deflatedZeros(100 * MB);
  // The inflate thread lives as long as the process, with its own event loop's descriptors: started here, before the
  // cases count this process's open descriptors, so that what they count is what the entries leave open.
  expect(await inflateThread()).not.toBeNull();
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** The places an extracting reader would have written to, for the names a case tries to escape to. */
function escapedTo(name: string, runDir: string): string[] {
  const places = [
    runDir,
    dirname(runDir),
    dirname(dirname(runDir)),
    root,
    dirname(root),
    process.cwd(),
    '/',
    '/etc',
  ];
  return places.map((p) => join(p, name)).filter((p) => existsSync(p));
}

// ── readZip ─────────────────────────────────────────────────────────────────────────────────────────────────────────

describe('readZip on hostile archives', () => {
  it.each(CASES)('$tried', async (c) => {
    const dir = mkdtempSync(join(root, 'readzip-'));
    const path = join(dir, 'hostile.zip');
    writeFileSync(path, await c.zip());
    const before = tree(root);
    const fds = openFds();

    const z = await readZip(path, 'hostile.zip', 'hostile');
    // The same archive as bytes in memory (a small download): the same listing, notes and outcomes.
    const m = await readZip(readFileSync(path), 'hostile.zip', 'hostile');
    const reads: Record<string, unknown> = {};
    const threaded: Record<string, unknown> = {};
    const inThread: Record<string, unknown> = {};
    const inflatedHere: Record<string, unknown> = {};
    const inflatedInto: Record<string, unknown> = {};
    const fromMemory: Record<string, unknown> = {};
    const fromMemoryDirect: Record<string, unknown> = {};
    try {
      for (const f of z.files) {
        reads[f.path] = await readToEnd(f);
        threaded[f.path] = await readDirectToEnd(f);
        process.env.INTEGRITY_AUDIT_INFLATE_THREAD = '0';
        try {
          inThread[f.path] = await readDirectToEnd(f);
        } finally {
          delete process.env.INTEGRITY_AUDIT_INFLATE_THREAD;
        }
        inflateInCallingThread(true);
        try {
          inflatedHere[f.path] = await readDirectToEnd(f);
          inflatedInto[f.path] = await readDirectToEnd(f, true);
        } finally {
          inflateInCallingThread(false);
        }
      }
      for (const f of m.files) {
        fromMemory[f.path] = await readToEnd(f);
        fromMemoryDirect[f.path] = await readDirectToEnd(f);
      }
    } finally {
      await z.close();
      await m.close();
    }
    expect(m.notes).toEqual(z.notes);
    expect(m.files.map((f) => [f.path, f.size])).toEqual(z.files.map((f) => [f.path, f.size]));

    expect(z.notes).toHaveLength(c.notes.length);
    c.notes.forEach((n, i) => {
      expect(z.notes[i].file).toBe(n.file);
      expect(z.notes[i].reason).toMatch(n.reason);
      expect(z.notes[i].partial).toBe(true);
      expect(z.notes[i].kind).toBe(n.kind);
    });
    expect(Object.keys(reads).sort()).toEqual(Object.keys(c.files).sort());
    for (const [p, want] of Object.entries(c.files)) {
      for (const got of [
        reads,
        threaded,
        inThread,
        inflatedHere,
        inflatedInto,
        fromMemory,
        fromMemoryDirect,
      ]) {
        if ('bytes' in want) expect(got[p], p).toEqual({ bytes: want.bytes });
        else expect((got[p] as { error?: string }).error, p).toMatch(want.error);
      }
    }
    expect(tree(root)).toEqual(before);
    for (const name of c.escapes ?? []) expect(escapedTo(name, dir)).toEqual([]);
    expect(fingerprint('/etc/passwd')).toBe(passwd);
    expect((await fdsBackTo(fds)) ?? 0).toBeLessThanOrEqual(fds ?? 0);
  });

  it('caps from ZipLimits: the entry cap is inclusive, the per-run total refuses the entry that would exceed it', async () => {
    const dir = mkdtempSync(join(root, 'limits-'));
    const limits: ZipLimits = { ...DEFAULT_ZIP_LIMITS, maxEntries: 1000, maxTotalBytes: 100_000 };
    const write = (name: string, bytes: Buffer) => (writeFileSync(join(dir, name), bytes), join(dir, name));
    const atCap = await readZip(write('at.zip', manyEntriesZip(1000)), 'at.zip', 'at', limits);
    const overCap = await readZip(write('over.zip', manyEntriesZip(1001)), 'over.zip', 'over', limits);
    const big = (n: number): RawEntry => deflated(`logs/${n}.log`, 'y'.repeat(60_000));
    const used = { total: 0 };
    const first = await readZip(write('a.zip', rawZip([big(1)])), 'a.zip', 'a', limits, used);
    const second = await readZip(write('b.zip', rawZip([big(2)])), 'b.zip', 'b', limits, used);
    for (const z of [atCap, overCap, first, second]) await z.close();
    expect([atCap.files.length, atCap.notes]).toEqual([1000, []]);
    expect([overCap.files.length, overCap.notes.map((n) => n.reason)]).toEqual([
      0,
      ['refused: 1001 entries exceed the cap of 1000'],
    ]);
    expect([first.files.length, first.notes]).toEqual([1, []]);
    expect([second.files.length, second.notes.map((n) => n.reason)]).toEqual([
      0,
      ["refused: the run's uncompressed total would exceed 100000 bytes"],
    ]);
    rel.record(
      'Hostile archives',
      'ZipLimits caps: 1,000 and 1,001 entries under a cap of 1,000; two 60 KB entries under a 100 KB per-run total',
      'the cap is inclusive; over it the archive is refused; the entry that would pass the per-run total is refused',
    );
  });
});

// ── the CLI path ────────────────────────────────────────────────────────────────────────────────────────────────────

/** A run folder `<dir>/runs/<RUN_ID>/` holding the good agent artifact and the hostile ones. */
async function runFolder(dir: string, extra: Record<string, Buffer>): Promise<string> {
  const runDir = join(dir, 'runs', RUN_ID);
  mkdirSync(runDir, { recursive: true });
  writeFileSync(join(runDir, 'agent.zip'), await goodAgent());
  for (const [name, bytes] of Object.entries(extra)) writeFileSync(join(runDir, name), bytes);
  return runDir;
}

/** Audits the paths as the CLI does: discovery, one job per run location, auditRuns. */
async function audit(...paths: string[]): Promise<Report> {
  const refs = (await Promise.all(paths.map((p) => discoverRuns(p)))).flat();
  const jobs = localJobs(refs, (p) => runIdFromName(basename(p)));
  return (await auditRuns(jobs, { config: DEFAULT_CONFIG, target: null, window: { from: null, to: null } }))
    .report;
}

function trapFound(report: Report): boolean {
  return report.findings.some(
    (f) => f.rule === 'wasm-guard-trap' && f.runs.includes(RUN_ID) && f.details.guard === 'github',
  );
}

describe('hostile archives through the CLI path (a run folder, auditRuns)', () => {
  it.each(CASES)('$tried', async (c) => {
    const dir = mkdtempSync(join(root, 'cli-'));
    const runDir = await runFolder(dir, { 'hostile.zip': await c.zip() });
    const before = tree(root);
    const report = await audit(join(dir, 'runs'));

    expect(report.runs.map((r) => r.id)).toEqual([RUN_ID]);
    const run = report.runs[0];
    expect(trapFound(report), 'the good artifact was audited').toBe(true);
    const missing = report.findings.filter((f) => f.rule === 'evidence-missing');
    if (c.run === null) {
      // Not refused (the local header is not what is read): the run is audited in full, the entry included.
      expect(run.coverage).toBe('full');
      expect(missing).toEqual([]);
      expect(run.firewall).toEqual({ blocked: 1, total: 1 });
    } else {
      expect(run.coverage).toBe('partial');
      expect(
        run.coverageNotes?.some((n) => c.run!.note.test(n)),
        JSON.stringify(run.coverageNotes),
      ).toBe(true);
      expect(missing).toHaveLength(1);
      expect(missing[0].runs).toEqual([RUN_ID]);
      expect(missing[0].details.kind).toBe(c.run.kind);
    }
    expect(tree(root)).toEqual(before);
    for (const name of c.escapes ?? []) expect(escapedTo(name, runDir)).toEqual([]);
    expect(fingerprint('/etc/passwd')).toBe(passwd);
    rel.record('Hostile archives', c.tried, c.outcome);
  });

  it('a .dockerbuild artifact next to the good one: skipped, the run audited in full', async () => {
    const dir = mkdtempSync(join(root, 'cli-'));
    await runFolder(dir, {
      'octo-org~example-app~Q7RZ2M.dockerbuild.zip': Buffer.from('buildx record, not a zip archive\n'),
      'octo-org~example-app~Q7RZ2N.dockerbuild': Buffer.from('buildx record, not a zip archive\n'),
    });
    const before = tree(root);
    const report = await audit(join(dir, 'runs'));
    expect(tree(root)).toEqual(before);
    expect(report.runs).toMatchObject([{ id: RUN_ID, coverage: 'full' }]);
    expect(report.runs[0].coverageNotes).toBeUndefined();
    expect(report.findings.some((f) => f.rule === 'evidence-missing')).toBe(false);
    expect(trapFound(report)).toBe(true);
    rel.record(
      'Hostile archives',
      '.dockerbuild artifact (a buildx record, not a zip) in the run folder, as name.dockerbuild.zip and as name.dockerbuild',
      'skipped as not evidence; the run audited in full',
    );
  });

  it('100,000 entries (exactly the default cap) next to the good artifact: listed, not refused, the run audited', async () => {
    const dir = mkdtempSync(join(root, 'cli-'));
    await runFolder(dir, { 'hostile.zip': manyEntriesZip(100_000) });
    const before = tree(root);
    const report = await audit(join(dir, 'runs'));
    expect(tree(root)).toEqual(before);
    expect(report.runs).toMatchObject([{ id: RUN_ID, coverage: 'full' }]);
    expect(report.findings.some((f) => f.rule === 'evidence-missing')).toBe(false);
    expect(trapFound(report)).toBe(true);
    rel.record(
      'Hostile archives',
      '100,000 entries (exactly the default cap) next to the good artifact',
      'listed as a stream, not refused (the cap is inclusive); the run audited in full',
    );
  });

  it('symbolic links in the run folder (x.zip → /etc/passwd, mcp-logs → /etc): skipped, never followed', async () => {
    const dir = mkdtempSync(join(root, 'cli-'));
    const runDir = await runFolder(dir, {});
    symlinkSync('/etc/passwd', join(runDir, 'evil.zip'));
    symlinkSync('/etc', join(runDir, 'mcp-logs'));
    const before = tree(root);
    const input = await openLocalRun({ kind: 'dir', path: runDir });
    await input.close();
    expect(input.files.map((f) => f.path).sort()).toEqual([
      'agent/agent-stdio.log',
      'agent/mcp-logs/mcp-gateway.log',
    ]);
    expect(input.notes).toEqual([
      { file: 'evil.zip', reason: 'skipped: symbolic link', partial: false },
      { file: 'mcp-logs', reason: 'skipped: symbolic link', partial: false },
    ]);
    const report = await audit(join(dir, 'runs'));
    expect(report.runs).toMatchObject([{ id: RUN_ID, coverage: 'full' }]);
    expect(trapFound(report)).toBe(true);
    expect(tree(root)).toEqual(before);
    expect(fingerprint('/etc/passwd')).toBe(passwd);
    rel.record(
      'Hostile archives',
      'symbolic links in a run folder: evil.zip → /etc/passwd, mcp-logs → /etc',
      'skipped with a note, never followed; the other artifacts audited',
    );
  });

  it('a hostile zip given by itself on the command line: a row with coverage none and an evidence-missing finding', async () => {
    const dir = mkdtempSync(join(root, 'cli-'));
    const path = join(dir, `run-${RUN_ID}.zip`);
    writeFileSync(path, rawZip([stored('../../ia-escape-alone', 'x'), stored(`/${ACCESS}`, ACCESS_LINE)]));
    const before = tree(root);
    const report = await audit(path);
    expect(report.runs).toMatchObject([{ id: RUN_ID, coverage: 'none' }]);
    expect(report.runs[0].coverageNotes).toEqual([
      `run-${RUN_ID}.zip:../../ia-escape-alone: refused: unsafe entry name (absolute or \`..\`)`,
      `run-${RUN_ID}.zip:/${ACCESS}: refused: unsafe entry name (absolute or \`..\`)`,
    ]);
    expect(report.findings.filter((f) => f.rule === 'evidence-missing')).toMatchObject([
      { runs: [RUN_ID], details: { coverage: 'none', kind: 'refused' } },
    ]);
    expect(tree(root)).toEqual(before);
    expect(escapedTo('ia-escape-alone', dir)).toEqual([]);
    rel.record(
      'Hostile archives',
      'hostile zip given alone on the command line (every entry unsafe)',
      'a report row with coverage none, its notes and an evidence-missing finding; nothing written',
    );
  });
});
