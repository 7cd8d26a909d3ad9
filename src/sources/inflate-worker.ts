// The inflate thread's program: reads zip entries' compressed bytes and inflates them straight into memory shared with
// the main thread, which parses each slot in place and hands it back (see inflate-thread.ts for why and the protocol).
//
// It runs as the source text of `inflateWorkerMain` (`new Worker(source, { eval: true })`): the same way from the
// bundle and from the sources under test, with no file of its own to find. So the function must not refer to
// anything outside itself (imports included, but for types): it takes Node's modules from
// `process.getBuiltinModule`, and the inflater (entry-inflater.ts) as its argument.
import type { EntrySource, makeEntryInflater } from './entry-inflater.js';

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

/**
 * The thread's program. `makeInflater` is entry-inflater.ts's makeEntryInflater, passed in as source text too (see
 * inflate-thread.ts): the one way entries are read and inflated, here and in the calling thread.
 */
export function inflateWorkerMain(makeInflater: typeof makeEntryInflater): void {
  const { parentPort } = process.getBuiltinModule('node:worker_threads');
  const fs = process.getBuiltinModule('node:fs');
  const zlib = process.getBuiltinModule('node:zlib');
  const port = parentPort!;
  const inflater = makeInflater(fs, zlib);

  interface Entry {
    id: number;
    src: EntrySource;
    slots: Buffer[];
    busy: boolean[];
    /** the slot being filled, and how far */
    cur: number;
    fill: number;
  }
  const entries = new Map<number, Entry>();

  const close = (e: Entry) => {
    entries.delete(e.id);
    inflater.close(e.src);
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
    e.fill += inflater.fill(e.src, slot, e.fill, slot.length - e.fill);
    if (e.src.done) return done(e);
    if (e.fill === slot.length) post(e);
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
    let src: EntrySource;
    try {
      src = inflater.open(m.path, m.start, m.size, m.method);
    } catch (err) {
      return send({ id: m.id, error: err instanceof Error ? err.message : String(err) });
    }
    const slots = Array.from({ length: m.slots }, (_, k) =>
      Buffer.from(m.memory, k * m.slotBytes, m.slotBytes),
    );
    entries.set(m.id, { id: m.id, src, slots, busy: slots.map(() => false), cur: 0, fill: 0 });
  };

  if (inflater.problem !== null) {
    send({ unsupported: inflater.problem });
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
