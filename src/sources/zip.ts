// Artifact zips, read with yauzl as streams straight into the parsers: never extracted to disk.
import yauzl from 'yauzl';
import { Transform, type Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type { CoverageNote } from '../engine/types.js';
import type { EvidenceFile } from './types.js';
import { normalizeEntryPath } from './paths.js';

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
function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true },
      (err, zf) => (err || !zf ? reject(err ?? new Error('cannot open zip')) : resolve(zf)),
    ),
  );
}

/**
 * Lists a zip's entries and returns them as lazily opened files. Hostile or over-cap entries are refused with a
 * note; an archive that cannot be read at all yields no files and one note.
 */
export async function readZip(
  zipPath: string,
  label: string,
  artifact: string | null,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  usedBytes: { total: number } = { total: 0 },
): Promise<OpenedZip> {
  const notes: CoverageNote[] = [];
  let zf: yauzl.ZipFile;
  try {
    zf = await openZip(zipPath);
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
          open: () => openEntry(zf, entry, limits.maxEntryBytes),
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
  return { files, notes, close: async () => zf.close() };
}

/** Inflate output chunks: zlib's 16 KiB default costs a thread-pool round trip per 16 KiB; larger is 2–3× faster. */
const INFLATE_CHUNK = 256 * 1024;

/**
 * An entry's content as a stream. Deflated entries are inflated here (large chunks) rather than by yauzl, and every
 * entry is held to its declared size: a header that lies (more or fewer bytes than declared) fails the stream.
 */
function openEntry(zf: yauzl.ZipFile, entry: yauzl.Entry, maxBytes: number): Promise<Readable> {
  const deflated = entry.compressionMethod === 8;
  return new Promise<Readable>((resolve, reject) =>
    zf.openReadStream(entry, { decompress: deflated ? false : null }, (err, raw) => {
      if (err || !raw) return reject(err ?? new Error('no stream'));
      const declared = entry.uncompressedSize;
      let seen = 0;
      const check = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          seen += chunk.length;
          if (seen > declared || seen > maxBytes)
            cb(new Error(`entry is larger than its declared ${declared} bytes`));
          else cb(null, chunk);
        },
        flush(cb) {
          cb(
            seen === declared ? null : new Error(`entry has ${seen} bytes, its header declares ${declared}`),
          );
        },
      });
      const source = deflated ? raw.pipe(createInflateRaw({ chunkSize: INFLATE_CHUNK })) : raw;
      const fail = (e: Error) => check.destroy(e);
      raw.on('error', fail);
      source.on('error', fail);
      check.on('close', () => raw.destroy());
      resolve(source.pipe(check));
    }),
  );
}

export function errText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
