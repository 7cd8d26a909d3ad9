// Zip archives written byte by byte, for what yazl refuses to write: names with `..` or a leading `/`, symbolic links,
// the encrypted flag, headers whose sizes lie, unsupported compression methods, entry counts over the cap, and a
// compression bomb deflated as a stream (its 600 MB of zeros never exist in memory). Layout: APPNOTE.TXT §4.3.
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import * as zlib from 'node:zlib';
import { Readable } from 'node:stream';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 of `data`, continuing from `crc` (zlib's when this node has it). */
export function crc32(data: Buffer, crc = 0): number {
  const native = (zlib as { crc32?: (d: Buffer, v?: number) => number }).crc32;
  if (native) return native(data, crc);
  let c = ~crc >>> 0;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

export interface RawEntry {
  name: string;
  /** The bytes stored in the archive (already deflated when `method` is 8). */
  data: Buffer;
  method?: number;
  /** CRC-32 of the uncompressed content (default: of `data`, right for stored entries). */
  crc?: number;
  /** Sizes declared in the central directory (default: the real ones; `plainSize` is the real uncompressed size). */
  plainSize?: number;
  uncompressedSize?: number;
  compressedSize?: number;
  /** Sizes and name declared in the local header (default: as in the central directory). */
  localUncompressedSize?: number;
  localCompressedSize?: number;
  localName?: string;
  /** General purpose bit flag (bit 0: encrypted). */
  flags?: number;
  /** External file attributes (Unix mode << 16 when made by Unix). */
  externalAttributes?: number;
}

const UNIX = 3 << 8;
const VERSION = 20;

/** A stored entry. */
export function stored(name: string, content: string | Buffer, extra: Partial<RawEntry> = {}): RawEntry {
  return { name, data: Buffer.from(content), ...extra };
}

/** A deflated entry. */
export function deflated(name: string, content: string | Buffer, extra: Partial<RawEntry> = {}): RawEntry {
  const plain = Buffer.from(content);
  return {
    name,
    data: deflateRawSync(plain),
    method: 8,
    crc: crc32(plain),
    plainSize: plain.length,
    ...extra,
  };
}

function localHeader(e: RawEntry): Buffer {
  const name = Buffer.from(e.localName ?? e.name);
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(VERSION, 4);
  h.writeUInt16LE(e.flags ?? 0, 6);
  h.writeUInt16LE(e.method ?? 0, 8);
  h.writeUInt16LE(0, 10); // time
  h.writeUInt16LE(0x21, 12); // date: 1980-01-01
  h.writeUInt32LE(e.crc ?? crc32(e.data), 14);
  h.writeUInt32LE(e.localCompressedSize ?? e.compressedSize ?? e.data.length, 18);
  h.writeUInt32LE(e.localUncompressedSize ?? e.uncompressedSize ?? e.plainSize ?? e.data.length, 22);
  h.writeUInt16LE(name.length, 26);
  h.writeUInt16LE(0, 28);
  return Buffer.concat([h, name]);
}

function centralHeader(e: RawEntry, offset: number): Buffer {
  const name = Buffer.from(e.name);
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(UNIX | VERSION, 4);
  h.writeUInt16LE(VERSION, 6);
  h.writeUInt16LE(e.flags ?? 0, 8);
  h.writeUInt16LE(e.method ?? 0, 10);
  h.writeUInt16LE(0, 12);
  h.writeUInt16LE(0x21, 14);
  h.writeUInt32LE(e.crc ?? crc32(e.data), 16);
  h.writeUInt32LE(e.compressedSize ?? e.data.length, 20);
  h.writeUInt32LE(e.uncompressedSize ?? e.plainSize ?? e.data.length, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt16LE(0, 30); // extra
  h.writeUInt16LE(0, 32); // comment
  h.writeUInt16LE(0, 34); // disk
  h.writeUInt16LE(0, 36); // internal attributes
  h.writeUInt32LE((e.externalAttributes ?? 0o100644 << 16) >>> 0, 38);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const h = Buffer.alloc(22);
  h.writeUInt32LE(0x06054b50, 0);
  h.writeUInt16LE(count, 8);
  h.writeUInt16LE(count, 10);
  h.writeUInt32LE(size, 12);
  h.writeUInt32LE(offset, 16);
  return h;
}

/** A zip of `entries`, each exactly as described (lies included). `entryCount` overrides the count in the EOCD. */
export function rawZip(entries: RawEntry[], opts: { centralOffset?: number } = {}): Buffer {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let pos = 0;
  for (const e of entries) {
    offsets.push(pos);
    const local = localHeader(e);
    parts.push(local, e.data);
    pos += local.length + e.data.length;
  }
  const cdStart = pos;
  for (const [i, e] of entries.entries()) {
    const c = centralHeader(e, offsets[i]);
    parts.push(c);
    pos += c.length;
  }
  parts.push(endOfCentralDirectory(entries.length, pos - cdStart, opts.centralOffset ?? cdStart));
  return Buffer.concat(parts);
}

/**
 * A zip of more entries than the classic end record can count (65,535): a zip64 end record and locator carry the count.
 * Each entry is an empty stored file `f/<n>`; nothing is held per entry but its two headers.
 */
export function manyEntriesZip(count: number): Buffer {
  const entries = Array.from({ length: count }, (_, i) => stored(`f/${i}`, ''));
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let pos = 0;
  for (const e of entries) {
    offsets.push(pos);
    const local = localHeader(e);
    parts.push(local);
    pos += local.length;
  }
  const cdStart = pos;
  for (const [i, e] of entries.entries()) {
    const c = centralHeader(e, offsets[i]);
    parts.push(c);
    pos += c.length;
  }
  const cdSize = pos - cdStart;
  const zip64End = Buffer.alloc(56);
  zip64End.writeUInt32LE(0x06064b50, 0);
  zip64End.writeBigUInt64LE(44n, 4);
  zip64End.writeUInt16LE(45, 12);
  zip64End.writeUInt16LE(45, 14);
  zip64End.writeBigUInt64LE(BigInt(count), 24);
  zip64End.writeBigUInt64LE(BigInt(count), 32);
  zip64End.writeBigUInt64LE(BigInt(cdSize), 40);
  zip64End.writeBigUInt64LE(BigInt(cdStart), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(pos), 8);
  locator.writeUInt32LE(1, 16);
  const end = endOfCentralDirectory(0xffff, 0xffffffff, 0xffffffff);
  return Buffer.concat([...parts, zip64End, locator, end]);
}

/**
 * `bytes` zeros deflated as a stream (only the compressed result, some 1 KB per MB, is kept), with the CRC of the
 * zeros: the content of a compression bomb.
 */
export async function deflatedZeros(
  bytes: number,
): Promise<{ data: Buffer; crc: number; plainSize: number }> {
  const zero = Buffer.alloc(1024 * 1024);
  let crc = 0;
  let sent = 0;
  const source = new Readable({
    read() {
      if (sent >= bytes) return void this.push(null);
      const chunk = zero.subarray(0, Math.min(zero.length, bytes - sent));
      sent += chunk.length;
      crc = crc32(chunk, crc);
      this.push(chunk);
    },
  });
  const out: Buffer[] = [];
  for await (const c of source.pipe(createDeflateRaw({ level: 9 }))) out.push(c as Buffer);
  return { data: Buffer.concat(out), crc, plainSize: bytes };
}
