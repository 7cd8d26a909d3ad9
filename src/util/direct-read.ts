// Streams that a consumer can also read without the stream machinery. The line splitter is done with each chunk
// when its push returns, so such a source may hand it the same memory again and again (no allocation per chunk).
import type { Readable } from 'node:stream';

export interface DirectRead {
  /** Feeds every byte to `push`, a chunk at a time; a chunk's memory may be reused once `push` returns. */
  readDirect(push: (chunk: Buffer) => void): Promise<void>;
}

/** `stream` as a DirectRead when it is one and nobody has read from it yet, else null. */
export function directRead(stream: Readable): DirectRead | null {
  const d = stream as Readable & Partial<DirectRead>;
  return typeof d.readDirect === 'function' && !stream.readableDidRead && !stream.destroyed
    ? (d as DirectRead)
    : null;
}
