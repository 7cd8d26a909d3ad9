// Local sources: directories of run folders, single run folders and artifact zips (DESIGN.md "CLI").
import { promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import { FileStream } from '../util/file-stream.js';
import { basename, join, resolve } from 'node:path';
import type { CoverageNote, RunMeta } from '../engine/types.js';
import type { EvidenceFile, RunInput } from './types.js';
import { DEFAULT_ZIP_LIMITS, errText, readZip, type ZipLimits } from './zip.js';
import { artifactBase, isDockerBuildArtifact, isEvidenceArtifact } from './artifacts.js';

const RUN_ID_NAME = /^(run-)?\d+$/;
/** A folder named like a run (`run-123`, `gh-aw-copilot-run-21986494867`), never an artifact. */
const RUN_LIKE_NAME = /(^|[-_])(run-)?\d{5,}$/;
const DIRECT_EVIDENCE = new Set([
  'aw_info.json',
  'mcp-logs',
  'sandbox',
  'agent-stdio.log',
  'workflow-logs',
  'proxy-logs',
]);
/** What an artifact folder can hold at its root, in any era (prefixes `tmp/gh-aw/` and `gh-aw/` included). */
const ARTIFACT_ROOT_EVIDENCE = new Set([
  ...DIRECT_EVIDENCE,
  'mcp-gateway.log',
  'rpc-messages.jsonl',
  'access.log',
  'logs',
  'audit',
  'activity',
  'aw-prompts',
  'tmp',
  'gh-aw',
]);
const MAX_FILES_PER_RUN = 100_000;
const SKIP_DIR_NAMES = new Set(['wazero-cache', 'proxy-tls', 'node_modules', '.git']);

export interface LocalOptions {
  zipLimits?: ZipLimits;
}

/** A run location found on disk: a folder, or a zip given by itself. */
export interface LocalRunRef {
  kind: 'dir' | 'zip';
  path: string;
}

async function readdirSafe(dir: string) {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

async function holdsDirectEvidence(dir: string, names: Set<string>): Promise<boolean> {
  for (const e of await readdirSafe(dir)) {
    if (names.has(e.name)) return true;
    if (e.isFile() && e.name.endsWith('.zip')) return true;
  }
  return false;
}

async function isArtifactFolder(dir: string): Promise<boolean> {
  const name = basename(dir);
  if (RUN_LIKE_NAME.test(name) || RUN_ID_NAME.test(name)) return false;
  if (isEvidenceArtifact(name)) return true;
  return holdsDirectEvidence(dir, ARTIFACT_ROOT_EVIDENCE);
}

/** Classifies one path given on the command line into run locations. */
export async function discoverRuns(path: string): Promise<LocalRunRef[]> {
  const abs = resolve(path);
  const st = await fs.stat(abs);
  if (st.isFile()) {
    if (abs.endsWith('.zip')) return [{ kind: 'zip', path: abs }];
    throw new Error(`${path}: not a directory or a .zip file`);
  }
  return classifyDir(abs, 0);
}

async function classifyDir(dir: string, depth: number): Promise<LocalRunRef[]> {
  if (await isRunFolder(dir)) return [{ kind: 'dir', path: dir }];
  if (depth > 6) return [];
  const out: LocalRunRef[] = [];
  const entries = (await readdirSafe(dir)).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.isDirectory() && !SKIP_DIR_NAMES.has(e.name))
      out.push(...(await classifyDir(join(dir, e.name), depth + 1)));
    else if (e.isFile() && e.name.endsWith('.zip')) out.push({ kind: 'zip', path: join(dir, e.name) });
  }
  return out;
}

async function isRunFolder(dir: string): Promise<boolean> {
  if (RUN_ID_NAME.test(basename(dir))) return true;
  if (await holdsDirectEvidence(dir, DIRECT_EVIDENCE)) return true;
  for (const e of await readdirSafe(dir)) {
    if (e.isDirectory() && (await isArtifactFolder(join(dir, e.name)))) return true;
  }
  return false;
}

/** Run id from a folder or zip name: the trailing digit group, else the name itself. */
export function runIdFromName(name: string): string {
  const stem = name.replace(/\.zip$/, '');
  const m = /(\d+)$/.exec(stem);
  return m ? m[1] : stem;
}

