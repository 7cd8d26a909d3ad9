// The inflate thread's program: reads zip entries' compressed bytes and inflates them straight into memory shared with
// the main thread, which parses each slot in place and hands it back (see inflate-thread.ts for why and the protocol).
//
// It runs as the source text of `inflateWorkerMain` (`new Worker(source, { eval: true })`): the same way from the
// bundle and from the sources under test, with no file of its own to find. So the function must not refer to
// anything outside itself (imports included): it takes Node's modules from `process.getBuiltinModule`.

/** Messages to the inflate thread. */
export type InflateRequest =
  | {
      op: 'open';
      id: number;
      path: string;
      /** the entry's compressed bytes: [start, start + size) of the archive */
      start: number;
      size: number;
      /** 8: deflated, 0: stored */
      method: number;
      /** `slots` slots of `slotBytes` bytes, back to back */
      memory: SharedArrayBuffer;
      slots: number;
      slotBytes: number;
    }
  /** The main thread is done with a slot: it may be filled again. */
  | { op: 'ack'; id: number; slot: number }
  /** The reader stopped: close the entry, send nothing more for it. */
  | { op: 'cancel'; id: number };

/** Messages from the inflate thread about an entry, in order. */
export type EntryReply =
  /** Slot `slot` holds the next `len` bytes of the entry. */
  { id: number; slot: number; len: number } | { id: number; end: true } | { id: number; error: string };

/** Messages from the inflate thread: one of the first two at start-up, then entry replies. */
export type InflateReply =
  | { ready: true }
  /** This Node's zlib lacks what the thread relies on: the caller inflates in its own thread. */
  | { unsupported: string }
  | EntryReply;

