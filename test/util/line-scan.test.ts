// The line scanner (util/line-scan.ts, assembly/line-scan.ts) against the line splitter it stands in for: the same
// gateway log or stderr.log read from a file or from chunks of any size (through the scanner) and with every line
// through the line splitter gives the same events, hints and line counts; so does a zip entry written straight into
// the scanner's memory. Generated files put every kind of line the scanner's rules look at (kept and passed-over
// records, corrupted prefixes, continuation lines, CRLF, each of them longer than its carry or than the line cap, a
// last line without a newline or ending in a lone CR) after fillers of varying length, so that lines fall across its
// 256 KiB reads at every offset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseGatewayLog } from '../../src/parsers/gateway-log.js';
import { StderrParser } from '../../src/parsers/stderr-log.js';
import { FileStream } from '../../src/util/file-stream.js';
import { forEachLineBytes, type LineSink } from '../../src/util/lines.js';
import { SCAN_CARRY_MAX, type ScanningSink } from '../../src/util/line-scan.js';
import { readZip } from '../../src/sources/zip.js';
import { inflateInCallingThread } from '../../src/sources/inflate-thread.js';
import { rawZip, stored } from '../hardening/zip-bytes.js';
import { recordingGatewayParser } from '../support/recording-parsers.js';

fc.configureGlobal({ seed: 20261205, numRuns: 60 });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'integrity-audit-line-scan-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TS = '[2026-08-01T10:00:00.123Z]';
const LOOKUP = [
  `${TS} [DEBUG] [guard:wasm] [guard:github] INFO: >>> call_backend: tool=get_collaborator_permission`,
  `${TS} [DEBUG] [guard:wasm] WASM guard calling backend: tool=get_collaborator_permission`,
  `${TS} [DEBUG] [server:unified] get_collaborator_permission: no GitHub token available for octo-org/app user u, skipping`,
  `${TS} [DEBUG] [guard:wasm] Backend call failed: get_collaborator_permission: no GitHub token available`,
  `${TS} [ERROR] [guard] [github] <<< call_backend FAILED with code -1`,
];
/** Gateway log lines, each kind the scanner's rules tell apart (prefilter.ts mayCarrySignal). */
const GATEWAY = [
  `${TS} [DEBUG] [guard:wasm] [guard:github] DEBUG: >>> alloc(12)`,
  `${TS} [DEBUG] [guard:wasm] [guard:github] INFO: >>> call_backend: tool=get_collaborator_permission`,
  `${TS} [DEBUG] [guard:wasm] [guard:github] INFO: <<< call_backend returned 200`,
  `${TS} [DEBUG] [guard:wasm] Backend call failed: get_collaborator_permission: 404`,
  `${TS} [DEBUG] [guard:wasm] WASM guard calling backend: tool=get_collaborator_permission`,
  `${TS} [DEBUG] [server:unified] get_collaborator_permission: owner=o repo=r`,
  `${TS} [DEBUG] [server:unified] [DIFC] Filtered collection: 2/5 items`,
  `${TS} [DEBUG] [server:session] Extracted session`,
  `${TS} [DEBUG] [guard:wasm] callWasmFunction: guard=github is unavailable after a previous trap`,
  `${TS} [DEBUG] [guard:wasm] callWasmFunction: guard=github, func=label_response`,
  `${TS} [DEBUG] [guard:context] [Guard] Registered guard 'github' for server 'github'`,
  `${TS} [DEBUG] [server:unified] [DIFC] Filtered collection: 2/5 items accessible`,
  `${TS} [DEBUG] [server:unified] [DIFC] STRICT: blocking response — 3 filtered items`,
  `${TS} [DEBUG] [sdk-frontend] JSON-RPC request parsed: mode=routed:github, method=tools/call, id=7, session=s`,
  `${TS} [DEBUG] [server:unified] callBackendTool: serverID=github, toolName=list_issues, args=map[]`,
  `${TS} [DEBUG] [server:unified] [DIFC] Guard calling backend github tool get_collaborator_permission for metadata`,
  `${TS} [DEBUG] [mcp:helpers] callParamMethod: invoking SDK method`,
  `${TS} [DEBUG] [server:unified] callBackendTool: serverID=github, tool=list_issues`,
  `${TS} [DEBUG] [server:difc_log] Logging filtered items: serverID=github, tool=list_issues`,
  `${TS} [DEBUG] [envutil:github] Looking up GitHub token=[REDACTED]`,
  `${TS} [DEBUG] [guard:wasm] [guard:github] INFO: input_len=12, output_size=40`,
  `${TS} [DEBUG] [guard:wasm] [guard:github] INFO: >>> label_response called`,
  `${TS} [DEBUG] [guard:pipeline] [DIFC] Phase 1 failed: wasm error: unreachable`,
  `${TS} [DEBUG] [difc:labels] [Guard] Registered guard github`,
  `${TS} [DEBUG] [sdk-frontend] JSON-RPC request parsed: mode=routed:github`,
  `${TS} [DEBUG] [rpc] github→tools/call 120b {"name":"list_issues"}`,
  `${TS} [DEBUG] [rpc] github←resp 80b err: boom`,
  `${TS} [DEBUG] [rpc] github←resp 80b {}`,
  `${TS} [INFO] [client] MCP tool call request, session=s, tool=github___list_issues, args={}`,
  `${TS} [INFO] [backend] [github] [stderr] starting`,
  `${TS} [WARN] [guard] [github] Backend call get_collaborator_permission failed`,
  `${TS} [ERROR] [launcher] failed to start`,
  // A trap, whose stack trace (continuation lines) names the module.
  [
    `${TS} [ERROR] [backend] WASM guard trap: guard=github, func=label_response, error=WASM function call failed: wasm error: unreachable`,
    'wasm stack trace:',
    '\tguard_module.__rust_start_panic(i32,i32) i32',
    '\tguard_module.label_response(i32,i32,i32,i32) i32',
  ].join('\n'),
  // A configuration failure, whose first continuation line is its detail.
  `${TS} [ERROR] [startup] Configuration validation failed:\n  servers.github: missing command`,
  // A guard lookup that failed, as the gateway writes it, with and without the failure's own record.
  LOOKUP.join('\n'),
  LOOKUP.filter((l) => !l.includes('Backend call failed')).join('\n'),
  // The guard's own record names the tool: the only record of the lookup before its failure.
  [LOOKUP[0], LOOKUP.at(-1)].join('\n'),
  // A lookup that returned before the failure record: the failure then has no lookup.
  [
    ...LOOKUP.slice(0, -1),
    `${TS} [DEBUG] [guard:wasm] [guard:github] INFO: <<< call_backend returned 200`,
    LOOKUP.at(-1),
  ].join('\n'),
  '\twasm stack trace:',
  '\t\tgithub_guard.wasm.label_response(i32)',
  '',
  'stray continuation',
];
/** stderr.log lines (stderr-log.ts mayOpen), with gateway records for its fallback. */
const STDERR = [
  'guard:wasm [guard:github] DEBUG: >>> alloc(12) +2ms',
  'difc:labels labels computed +1ms',
  'failed to load config: bad',
  'environment validation failed: x',
  'Environment',
  'panic: boom',
  'panicky line',
  'goroutine 1 [running]:',
  '2026/04/09 10:00:00 [DIFC] Guard labeling failed: wasm error: unreachable',
  // The same with its stack trace (continuation lines of the std-log record).
  '2026/04/09 10:00:00 [DIFC] Guard labeling failed: wasm error: unreachable\nwasm stack trace:\n\tgithub.label_response(i32,i32,i32,i32) i32',
  'WARNING: JSONL logEntry called but logger not initialized, dropping entry',
  'WARNING:x',
  '[CONFIG] Configured HTTP MCP server: github -> http://x',
  '[CONFIG]x',
  '[INFO] entrypoint',
  `${TS} [ERROR] [startup] failed`,
  `${TS} [ERROR] [startup] Configuration validation failed:\n  servers.github: missing command`,
  '\tat main.go:12',
  '',
];
const CHARS = ['[', ']', ' ', '2', 'x', 'D', 'I', '-', ':', '\r', 'é', '→'];

