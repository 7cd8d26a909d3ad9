// The download folder of `analyze --repo … --download DIR`: each run in `DIR/run-⟨id⟩/` as `gh aw logs` keeps runs —
// its artifact zips (`⟨artifact⟩.zip`), job logs under `workflow-logs/`, `run.json` and `jobs.json` — and, written
// last, `integrity-audit.json` (the manifest: run facts and the coverage notes of the download, e.g. an expired
// artifact). A run whose manifest is there is complete: it is read from the folder, not fetched again. `analyze DIR`
// reads the same folders as local runs (parsers/download-manifest.ts keeps the notes).
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CoverageNote, RunMeta } from '../../model/types.js';
import type { PreparedRun, RunSpec } from '../run-spec.js';

export const MANIFEST = 'integrity-audit.json';

export interface RunManifest {
  integrityAudit: 1;
  meta: RunMeta;
  repositoryPrivate: boolean | null;
  notes: CoverageNote[];
  /** Paths relative to the run folder. */
  zips: { path: string; artifact: string }[];
  files: { path: string; diskPath: string }[];
}

export function runFolder(dir: string, runId: number | string): string {
  return join(dir, `run-${runId}`);
}

/** A path segment that stays inside its folder (no `..`, no separators, no NUL). */
function safeSegment(s: string): string {
  const clean = s.replace(/[\\/\u0000]/g, '_');
  return /^\.*$/.test(clean) ? '_' : clean;
}

const safePath = (p: string) => p.split('/').map(safeSegment).join('/');

/** The run as kept in the download folder, or null when it is not there complete. */
export async function cachedRun(dir: string, runId: number | string): Promise<PreparedRun | null> {
  const folder = runFolder(dir, runId);
  let manifest: RunManifest;
  try {
    manifest = JSON.parse(await fs.readFile(join(folder, MANIFEST), 'utf8')) as RunManifest;
  } catch {
    return null;
  }
  if (manifest?.integrityAudit !== 1 || !manifest.meta || !Array.isArray(manifest.zips)) return null;
  const manifestZips = manifest.zips.map((z) => ({
    path: join(folder, safePath(z.path)),
    artifact: z.artifact,
  }));
  const spec: RunSpec = {
    kind: 'files',
    meta: manifest.meta,
    notes: manifest.notes ?? [],
    repositoryPrivate: manifest.repositoryPrivate ?? null,
    zips: manifestZips,
    files: (manifest.files ?? []).map((f) => ({
      path: f.path,
      diskPath: join(folder, safePath(f.diskPath)),
    })),
  };
  const paths = [...manifestZips.map((z) => z.path), ...spec.files.map((f) => f.diskPath)];
  const present = await Promise.all(
    paths.map((p) =>
      fs.stat(p).then(
        () => true,
        () => false,
      ),
    ),
  );
  return present.every(Boolean) ? { spec } : null;
}

/**
 * Moves a prepared run's downloads into `DIR/run-⟨id⟩/` (those held in memory are written there) and writes its
 * manifest last (a folder without one is redone next time). Returns the run reading from there; its cleanup removes
 * only the temporary folder (and gives back the memory).
 */
export async function keepRun(
  dir: string,
  runId: number | string,
  prepared: PreparedRun,
): Promise<PreparedRun> {
  const { spec } = prepared;
  if (spec.kind !== 'files') return prepared;
  const folder = runFolder(dir, runId);
  await fs.rm(folder, { recursive: true, force: true });
  await fs.mkdir(folder, { recursive: true });
  const manifest: RunManifest = {
    integrityAudit: 1,
    meta: spec.meta,
    repositoryPrivate: spec.repositoryPrivate,
    notes: spec.notes,
    zips: [],
    files: [],
  };
  const used = new Set<string>();
  for (const z of spec.zips) {
    let name = `${safeSegment(z.artifact)}.zip`;
    for (let i = 2; used.has(name); i++) name = `${safeSegment(z.artifact)}-${i}.zip`;
    used.add(name);
    // A small download is in memory (it never had a file): written here.
    if (z.data) await fs.writeFile(join(folder, name), z.data);
    else await fs.rename(z.path, join(folder, name));
    manifest.zips.push({ path: name, artifact: z.artifact });
  }
  for (const f of spec.files) {
    const rel = safePath(f.path);
    await fs.mkdir(dirname(join(folder, rel)), { recursive: true });
    await fs.rename(f.diskPath, join(folder, rel));
    manifest.files.push({ path: f.path, diskPath: rel });
  }
  const m = spec.meta;
  // prettier-ignore
  const run = {
    id: Number(m.id), name: m.workflow, path: m.workflowPath ?? null, head_branch: m.branch, event: m.event ?? null,
    conclusion: m.conclusion ?? null, html_url: m.url, created_at: m.createdAt ?? null, repository: m.repository ?? null,
  };
  await fs.writeFile(join(folder, 'run.json'), JSON.stringify(run, null, 2) + '\n');
  if (m.jobs) await fs.writeFile(join(folder, 'jobs.json'), JSON.stringify({ jobs: m.jobs }, null, 2) + '\n');
  await fs.writeFile(join(folder, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  const kept = await cachedRun(dir, runId);
  if (!kept) throw new Error(`${folder}: the run could not be kept`);
  return { spec: kept.spec, fetched: prepared.fetched, cleanup: prepared.cleanup };
}
