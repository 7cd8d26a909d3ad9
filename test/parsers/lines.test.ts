// forEachLine (src/util/lines.ts): the streaming line splitter every parser reads through.
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { forEachLine, type LineOptions } from '../../src/util/lines.js';

async function split(chunks: (string | Buffer | Uint8Array)[], options?: LineOptions) {
  const out: [number, string][] = [];
  const stats = await forEachLine(
    Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c))),
    (line, n) => out.push([n, line]),
    options,
  );
  return { lines: out.map(([, l]) => l), numbers: out.map(([n]) => n), stats };
}

/** Cuts a buffer into chunks at the given byte offsets. */
function cut(buf: Buffer, ...at: number[]): Buffer[] {
  const out: Buffer[] = [];
  let prev = 0;
  for (const i of [...at, buf.length]) {
    out.push(buf.subarray(prev, i));
    prev = i;
  }
  return out;
}

describe('forEachLine', () => {
  it('splits on \\n, numbers lines from 1 and counts bytes', async () => {
    const r = await split(['a\nbb\n\nccc\n']);
    expect(r.lines).toEqual(['a', 'bb', '', 'ccc']);
    expect(r.numbers).toEqual([1, 2, 3, 4]);
    expect(r.stats).toEqual({ lines: 4, bytes: 10, truncatedLines: 0 });
  });

  it('strips \\r of CRLF line endings, also when \\r and \\n are in different chunks', async () => {
    expect((await split(['one\r\ntwo\r\n'])).lines).toEqual(['one', 'two']);
    expect((await split(['one\r', '\ntwo\r\nthree'])).lines).toEqual(['one', 'two', 'three']);
    // a lone \r inside a line is kept
    expect((await split(['a\rb\n'])).lines).toEqual(['a\rb']);
  });

  it('emits a last line without a trailing newline, and nothing for an empty stream', async () => {
    expect((await split(['first\nlast'])).lines).toEqual(['first', 'last']);
    expect((await split(['no newline at all'])).lines).toEqual(['no newline at all']);
    expect((await split([])).lines).toEqual([]);
    expect((await split([''])).lines).toEqual([]);
    expect((await split(['\n'])).lines).toEqual(['']);
  });

  it('joins a line cut by chunk boundaries anywhere', async () => {
    const text = Buffer.from(
      '[2026-07-19T14:02:11.482Z] [INFO] [startup] MCPG Gateway version: v0.4.1\nsecond line\n',
    );
    const whole = (await split([text])).lines;
    for (let i = 1; i < text.length; i++) {
      expect((await split(cut(text, i))).lines, `cut at ${i}`).toEqual(whole);
    }
    expect((await split(cut(text, 5, 6, 7, 40, 74, 75, 80))).lines).toEqual(whole);
  });

  it('decodes a multi-byte UTF-8 character split across chunks', async () => {
    const text = Buffer.from(
      'launcher:pool Cleanup goroutine started +512µs\n- 🔍 rpc **github**→`tools/call`\n- ✗ **auth** é\n',
      'utf8',
    );
    const whole = (await split([text])).lines;
    expect(whole).toEqual([
      'launcher:pool Cleanup goroutine started +512µs',
      '- 🔍 rpc **github**→`tools/call`',
      '- ✗ **auth** é',
    ]);
    // every split point, including the middle of µ (2 bytes), → and ✗ (3 bytes) and 🔍 (4 bytes)
    for (let i = 1; i < text.length; i++) {
      expect((await split(cut(text, i))).lines, `cut at ${i}`).toEqual(whole);
    }
    // one byte per chunk
    expect((await split([...text].map((b) => Buffer.from([b])))).lines).toEqual(whole);
  });

  it('cuts a line longer than the cap to the cap, counts it, and keeps the following lines intact', async () => {
    const long = 'x'.repeat(100);
    const r = await split([`short\n${long}\nafter\n`], { maxLineBytes: 10 });
    expect(r.lines).toEqual(['short', 'x'.repeat(10), 'after']);
    expect(r.numbers).toEqual([1, 2, 3]);
    expect(r.stats.truncatedLines).toBe(1);
  });

  it('caps a long line that spans many chunks, and a long last line without newline', async () => {
    const chunks = ['head', ...Array.from({ length: 50 }, () => 'y'.repeat(7)), '\nnext\n', 'z'.repeat(30)];
    const r = await split(chunks, { maxLineBytes: 12 });
    expect(r.lines).toEqual(['head' + 'y'.repeat(8), 'next', 'z'.repeat(12)]);
    expect(r.stats.truncatedLines).toBe(2);
    expect(r.stats.lines).toBe(3);
  });

  it('keeps a line of exactly the cap whole', async () => {
    const r = await split(['abcdefghij\n', 'abc', 'defghij\n'], { maxLineBytes: 10 });
    expect(r.lines).toEqual(['abcdefghij', 'abcdefghij']);
    expect(r.stats.truncatedLines).toBe(0);
  });

  it('accepts plain Uint8Array chunks (web streams) as well as Buffers and strings', async () => {
    const bytes = new Uint8Array(Buffer.from('ab\ncd\u00b5\nef'));
    expect((await split([bytes.subarray(0, 4), bytes.subarray(4, 7), bytes.subarray(7)])).lines).toEqual([
      'ab',
      'cdµ',
      'ef',
    ]);
    const strings: string[] = [];
    await forEachLine(Readable.from(['s1\ns', '2\n'], { objectMode: true }), (l) => strings.push(l));
    expect(strings).toEqual(['s1', 's2']);
  });
});
