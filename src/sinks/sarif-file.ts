// The action's SARIF file (`sarif-path`): written on every audit, with zero results too, so code scanning closes the
// alerts of findings that went away. Results are located on the workflow's `.md` source when the checked-out
// repository (GITHUB_WORKSPACE) has it, else on its `.lock.yml`.
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Report } from '../model/types.js';
import { renderSarif } from '../report/sarif.js';
import { writePiecesAtomically } from '../util/json-pieces.js';

export function writeSarifFile(
  report: Report,
  path: string | null,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const target = path ? resolve(path) : join(env.RUNNER_TEMP || tmpdir(), 'integrity-audit.sarif');
  const workspace = env.GITHUB_WORKSPACE;
  const exists = workspace ? (p: string) => existsSync(join(workspace, p)) : undefined;
  mkdirSync(dirname(target), { recursive: true });
  writePiecesAtomically(target, `${target}.tmp-${process.pid}`, [renderSarif(report, { exists })]);
  return target;
}
