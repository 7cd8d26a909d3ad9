// Seeds the fake GitHub server with run folders (the examples, or test fixtures): each run folder becomes a run of
// an agentic workflow whose artifacts are real zips of the folder's artifact subfolders.
import { promises as fs } from 'node:fs';
import { join, relative } from 'node:path';
import type { FakeArtifact, FakeGitHub, FakeJob, FakeRun } from './fake-github.js';

async function filesUnder(dir: string): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};
  const walk = async (d: string) => {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) out[relative(dir, p).split('\\').join('/')] = await fs.readFile(p);
    }
  };
  await walk(dir);
  return out;
}

const ARTIFACT_DIRS = new Set([
  'agent',
  'agent-artifacts',
  'activation',
  'usage',
  'info',
  'firewall-audit-logs',
]);

/** Artifacts of a run folder: `gh run download` subfolders as they are; a flattened `gh aw logs` folder as `agent` + `activation`. */
export async function artifactsOf(runDir: string): Promise<FakeArtifact[]> {
  const entries = await fs.readdir(runDir, { withFileTypes: true });
  const dirs = entries.filter((e) => e.isDirectory() && ARTIFACT_DIRS.has(e.name));
  if (dirs.length > 0) {
    return Promise.all(
      dirs.map(async (d) => ({ name: d.name, files: await filesUnder(join(runDir, d.name)) })),
    );
  }
  const all = await filesUnder(runDir);
  const agent: Record<string, Buffer> = {};
  const activation: Record<string, Buffer> = {};
  for (const [p, b] of Object.entries(all)) {
    if (p.startsWith('workflow-logs/')) continue;
    if (p === 'aw_info.json') activation[p] = b;
    else agent[p] = b;
  }
  const out: FakeArtifact[] = [{ name: 'agent', files: agent }];
  if (Object.keys(activation).length > 0) out.push({ name: 'activation', files: activation });
  return out;
}

export interface SeededRun {
  id: number;
  workflow: string;
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Adds every run folder under `root` to `repo`, created within the last hours before `now`. */
export async function seedFromRunFolders(
  gh: FakeGitHub,
  repo: string,
  root: string,
  now = new Date(),
): Promise<SeededRun[]> {
  const seeded: SeededRun[] = [];
  const folders = (await fs.readdir(root, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const [i, f] of folders.entries()) {
    const dir = join(root, f.name);
    let info: Record<string, unknown> = {};
    for (const p of ['aw_info.json', 'activation/aw_info.json', 'agent-artifacts/aw_info.json']) {
      try {
        info = JSON.parse(await fs.readFile(join(dir, p), 'utf8'));
        break;
      } catch {
        /* next */
      }
    }
    const id = Number(info.run_id ?? /(\d+)$/.exec(f.name)?.[1] ?? 1000 + i);
    const workflow = String(info.workflow_name ?? f.name);
    const jobs: FakeJob[] = [
      'pre_activation',
      'activation',
      'agent',
      'detection',
      'safe_outputs',
      'conclusion',
    ].map((name) => ({
      name,
      status: 'completed',
      conclusion: 'success',
    }));
    const run: FakeRun = {
      id,
      name: workflow,
      path: `.github/workflows/${slug(workflow)}.lock.yml`,
      head_branch: 'main',
      event: String(info.event_name ?? 'schedule'),
      conclusion: 'success',
      created_at: new Date(now.getTime() - (i + 1) * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      artifacts: await artifactsOf(dir),
      jobs,
    };
    gh.addRun(repo, run);
    seeded.push({ id, workflow });
  }
  return seeded;
}
