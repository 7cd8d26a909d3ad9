// Local sources: directories of run folders, single run folders and artifact zips (DESIGN.md "CLI").
import { promises as fs, readdirSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { FileStream } from '../util/file-stream.js';
import { basename, join, resolve, sep } from 'node:path';
import type { CoverageNote, RunMeta } from '../model/types.js';
import type { EvidenceFile, RunInput } from './types.js';
import { errText } from '../util/errors.js';
import { DEFAULT_ZIP_LIMITS, readZip, type ZipLimits } from './zip.js';
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

/**
 * A folder's entries ([] when it cannot be read). Synchronous, as the stat of each file below: a local folder is
 * listed in microseconds, where each call through the thread pool cost a round trip the audit waited for (2 GB of
 * runs, about 1,000 files: 0.1 s).
 */
function readdirSafe(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** A folder or zip name that names a run (`123`, `run-123`, `gh-aw-copilot-run-123`), not an artifact. */
function isRunName(name: string): boolean {
  return !isEvidenceArtifact(name) && (RUN_ID_NAME.test(name) || RUN_LIKE_NAME.test(name));
}

async function holdsDirectEvidence(dir: string, names: Set<string>): Promise<boolean> {
  for (const e of readdirSafe(dir)) {
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

/** The message of a file-system error without the path (the caller names it once). */
export function pathErrorText(err: unknown): string {
  const code = err instanceof Error && 'code' in err ? String(err.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  // Node's `EIO: i/o error, stat '/x'`: the code, the syscall and the path are dropped.
  return errText(err).replace(/^[A-Z]+: /, '');
}

/** A path given on the command line (or as `logs-path`) that is no run location: said in one line, without the path. */
export class NotARunError extends Error {}

/** Classifies one path given on the command line into run locations. */
export async function discoverRuns(path: string): Promise<LocalRunRef[]> {
  const abs = resolve(path);
  const st = await fs.stat(abs);
  if (st.isFile()) {
    if (abs.endsWith('.zip')) return [{ kind: 'zip', path: abs }];
    throw new NotARunError('not a folder or a .zip file');
  }
  if (!st.isDirectory()) throw new NotARunError('not a folder or a .zip file');
  return classifyDir(abs, 0);
}

/** What a run location looks like, for the message about a path that holds none. */
export const RUN_LAYOUT_HINT =
  'a run folder holds aw_info.json, mcp-logs/, sandbox/, agent-stdio.log, workflow-logs/ or artifact folders or .zip files ' +
  '(what `gh run download <id> --dir D` or `gh aw logs` write); an artifact zip is a .zip downloaded from a run';

/** For a folder that holds no run: what is there, and what a run looks like (one line). */
export async function describeNoRun(path: string): Promise<string> {
  const entries = readdirSafe(resolve(path)).sort((a, b) => a.name.localeCompare(b.name));
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name + '/');
  const files = entries.filter((e) => !e.isDirectory()).map((e) => e.name);
  const names = [...dirs, ...files];
  const found =
    names.length === 0
      ? 'the folder is empty'
      : `found ${dirs.length} folder(s) and ${files.length} file(s) (${names.slice(0, 6).join(', ')}${names.length > 6 ? ', …' : ''}) but no run evidence in them`;
  return `no run found: ${found}; ${RUN_LAYOUT_HINT}`.replace(/[\u0000-\u001f\u007f]/g, '?');
}

/**
 * The same run given twice is audited once: a location given again (the same path, or reached through a symbolic
 * link), or one inside a run folder that is audited already (a run folder given directly and via its parent, an
 * artifact given beside its run), is dropped. The first occurrence keeps its place.
 */
export async function dedupeRuns(refs: LocalRunRef[]): Promise<LocalRunRef[]> {
  const real = await Promise.all(refs.map((r) => fs.realpath(r.path).catch(() => resolve(r.path))));
  const dirs = real.filter((p, i) => refs[i].kind === 'dir');
  const seen = new Set<string>();
  const out: LocalRunRef[] = [];
  for (const [i, ref] of refs.entries()) {
    const p = real[i];
    if (seen.has(p)) continue;
    if (dirs.some((d) => d !== p && p.startsWith(d.endsWith(sep) ? d : d + sep))) continue;
    seen.add(p);
    out.push(ref);
  }
  return out;
}

async function classifyDir(dir: string, depth: number): Promise<LocalRunRef[]> {
  if (await isRunFolder(dir)) return [{ kind: 'dir', path: dir }];
  if (depth > 6) return [];
  const out: LocalRunRef[] = [];
  const entries = readdirSafe(dir).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.isDirectory() && !SKIP_DIR_NAMES.has(e.name))
      out.push(...(await classifyDir(join(dir, e.name), depth + 1)));
    else if (e.isFile() && e.name.endsWith('.zip')) out.push({ kind: 'zip', path: join(dir, e.name) });
  }
  return out;
}

/**
 * One run: named like one, or holding run evidence directly, artifact zips, or artifact folders. A folder that holds
 * runs of its own (folders or zips named like runs) is a folder of runs: a `.zip` beside them is one more run, not an
 * artifact of its neighbours.
 */
async function isRunFolder(dir: string): Promise<boolean> {
  if (RUN_ID_NAME.test(basename(dir))) return true;
  const entries = readdirSafe(dir);
  if (entries.some((e) => DIRECT_EVIDENCE.has(e.name))) return true;
  const holdsRuns = entries.some(
    (e) =>
      (e.isDirectory() && isRunName(e.name)) ||
      (e.isFile() && e.name.endsWith('.zip') && isRunName(e.name.slice(0, -4))),
  );
  if (holdsRuns) return false;
  if (entries.some((e) => e.isFile() && e.name.endsWith('.zip'))) return true;
  for (const e of entries) {
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
  for (const e of readdirSafe(dir).sort((a, b) => a.name.localeCompare(b.name))) {
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
        size = statSync(abs).size;
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
export function totalBytes(refs: LocalRunRef[]): number {
  let total = 0;
  // A zip counts for what it inflates to (logs compress about 5–10×).
  const addFile = (path: string) => {
    try {
      total += (path.endsWith('.zip') ? ZIP_EXPANSION : 1) * statSync(path).size;
    } catch {
      /* counts for nothing */
    }
  };
  const walkSize = (dir: string, depth: number): void => {
    if (depth > 12) return;
    for (const e of readdirSafe(dir)) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walkSize(p, depth + 1);
      else if (e.isFile()) addFile(p);
    }
  };
  for (const ref of refs) {
    if (ref.kind === 'zip') addFile(ref.path);
    else walkSize(ref.path, 0);
  }
  return total;
}

/** A file on disk as a stream (see FileStream: the line splitter reads it directly). */
export function openFileStream(path: string): Readable {
  return new FileStream(path);
}
