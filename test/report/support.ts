// Reports for the report tests: the examples through the real pipeline, and small hand-made ones.
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG, type AuditConfig } from '../../src/config.js';
import { auditRuns, localJobs } from '../../src/engine/audit.js';
import type { Report, RunFacts } from '../../src/model/types.js';
import { buildReport } from '../../src/report/build.js';
import { dedupeRuns, discoverRuns, runIdFromName } from '../../src/sources/local.js';

export const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'runs');

/** The examples' report (3 runs of octo-org/example-app: 2 warnings, 2 infos), as the CLI makes it. */
export async function examplesReport(
  config: AuditConfig = DEFAULT_CONFIG,
  generatedAt?: Date,
): Promise<Report> {
  const refs = await dedupeRuns(await discoverRuns(EXAMPLES));
  const { report } = await auditRuns(
    localJobs(refs, (p) => runIdFromName(basename(p))),
    { config, target: null, window: { from: null, to: null }, generatedAt },
  );
  return report;
}

export function run(id: string, extra: Partial<RunFacts> = {}): RunFacts {
  return {
    id,
    workflow: 'Smoke',
    branch: 'main',
    url: null,
    agentInvoked: true,
    gatewayVersion: null,
    difc: { filtered: 0, guarded: true },
    firewall: { blocked: 0, total: 0 },
    status: 'ok',
    coverage: 'full',
    ...extra,
  };
}

export function emptyReport(runs: RunFacts[] = [run('1')]): Report {
  return buildReport(runs, [], { target: 'octo/app', window: { from: null, to: null } });
}
