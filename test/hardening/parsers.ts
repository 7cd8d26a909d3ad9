// Every parser under test, with the path its file has in a run (what collect.ts locates), how it is called, a line it
// must recognise (to show the lines after a huge one are still read) and the check of what it returns. No fast-check
// here: the huge-input tests import this without the generators (see fuzz-support.ts on memory).
import type { Readable } from 'node:stream';
import type { FirewallSummary, GatewayEvent, Loc } from '../../src/model/types.js';
import { parseGatewayLog } from '../../src/parsers/gateway-log.js';
import { parseRpcJsonl } from '../../src/parsers/rpc-jsonl.js';
import { parseGatewayMd } from '../../src/parsers/gateway-md.js';
import { parseStderrLog } from '../../src/parsers/stderr-log.js';
import { parseAccessLog } from '../../src/parsers/access-log.js';
import { parseAuditJsonl } from '../../src/parsers/audit-jsonl.js';
import { parseAgentStdio } from '../../src/parsers/agent-stdio.js';
import { parseAwInfo } from '../../src/parsers/aw-info.js';
import { parseToolsJson } from '../../src/parsers/tools-json.js';
import { parseActivitySummary } from '../../src/parsers/activity-summary.js';
import { parsePolicyManifest } from '../../src/parsers/policy-manifest.js';
import { parseJobsJson, parseRunJson } from '../../src/parsers/run-folder-meta.js';
import { findActivationRateLimit } from '../../src/parsers/job-log.js';
import { eventsProblems, firewallProblems, locProblems } from './well-formed.js';

// ── the parsers ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** What a parser returned, reduced to what the checks need. */
export interface Parsed {
  events: GatewayEvent[];
  firewall: FirewallSummary | null;
  /** Other locations the parser returned (the job log's rate-limit hit). */
  locs: Loc[];
  /** Problems specific to this parser's result. */
  problems: string[];
}

export type FormatId =
  | 'gateway'
  | 'rpc-jsonl'
  | 'gateway-md'
  | 'stderr-log'
  | 'access-log'
  | 'audit-jsonl'
  | 'agent-stdio'
  | 'job-log'
  | 'aw-info'
  | 'tools-json'
  | 'activity-summary'
  | 'policy-manifest'
  | 'run-json'
  | 'jobs-json';

export interface ParserCase {
  name: string;
  format: FormatId;
  /** The file's path in a run (what collect.ts locates). */
  path: string;
  /** Reads lines (forEachLine); else a capped JSON document. */
  lineBased: boolean;
  parse(stream: Readable): Promise<Parsed>;
  /** A line whose output is recognisable (line-based parsers): used to show that a line after a huge one is read. */
  signal?: { line: string; seen(p: Parsed, lineNo: number): boolean };
}

const none = (events: GatewayEvent[] = [], problems: string[] = []): Parsed => ({
  events,
  firewall: null,
  locs: [],
  problems,
});
const isStr = (v: unknown) => v === null || typeof v === 'string';

function gatewayCase(kind: 'gateway' | 'proxy' | 'server', path: string): ParserCase {
  return {
    name: `gateway log (${kind})`,

    format: 'gateway',
    path,
    lineBased: true,
    async parse(stream) {
      const events: GatewayEvent[] = [];
      await parseGatewayLog(stream, {
        file: path,
        kind,
        serverId: kind === 'server' ? 'github' : undefined,
        emit: (e) => events.push(e),
      });
      return none(events);
    },
    signal: {
      line: '[2026-07-19T14:02:11.482Z] [INFO] [startup] MCPG Gateway version: v0.4.1',
      seen: (p, n) =>
        p.events.some((e) => e.type === 'GatewayVersion' && e.version === 'v0.4.1' && e.loc.line === n),
    },
  };
}

export const PATHS = {
  gateway: 'agent/mcp-logs/mcp-gateway.log',
  proxy: 'agent/mcp-logs/proxy.log',
  server: 'agent/mcp-logs/github.log',
  jsonl: 'agent/mcp-logs/rpc-messages.jsonl',
  md: 'agent/mcp-logs/gateway.md',
  stderr: 'agent/mcp-logs/stderr.log',
  tools: 'agent/mcp-logs/tools.json',
  access: 'agent/sandbox/firewall/logs/access.log',
  audit: 'agent/sandbox/firewall/logs/audit.jsonl',
  policy: 'agent/sandbox/firewall/audit/policy-manifest.json',
  stdio: 'agent/agent-stdio.log',
  awInfo: 'activation/aw_info.json',
  activity: 'usage/activity/summary.json',
  runJson: 'run.json',
  jobsJson: 'jobs.json',
  jobLog: 'workflow-logs/activation/3_Add reaction.txt',
} as const;

