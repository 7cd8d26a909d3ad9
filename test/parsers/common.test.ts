// Shared parser helpers: the `wasm error:` grammar (FORMATS.md §7.1), the after-trap marker, excerpts, small JSON.
import { describe, expect, it } from 'vitest';
import {
  afterTrapGuard,
  EXCERPT_MAX,
  loc,
  parseWasmError,
  readSmallJson,
  stringArrayOrNull,
  str,
} from '../../src/parsers/common.js';
import { streamOf } from './helpers.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStream } from '../../src/util/file-stream.js';

describe('parseWasmError', () => {
  it('reads the cause from the first line and the guard module from the first stack frame', () => {
    expect(
      parseWasmError('response labeling failed: WASM function call failed: wasm error: unreachable', [
        'wasm stack trace:',
        '\tgithub.__rust_start_panic(i32,i32) i32',
        '\tgithub.label_response(i32,i32,i32,i32) i32',
      ]),
    ).toEqual({ cause: 'unreachable', module: 'github' });
  });

  it.each([
    'unreachable',
    'integer divide by zero',
    'integer overflow',
    'invalid conversion to integer',
    'out of bounds memory access',
    'invalid table access',
    'indirect call type mismatch',
    'stack overflow',
    'callstack overflow',
    'unaligned atomic',
    'expected shared memory',
    'too many waiters',
  ])('reads the cause `%s`', (cause) => {
    expect(parseWasmError(`WASM function call failed: wasm error: ${cause}`)).toEqual({
      cause,
      module: null,
    });
  });

  it('reads a stripped binary frame (`module.$n`) and frames after `originally thrown at:`', () => {
    expect(
      parseWasmError('WASM function call failed: wasm error: unreachable', [
        'wasm stack trace:',
        '\tgithub.$142(i32,i32) i32',
      ]),
    ).toEqual({
      cause: 'unreachable',
      module: 'github',
    });
    expect(
      parseWasmError('WASM function call failed: wasm error: unreachable', [
        'originally thrown at:',
        '\tcustom-guard.label_resource(i32,i32,i32,i32) i32',
      ]),
    ).toEqual({ cause: 'unreachable', module: 'custom-guard' });
    expect(
      parseWasmError('wasm error: unreachable', [
        'wasm stack trace:',
        '\t... maybe followed by omitted frames',
      ]),
    ).toEqual({ cause: 'unreachable', module: null });
  });

  it('counts non-zero module exits as traps, exit code 0 not (since 2026-04-14)', () => {
    expect(parseWasmError('WASM function call failed: module closed with exit_code(1)')).toEqual({
      cause: 'module closed with exit_code(1)',
      module: null,
    });
    expect(
      parseWasmError('WASM function call failed: module closed with context deadline exceeded')?.cause,
    ).toBe('module closed with context deadline exceeded');
    expect(parseWasmError('WASM function call failed: module closed with context canceled')?.cause).toBe(
      'module closed with context canceled',
    );
    expect(parseWasmError('WASM function call failed: module closed with exit_code(0)')).toBeNull();
  });

  it('returns null for the errors that are not traps', () => {
    for (const text of [
      'response labeling failed: host function panicked: boom (recovered by wazero)',
      'resource labeling failed: wasm error: host call failed (recovered by wazero)',
      'function label_response not exported from WASM module',
      'WASM module has no memory',
      'input too large: 2000000 bytes (max 1048576)',
      'guard requires buffer of 9000000 bytes which exceeds maximum of 8388608 bytes',
      'WASM function returned error code: -1',
      'failed to read output from WASM memory (len=12)',
      'failed to unmarshal label_response WASM response: unexpected end of JSON input',
      'label_agent rejected policy: repos must be all|public',
      'wasm error: ',
    ]) {
      expect(parseWasmError(text), text).toBeNull();
    }
  });
});

describe('afterTrapGuard', () => {
  it('names the poisoned guard of a follow-on error', () => {
    expect(
      afterTrapGuard(
        "resource labeling failed: WASM guard 'github' is unavailable after a previous trap: WASM function call failed: wasm error: unreachable",
      ),
    ).toBe('github');
    expect(
      afterTrapGuard('resource labeling failed: WASM function call failed: wasm error: unreachable'),
    ).toBeNull();
  });
});

describe('small helpers', () => {
  it('caps excerpts', () => {
    const long = 'x'.repeat(EXCERPT_MAX + 50);
    expect(loc('f', 3, long)).toEqual({ file: 'f', line: 3, excerpt: 'x'.repeat(EXCERPT_MAX) + '…' });
    expect(loc('f', 1, 'short').excerpt).toBe('short');
  });

  it('reads small JSON with BOM and NUL bytes stripped, and refuses over-cap files', async () => {
    expect(await readSmallJson(streamOf('\uFEFF{"a":1}'))).toEqual({ value: { a: 1 }, error: null });
    expect(await readSmallJson(streamOf(Buffer.from([0, 0, 0]), '{"a":2}'))).toEqual({
      value: { a: 2 },
      error: null,
    });
    expect(await readSmallJson(streamOf('  \n'))).toEqual({ value: null, error: null });
    expect(await readSmallJson(streamOf('{"a":', '"x"}'), 5)).toEqual({
      value: null,
      error: 'larger than 5 bytes',
    });
  });

  it('reads small JSON files directly (their read buffer reused), the same way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ia-small-json-'));
    try {
      const file = join(dir, 'aw_info.json');
      // Larger than one read (256 KiB): the chunks are copied before the buffer is read into again.
      const big = { a: 'y'.repeat(300 * 1024), b: [1, 2] };
      writeFileSync(file, '\uFEFF' + JSON.stringify(big));
      expect(await readSmallJson(new FileStream(file))).toEqual({ value: big, error: null });
      const capped = await readSmallJson(new FileStream(file), 1000);
      expect(capped).toEqual({ value: null, error: 'larger than 1000 bytes' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps null apart from arrays and drops non-strings', () => {
    expect(stringArrayOrNull(null)).toBeNull();
    expect(stringArrayOrNull(['a', 1, 'b'])).toEqual(['a', 'b']);
    expect(str(undefined)).toBe('');
    expect(str(42)).toBe('42');
  });
});