/** A file's text: fillers of generated length (lines the scanner passes over) around generated lines. */
function file(pieces: string[], filler: string): fc.Arbitrary<string> {
  const edited = fc.oneof(
    fc.constantFrom(...pieces),
    fc
      .tuple(fc.constantFrom(...pieces), fc.nat(80), fc.constantFrom(...CHARS), fc.boolean())
      .map(([t, at, ch, insert]) => {
        const i = at % (t.length + 1);
        return t.slice(0, i) + ch + t.slice(insert ? i : i + 1);
      }),
    fc.integer({ min: SCAN_CARRY_MAX - 10, max: SCAN_CARRY_MAX * 4 }).map((k) => 'x'.repeat(k)),
    // Every kind of line made longer than the scanner's carry (the lines after it are the scanner's again), now and
    // then past the line cap (cut, and counted as truncated).
    fc
      .tuple(
        fc.constantFrom(...pieces),
        fc.oneof(
          { weight: 9, arbitrary: fc.integer({ min: SCAN_CARRY_MAX - 10, max: SCAN_CARRY_MAX * 4 }) },
          { weight: 1, arbitrary: fc.integer({ min: 1024 * 1024 - 10, max: 1024 * 1024 + 300_000 }) },
        ),
      )
      .map(([t, k]) => {
        const [first, ...more] = t.split('\n');
        return [first + ' ' + 'y'.repeat(k), ...more].join('\n');
      }),
  );
  const block = fc.tuple(fc.nat(3000), fc.array(edited, { maxLength: 12 }));
  return fc
    .tuple(
      fc.array(block, { minLength: 1, maxLength: 4 }),
      fc.boolean(),
      fc.constantFrom('', '\n', '\r\n', '\r'),
    )
    .map(([blocks, crlf, last]) => {
      const lines = blocks.flatMap(([n, ls]) => [...Array<string>(n).fill(filler), ...ls]);
      return lines.join(crlf ? '\r\n' : '\n') + last;
    });
}

