// Zip entries inflated on a second core. Inflating is about as much CPU as parsing (2 GB of logs: 1.1 s and 1.3 s),
// and through zlib's asynchronous streams the two hardly overlap: each 256 KiB step of the thread pool waits until
// the main thread, busy parsing, comes back to schedule the next, and each step hands over a fresh buffer for the
// collector (2 GB zipped: 2.7–2.9 s where the same files on disk take 1.7 s). Here one thread reads and inflates
// every entry straight into shared memory, slot after slot, while the main thread parses the slots already filled:
// 2 GB zipped in 2.2–2.5 s (npm run bench), with nothing allocated per chunk on either side.
//
// Per entry: the main thread lends `SLOTS` slots of shared memory; the thread fills one, posts its number and
// length, and goes on with the next free one; the main thread parses the slot in place, then hands it back (ack).
// Without the thread (it could not start, this Node's zlib lacks what it relies on, it failed three times, or
// INTEGRITY_AUDIT_INFLATE_THREAD=0) the caller inflates in its own thread as before; INTEGRITY_AUDIT_INFLATE_THREAD=1
// makes the thread required (for tests: a fallback would give the same report).
import { Worker } from 'node:worker_threads';
import {
  inflateWorkerMain,
  type EntryReply,
  type InflateReply,
  type InflateRequest,
} from './inflate-worker.js';
import { reapplyHeapBounds } from '../util/heap.js';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { makeEntryInflater, type EntryInflater } from './entry-inflater.js';

export const SLOTS = 4;
export const SLOT_BYTES = 256 * 1024;
/** Young generation of the thread (MB): it allocates almost nothing. */
const YOUNG_MB = 2;
/** After this many thread failures in one process, entries are inflated in the calling thread. */
const MAX_FAILURES = 3;

export interface EntryRange {
  /** the archive */
  path: string;
  /** the entry's compressed bytes: [start, start + size) of the archive */
  start: number;
  size: number;
  /** 8: deflated, 0: stored */
  method: number;
}

interface Reader {
  onReply(m: EntryReply): void;
  fail(err: Error): void;
}

/** Shared memory of finished entries, lent again to the next ones. */
const spareMemory: SharedArrayBuffer[] = [];

class InflateThread {
  readonly ready: Promise<boolean>;
  /** Why this Node cannot run the thread, when it said so. */
  unsupported: string | null = null;
  private readonly worker: Worker;
  private readonly readers = new Map<number, Reader>();
  private nextId = 0;
  /** Stopped by us (terminate, unsupported): not a failure. */
  private stopping = false;
  private stopped = false;

  /** `onFailure`: the thread stopped on its own (crashed, exited); it is not used again. */
  constructor(onFailure: (err: Error) => void) {
    this.worker = new Worker(`(${inflateWorkerMain.toString()})(${makeEntryInflater.toString()})`, {
      eval: true,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
    });
    this.worker.once('online', reapplyHeapBounds);
    let settle: (ok: boolean) => void = () => undefined;
    this.ready = new Promise<boolean>((resolve) => (settle = resolve));
    this.worker.on('message', (m: InflateReply) => {
      if ('ready' in m) {
        settle(true);
        this.idleCheck();
      } else if ('unsupported' in m) {
        this.unsupported = m.unsupported;
        this.stopping = true;
        settle(false);
      } else this.readers.get(m.id)?.onReply(m);
    });
    const stop = (err: Error) => {
      settle(false);
      if (this.stopped) return;
      this.stopped = true;
      for (const r of [...this.readers.values()]) r.fail(err);
      this.readers.clear();
      if (!this.stopping) onFailure(err);
    };
    this.worker.on('error', (err) => stop(new Error(`inflate thread failed: ${err.message}`)));
    this.worker.on('exit', (code) => stop(new Error(`inflate thread stopped (exit code ${code})`)));
  }

  /** The thread keeps the process alive only while entries are being read (and while it starts). */
  private idleCheck(): void {
    if (this.readers.size === 0) this.worker.unref();
    else this.worker.ref();
  }

  private send(m: InflateRequest): void {
    this.worker.postMessage(m);
  }

