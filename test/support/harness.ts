// Test harness: runs in-memory run folders through the real pipeline (locate → parsers → rules → report).
import { Readable } from 'node:stream';
import type { RunInput, EvidenceFile } from '../../src/sources/types.js';
import { collectEvidence } from '../../src/engine/collect.js';
import { analyzeRun, type RunAnalysis } from '../../src/engine/analyze.js';
import { buildReport } from '../../src/report/build.js';
import { DEFAULT_CONFIG, type AuditConfig } from '../../src/config.js';
import type { GatewayEvent, RawFinding, Report, RunEvidence, RunMeta } from '../../src/model/types.js';

/** Joins lines with `\n` and a trailing newline. */
export function lines(...ls: string[]): string {
  return ls.join('\n') + '\n';
}

/** A RunInput whose files are in memory: path → content (paths as inside a run folder, e.g. `agent/mcp-logs/x.log`). */
export function memoryRun(
  files: Record<string, string | Buffer>,
  meta: Partial<RunMeta> = {},
  extra: Partial<RunInput> = {},
): RunInput {
  const list: EvidenceFile[] = Object.entries(files).map(([path, content]) => ({
    path,
    artifact: null,
    size: typeof content === 'string' ? Buffer.byteLength(content) : content.length,
    open: async () => Readable.from([typeof content === 'string' ? Buffer.from(content) : content]),
  }));
  return {
    meta: { id: '1001', workflow: 'Test Workflow', branch: 'main', url: null, ...meta },
    files: list,
    notes: [],
    close: async () => {},
    ...extra,
  };
}

export async function evidenceOf(
  files: Record<string, string | Buffer>,
  meta: Partial<RunMeta> = {},
): Promise<RunEvidence> {
  return collectEvidence(memoryRun(files, meta));
}

export async function eventsOf(files: Record<string, string | Buffer>): Promise<GatewayEvent[]> {
  return (await evidenceOf(files)).events;
}

export async function analyzeFiles(
  files: Record<string, string | Buffer>,
  config: AuditConfig = DEFAULT_CONFIG,
  meta: Partial<RunMeta> = {},
): Promise<RunAnalysis & { evidence: RunEvidence }> {
  const evidence = await evidenceOf(files, meta);
  return { ...analyzeRun(evidence, config), evidence };
}

/** The findings of one rule. */
export function findingsOf(analysis: { findings: RawFinding[] }, rule: string): RawFinding[] {
  return analysis.findings.filter((f) => f.rule === rule);
}

export async function reportOf(
  files: Record<string, string | Buffer>,
  config: AuditConfig = DEFAULT_CONFIG,
): Promise<Report> {
  const a = await analyzeFiles(files, config);
  return buildReport([a.facts], a.findings, { target: null, window: { from: null, to: null } });
}

/** `[ts] [LEVEL] [cat] msg` in the current (ms) timestamp form. */
export function gw(
  level: 'INFO' | 'WARN' | 'ERROR' | 'DEBUG',
  category: string,
  message: string,
  ts = '2026-07-19T14:02:11.482Z',
): string {
  return `[${ts}] [${level}] [${category}] ${message}`;
}

/** The same in the pre-2026-05-25 form (RFC3339, no fraction). */
export function gwOld(
  level: 'INFO' | 'WARN' | 'ERROR' | 'DEBUG',
  category: string,
  message: string,
  ts = '2026-03-02T10:00:00Z',
): string {
  return `[${ts}] [${level}] [${category}] ${message}`;
}

/** Standard paths of the unified `agent` artifact. */
export const P = {
  gateway: 'agent/mcp-logs/mcp-gateway.log',
  proxy: 'agent/mcp-logs/proxy.log',
  jsonl: 'agent/mcp-logs/rpc-messages.jsonl',
  md: 'agent/mcp-logs/gateway.md',
  stderr: 'agent/mcp-logs/stderr.log',
  tools: 'agent/mcp-logs/tools.json',
  access: 'agent/sandbox/firewall/logs/access.log',
  audit: 'agent/sandbox/firewall/logs/audit.jsonl',
  stdio: 'agent/agent-stdio.log',
  awInfo: 'activation/aw_info.json',
} as const;

/** A guarded current-era gateway preamble for server `github` with the given repos. */
export function guardedPreamble(repos: string[] = ['github/gh-aw']): string[] {
  return [
    gw('INFO', 'startup', 'MCPG Gateway version: v0.4.1'),
    gw(
      'INFO',
      'difc',
      `[github] Guard policy: {"allow-only":{"min-integrity":"approved","repos":${JSON.stringify(repos)}}}`,
    ),
    gw('INFO', 'difc', '[github] Loaded discovered WASM guard from file: 00-github-guard.wasm'),
    gw('INFO', 'guard', "Registered guard 'github' for server 'github'"),
    gw('INFO', 'difc', "[github] Registered guard 'github'"),
    gw('INFO', 'startup', 'Guards enforcement enabled with mode: '),
  ];
}
