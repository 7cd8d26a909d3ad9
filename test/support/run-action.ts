// Runs the built action (`node dist/index.js`) as a process, the way a runner does: inputs as INPUT_* variables,
// GITHUB_* context, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and RUNNER_TEMP. Spawned asynchronously: the fake
// GitHub server lives in the calling (test) process and must keep answering while the action runs.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/model/types.js';
import { sourceHash } from '../../scripts/source-hash.mjs';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const ACTION_ENTRY = join(ROOT, 'dist', 'index.js');

export interface RunActionOptions {
  /** Action inputs by their action.yml name (`github-token`, `lookback-hours`, …); only these INPUT_* are set. */
  inputs?: Record<string, string>;
  /** GITHUB_REPOSITORY as the runner sets it (the default of `repository` and `issue-repository`). */
  repository?: string;
  /** GITHUB_API_URL as the runner sets it (the default of `api-url`). */
  apiUrl?: string;
  /** More environment variables (an `undefined` value removes one the helper would set). */
  env?: Record<string, string | undefined>;
  /** The node binary (default: this process's). */
  node?: string;
  /** The script (default dist/index.js). */
  script?: string;
  /** Kill the process after this long (default 60 s). */
  timeoutMs?: number;
  /** Keep RUNNER_TEMP (with GITHUB_OUTPUT, the summary and the report) after the run; by default it is removed once read. */
  keepTemp?: boolean;
}

export interface ActionRun {
  /** Exit code (null when killed by a signal). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT, parsed (`name<<delimiter` blocks and `name=value` lines). */
  outputs: Record<string, string>;
  /** The GITHUB_STEP_SUMMARY file's content. */
  summary: string;
  /** The JSON report at the `report-path` output (null when there is none). */
  report: Report | null;
  /** RUNNER_TEMP of this run (removed after reading unless `keepTemp`). */
  temp: string;
  /** The environment the process got. */
  env: Record<string, string>;
}

/** Parses the GITHUB_OUTPUT file format: `name<<DELIM\nvalue\nDELIM` blocks and plain `name=value` lines. */
export function parseGithubOutput(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      let j = i + 1;
      while (j < lines.length && lines[j] !== delimiter) value.push(lines[j++]);
      if (j >= lines.length) throw new Error(`GITHUB_OUTPUT: no closing delimiter ${delimiter} for ${name}`);
      out[name] = value.join('\n');
      i = j;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`GITHUB_OUTPUT: unparseable line ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** The `::command props::message` workflow commands the process printed (annotations, errors). */
export function workflowCommands(stdout: string, command: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${command} `) || l.startsWith(`::${command}::`))
    .map((l) =>
      l
        .replace(/^::[^:]*::/, '')
        .replace(/%0A/g, '\n')
        .replace(/%0D/g, '\r')
        .replace(/%25/g, '%'),
    );
}

/** Throws unless dist/index.js exists and was built from the sources as they are now (tests run the bundle). */
export function assertDistFresh(): void {
  if (!existsSync(ACTION_ENTRY)) throw new Error(`${ACTION_ENTRY} does not exist: run npm run build`);
  const recorded = join(ROOT, 'dist', 'source.sha256');
  const built = existsSync(recorded) ? readFileSync(recorded, 'utf8').trim() : null;
  if (built !== sourceHash(ROOT))
    throw new Error(
      'dist/ was not built from the sources as they are now (src/, the lockfile): run npm run build',
    );
}

/** Runs the action once and collects everything it wrote. */
export async function runAction(options: RunActionOptions = {}): Promise<ActionRun> {
  const temp = mkdtempSync(join(tmpdir(), 'integrity-audit-e2e-'));
  const outputFile = join(temp, 'github_output');
  const summaryFile = join(temp, 'step_summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  // A clean environment, as on a runner: nothing of the test process's GITHUB_* / INPUT_* / NODE_OPTIONS leaks in.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? temp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: temp,
    INTEGRITY_AUDIT_THROTTLE: 'false',
    INTEGRITY_AUDIT_RETRY_BASE_MS: '10',
  };
  if (options.repository !== undefined) env.GITHUB_REPOSITORY = options.repository;
  if (options.apiUrl !== undefined) env.GITHUB_API_URL = options.apiUrl;
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const node = options.node ?? process.execPath;
  const script = options.script ?? ACTION_ENTRY;
  const timeoutMs = options.timeoutMs ?? 60_000;

  const { code, signal, stdout, stderr } = await new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve, reject) => {
    const child = spawn(node, [script], { env, cwd: temp, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const timer = setTimeout(() => {
      err += `\n[run-action] killed after ${timeoutMs} ms\n`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (c, s) => {
      clearTimeout(timer);
      resolve({ code: c, signal: s, stdout: out, stderr: err });
    });
  });

  const outputs = parseGithubOutput(readFileSync(outputFile, 'utf8'));
  const summary = readFileSync(summaryFile, 'utf8');
  const reportPath = outputs['report-path'];
  const report =
    reportPath && existsSync(reportPath) ? (JSON.parse(readFileSync(reportPath, 'utf8')) as Report) : null;
  if (!options.keepTemp) rmSync(temp, { recursive: true, force: true });
  return { code, signal, stdout, stderr, outputs, summary, report, temp, env };
}

/** A one-line description of a run for assertion messages. */
export function describeRun(r: ActionRun): string {
  return `exit ${r.code}${r.signal ? ` (${r.signal})` : ''}\n--- stdout ---\n${r.stdout.slice(-6000)}\n--- stderr ---\n${r.stderr.slice(-4000)}`;
}
