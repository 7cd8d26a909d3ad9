// The scenarios: each one a real gateway run (a guard, a policy, a config form, what the backend does) and the
// calls an agent makes through it. runScenario() runs one, lays its logs out as a gh-aw run (folder and zips) and
// audits both with dist/cli.js.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/model/types.js';
import { auditWithCli, layoutRun, type RunLayout } from './artifact.js';
import { OUTSIDE_REPO, POLICY_REPO } from './fixtures.js';
import { call, connect, startGateway, stopGateway, type CallOutcome, type ServerSetup } from './gateway.js';

const [OWNER, REPO] = POLICY_REPO.split('/');

export type Call = [tool: string, args: Record<string, unknown>];

export const CALLS = {
  listIssues: ['list_issues', { owner: OWNER, repo: REPO }] as Call,
  readIssue: ['issue_read', { method: 'get', owner: OWNER, repo: REPO, issue_number: 1 }] as Call,
  searchIssues: ['search_issues', { query: 'is:issue crash' }] as Call,
  listCommits: ['list_commits', { owner: OWNER, repo: REPO }] as Call,
  fileContents: ['get_file_contents', { owner: OWNER, repo: REPO, path: 'README.md' }] as Call,
};

export interface Scenario {
  id: string;
  /** One line for docs/COMPATIBILITY.md. */
  title: string;
  setup: ServerSetup;
  calls: Call[];
}

const WAT = (spec: Parameters<typeof import('./guards.js').guardWat>[0] = {}) => ({
  kind: 'wat' as const,
  spec,
});
const { listIssues, readIssue, searchIssues, listCommits, fileContents } = CALLS;

export const SCENARIOS = {
  guardedClean: {
    id: 'guarded-clean',
    title: 'A guarded run (allowing guard, policy) that is clean',
    setup: { guard: WAT() },
    calls: [listIssues, readIssue, listCommits, fileContents],
  },
  trapResponse: {
    id: 'trap-label-response',
    title: 'A guard that traps in label_response, and the calls refused after it',
    setup: { guard: WAT({ trapIn: 'label_response' }) },
    calls: [listIssues, listCommits, fileContents, readIssue],
  },
  trapResource: {
    id: 'trap-label-resource',
    title: 'A guard that traps in label_resource',
    setup: { guard: WAT({ trapIn: 'label_resource' }) },
    calls: [listIssues, listCommits, fileContents],
  },
  notAModule: {
    id: 'guard-not-a-module',
    title: 'A guard file that is not a module, policy configured (noop fallback, fail-open)',
    setup: { guard: { kind: 'not-a-module' } },
    calls: [listIssues, listCommits],
  },
  noPolicy: {
    id: 'guard-no-policy',
    title: 'A guard with no policy (enforcement disabled)',
    setup: { guard: WAT(), policy: null },
    calls: [listIssues, listCommits],
  },
  filterMode: {
    id: 'filter-mode',
    title: "A filtering guard in filter mode (the outside repository's item removed)",
    setup: { guard: WAT({ filterOutside: true }) },
    calls: [searchIssues, listIssues, searchIssues],
  },
  strictMode: {
    id: 'strict-mode',
    title: 'Strict mode: one low-integrity item blocks the whole response',
    setup: { guard: WAT({ filterOutside: true, mode: 'strict' }) },
    calls: [listIssues, searchIssues],
  },
  outsideFailOpen: {
    id: 'outside-repo-fail-open',
    title: 'Outside-repository data reaching the agent while the guard failed open',
    setup: { guard: { kind: 'not-a-module' } },
    calls: [searchIssues],
  },
  backendLost: {
    id: 'backend-lost',
    title: 'A backend that dies mid-session',
    setup: { guard: WAT(), backendEnv: { FAKE_GH_DIE_AFTER: '2' } },
    calls: [listIssues, listCommits, fileContents, readIssue, listIssues],
  },
  realGuard: {
    id: 'real-guard',
    title: 'The real GitHub guard labelling a normal session (stdin JSON config)',
    setup: { guard: { kind: 'real' } },
    calls: [listIssues, searchIssues, listCommits],
  },
  realGuardToml: {
    id: 'real-guard-toml',
    title: 'The same session through the TOML config',
    setup: { guard: { kind: 'real' }, config: 'toml' },
    calls: [listIssues, searchIssues, listCommits],
  },
} satisfies Record<string, Scenario>;

export { OUTSIDE_REPO };

export interface ScenarioRun {
  scenario: Scenario;
  runId: number;
  outcomes: CallOutcome[];
  logDir: string;
  layout: RunLayout;
  /** The audit of the run folder and of the artifact zips. */
  folder: Report;
  zips: Report;
  folderExit: number | null;
  zipsExit: number | null;
  stoppedBy: string | undefined;
}

let nextRunId = 910_000_001;

/** Runs one scenario with `binary` under `baseDir/<id>` and audits its logs both ways. */
export async function runScenario(binary: string, scenario: Scenario, baseDir: string): Promise<ScenarioRun> {
  const workDir = join(baseDir, scenario.id);
  mkdirSync(workDir, { recursive: true });
  const runId = nextRunId++;
  const gw = await startGateway(binary, workDir, scenario.setup);
  const outcomes: CallOutcome[] = [];
  try {
    const client = await connect(gw);
    try {
      for (const [tool, args] of scenario.calls) outcomes.push(await call(client, tool, args));
    } finally {
      await client.close().catch(() => undefined);
    }
  } finally {
    await stopGateway(gw);
  }
  const layout = await layoutRun(gw.logDir, join(workDir, 'artifacts'), runId, `Gateway ${scenario.id}`);
  const [folder, zips] = await Promise.all([
    auditWithCli(layout.folder, join(workDir, 'report-folder.json')),
    auditWithCli(layout.zips, join(workDir, 'report-zips.json')),
  ]);
  return {
    scenario,
    runId,
    outcomes,
    logDir: gw.logDir,
    layout,
    folder: folder.report,
    zips: zips.report,
    folderExit: folder.code,
    zipsExit: zips.code,
    stoppedBy: gw.stoppedBy,
  };
}

/** The gateway's log, for assertions on what it really wrote. */
export function gatewayLog(run: ScenarioRun): string {
  return readFileSync(join(run.logDir, 'mcp-gateway.log'), 'utf8');
}
