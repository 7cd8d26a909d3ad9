// Files on disk for the parsers. A FileStream is an ordinary Readable (every parser accepts it), and a DirectRead:
// the line splitter reads it directly, through one reused buffer. Through a stream every chunk is a fresh 256 KiB
// allocation (garbage the collector must find, and RSS until it does), and the parser waits for the thread pool at
// every chunk.
import { close, closeSync, open, openSync, read, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { DirectRead } from './direct-read.js';
import { yieldToEventLoop } from './settle.js';

/** Large reads: fewer syscalls and callbacks per MB on the hot path. */
export const READ_CHUNK = 256 * 1024;

/** The path of a FileStream nobody has read from yet (its bytes can be read from the file), else null. */
export function unreadFilePath(stream: Readable): string | null {
  return stream instanceof FileStream && !stream.readableDidRead && !stream.destroyed ? stream.path : null;
}

/** A file read lazily (opened at the first read) in READ_CHUNK reads. */
export class FileStream extends Readable implements DirectRead {
  private fd = -1;

  constructor(readonly path: string) {
    super({ highWaterMark: READ_CHUNK });
  }

  override _read(): void {
    if (this.fd < 0) {
      open(this.path, 'r', (err, fd) => {
        if (err) return this.destroy(err);
        if (this.destroyed) return close(fd, () => undefined);
        this.fd = fd;
        this._read();
      });
      return;
    }
    const buf = Buffer.allocUnsafeSlow(READ_CHUNK);
    read(this.fd, buf, 0, READ_CHUNK, null, (err, n) => {
      if (err) this.destroy(err);
      else this.push(n === 0 ? null : n === READ_CHUNK ? buf : buf.subarray(0, n));
    });
  }

  readDirect(push: (chunk: Buffer) => void): Promise<void> {
    return readFileChunks(this.path, push);
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    if (this.fd < 0) return cb(err);
    const fd = this.fd;
    this.fd = -1;
    close(fd, () => cb(err));
  }
}

/** Reads between two turns of the event loop (4 MiB): downloads and timers in the same thread keep going. */
export const CHUNKS_PER_TURN = 16;

/**
 * Feeds a file's bytes to `push` in READ_CHUNK pieces through one reused buffer: `push` must be done with a piece
 * when it returns (the line splitter is: it copies only the unfinished line it keeps). The reads are synchronous: a
 * 256 KiB read of a local file takes about 30 µs, while a read through the thread pool costs about 90 µs of round
 * trip, and the parser waits for it (100 MB: 12 ms of reading against 37 ms).
 */
export async function readFileChunks(path: string, push: (chunk: Buffer) => void): Promise<void> {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafeSlow(READ_CHUNK);
    for (let n = 1; ; n++) {
      const bytesRead = readSync(fd, buf, 0, READ_CHUNK, null);
      if (bytesRead === 0) break;
      push(bytesRead === READ_CHUNK ? buf : buf.subarray(0, bytesRead));
      if (n % CHUNKS_PER_TURN === 0) await yieldToEventLoop();
    }
  } finally {
    closeSync(fd);
  }
}
