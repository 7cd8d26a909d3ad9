// Artifact zips: listed with yauzl, their entries streamed straight into the parsers (inflated by the inflate thread
// when there is one), never extracted to disk. A zip may also be given as its bytes (a small download kept in
// memory): the same listing and checks, its entries inflated in this thread.
import yauzl from 'yauzl';
import { Readable, Transform } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { open, type FileHandle } from 'node:fs/promises';
import type { CoverageNote } from '../model/types.js';
import type { EvidenceFile } from './types.js';
import { normalizeEntryPath } from './paths.js';
import type { DirectRead, DirectTarget } from '../util/direct-read.js';
import { callingThreadInflater, inflateThread, SLOT_BYTES } from './inflate-thread.js';
import type { EntryInflater } from './entry-inflater.js';
import { errText } from '../util/errors.js';

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Compression ratio cap for entries over 1 MiB uncompressed. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 100_000,
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxRatio: 200,
};

export interface OpenedZip {
  files: EvidenceFile[];
  notes: CoverageNote[];
  close(): Promise<void>;
}

/**
 * Names are decoded by readZip (`decodeStrings: false`): yauzl would fail the whole archive at the first unsafe name
 * (`../x`, `/x`), reported as corrupt, and drop the entries after it; readZip refuses that entry and reads on.
 */
function openZip(source: string | Buffer): Promise<yauzl.ZipFile> {
  const options = { lazyEntries: true, decodeStrings: false, validateEntrySizes: true };
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, zf?: yauzl.ZipFile) =>
      err || !zf ? reject(err ?? new Error('cannot open zip')) : resolve(zf);
    if (typeof source === 'string') yauzl.open(source, { ...options, autoClose: false }, done);
    else yauzl.fromBuffer(source, options, done);
  });
}

/** A zip's bytes as a Buffer (a worker receives a plain Uint8Array), without copying. */
function asBuffer(data: Uint8Array): Buffer {
  return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Lists a zip's entries and returns them as lazily opened files. Hostile or over-cap entries are refused with a
 * note; an archive that cannot be read at all yields no files and one note.
 */
export async function readZip(
  zip: string | Uint8Array,
  label: string,
  artifact: string | null,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  usedBytes: { total: number } = { total: 0 },
): Promise<OpenedZip> {
  const notes: CoverageNote[] = [];
  // The inflate thread starts while the archive is listed (its first use waits for it otherwise), unless this thread
  // inflates its entries itself.
  if (typeof zip === 'string' && !callingThreadInflater()) inflateThread().catch(() => undefined);
  const memory = typeof zip === 'string' ? null : asBuffer(zip);
  const zipPath = typeof zip === 'string' ? zip : null;
  let zf: yauzl.ZipFile;
  try {
    zf = await openZip(memory ?? zipPath!);
  } catch (err) {
    return {
      files: [],
      notes: [
        {
          file: label,
          reason: `not a readable zip archive (${errText(err)})`,
          partial: true,
          kind: 'not-zip',
        },
      ],
      close: async () => {},
    };
  }
  if (zf.entryCount > limits.maxEntries) {
    zf.close();
    return {
      files: [],
      notes: [
        {
          file: label,
          reason: `refused: ${zf.entryCount} entries exceed the cap of ${limits.maxEntries}`,
          partial: true,
          kind: 'refused',
        },
      ],
      close: async () => {},
    };
  }
  const files: EvidenceFile[] = [];
  // One handle for the entries' data, opened at the first read.
  let handle: Promise<FileHandle> | null = null;
  const fh = () => (handle ??= open(zipPath!, 'r'));
  const prefix = artifact ? artifact + '/' : '';
  await new Promise<void>((resolve) => {
    zf.on('entry', (entry: yauzl.Entry) => {
      const name = yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileNameRaw,
        entry.extraFields,
        false,
      );
      const refuse = (reason: string) => {
        notes.push({ file: `${label}:${name.slice(0, 200)}`, reason, partial: true, kind: 'refused' });
      };
      if (name.endsWith('/')) return zf.readEntry();
      const normalized = normalizeEntryPath(name);
      const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
      if (normalized === null) refuse('refused: unsafe entry name (absolute or `..`)');
      else if (mode === 0o120000) refuse('refused: symbolic link entry');
      else if ((entry.generalPurposeBitFlag & 0x1) !== 0) refuse('refused: encrypted entry');
      else if (entry.uncompressedSize > limits.maxEntryBytes)
        refuse(
          `refused: ${entry.uncompressedSize} bytes exceed the per-entry cap of ${limits.maxEntryBytes}`,
        );
      else if (
        entry.uncompressedSize > 1024 * 1024 &&
        entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxRatio
      )
        refuse(`refused: compression ratio over ${limits.maxRatio}:1 (possible zip bomb)`);
      else if (usedBytes.total + entry.uncompressedSize > limits.maxTotalBytes)
        refuse(`refused: the run's uncompressed total would exceed ${limits.maxTotalBytes} bytes`);
      else {
        usedBytes.total += entry.uncompressedSize;
        files.push({
          path: prefix + normalized,
          artifact,
          size: entry.uncompressedSize,
          open: () => openEntry(zf, memory ?? { zipPath: zipPath!, fh }, entry, limits.maxEntryBytes),
        });
      }
      zf.readEntry();
    });
    zf.on('end', () => resolve());
    zf.on('error', (err: unknown) => {
      notes.push({
        file: label,
        reason: `zip truncated or corrupt (${errText(err)})`,
        partial: true,
        kind: 'unreadable',
      });
      resolve();
    });
    zf.readEntry();
  });
  return {
    files,
    notes,
    close: async () => {
      zf.close();
      if (handle) await (await handle.catch(() => null))?.close().catch(() => undefined);
    },
  };
}