export function inflateWorkerMain(): void {
  const { parentPort } = process.getBuiltinModule('node:worker_threads');
  const fs = process.getBuiltinModule('node:fs');
  const zlib = process.getBuiltinModule('node:zlib');
  const port = parentPort!;
  /** Compressed bytes read per step. */
  const INPUT_BYTES = 64 * 1024;
  const { Z_FINISH, Z_NO_FLUSH } = zlib.constants;

  /**
   * Node's zlib streams inflate through a native handle; its synchronous `writeSync` inflates into a buffer we give
   * it (here: the shared slot itself, so nothing is allocated or copied per chunk) and leaves the space and input it
   * did not use in `_writeState`. These are internals, the ones Node's own `zlib.*Sync` functions and the minizlib
   * package run on; `selfCheck` verifies them at start-up, and without them the caller inflates in its own thread.
   */
  interface Native {
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
  const nativeOf = (z: object): { native: Native; state: Uint32Array } => {
    const inner = z as { _handle?: Partial<Native>; _writeState?: unknown };
    const native = inner._handle;
    const state = inner._writeState;
    if (typeof native?.writeSync !== 'function' || !(state instanceof Uint32Array))
      throw new Error('node:zlib has no synchronous handle');
    return { native: native as Native, state };
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

  interface Entry {
    id: number;
    fd: number;
    /** next compressed byte to read, and the end of the entry's compressed bytes */
    pos: number;
    end: number;
    slots: Buffer[];
    busy: boolean[];
    /** the slot being filled, and how far */
    cur: number;
    fill: number;
    input: Buffer;
    inOff: number;
    inAvail: number;
    /** all compressed bytes have been read */
    eof: boolean;
    zs: ReturnType<typeof zlib.createInflateRaw> | null;
    native: Native | null;
    state: Uint32Array | null;
  }
  const entries = new Map<number, Entry>();

  const close = (e: Entry) => {
    entries.delete(e.id);
    try {
      fs.closeSync(e.fd);
    } catch {
      // already closed
    }
    e.zs?.close();
  };
  const send = (m: InflateReply) => port.postMessage(m);
  const post = (e: Entry) => {
    send({ id: e.id, slot: e.cur, len: e.fill });
    e.busy[e.cur] = true;
    e.cur = (e.cur + 1) % e.slots.length;
    e.fill = 0;
  };
  /** The entry is complete: its last bytes, then its end. */
  const done = (e: Entry): false => {
    if (e.fill > 0) post(e);
    close(e);
    send({ id: e.id, end: true });
    return false;
  };

  /** Fills the current slot one step further; false when the entry waits for a free slot or is finished. */
  const step = (e: Entry): boolean => {
    if (e.busy[e.cur]) return false;
    const slot = e.slots[e.cur];
    if (e.inAvail === 0 && !e.eof) {
      const want = Math.min(INPUT_BYTES, e.end - e.pos);
      const got = want > 0 ? fs.readSync(e.fd, e.input, 0, want, e.pos) : 0;
      if (want > 0 && got === 0) throw new Error('archive ends inside an entry (truncated)');
      e.pos += got;
      e.inOff = 0;
      e.inAvail = got;
      if (e.pos >= e.end) e.eof = true;
    }
    const room = slot.length - e.fill;
    if (!e.native) {
      // Stored: copied as it is.
      const n = Math.min(e.inAvail, room);
      e.input.copy(slot, e.fill, e.inOff, e.inOff + n);
      e.fill += n;
      e.inOff += n;
      e.inAvail -= n;
    } else {
      e.native.writeSync(e.eof ? Z_FINISH : Z_NO_FLUSH, e.input, e.inOff, e.inAvail, slot, e.fill, room);
      // A zlib error (bad data, data ending early) destroys the stream at once, with zlib's message.
      if (e.zs!.errored) throw e.zs!.errored;
      const outLeft = e.state![0];
      const inLeft = e.state![1];
      const made = room - outLeft;
      const used = e.inAvail - inLeft;
      e.fill += made;
      e.inOff += used;
      e.inAvail = inLeft;
      // Output space left and nothing taken: the deflate stream has ended (bytes after it are not content).
      if (outLeft > 0 && made === 0 && used === 0 && e.inAvail > 0) return done(e);
    }
    if (e.fill === slot.length) post(e);
    else if (e.eof && e.inAvail === 0) return done(e);
    return true;
  };

  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(pump);
  };
  /** A few steps per entry, then back to the event loop for the main thread's acks. */
  function pump() {
    scheduled = false;
    for (const e of [...entries.values()]) {
      try {
        for (let k = 0; k < 8 && step(e); k++);
      } catch (err) {
        close(e);
        send({ id: e.id, error: err instanceof Error ? err.message : String(err) });
      }
    }
    for (const e of entries.values()) if (!e.busy[e.cur]) return schedule();
  }

  const open = (m: Extract<InflateRequest, { op: 'open' }>) => {
    let fd: number;
    try {
      fd = fs.openSync(m.path, 'r');
    } catch (err) {
      return send({ id: m.id, error: err instanceof Error ? err.message : String(err) });
    }
    const slots = Array.from({ length: m.slots }, (_, k) =>
      Buffer.from(m.memory, k * m.slotBytes, m.slotBytes),
    );
    const e: Entry = {
      id: m.id,
      fd,
      pos: m.start,
      end: m.start + m.size,
      slots,
      busy: slots.map(() => false),
      cur: 0,
      fill: 0,
      input: Buffer.allocUnsafe(INPUT_BYTES),
      inOff: 0,
      inAvail: 0,
      eof: m.size === 0,
      zs: null,
      native: null,
      state: null,
    };
    if (m.method === 8) {
      e.zs = zlib.createInflateRaw();
      e.zs.on('error', () => undefined); // read from `errored` after each step
      Object.assign(e, nativeOf(e.zs));
    }
    entries.set(m.id, e);
  };

  const problem = selfCheck();
  if (problem !== null) {
    send({ unsupported: problem });
    port.close();
    return;
  }
  port.on('message', (m: InflateRequest) => {
    if (m.op === 'open') open(m);
    else {
      const e = entries.get(m.id);
      if (e && m.op === 'ack') e.busy[m.slot] = false;
      else if (e) close(e);
    }
    schedule();
  });
  send({ ready: true });
}
