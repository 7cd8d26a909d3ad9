// Shards of one audit on an Actions matrix: `shard: K/N` audits a stable share of the discovered runs, and
// `reports-path` gathers the shard reports (as actions/download-artifact leaves them) for the merge job.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { Shard } from './inputs.js';

/**
 * The shard (0-based) a run belongs to: a hash of the repository (case-insensitive, as GitHub names are) and the run
 * id, so every run falls in exactly one shard whatever order discovery lists the runs in, and shares are even.
 */
export function shardOf(repository: string, runId: number | string, count: number): number {
  const digest = createHash('sha256').update(`${repository.toLowerCase()}\u0000${runId}`).digest();
  return digest.readUInt32BE(0) % count;
}

export function inShard(repository: string, runId: number | string, shard: Shard): boolean {
  return shardOf(repository, runId, shard.count) === shard.index;
}

/** The report file name of a shard: distinct per shard, so downloaded artifacts can share one folder. */
export function shardReportName(shard: Shard): string {
  return `integrity-audit-report-shard-${shard.index + 1}-of-${shard.count}.json`;
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile()) out.push(p);
  }
}

/**
 * The report files `reports-path` names: a file; every `*.json` under a folder (download-artifact puts each artifact
 * in a folder of its own); or the files a glob (`reports/**\/*.json`) matches. Sorted by path; [] when none.
 */
export async function reportFiles(pattern: string): Promise<string[]> {
  const st = await fs.stat(pattern).catch(() => null);
  if (st?.isFile()) return [pattern];
  const files: string[] = [];
  if (st?.isDirectory()) {
    await walk(pattern, files);
    return files.filter((f) => f.toLowerCase().endsWith('.json'));
  }
  const { base, glob } = picomatch.scan(pattern);
  const root = resolve(base || '.');
  if (!glob) return [];
  const baseSt = await fs.stat(root).catch(() => null);
  if (!baseSt?.isDirectory()) return [];
  await walk(root, files);
  const matches = picomatch(glob, { dot: true });
  return files.filter((f) => matches(relative(root, f).split('\\').join('/')));
}
