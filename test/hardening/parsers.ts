// Every parser under test, through the one Parser interface (src/parsers/parser.ts) that collect.ts runs, with the path
// its file has in a run (what collect.ts locates), the check of the value it returns, a line it must recognise (to show the lines after a huge one are still read) and the check of what it returns. No fast-check
// here: the huge-input tests import this without the generators (see fuzz-support.ts on memory).
import type { Readable } from 'node:stream';
import type { CoverageNote, FirewallSummary, GatewayEvent, Loc } from '../../src/model/types.js';
import type { Parser } from '../../src/parsers/parser.js';
import {
  gatewayLogParser,
  proxyLogParser,
  serverLogParser,
  stderrLogParser,
} from '../../src/parsers/gateway-parsers.js';
import { rpcJsonlParser } from '../../src/parsers/rpc-jsonl.js';
import { gatewayMdParser } from '../../src/parsers/gateway-md.js';
import { accessLogParser } from '../../src/parsers/access-log.js';
import { auditJsonlParser } from '../../src/parsers/audit-jsonl.js';
import { agentStdioParser } from '../../src/parsers/agent-stdio.js';
import { awInfoParser } from '../../src/parsers/aw-info.js';
import { toolsJsonParser } from '../../src/parsers/tools-json.js';
import { activitySummaryParser } from '../../src/parsers/activity-summary.js';
import { policyManifestParser } from '../../src/parsers/policy-manifest.js';
import { jobsJsonParser, runJsonParser } from '../../src/parsers/run-folder-meta.js';
import { jobLogParser } from '../../src/parsers/job-log.js';
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
  /** The coverage notes the parser put in its sink. */
  notes: CoverageNote[];
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

type Checked = Partial<Pick<Parsed, 'firewall' | 'locs' | 'problems'>>;

/**
 * Runs a parser as collect.ts does (a sink for events, hints and notes; firewall peers; stderr.log as the gateway's
 * fallback log) and checks what it returned with `check`.
 */
function viaInterface<T>(
  parser: Parser<T>,
  path: string,
  check: (value: T) => Checked,
  peers: ReadonlySet<string> = new Set(),
): (stream: Readable) => Promise<Parsed> {
  return async (stream) => {
    const events: GatewayEvent[] = [];
    const notes: CoverageNote[] = [];
    const value = await parser.parse(
      stream,
      { file: path, peers, gatewayFallback: true },
      { event: (e) => events.push(e), note: (n) => notes.push(n) },
    );
    const c = check(value);
    const noteProblems = notes
      .filter(
        (n) => n.file !== path || typeof n.reason !== 'string' || n.reason === '' || n.partial !== false,
      )
      .map((n) => `note ${JSON.stringify(n)}`);
    return {
      events,
      firewall: c.firewall ?? null,
      locs: c.locs ?? [],
      problems: [...(c.problems ?? []), ...noteProblems],
      notes,
    };
  };
}

const ok = (): Checked => ({});
const isStr = (v: unknown) => v === null || typeof v === 'string';

