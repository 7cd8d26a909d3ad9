// Locating each known file by path suffix across all of a run's artifacts (FORMATS.md §1.7).
import type { EvidenceFile } from './types.js';
import { artifactBase, artifactRank } from './artifacts.js';

export interface LocatedFiles {
  gatewayLog: EvidenceFile | null;
  serverLogs: EvidenceFile[];
  proxyLog: EvidenceFile | null;
  jsonl: EvidenceFile[];
  gatewayMd: EvidenceFile | null;
  stderrLog: EvidenceFile | null;
  toolsJson: EvidenceFile | null;
  awInfo: EvidenceFile | null;
  accessLog: EvidenceFile | null;
  auditJsonl: EvidenceFile | null;
  policyManifest: EvidenceFile | null;
  agentStdio: EvidenceFile | null;
  activitySummary: EvidenceFile | null;
  workflowLogs: EvidenceFile[];
  jobsJson: EvidenceFile | null;
  runJson: EvidenceFile | null;
  /** `integrity-audit.json` of a run kept by `analyze --repo … --download` (sources/github/cache.ts). */
  downloadManifest: EvidenceFile | null;
}

const SKIP_DIRS = ['wazero-cache/', 'proxy-tls/'];

export function endsWithSuffix(path: string, suffix: string): boolean {
  return path === suffix || path.endsWith('/' + suffix);
}

function byPreference(a: EvidenceFile, b: EvidenceFile): number {
  return artifactRank(a.artifact) - artifactRank(b.artifact) || a.path.length - b.path.length;
}

function first(
  files: EvidenceFile[],
  suffixes: string[],
  accept?: (f: EvidenceFile) => boolean,
): EvidenceFile | null {
  for (const suffix of suffixes) {
    const hits = files
      .filter((f) => endsWithSuffix(f.path, suffix) && (!accept || accept(f)))
      .sort(byPreference);
    if (hits.length > 0) return hits[0];
  }
  return null;
}

/** The part of a path after the artifact folder. */
function inner(f: EvidenceFile): string {
  return f.artifact && f.path.startsWith(f.artifact + '/') ? f.path.slice(f.artifact.length + 1) : f.path;
}

/** At the root of an `mcp-logs` artifact (the legacy single-directory upload, §1.1), whatever its name prefix. */
function atMcpLogsRoot(f: EvidenceFile): boolean {
  return f.artifact !== null && artifactBase(f.artifact) === 'mcp-logs' && !inner(f).includes('/');
}

/** `mcp-logs/⟨name⟩`, else `⟨name⟩` at the root of an `mcp-logs` artifact (`⟨hash⟩-mcp-logs/⟨name⟩`). */
function inMcpLogs(files: EvidenceFile[], name: string): EvidenceFile | null {
  return first(files, ['mcp-logs/' + name]) ?? first(files, [name], atMcpLogsRoot);
}

const NOT_SERVER_LOGS = new Set([
  'mcp-gateway.log',
  'proxy.log',
  'stderr.log',
  'start-gateway.log',
  'gateway.log',
]);

export function locateFiles(all: EvidenceFile[]): LocatedFiles {
  const files = all.filter((f) => !SKIP_DIRS.some((d) => f.path.includes(d)));
  const gatewayLog = inMcpLogs(files, 'mcp-gateway.log') ?? first(files, ['mcp-logs/gateway.log']);
  // Server logs: `mcp-logs/⟨id⟩.log` directly inside the same mcp-logs folder as the gateway log, or, when there is no
  // gateway log (the case they are needed for), inside the preferred mcp-logs folder that holds any.
  const isServerLogName = (name: string) => name.endsWith('.log') && !NOT_SERVER_LOGS.has(name);
  const dirOf = (f: EvidenceFile) => f.path.slice(0, f.path.lastIndexOf('/') + 1);
  const serverLogCandidate =
    gatewayLog ??
    files
      .filter((f) => {
        const name = f.path.slice(f.path.lastIndexOf('/') + 1);
        if (!isServerLogName(name)) return false;
        return /(^|\/)mcp-logs\/[^/]+$/.test(f.path) || atMcpLogsRoot(f);
      })
      .sort(byPreference)[0] ??
    null;
  const mcpDir = serverLogCandidate ? dirOf(serverLogCandidate) : null;
  const serverLogs = mcpDir
    ? files.filter((f) => {
        if (!f.path.startsWith(mcpDir)) return false;
        const rest = f.path.slice(mcpDir.length);
        return !rest.includes('/') && isServerLogName(rest);
      })
    : [];
  const primaryJsonl = [
    inMcpLogs(files, 'rpc-messages.jsonl'),
    first(files, ['proxy-logs/proxy-rpc.jsonl']),
  ].filter((f): f is EvidenceFile => f !== null);
  const jsonl =
    primaryJsonl.length > 0
      ? primaryJsonl
      : [first(files, ['mcp-logs/gateway.jsonl', 'mcp-logs/mcp-gateway.jsonl', 'gateway.jsonl'])].filter(
          (f): f is EvidenceFile => f !== null,
        );
  const awInfo =
    first(
      files,
      ['aw_info.json'],
      (f) => !inner(f).includes('/') && (f.artifact === null || artifactBase(f.artifact) !== 'usage'),
    ) ?? first(files, ['aw_info.json']);
  const accessLog =
    first(files, [
      'sandbox/firewall/logs/access.log',
      'sandbox/firewall/logs/squid-logs/access.log',
      'logs/access.log',
    ]) ?? first(files, ['access.log'], (f) => !inner(f).includes('/'));
  return {
    gatewayLog,
    serverLogs,
    proxyLog: inMcpLogs(files, 'proxy.log') ?? first(files, ['proxy-logs/proxy.log']),
    jsonl,
    gatewayMd: inMcpLogs(files, 'gateway.md'),
    stderrLog: inMcpLogs(files, 'stderr.log'),
    toolsJson: inMcpLogs(files, 'tools.json'),
    awInfo,
    accessLog,
    auditJsonl: first(files, ['sandbox/firewall/logs/audit.jsonl', 'logs/audit.jsonl']),
    policyManifest: first(files, [
      'sandbox/firewall/audit/policy-manifest.json',
      'audit/policy-manifest.json',
    ]),
    agentStdio: first(files, ['agent-stdio.log']),
    activitySummary: first(files, ['activity/summary.json']),
    workflowLogs: files.filter((f) => /(^|\/)workflow-logs\/.+\.txt$/.test(f.path)),
    jobsJson: first(files, ['jobs.json'], (f) => !f.path.includes('/')),
    runJson: first(files, ['run.json'], (f) => !f.path.includes('/')),
    downloadManifest: first(files, ['integrity-audit.json'], (f) => !f.path.includes('/')),
  };
}