  /**
   * Feeds the entry's content to `push`, a slot at a time; a slot's memory is reused once `push` returns. When
   * `push` throws, reading stops and the promise fails with that error.
   */
  read(range: EntryRange, push: (chunk: Buffer) => void): Promise<void> {
    const id = this.nextId++;
    const memory = spareMemory.pop() ?? new SharedArrayBuffer(SLOTS * SLOT_BYTES);
    const views = Array.from({ length: SLOTS }, (_, k) => Buffer.from(memory, k * SLOT_BYTES, SLOT_BYTES));
    return new Promise<void>((resolve, reject) => {
      const finish = (err: Error | null) => {
        if (!this.readers.delete(id)) return;
        this.idleCheck();
        if (spareMemory.length < 8) spareMemory.push(memory);
        if (err) reject(err);
        else resolve();
      };
      this.readers.set(id, {
        onReply: (m) => {
          if ('error' in m) return finish(new Error(m.error));
          if ('end' in m) return finish(null);
          try {
            push(views[m.slot].subarray(0, m.len));
          } catch (err) {
            this.send({ op: 'cancel', id });
            return finish(err instanceof Error ? err : new Error(String(err)));
          }
          this.send({ op: 'ack', id, slot: m.slot });
        },
        fail: (err) => finish(err),
      });
      this.idleCheck();
      this.send({ op: 'open', id, ...range, memory, slots: SLOTS, slotBytes: SLOT_BYTES });
    });
  }

  async terminate(): Promise<void> {
    this.stopping = true;
    await this.worker.terminate();
  }
}

let thread: InflateThread | null = null;
let failures = 0;
/** Why the thread cannot be used in this process, once known for good. */
let unusable: string | null = null;
let lastFailure = '';

/**
 * INTEGRITY_AUDIT_INFLATE_THREAD: `0` never use the thread (zlib's stream in the reading thread), `1` always (fail
 * the read without it), `here`: each reading thread inflates its own entries (what inflateInCallingThread asks for);
 * else when it can.
 */
function mode(): 'never' | 'always' | 'here' | 'auto' {
  const v = process.env.INTEGRITY_AUDIT_INFLATE_THREAD?.trim();
  return v === '0' ? 'never' : v === '1' ? 'always' : v === 'here' ? 'here' : 'auto';
}

/** Whether entries are inflated by the thread that reads them (see inflateInCallingThread). */
let inCallingThread = false;
let callingThread: EntryInflater | null | undefined;

/**
 * Entries are inflated by the thread that reads them, synchronously, when the analysing threads already use every
 * core (one worker beside the calling thread on 2–3 cores): an inflate thread for each would put two threads on
 * each core, handing every slot over between them. Set in the calling thread and in each analysis worker.
 */
export function inflateInCallingThread(on: boolean): void {
  inCallingThread = on;
}

/** The inflater of this thread when entries are inflated here (and this Node's zlib allows it), else null. */
export function callingThreadInflater(): EntryInflater | null {
  const wanted = mode();
  if (wanted === 'never' || wanted === 'always' || (wanted === 'auto' && !inCallingThread)) return null;
  if (callingThread === undefined) {
    const inflater = makeEntryInflater(fs, zlib);
    callingThread = inflater.problem === null ? inflater : null;
  }
  return callingThread;
}

/** The inflate thread, started at first use; null when entries are to be inflated in the calling thread. */
export async function inflateThread(): Promise<InflateThread | null> {
  const wanted = mode();
  if (wanted === 'never' || wanted === 'here') return null;
  const t = await startedThread();
  if (t || wanted === 'auto') return t;
  throw new Error(
    `INTEGRITY_AUDIT_INFLATE_THREAD=1, but the inflate thread cannot run: ${unusable ?? lastFailure}`,
  );
}

async function startedThread(): Promise<InflateThread | null> {
  // The thread's program takes Node's modules from process.getBuiltinModule (Node 20.16 and later).
  if (typeof process.getBuiltinModule !== 'function')
    unusable ??= 'this Node has no process.getBuiltinModule (20.16 or later has)';
  if (unusable !== null) return null;
  if (failures >= MAX_FAILURES) {
    unusable = `it failed ${failures} times (last: ${lastFailure})`;
    return null;
  }
  if (!thread) {
    try {
      const t: InflateThread = new InflateThread((err) => {
        failures++;
        lastFailure = err.message;
        if (thread === t) thread = null;
      });
      thread = t;
    } catch (err) {
      unusable = `it could not start (${err instanceof Error ? err.message : String(err)})`;
      return null;
    }
  }
  const t = thread;
  if (await t.ready) return t;
  if (t.unsupported !== null) unusable = t.unsupported;
  if (thread === t) {
    thread = null;
    await t.terminate();
  }
  return null;
}

/** Stops the inflate thread (it is started again when needed); for tests. */
export async function stopInflateThread(): Promise<void> {
  const t = thread;
  thread = null;
  await t?.terminate();
}