/** Opens a run location as a RunInput (files listed, zips opened lazily). */
export async function openLocalRun(ref: LocalRunRef, options: LocalOptions = {}): Promise<RunInput> {
  const limits = options.zipLimits ?? DEFAULT_ZIP_LIMITS;
  const notes: CoverageNote[] = [];
  const files: EvidenceFile[] = [];
  const closers: (() => Promise<void>)[] = [];
  const used = { total: 0 };
  const name = basename(ref.path);
  const addZip = async (zipPath: string, label: string) => {
    const artifact = basename(zipPath).replace(/\.zip$/, '');
    if (isDockerBuildArtifact(artifact)) {
      notes.push({
        file: label,
        reason: 'skipped: `.dockerbuild` artifact (not a zip archive)',
        partial: false,
      });
      return;
    }
    const z = await readZip(zipPath, label, artifact, limits, used);
    files.push(...z.files);
    notes.push(...z.notes);
    closers.push(z.close);
  };
  if (ref.kind === 'zip') {
    await addZip(ref.path, name);
  } else {
    await walk(ref.path, '', files, notes, addZip);
  }
  // Files inside an artifact folder get that folder as their artifact (`gh run download` layout).
  for (const f of files) {
    if (f.artifact === null) {
      const top = f.path.split('/')[0];
      if (f.path.includes('/') && (isEvidenceArtifact(top) || artifactBase(top) !== top)) f.artifact = top;
    }
  }
  const meta: RunMeta = { id: runIdFromName(name), workflow: null, branch: null, url: null };
  return {
    meta,
    files,
    notes,
    close: async () => {
      for (const c of closers) await c();
    },
  };
}

async function walk(
  root: string,
  rel: string,
  files: EvidenceFile[],
  notes: CoverageNote[],
  addZip: (path: string, label: string) => Promise<void>,
): Promise<void> {
  const dir = rel ? join(root, rel) : root;
  for (const e of (await readdirSafe(dir)).sort((a, b) => a.name.localeCompare(b.name))) {
    const relPath = rel ? `${rel}/${e.name}` : e.name;
    const abs = join(root, relPath);
    if (e.isSymbolicLink()) {
      notes.push({ file: relPath, reason: 'skipped: symbolic link', partial: false });
    } else if (e.isDirectory()) {
      if (SKIP_DIR_NAMES.has(e.name) || e.name.endsWith('.dockerbuild')) continue;
      await walk(root, relPath, files, notes, addZip);
    } else if (e.isFile()) {
      if (files.length >= MAX_FILES_PER_RUN) {
        notes.push({
          file: relPath,
          reason: `not read: more than ${MAX_FILES_PER_RUN} files in the run`,
          partial: true,
        });
        return;
      }
      if (e.name.endsWith('.zip') && !rel) {
        try {
          await addZip(abs, relPath);
        } catch (err) {
          notes.push({
            file: relPath,
            reason: `unreadable zip (${errText(err)})`,
            partial: true,
            kind: 'unreadable',
          });
        }
        continue;
      }
      let size: number | null = null;
      try {
        size = (await fs.stat(abs)).size;
      } catch {
        /* reported when opened */
      }
      files.push({
        path: relPath,
        artifact: null,
        size,
        open: async () => openFileStream(abs),
      });
    }
  }
}

const ZIP_EXPANSION = 5;

/** Total bytes of run locations (file and zip sizes), to decide whether analysis workers pay off. */
export async function totalBytes(refs: LocalRunRef[]): Promise<number> {
  let total = 0;
  // A zip counts for what it inflates to (logs compress about 5–10×).
  const addFile = async (path: string) =>
    (total +=
      (path.endsWith('.zip') ? ZIP_EXPANSION : 1) * (await fs.stat(path).catch(() => ({ size: 0 }))).size);
  const walkSize = async (dir: string, depth: number): Promise<void> => {
    if (depth > 12) return;
    for (const e of await readdirSafe(dir)) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walkSize(p, depth + 1);
      else if (e.isFile()) await addFile(p);
    }
  };
  for (const ref of refs) {
    if (ref.kind === 'zip') await addFile(ref.path);
    else await walkSize(ref.path, 0);
  }
  return total;
}

/** A file on disk as a stream (see FileStream: the line splitter reads it directly). */
export function openFileStream(path: string): Readable {
  return new FileStream(path);
}