export const PARSERS: ParserCase[] = [
  gatewayCase('gateway', PATHS.gateway),
  gatewayCase('proxy', PATHS.proxy),
  gatewayCase('server', PATHS.server),
  {
    name: 'rpc-jsonl',

    format: 'rpc-jsonl',
    path: PATHS.jsonl,
    lineBased: true,
    async parse(stream) {
      const events: GatewayEvent[] = [];
      const stats = await parseRpcJsonl(stream, PATHS.jsonl, (e) => events.push(e));
      const counts = [stats.lines, stats.invalid, stats.records].every(
        (n) => Number.isSafeInteger(n) && n >= 0,
      );
      return none(
        events,
        counts && stats.invalid + stats.records <= stats.lines ? [] : [`stats ${JSON.stringify(stats)}`],
      );
    },
    signal: {
      line: '{"timestamp":"2026-07-19T14:03:01.012Z","event":"rpc_request","_schema":"rpc-message/v2","direction":"OUT","server_id":"github","method":"tools/call"}',
      seen: (p, n) =>
        p.events.some((e) => e.type === 'BackendToolCall' && e.server === 'github' && e.loc.line === n),
    },
  },
  {
    name: 'gateway-md',

    format: 'gateway-md',
    path: PATHS.md,
    lineBased: true,
    async parse(stream) {
      const events: GatewayEvent[] = [];
      await parseGatewayMd(stream, PATHS.md, (e) => events.push(e));
      return none(events);
    },
    signal: {
      line: '- ✓ **startup** MCPG Gateway version: v0.4.1',
      seen: (p, n) =>
        p.events.some((e) => e.type === 'GatewayVersion' && e.version === 'v0.4.1' && e.loc.line === n),
    },
  },
  {
    name: 'stderr-log',

    format: 'stderr-log',
    path: PATHS.stderr,
    lineBased: true,
    async parse(stream) {
      const events: GatewayEvent[] = [];
      await parseStderrLog(stream, PATHS.stderr, (e) => events.push(e), { gatewayFallback: true });
      return none(events);
    },
    signal: {
      line: 'panic: runtime error: index out of range',
      seen: (p, n) =>
        p.events.some(
          (e) => e.type === 'GatewayError' && e.template === 'Go panic (fatal)' && e.loc.line === n,
        ),
    },
  },
  {
    name: 'access-log',

    format: 'access-log',
    path: PATHS.access,
    lineBased: true,
    async parse(stream) {
      const r = await parseAccessLog(stream, PATHS.access, new Set(['squid']));
      const ok = r.stats.unparsed <= r.stats.lines && Number.isSafeInteger(r.stats.lines);
      return {
        events: [],
        firewall: r.summary,
        locs: [],
        problems: ok ? [] : [`stats ${JSON.stringify(r.stats)}`],
      };
    },
    signal: {
      line: '1774290909.186 172.30.0.20:55890 evil.example.com:443 -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE evil.example.com:443 "curl/7.81.0"',
      seen: (p, n) => p.firewall?.firstBlock.get('evil.example.com')?.line === n,
    },
  },
  {
    name: 'audit-jsonl',

    format: 'audit-jsonl',
    path: PATHS.audit,
    lineBased: true,
    async parse(stream) {
      const r = await parseAuditJsonl(stream, PATHS.audit, new Set());
      return {
        events: [],
        firewall: r.summary,
        locs: [],
        problems: Number.isSafeInteger(r.invalid) && r.invalid >= 0 ? [] : [`invalid ${r.invalid}`],
      };
    },
    signal: {
      line: '{"_schema":"audit/v0.28.4","event":"http_access","client":"172.30.0.20","host":"evil.example.com:443","method":"CONNECT","status":403,"decision":"TCP_DENIED","url":"evil.example.com:443"}',
      seen: (p, n) => p.firewall?.firstBlock.get('evil.example.com')?.line === n,
    },
  },
  {
    name: 'agent-stdio',

    format: 'agent-stdio',
    path: PATHS.stdio,
    lineBased: true,
    async parse(stream) {
      const r = await parseAgentStdio(stream, PATHS.stdio, new Set());
      const problems = typeof r.nonEmpty === 'boolean' ? [] : ['nonEmpty'];
      if (r.summary && r.summary.total !== null) problems.push('summary total must be null (unknown)');
      return { events: [], firewall: r.summary, locs: [], problems };
    },
    signal: {
      line: '[WARN] evil.example.com is not in the allowed domains. To allow access, add --allow-domains evil.example.com to your command.',
      seen: (p, n) => p.firewall?.firstBlock.get('evil.example.com')?.line === n,
    },
  },
  {
    name: 'job-log',

    format: 'job-log',
    path: PATHS.jobLog,
    lineBased: true,
    async parse(stream) {
      const hit = await findActivationRateLimit(stream, PATHS.jobLog);
      return { ...none(), locs: hit ? [hit] : [] };
    },
    signal: {
      line: '2026-04-27T13:01:20.1425091Z ##[error]RequestError [HttpError]: API rate limit exceeded for installation.',
      seen: (p, n) => p.locs.some((l) => l.line === n),
    },
  },
  {
    name: 'aw-info',

    format: 'aw-info',
    path: PATHS.awInfo,
    lineBased: false,
    async parse(stream) {
      const r = await parseAwInfo(stream);
      const problems: string[] = [];
      if (!isStr(r.error)) problems.push('error');
      if (r.info) {
        const i = r.info;
        if (r.error !== null) problems.push('info with an error');
        if (!(i.runId === null || /^\d+$/.test(i.runId))) problems.push(`runId ${JSON.stringify(i.runId)}`);
        for (const k of ['workflowName', 'repository', 'ref', 'eventName', 'firewallVersion'] as const)
          if (!isStr(i[k])) problems.push(k);
        if (typeof i.raw !== 'object' || i.raw === null || Array.isArray(i.raw)) problems.push('raw');
      }
      return none([], problems);
    },
  },
  {
    name: 'tools-json',

    format: 'tools-json',
    path: PATHS.tools,
    lineBased: false,
    async parse(stream) {
      const r = await parseToolsJson(stream);
      const problems: string[] = isStr(r.error) ? [] : ['error'];
      for (const [server, names] of r.tools ?? []) {
        if (
          typeof server !== 'string' ||
          !(names instanceof Set) ||
          [...names].some((n) => typeof n !== 'string')
        )
          problems.push(`tools ${server}`);
      }
      return none([], problems);
    },
  },
  {
    name: 'activity-summary',

    format: 'activity-summary',
    path: PATHS.activity,
    lineBased: false,
    async parse(stream) {
      const r = await parseActivitySummary(stream);
      const ok =
        isStr(r.error) &&
        (r.summary === null || (typeof r.summary === 'object' && !Array.isArray(r.summary)));
      return none([], ok ? [] : ['summary']);
    },
  },
  {
    name: 'policy-manifest',

    format: 'policy-manifest',
    path: PATHS.policy,
    lineBased: false,
    async parse(stream) {
      const peers = await parsePolicyManifest(stream);
      return none(
        [],
        peers instanceof Set && [...peers].every((p) => typeof p === 'string') ? [] : ['peers'],
      );
    },
  },
  {
    name: 'run-folder-meta (run.json)',

    format: 'run-json',
    path: PATHS.runJson,
    lineBased: false,
    async parse(stream) {
      const meta = await parseRunJson(stream);
      const bad = Object.entries(meta).filter(([, v]) => typeof v !== 'string' || v === '');
      return none(
        [],
        bad.map(([k]) => `run.json ${k}`),
      );
    },
  },
  {
    name: 'run-folder-meta (jobs.json)',

    format: 'jobs-json',
    path: PATHS.jobsJson,
    lineBased: false,
    async parse(stream) {
      const jobs = await parseJobsJson(stream);
      const ok =
        jobs === null ||
        (Array.isArray(jobs) &&
          jobs.every((j) => typeof j.name === 'string' && isStr(j.conclusion) && isStr(j.status ?? null)));
      return none([], ok ? [] : ['jobs']);
    },
  },
];

/** All problems of a parser's output for a file of `lines` lines. */
export function parsedProblems(c: ParserCase, p: Parsed, lines: number): string[] {
  const files = new Set([c.path]);
  const max = Math.max(1, lines);
  return [
    ...p.problems,
    ...eventsProblems(p.events, files, max),
    ...firewallProblems(p.firewall, files, max),
    ...p.locs.flatMap((l) => locProblems('location', l, files, max)),
  ];
}
