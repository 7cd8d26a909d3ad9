// One zip entry's compressed bytes read and inflated a step at a time, synchronously, into memory the caller gives:
// the inflate thread's slots (inflate-worker.ts), or the calling thread's own buffer when every core already
// analyses (zip.ts). Nothing is allocated per step.
//
// The inflate thread runs this as source text (`new Worker(source, { eval: true })`, see inflate-worker.ts), so the
// function must not refer to anything outside itself: Node's modules are its arguments.

/** The state of one entry being inflated. */
export interface EntrySource {
  fd: number;
  /** next compressed byte to read, and the end of the entry's compressed bytes */
  pos: number;
  end: number;
  input: Buffer;
  inOff: number;
  inAvail: number;
  /** all compressed bytes have been read */
  eof: boolean;
  /** the entry is complete: every byte of its content has been given out */
  done: boolean;
  zs: { errored: Error | null; close(): void } | null;
  native: NativeInflate | null;
  state: Uint32Array | null;
}

/**
 * Node's zlib streams inflate through a native handle; its synchronous `writeSync` inflates into a buffer we give
 * it and leaves the space and input it did not use in `_writeState`. These are internals, the ones Node's own
 * `zlib.*Sync` functions and the minizlib package run on; `problem` is the self-check's verdict, and without them
 * entries are inflated through zlib's streams.
 */
export interface NativeInflate {
  writeSync(
    flush: number,
    input: Buffer,
    inOff: number,
    inLen: number,
    out: Buffer,
    outOff: number,
    outLen: number,
  ): void;
}

export interface EntryInflater {
  /** Why this Node's zlib cannot be driven this way, or null. */
  readonly problem: string | null;
  /** Opens the entry whose compressed bytes are [start, start + size) of the archive; 8: deflated, 0: stored. */
  open(path: string, start: number, size: number, method: number): EntrySource;
  /**
   * Inflates into `out[off, off + room)` (room > 0): the bytes made. Sets `e.done` when the entry is complete.
   * Throws on data zlib refuses and on an archive that ends inside the entry.
   */
  fill(e: EntrySource, out: Buffer, off: number, room: number): number;
  close(e: EntrySource): void;
}

export function makeEntryInflater(
  fs: typeof import('node:fs'),
  zlib: typeof import('node:zlib'),
): EntryInflater {
  /** Compressed bytes read per step. */
  const INPUT_BYTES = 64 * 1024;
  const { Z_FINISH, Z_NO_FLUSH } = zlib.constants;

  const nativeOf = (z: object): { native: NativeInflate; state: Uint32Array } => {
    const inner = z as { _handle?: Partial<NativeInflate>; _writeState?: unknown };
    const native = inner._handle;
    const state = inner._writeState;
    if (typeof native?.writeSync !== 'function' || !(state instanceof Uint32Array))
      throw new Error('node:zlib has no synchronous handle');
    return { native: native as NativeInflate, state };
  };

  const selfCheck = (): string | null => {
    try {
      const text = Buffer.from('integrity-audit inflate self-check\n'.repeat(400));
      const packed = zlib.deflateRawSync(text);
      const z = zlib.createInflateRaw();
      z.on('error', () => undefined);
      const { native, state } = nativeOf(z);
      const out = Buffer.alloc(text.length + 64);
      native.writeSync(Z_FINISH, packed, 0, packed.length, out, 0, out.length);
      const made = out.length - state[0];
      const ok = !z.errored && state[1] === 0 && out.subarray(0, made).equals(text);
      z.close();
      return ok ? null : 'node:zlib inflated the self-check wrongly';
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  };

  const open = (path: string, start: number, size: number, method: number): EntrySource => {
    const fd = fs.openSync(path, 'r');
    const e: EntrySource = {
      fd,
      pos: start,
      end: start + size,
      input: Buffer.allocUnsafe(INPUT_BYTES),
      inOff: 0,
      inAvail: 0,
      eof: size === 0,
      done: false,
      zs: null,
      native: null,
      state: null,
    };
    if (method === 8) {
      const zs = zlib.createInflateRaw();
      zs.on('error', () => undefined); // read from `errored` after each step
      e.zs = zs;
      Object.assign(e, nativeOf(zs));
    }
    return e;
  };

  const fill = (e: EntrySource, out: Buffer, off: number, room: number): number => {
    if (e.inAvail === 0 && !e.eof) {
      const want = Math.min(INPUT_BYTES, e.end - e.pos);
      const got = want > 0 ? fs.readSync(e.fd, e.input, 0, want, e.pos) : 0;
      if (want > 0 && got === 0) throw new Error('archive ends inside an entry (truncated)');
      e.pos += got;
      e.inOff = 0;
      e.inAvail = got;
      if (e.pos >= e.end) e.eof = true;
    }
    let made: number;
    if (!e.native) {
      // Stored: copied as it is.
      made = Math.min(e.inAvail, room);
      e.input.copy(out, off, e.inOff, e.inOff + made);
      e.inOff += made;
      e.inAvail -= made;
    } else {
      e.native.writeSync(e.eof ? Z_FINISH : Z_NO_FLUSH, e.input, e.inOff, e.inAvail, out, off, room);
      // A zlib error (bad data, data ending early) destroys the stream at once, with zlib's message.
      if (e.zs!.errored) throw e.zs!.errored;
      const outLeft = e.state![0];
      const inLeft = e.state![1];
      made = room - outLeft;
      const used = e.inAvail - inLeft;
      e.inOff += used;
      e.inAvail = inLeft;
      // Output space left and nothing taken: the deflate stream has ended (bytes after it are not content).
      if (outLeft > 0 && made === 0 && used === 0 && e.inAvail > 0) {
        e.done = true;
        return 0;
      }
    }
    // Output space left after all the input: the entry is complete.
    if (made < room && e.eof && e.inAvail === 0) e.done = true;
    return made;
  };

  const close = (e: EntrySource): void => {
    try {
      fs.closeSync(e.fd);
    } catch {
      // already closed
    }
    e.zs?.close();
  };

  return { problem: selfCheck(), open, fill, close };
}
