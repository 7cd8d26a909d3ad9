// Lays a gateway run's log directory out as a gh-aw run (FORMATS.md §1): an `agent` artifact holding `mcp-logs/`
// and an `activation` artifact holding `aw_info.json`, both as `gh run download` folders and as the artifact zips
// the API serves, and audits either with the built CLI (`node dist/cli.js analyze`), as a user runs it.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Report } from '../../src/model/types.js';
import { zipFiles } from '../support/github-objects.js';
import { ROOT } from './gateway.js';

export interface RunLayout {
  /** `<dir>/folder/run-<id>/{agent,activation}/…` */
  folder: string;
  /** `<dir>/zips/<id>/{agent,activation}.zip` */
  zips: string;
}

export function awInfo(runId: number, workflow: string): Record<string, unknown> {
  return {
    engine_id: 'copilot',
    engine_name: 'GitHub Copilot CLI',
    model: '',
    version: '',
    workflow_name: workflow,
    experimental: false,
    supports_tools_allowlist: true,
    run_id: runId,
    run_number: 1,
    run_attempt: '1',
    repository: 'octo-org/app',
    ref: 'refs/heads/main',
    sha: '3f786850e387550fdab836ed7e6dc881de23001b',
    actor: 'octo-maintainer',
    event_name: 'workflow_dispatch',
    staged: false,
    allowed_domains: ['defaults', 'github'],
    firewall_enabled: true,
    awmg_version: '',
    steps: { firewall: 'squid' },
    created_at: new Date().toISOString(),
  };
}

function filesUnder(dir: string, prefix: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[`${prefix}${relative(dir, p).split('\\').join('/')}`] = readFileSync(p);
    }
  };
  walk(dir);
  return out;
}

/** Lays out `logDir` (a gateway --log-dir) as run `runId` of `workflow` under `dir`, folder and zips. */
export async function layoutRun(
  logDir: string,
  dir: string,
  runId: number,
  workflow: string,
): Promise<RunLayout> {
  const folder = join(dir, 'folder');
  const runFolder = join(folder, `run-${runId}`);
  mkdirSync(join(runFolder, 'activation'), { recursive: true });
  cpSync(logDir, join(runFolder, 'agent', 'mcp-logs'), { recursive: true });
  const info = `${JSON.stringify(awInfo(runId, workflow), null, 2)}\n`;
  writeFileSync(join(runFolder, 'activation', 'aw_info.json'), info);
  const zips = join(dir, 'zips');
  mkdirSync(join(zips, String(runId)), { recursive: true });
  writeFileSync(join(zips, String(runId), 'agent.zip'), await zipFiles(filesUnder(logDir, 'mcp-logs/')));
  writeFileSync(join(zips, String(runId), 'activation.zip'), await zipFiles({ 'aw_info.json': info }));
  return { folder, zips };
}

export interface CliAudit {
  code: number | null;
  stderr: string;
  report: Report;
}

/** `node dist/cli.js analyze <target> --format json --output <file>` as a process; the parsed report. */
export function auditWithCli(target: string, out: string, extra: string[] = []): Promise<CliAudit> {
  return new Promise((ok, fail) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'dist', 'cli.js'), 'analyze', target, '--format', 'json', '--output', out, ...extra],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' },
      },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => {
      try {
        ok({ code, stderr, report: JSON.parse(readFileSync(out, 'utf8')) as Report });
      } catch (err) {
        fail(
          new Error(
            `dist/cli.js analyze ${target} exited ${code} without a report: ${stderr}\n${String(err)}`,
          ),
        );
      }
    });
  });
}
