// A run as plain data (structured-cloneable), so it can be analysed in a worker thread: a local folder or zip, or
// files already on disk (downloaded artifact zips and job logs).
import type { CoverageNote, RunMeta } from '../model/types.js';
import type { EvidenceFile, RunInput } from './types.js';
import { openFileStream, openLocalRun, type LocalRunRef } from './local.js';
import { DEFAULT_ZIP_LIMITS, readZip, type ZipLimits } from './zip.js';

/** An artifact zip: a file on disk, or its bytes in memory (a small download; copied when sent to a worker). */
export type ZipSource = { artifact: string } & (
  { path: string; data?: undefined } | { data: Uint8Array; path?: undefined }
);

export type RunSpec =
  | { kind: 'local'; ref: LocalRunRef; zipLimits?: ZipLimits }
  | {
      kind: 'files';
      meta: RunMeta;
      notes: CoverageNote[];
      repositoryPrivate: boolean | null;
      /** artifact zips on disk or in memory, each named after its artifact */
      zips: ZipSource[];
      /** single files on disk, with the path they have inside the run (e.g. `workflow-logs/activation/job-log.txt`) */
      files: { path: string; diskPath: string }[];
      zipLimits?: ZipLimits;
    };

export async function openRunSpec(spec: RunSpec): Promise<RunInput> {
  if (spec.kind === 'local') return openLocalRun(spec.ref, { zipLimits: spec.zipLimits });
  const notes = [...spec.notes];
  const files: EvidenceFile[] = [];
  const closers: (() => Promise<void>)[] = [];
  const used = { total: 0 };
  for (const z of spec.zips) {
    const opened = await readZip(
      z.data ?? z.path,
      z.artifact,
      z.artifact,
      spec.zipLimits ?? DEFAULT_ZIP_LIMITS,
      used,
    );
    files.push(...opened.files);
    notes.push(...opened.notes);
    closers.push(opened.close);
  }
  for (const f of spec.files) {
    files.push({
      path: f.path,
      artifact: null,
      size: null,
      open: async () => openFileStream(f.diskPath),
    });
  }
  return {
    meta: spec.meta,
    files,
    notes,
    repositoryPrivate: spec.repositoryPrivate,
    close: async () => {
      for (const c of closers) await c();
    },
  };
}

export interface PreparedRun {
  spec: RunSpec;
  /** What preparing fetched, for the run's log line (`agent (1234 bytes), activation (56 bytes)`). */
  fetched?: string;
  /** Removes what preparing left behind (downloaded files). */
  cleanup?: () => Promise<void>;
}
