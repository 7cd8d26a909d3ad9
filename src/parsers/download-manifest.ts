// `integrity-audit.json` at the root of a run folder kept by `analyze --repo … --download DIR`
// (sources/github/cache.ts): the run's facts from the API and the coverage notes of its download (an expired or
// refused artifact), so that reading the folder again says what the download could not get.
import type { Readable } from 'node:stream';
import type { CoverageNote, RunMeta } from '../model/types.js';
import { isRecord, readJsonObject } from './common.js';
import { unusable, UNUSABLE_NOTE, type Parser } from './parser.js';

export interface DownloadManifest {
  meta: Partial<RunMeta>;
  repositoryPrivate: boolean | null;
}

const KINDS = new Set(['expired', 'missing', 'refused', 'unreadable', 'not-zip', 'incomplete']);
const META_KEYS = [
  'workflow',
  'workflowPath',
  'branch',
  'event',
  'conclusion',
  'url',
  'createdAt',
  'repository',
];

function noteOf(v: unknown): CoverageNote | null {
  if (
    !isRecord(v) ||
    typeof v.file !== 'string' ||
    typeof v.reason !== 'string' ||
    typeof v.partial !== 'boolean'
  )
    return null;
  const note: CoverageNote = { file: v.file, reason: v.reason, partial: v.partial };
  if (typeof v.kind === 'string' && KINDS.has(v.kind)) note.kind = v.kind as CoverageNote['kind'];
  return note;
}

export async function parseDownloadManifest(
  stream: Readable,
  onError: (error: string) => void,
  note: (n: CoverageNote) => void,
): Promise<DownloadManifest | null> {
  const value = await readJsonObject(stream, 4 * 1024 * 1024, onError);
  if (!value) return null;
  if (value.integrityAudit !== 1 || !isRecord(value.meta)) {
    onError('not an integrity-audit download manifest (version 1)');
    return null;
  }
  for (const n of Array.isArray(value.notes) ? value.notes : []) {
    const parsed = noteOf(n);
    if (parsed) note(parsed);
  }
  const meta: Partial<RunMeta> = {};
  for (const k of META_KEYS) {
    const v = value.meta[k];
    if (typeof v === 'string' && v !== '') (meta as Record<string, unknown>)[k] = v;
  }
  return {
    meta,
    repositoryPrivate: typeof value.repositoryPrivate === 'boolean' ? value.repositoryPrivate : null,
  };
}

export const downloadManifestParser: Parser<DownloadManifest | null> = {
  name: 'download-manifest',
  suffixes: ['integrity-audit.json'],
  lineBased: false,
  notes: [UNUSABLE_NOTE, '⟨the notes of the download, as kept⟩'],
  parse: (stream, ctx, sink) => parseDownloadManifest(stream, unusable(ctx, sink), (n) => sink.note(n)),
};