function gatewayCase(kind: 'gateway' | 'proxy' | 'server', path: string): ParserCase {
  const parser = { gateway: gatewayLogParser, proxy: proxyLogParser, server: serverLogParser }[kind];
  return {
    name: `gateway log (${kind})`,
    format: 'gateway',
    path,
    lineBased: parser.lineBased,
    parse: viaInterface(parser, path, ok),
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

/** A case of a parser through its interface. */
function parserCase<T>(
  name: string,
  format: FormatId,
  parser: Parser<T>,
  path: string,
  check: (value: T) => Checked,
  signal?: ParserCase['signal'],
  peers?: ReadonlySet<string>,
): ParserCase {
  return {
    name,
    format,
    path,
    lineBased: parser.lineBased,
    parse: viaInterface(parser, path, check, peers),
    signal,
  };
}

const counts = (...ns: number[]) => ns.every((n) => Number.isSafeInteger(n) && n >= 0);

export const PARSERS: ParserCase[] = [
  gatewayCase('gateway', PATHS.gateway),
  gatewayCase('proxy', PATHS.proxy),
  gatewayCase('server', PATHS.server),
  parserCase(
    'rpc-jsonl',
    'rpc-jsonl',
    rpcJsonlParser,
    PATHS.jsonl,
    (stats) => ({
      problems:
        counts(stats.lines, stats.invalid, stats.records) && stats.invalid + stats.records <= stats.lines
          ? []
          : [`stats ${JSON.stringify(stats)}`],
    }),
    {
      line: '{"timestamp":"2026-07-19T14:03:01.012Z","event":"rpc_request","_schema":"rpc-message/v2","direction":"OUT","server_id":"github","method":"tools/call"}',
      seen: (p, n) =>
        p.events.some((e) => e.type === 'BackendToolCall' && e.server === 'github' && e.loc.line === n),
    },
  ),
  parserCase('gateway-md', 'gateway-md', gatewayMdParser, PATHS.md, ok, {
    line: '- ✓ **startup** MCPG Gateway version: v0.4.1',
    seen: (p, n) =>
      p.events.some((e) => e.type === 'GatewayVersion' && e.version === 'v0.4.1' && e.loc.line === n),
  }),
  parserCase('stderr-log', 'stderr-log', stderrLogParser, PATHS.stderr, ok, {
    line: 'panic: runtime error: index out of range',
    seen: (p, n) =>
      p.events.some(
        (e) => e.type === 'GatewayError' && e.template === 'Go panic (fatal)' && e.loc.line === n,
      ),
  }),
  parserCase(
    'access-log',
    'access-log',
    accessLogParser,
    PATHS.access,
    (summary) => ({ firewall: summary }),
    {
      line: '1774290909.186 172.30.0.20:55890 evil.example.com:443 -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE evil.example.com:443 "curl/7.81.0"',
      seen: (p, n) => p.firewall?.firstBlock.get('evil.example.com')?.line === n,
    },
    new Set(['squid']),
  ),
  parserCase(
    'audit-jsonl',
    'audit-jsonl',
    auditJsonlParser,
    PATHS.audit,
    (summary) => ({ firewall: summary }),
    {
      line: '{"_schema":"audit/v0.28.4","event":"http_access","client":"172.30.0.20","host":"evil.example.com:443","method":"CONNECT","status":403,"decision":"TCP_DENIED","url":"evil.example.com:443"}',
      seen: (p, n) => p.firewall?.firstBlock.get('evil.example.com')?.line === n,
    },
  ),
  parserCase(
    'agent-stdio',
    'agent-stdio',
    agentStdioParser,
    PATHS.stdio,
    (r) => {
      const problems = typeof r.nonEmpty === 'boolean' ? [] : ['nonEmpty'];
      if (r.summary && r.summary.total !== null) problems.push('summary total must be null (unknown)');
      return { firewall: r.summary, problems };
    },
    {
      line: '[WARN] evil.example.com is not in the allowed domains. To allow access, add --allow-domains evil.example.com to your command.',
      seen: (p, n) => p.firewall?.firstBlock.get('evil.example.com')?.line === n,
    },
  ),
  parserCase('job-log', 'job-log', jobLogParser, PATHS.jobLog, (hit) => ({ locs: hit ? [hit] : [] }), {
    line: '2026-04-27T13:01:20.1425091Z ##[error]RequestError [HttpError]: API rate limit exceeded for installation.',
    seen: (p, n) => p.locs.some((l) => l.line === n),
  }),
  parserCase('aw-info', 'aw-info', awInfoParser, PATHS.awInfo, (i) => {
    const problems: string[] = [];
    if (i) {
      if (!(i.runId === null || /^\d+$/.test(i.runId))) problems.push(`runId ${JSON.stringify(i.runId)}`);
      for (const k of ['workflowName', 'repository', 'ref', 'eventName', 'firewallVersion'] as const)
        if (!isStr(i[k])) problems.push(k);
      if (typeof i.raw !== 'object' || i.raw === null || Array.isArray(i.raw)) problems.push('raw');
    }
    return { problems };
  }),
  parserCase('tools-json', 'tools-json', toolsJsonParser, PATHS.tools, (tools) => ({
    problems: [...(tools ?? [])]
      .filter(
        ([server, names]) =>
          typeof server !== 'string' ||
          !(names instanceof Set) ||
          [...names].some((n) => typeof n !== 'string'),
      )
      .map(([server]) => `tools ${server}`),
  })),
  parserCase('activity-summary', 'activity-summary', activitySummaryParser, PATHS.activity, (summary) => ({
    problems: summary === null || (typeof summary === 'object' && !Array.isArray(summary)) ? [] : ['summary'],
  })),
  parserCase('policy-manifest', 'policy-manifest', policyManifestParser, PATHS.policy, (peers) => ({
    problems: peers instanceof Set && [...peers].every((p) => typeof p === 'string') ? [] : ['peers'],
  })),
  parserCase('run-folder-meta (run.json)', 'run-json', runJsonParser, PATHS.runJson, (meta) => ({
    problems: Object.entries(meta)
      .filter(([, v]) => typeof v !== 'string' || v === '')
      .map(([k]) => `run.json ${k}`),
  })),
  parserCase('run-folder-meta (jobs.json)', 'jobs-json', jobsJsonParser, PATHS.jobsJson, (jobs) => ({
    problems:
      jobs === null ||
      (Array.isArray(jobs) &&
        jobs.every((j) => typeof j.name === 'string' && isStr(j.conclusion) && isStr(j.status ?? null)))
        ? []
        : ['jobs'],
  })),
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