/**
 * Read and inflate in 256 KiB pieces. yauzl's own entry stream reads 16 KiB at a time through three stream stages and
 * inflates in 16 KiB chunks: each piece is a thread-pool round trip, and on a 2 GB corpus the round trips (not the
 * inflating) were half the time. Larger pieces are not better: a 1 MiB chunk outlives the young generation's
 * collections while it is parsed, so it is promoted and freed only by full collections (2 GB zipped: 3.1 s with
 * 1 MiB pieces, 2.7 s with 256 KiB, 2.9 s with 128 KiB).
 */
const PIECE = 256 * 1024;

/** The compressed bytes `[start, end)` of an archive as a stream of large reads. */
function rangeStream(fh: FileHandle, start: number, end: number): Readable {
  let pos = start;
  return new Readable({
    highWaterMark: PIECE,
    read() {
      if (pos >= end) return void this.push(null);
      const n = Math.min(PIECE, end - pos);
      fh.read(Buffer.allocUnsafeSlow(n), 0, n, pos).then(
        ({ bytesRead, buffer }) => {
          if (bytesRead === 0) return this.destroy(new Error('archive ends inside an entry (truncated)'));
          pos += bytesRead;
          this.push(bytesRead === n ? buffer : buffer.subarray(0, bytesRead));
        },
        (err: Error) => this.destroy(err),
      );
    },
  });
}

function localHeader(zf: yauzl.ZipFile, entry: yauzl.Entry): Promise<number> {
  return new Promise((resolve, reject) =>
    zf.readLocalFileHeader(entry, { minimal: true }, (err, header) =>
      err ? reject(err) : resolve(header.fileDataStart),
    ),
  );
}

/** An archive on disk: its path (for the inflate thread) and one handle for its entries' data. */
interface ZipOnDisk {
  zipPath: string;
  fh: () => Promise<FileHandle>;
}

/** Where an entry's content is (in the archive on disk, or in its bytes), and what its header declares. */
interface EntryPlace {
  archive: ZipOnDisk | Buffer;
  dataStart: number;
  compressedSize: number;
  method: number;
  declared: number;
  maxBytes: number;
}

/**
 * An entry's content as a stream: the compressed range read by `rangeStream`, inflated here (stored entries pass
 * through), and held to its declared size: a header that lies (more or fewer bytes than declared) fails the stream.
 * Nothing is read before the first read. The line splitter reads it directly instead (DirectRead): inflated by the
 * inflate thread when there is one, with the same size checks.
 */
class EntryStream extends Transform implements DirectRead {
  /** Bytes of content so far, through the stream or the direct read (one or the other). */
  private seen = 0;
  private connected = false;
  private raw: Readable | null = null;

  constructor(private readonly place: EntryPlace) {
    super({ readableHighWaterMark: PIECE, writableHighWaterMark: PIECE });
    this.on('close', () => this.raw?.destroy());
  }

  /** The error when `seen` bytes so far are more than the header declares (or than the cap), else null. */
  private overDeclared(seen: number): Error | null {
    return seen > this.place.declared || seen > this.place.maxBytes
      ? new Error(`entry is larger than its declared ${this.place.declared} bytes`)
      : null;
  }

  /** The error when all `seen` bytes are not what the header declares, else null. */
  private notDeclared(seen: number): Error | null {
    return seen === this.place.declared
      ? null
      : new Error(`entry has ${seen} bytes, its header declares ${this.place.declared}`);
  }