let n = 0;

/** A parser fed lines: a ScanningSink, and what it made so far. */
interface Parser extends ScanningSink {
  end(): void;
}

/**
 * What a parser made of `text` four ways: read from a file (the scanner reads it into its memory), from a stream
 * of `chunk`-byte chunks (the scanner copies them in), from a zip entry written into the scanner's memory, and every
 * line through the line splitter (the parser behind a sink that does not scan). Each with its line stats.
 */
async function fourWays(text: string, chunk: number, make: (out: unknown[]) => Parser): Promise<unknown[][]> {
  const path = join(dir, `f${n++}.log`);
  writeFileSync(path, text);
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
  const zipPath = join(dir, `f${n++}.zip`);
  // Stored, not deflated: the generated fillers compress past the zip reader's bomb ratio. The inflater writes a
  // stored entry's bytes into the lent memory by the same steps (the hostile-zip suite lends memory to deflated ones).
  writeFileSync(zipPath, rawZip([stored('mcp-gateway.log', bytes)]));
  const zip = await readZip(zipPath, 'f.zip', 'agent');
  const ways: [() => Promise<Readable>, (p: Parser) => LineSink][] = [
    [async () => new FileStream(path), (p) => p],
    [async () => Readable.from(chunks), (p) => p],
    // Read in this thread into the scanner's memory (DirectTarget), as each analysing thread inflates on 2-3 cores.
    [() => zip.files[0].open(), (p) => p],
    [async () => Readable.from([bytes]), (p) => ({ lineBytes: (b, s, e, no) => p.lineBytes(b, s, e, no) })],
  ];
  const results: unknown[][] = [];
  inflateInCallingThread(true);
  try {
    for (const [open, sink] of ways) {
      const out: unknown[] = [];
      const parser = make(out);
      const stats = await forEachLineBytes(await open(), sink(parser));
      parser.end();
      out.push(['stats', stats]);
      results.push(out);
    }
  } finally {
    inflateInCallingThread(false);
    await zip.close();
  }
  return results;
}

const chunkSize = fc.oneof(fc.integer({ min: 1, max: 4096 }), fc.integer({ min: 4096, max: 600_000 }));

describe('the line scanner gives what the line splitter gives', () => {
  it('on generated gateway logs, with and without hints, from a file and from chunks', async () => {
    const filler = `${TS} [DEBUG] [difc:labels] labels computed for item`;
    await fc.assert(
      fc.asyncProperty(
        file(GATEWAY, filler),
        chunkSize,
        fc.boolean(),
        fc.boolean(),
        async (text, chunk, withHints, countedInJsonl) => {
          const [fromFile, fromChunks, fromZip, split] = await fourWays(text, chunk, (out) =>
            recordingGatewayParser(out, { hints: withHints, countedInJsonl }),
          );
          expect(fromFile).toEqual(split);
          expect(fromChunks).toEqual(split);
          expect(fromZip).toEqual(split);
        },
      ),
    );
  });

  it('on generated stderr.logs, with and without the gateway fallback, from a file and from chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        file(STDERR, 'mcp:helpers callParamMeta +0ms'),
        chunkSize,
        fc.boolean(),
        async (text, chunk, gatewayFallback) => {
          const [fromFile, fromChunks, fromZip, split] = await fourWays(
            text,
            chunk,
            (out) => new StderrParser('stderr.log', (e) => void out.push(['event', e]), { gatewayFallback }),
          );
          expect(fromFile).toEqual(split);
          expect(fromChunks).toEqual(split);
          expect(fromZip).toEqual(split);
        },
      ),
    );
  });

  it('reads several files at once in one thread (each through a scanner of its own: over 4 MiB, they take turns)', async () => {
    const texts = [0, 1, 2].map((k) =>
      [
        ...Array<string>(110000 + k * 777).fill(`${TS} [DEBUG] [difc:labels] filler ${k}`),
        ...GATEWAY.slice(k * 5, k * 5 + 8),
      ].join('\n'),
    );
    const parse = async (text: string) => {
      const path = join(dir, `c${n++}.log`);
      writeFileSync(path, text);
      const out: unknown[] = [];
      const stats = await parseGatewayLog(new FileStream(path), {
        file: 'mcp-gateway.log',
        kind: 'gateway',
        emit: (e) => void out.push(e),
      });
      return [out, stats];
    };
    const alone: unknown[] = [];
    for (const t of texts) alone.push(await parse(t));
    expect(await Promise.all(texts.map(parse))).toEqual(alone);
    expect((alone[0] as [unknown[], { lines: number }])[1].lines).toBe(110008);
  });
});
