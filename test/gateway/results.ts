// The suite's own results, per gateway version: what scripts/compat.ts renders into docs/COMPATIBILITY.md.
// Written to $INTEGRITY_AUDIT_GATEWAY_RESULTS (default .gateway-results/ in the repository), one JSON file per
// gateway version.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './gateway.js';

export interface ScenarioResult {
  id: string;
  title: string;
  status: 'passed' | 'failed';
  /** First line of the failure. */
  error?: string;
  ms: number;
}

export interface SuiteResults {
  /** `awmg --version`, e.g. `v0.4.10-f49ebf62`. */
  gatewayVersion: string;
  /** When the suite ran (ISO). */
  testedAt: string;
  node: string;
  scenarios: ScenarioResult[];
}

export function resultsDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.INTEGRITY_AUDIT_GATEWAY_RESULTS || join(ROOT, '.gateway-results'));
}

/** The version the binary reports (`MCPG Gateway v0.4.10-f49ebf62` → `v0.4.10-f49ebf62`). */
export function binaryVersion(binary: string): string {
  const out = execFileSync(binary, ['--version'], {
    encoding: 'utf8',
    timeout: 10_000,
    env: { PATH: '/usr/bin:/bin' },
  });
  const m = /MCPG Gateway (\S+)/.exec(out) ?? /(v?\d+\.\d+\.\d+\S*)/.exec(out);
  return m ? m[1] : out.trim().split('\n')[0];
}

export class ResultsRecorder {
  private readonly scenarios = new Map<string, ScenarioResult>();
  private readonly planned = new Set<string>();

  constructor(private readonly gatewayVersion: string) {}

  /** Declares a scenario of the suite: results are written only when every declared one ran (not for `-t` runs). */
  plan(id: string): void {
    this.planned.add(id);
  }

  /** Runs `body` as scenario `id`, recording whether it passed; rethrows its failure. */
  async record(id: string, title: string, body: () => Promise<void>): Promise<void> {
    const start = Date.now();
    try {
      await body();
      this.scenarios.set(id, { id, title, status: 'passed', ms: Date.now() - start });
    } catch (err) {
      const error = (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 300);
      this.scenarios.set(id, { id, title, status: 'failed', error, ms: Date.now() - start });
      throw err;
    }
  }

  get failed(): boolean {
    return [...this.scenarios.values()].some((s) => s.status === 'failed');
  }

  /** Writes `<dir>/<version>.json`; returns its path (null when some declared scenario did not run). */
  write(dir = resultsDir()): string | null {
    if (this.scenarios.size === 0 || [...this.planned].some((id) => !this.scenarios.has(id))) return null;
    const results: SuiteResults = {
      gatewayVersion: this.gatewayVersion,
      testedAt: new Date().toISOString(),
      node: process.version,
      scenarios: [...this.scenarios.values()].sort((a, b) => a.id.localeCompare(b.id)),
    };
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${this.gatewayVersion.replace(/[^A-Za-z0-9._-]/g, '_')}.json`);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    return file;
  }
}