  /** The first read connects the compressed bytes (and the inflater) to this stream. */
  override _read(size: number): void {
    if (!this.connected) {
      this.connected = true;
      const p = this.place;
      const fail = (e: Error) => this.destroy(e);
      const connect = (raw: Readable) => {
        if (this.destroyed) return;
        this.raw = raw;
        raw.on('error', fail);
        const source = p.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: PIECE })) : raw;
        source.on('error', fail);
        source.pipe(this);
      };
      const end = p.dataStart + p.compressedSize;
      if (Buffer.isBuffer(p.archive)) {
        const { archive } = p;
        if (end > archive.length) fail(new Error('archive ends inside an entry (truncated)'));
        else connect(pieces(archive.subarray(p.dataStart, end)));
      } else p.archive.fh().then((fh) => connect(rangeStream(fh, p.dataStart, end)), fail);
    }
    super._read(size);
  }

  override _transform(
    chunk: Buffer,
    _enc: BufferEncoding,
    cb: (err?: Error | null, data?: Buffer) => void,
  ): void {
    this.seen += chunk.length;
    const err = this.overDeclared(this.seen);
    if (err) cb(err);
    else cb(null, chunk);
  }

  override _flush(cb: (err?: Error | null) => void): void {
    cb(this.notDeclared(this.seen));
  }

  async readDirect(push: (chunk: Buffer) => void, into?: DirectTarget): Promise<void> {
    const p = this.place;
    if (Buffer.isBuffer(p.archive) && p.declared <= SYNC_INFLATE_BYTES)
      return this.inflateNow(p.archive, push);
    if (!Buffer.isBuffer(p.archive)) {
      const here = callingThreadInflater();
      if (here) return this.inflateHere(here, p.archive.zipPath, push, into);
    }
    const thread = Buffer.isBuffer(p.archive) ? null : await inflateThread();
    if (!thread || Buffer.isBuffer(p.archive)) {
      for await (const chunk of this) push(chunk as Buffer);
      return;
    }
    await thread.read(
      { path: p.archive.zipPath, start: p.dataStart, size: p.compressedSize, method: p.method },
      (chunk) => {
        this.seen += chunk.length;
        const err = this.overDeclared(this.seen);
        if (err) throw err;
        push(chunk);
      },
    );
    const err = this.notDeclared(this.seen);
    if (err) throw err;
  }

  /**
   * The entry inflated in this thread, synchronously: into the consumer's memory when it lends some (`into`, the
   * line scanner's: no copy), else into one reused buffer (see callingThreadInflater) given to `push`. The same
   * steps as the inflate thread's, and the same size checks, a chunk of up to SLOT_BYTES or `into.room` at a time.
   */
  private inflateHere(
    inflater: EntryInflater,
    zipPath: string,
    push: (chunk: Buffer) => void,
    into: DirectTarget | undefined,
  ): void {
    const p = this.place;
    const src = inflater.open(zipPath, p.dataStart, p.compressedSize, p.method);
    try {
      while (!src.done) {
        const out = into ? into.space() : (hereBuffer ??= Buffer.allocUnsafe(SLOT_BYTES));
        const at = into ? into.offset : 0;
        const room = into ? into.room : out.length;
        let fill = 0;
        while (fill < room && !src.done) fill += inflater.fill(src, out, at + fill, room - fill);
        if (fill === 0) continue;
        this.seen += fill;
        const err = this.overDeclared(this.seen);
        if (err) throw err;
        if (into) into.wrote(fill);
        else push(fill === out.length ? out : out.subarray(0, fill));
      }
    } finally {
      inflater.close(src);
    }
    const err = this.notDeclared(this.seen);
    if (err) throw err;
  }

  /**
   * A small entry of an archive in memory, inflated in one call: no stream, no thread round trip. Never more than one
   * byte past what the header declares is inflated, and the same size checks hold.
   */
  private inflateNow(archive: Buffer, push: (chunk: Buffer) => void): void {
    const p = this.place;
    const end = p.dataStart + p.compressedSize;
    if (end > archive.length) throw new Error('archive ends inside an entry (truncated)');
    const compressed = archive.subarray(p.dataStart, end);
    let content: Buffer;
    if (p.method === 0) content = compressed;
    else {
      try {
        content = inflateRawSync(compressed, { maxOutputLength: p.declared + 1 });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          throw this.overDeclared(p.declared + 1) ?? err;
        throw err;
      }
    }
    this.seen = content.length;
    const over = this.overDeclared(this.seen);
    if (over) throw over;
    const short = this.notDeclared(this.seen);
    if (short) throw short;
    if (content.length > 0) push(content);
  }
}

/** The calling thread's buffer for the entries it inflates itself (inflateHere): one, reused. */
let hereBuffer: Buffer | undefined;

/** Entries of an archive in memory up to this size are inflated in one call (readDirect); larger ones stream. */
const SYNC_INFLATE_BYTES = 1024 * 1024;

/** Bytes already in memory as a stream of PIECE-sized chunks (views, not copies). */
function pieces(bytes: Buffer): Readable {
  let at = 0;
  return new Readable({
    highWaterMark: PIECE,
    read() {
      if (at >= bytes.length) return void this.push(null);
      const n = Math.min(PIECE, bytes.length - at);
      this.push(bytes.subarray(at, at + n));
      at += n;
    },
  });
}

async function openEntry(
  zf: yauzl.ZipFile,
  archive: ZipOnDisk | Buffer,
  entry: yauzl.Entry,
  maxBytes: number,
): Promise<EntryStream> {
  const method = entry.compressionMethod;
  if (method !== 0 && method !== 8) throw new Error(`unsupported compression method: ${method}`);
  return new EntryStream({
    archive,
    dataStart: await localHeader(zf, entry),
    compressedSize: entry.compressedSize,
    method,
    declared: entry.uncompressedSize,
    maxBytes,
  });
}
