// Evidence: locate each known file of a run, stream it through its parser (the PARSERS table: one row a format), and
// keep each fact from one source.
import type { Readable } from 'node:stream';
import type { CoverageNote, FirewallSummary, GatewayEvent, Loc, RunEvidence } from '../model/types.js';
import type { EvidenceFile, RunInput } from '../sources/types.js';
import { locateFiles, type LocatedFiles } from '../sources/locate.js';
import type { ParseContext, Parser } from '../parsers/parser.js';
import {
  gatewayLogParser,
  proxyLogParser,
  serverIdOf,
  serverLogParser,
  stderrLogParser,
} from '../parsers/gateway-parsers.js';
import { rpcJsonlParser } from '../parsers/rpc-jsonl.js';
import { gatewayMdParser } from '../parsers/gateway-md.js';
import { accessLogParser } from '../parsers/access-log.js';
import { auditJsonlParser } from '../parsers/audit-jsonl.js';
import { agentStdioParser } from '../parsers/agent-stdio.js';
import { awInfoParser } from '../parsers/aw-info.js';
import { toolsJsonParser } from '../parsers/tools-json.js';
import { activitySummaryParser } from '../parsers/activity-summary.js';
import { policyManifestParser } from '../parsers/policy-manifest.js';
import { jobsJsonParser, runJsonParser } from '../parsers/run-folder-meta.js';
import { downloadManifestParser } from '../parsers/download-manifest.js';
import { isActivationJob, jobLogParser, jobOfWorkflowLog } from '../parsers/job-log.js';
import { errText } from '../util/errors.js';
import { yieldToEventLoop } from '../util/settle.js';
import { DEFAULT_MAX_LINE_BYTES, lineStatsOf } from '../util/lines.js';
import { jsonlIncomplete, jsonlSources, redactionNotes } from './sources.js';

/**
 * Reads one evidence file with its parser. A stream error (a truncated zip entry, a vanished file) becomes a coverage
 * note; whatever was parsed before the error is kept. Lines cut at the line cap are noted too (not partial: the
 * records they start are read), before the notes of the parser itself.
 */
async function withFile<T>(
  file: EvidenceFile,
  notes: CoverageNote[],
  parser: Parser<T>,
  ctx: ParseContext,
  events: GatewayEvent[],
  hints: boolean,
): Promise<T | null> {
  let stream: Readable;
  try {
    stream = await file.open();
  } catch (err) {
    notes.push({
      file: file.path,
      reason: `could not be opened (${errText(err)})`,
      partial: true,
      kind: 'unreadable',
    });
    return null;
  }
  const own: CoverageNote[] = [];
  const push = (e: GatewayEvent) => events.push(e);
  const sink = { event: push, hint: hints ? push : undefined, note: (n: CoverageNote) => own.push(n) };
  try {
    return await parser.parse(stream, ctx, sink);
  } catch (err) {
    notes.push({
      file: file.path,
      reason: `could not be read to the end (${errText(err)})`,
      partial: true,
      kind: 'unreadable',
    });
    return null;
  } finally {
    const cut = lineStatsOf(stream)?.truncatedLines ?? 0;
    if (cut > 0)
      notes.push({
        file: file.path,
        reason: `${cut} over-long line(s) cut at ${DEFAULT_MAX_LINE_BYTES / 1024 / 1024} MiB`,
        partial: false,
      });
    notes.push(...own);
    stream.destroy();
  }
}

/** What the rows read so far: each parser's events and returned values. */
export class Read {
  private readonly got = new Map<Parser<unknown>, { events: GatewayEvent[]; values: unknown[] }>();
  of<T>(parser: Parser<T>): { events: GatewayEvent[]; values: T[] } {
    let r = this.got.get(parser as Parser<unknown>);
    if (!r) this.got.set(parser as Parser<unknown>, (r = { events: [], values: [] }));
    return r as { events: GatewayEvent[]; values: T[] };
  }
  events(...parsers: Parser<unknown>[]): GatewayEvent[] {
    return parsers.flatMap((p) => this.of(p).events);
  }
  value<T>(parser: Parser<T>): T | null {
    return this.of(parser).values[0] ?? null;
  }
  /** Drops what `parser` read (to read its files again). */
  forget(parser: Parser<unknown>): void {
    this.got.delete(parser);
  }
}

/** One row of the table: a format, the located files it reads, and how its output is used. */
export interface Row<T> {
  parser: Parser<T>;
  /** The files this row reads, in order (none: the row does nothing). */
  files(loc: LocatedFiles, read: Read, input: RunInput): (EvidenceFile | null)[];
  /** The report's `files[].kind` (default: the parser's name); false: the file is read but not listed. */
  listed?: string | false;
  /** Its events go through the one-source-per-fact merge below. */
  events?: boolean;
  /** Attribution hints are kept with the events. */
  hints?: boolean;
  /** Stop at the first file whose value satisfies this (the job logs: the first rate-limit hit). */
  enough?(value: T): boolean;
  /**
   * When the run has an rpc-messages.jsonl, its files skip the records of what the JSONL counts (ParseContext
   * `countedInJsonl`), and are read again in full if the JSONL turns out incomplete (jsonlSources may then count them).
   */
  skipsCountedInJsonl?: boolean;
}

const row = <T>(r: Row<T>): Row<unknown> => r as Row<unknown>;

/**
 * The parsers, in the order they run: run metadata first (aw_info.json names the run), the gateway's event sources,
 * then the firewall (the policy manifest's peers before the logs that need them) and the rest. Adding a format is
 * one parser module, one row here, one test.
 */
export const PARSERS: readonly Row<unknown>[] = [
  // A run kept by `analyze --repo … --download`: the download's coverage notes come first, as they do when fetched.
  row({ parser: downloadManifestParser, listed: false, files: (l) => [l.downloadManifest] }),
  row({ parser: awInfoParser, listed: 'aw_info', files: (l) => [l.awInfo] }),
  row({ parser: runJsonParser, listed: false, files: (l) => [l.runJson] }),
  row({
    parser: jobsJsonParser,
    listed: false,
    files: (l, _, input) => (input.meta.jobs ? [] : [l.jobsJson]),
  }),
  // Gateway text log (U), else the per-server logs (S) as the fallback source.
  row({
    parser: gatewayLogParser,
    events: true,
    hints: true,
    skipsCountedInJsonl: true,
    files: (l) => [l.gatewayLog],
  }),
  row({
    parser: serverLogParser,
    events: true,
    hints: true,
    files: (l) => (l.gatewayLog ? [] : l.serverLogs),
  }),
  row({ parser: proxyLogParser, events: true, files: (l) => [l.proxyLog] }),
  row({ parser: rpcJsonlParser, events: true, files: (l) => l.jsonl }),
  row({ parser: stderrLogParser, events: true, hints: true, files: (l) => [l.stderrLog] }),
  row({ parser: gatewayMdParser, events: true, hints: true, files: (l) => [l.gatewayMd] }),
  row({ parser: toolsJsonParser, files: (l) => [l.toolsJson] }),
  // Firewall: access.log, else audit.jsonl, else the agent-stdio summary. Never two sources added together.
  row({ parser: policyManifestParser, listed: false, files: (l) => [l.policyManifest] }),
  row({ parser: accessLogParser, files: (l) => [l.accessLog] }),
  row({
    parser: auditJsonlParser,
    files: (l, read) => (read.of(accessLogParser).values.length > 0 ? [] : [l.auditJsonl]),
  }),
  row({ parser: agentStdioParser, files: (l) => [l.agentStdio] }),
  row({ parser: activitySummaryParser, files: (l) => [l.activitySummary] }),
  row<Loc | null>({
    parser: jobLogParser,
    files: (l) => l.workflowLogs.filter((f) => isActivationJob(jobOfWorkflowLog(f.path))),
    enough: (hit) => hit !== null,
  }),
];

const LAST_EVENT_ROW = PARSERS.filter((r) => r.events).pop();

export async function collectEvidence(input: RunInput): Promise<RunEvidence> {
  const loc = locateFiles(input.files);
  const filesUsed: { kind: string; path: string }[] = [];
  const read = new Read();
  // The notes of the rows up to the last event row come before the one-source-per-fact notes, the others after.
  const before: CoverageNote[] = [];
  const after: CoverageNote[] = [];
  let notes = before;
  const jsonlFiles = loc.jsonl.map((f) => f.path);
  const readRow = async (r: Row<unknown>, countedInJsonl: boolean, into: CoverageNote[], listed: boolean) => {
    const got = read.of(r.parser);
    for (const f of r.files(loc, read, input)) {
      if (!f) continue;
      if (listed && r.listed !== false) filesUsed.push({ kind: r.listed ?? r.parser.name, path: f.path });
      const ctx: ParseContext = {
        file: f.path,
        peers: read.value(policyManifestParser) ?? new Set<string>(),
        gatewayFallback: !loc.gatewayLog,
        countedInJsonl: countedInJsonl && r.skipsCountedInJsonl === true,
      };
      const value = await withFile(f, into, r.parser, ctx, got.events, r.hints ?? false);
      // Between files the loop gets a turn: a worker beside this thread idled 13-20% of the time waiting for it.
      await yieldToEventLoop();
      if (value !== null) got.values.push(value);
      if (r.enough?.(value)) break;
    }
  };
  for (const r of PARSERS) {
    await readRow(r, jsonlFiles.length > 0, notes, true);
    if (r === LAST_EVENT_ROW) notes = after;
  }
  // The JSONL is incomplete: the text log may count what it skipped (jsonlSources), so it is read again in full (its
  // notes were given the first time). Rare: the gateway warns only when it failed to write the JSONL.
  if (jsonlIncomplete(jsonlFiles, read.events(stderrLogParser))) {
    for (const r of PARSERS.filter((r) => r.skipsCountedInJsonl)) {
      read.forget(r.parser);
      await readRow(r, false, [], false);
    }
  }

  const meta = { ...input.meta };
  const info = read.value(awInfoParser);
  const awInfo = info?.raw ?? null;
  if (info) {
    if (info.runId) meta.id = info.runId;
    meta.workflow ??= info.workflowName;
    meta.repository ??= info.repository;
    if (!meta.branch && info.ref) meta.branch = info.ref.replace(/^refs\/heads\//, '');
    meta.event ??= info.eventName;
  }
  const runJson = read.value(runJsonParser);
  if (runJson) {
    meta.workflow ??= runJson.workflow ?? null;
    meta.branch ??= runJson.branch ?? null;
    meta.url ??= runJson.url ?? null;
    meta.conclusion ??= runJson.conclusion ?? null;
  }
  if (loc.jobsJson && !meta.jobs) meta.jobs = read.value(jobsJsonParser);
  const kept = read.value(downloadManifestParser);
  for (const [k, v] of Object.entries(kept?.meta ?? {})) (meta as Record<string, unknown>)[k] ??= v;

  const events: GatewayEvent[] = [];
  const push = (e: GatewayEvent) => events.push(e);
  const gatewayEvents = read.events(gatewayLogParser, serverLogParser);
  const proxyEvents = read.events(proxyLogParser);
  const jsonlEvents = read.events(rpcJsonlParser);
  const stderrEvents = read.events(stderrLogParser);
  const mdEvents = read.events(gatewayMdParser);
  notes = [...input.notes, ...before];

  // One source per fact (FORMATS.md global rule 5).
  const textHasGateway = gatewayEvents.length > 0 || loc.gatewayLog !== null;
  const sources = jsonlSources(
    jsonlFiles,
    jsonlEvents,
    textHasGateway ? gatewayEvents : stderrEvents,
    stderrEvents,
  );
  notes.push(...sources.notes);
  for (const e of gatewayEvents) {
    if ((e.type === 'DifcFiltered' || e.type === 'BackendToolCall') && !sources.fromText(e.type)) continue;
    // the JSONL `rpc_response` is the same call
    if (e.type === 'BackendCallFailed' && !sources.fromText('BackendToolCall')) continue;
    push(e);
  }
  for (const e of proxyEvents) {
    if (e.type === 'UnrecognizedEndpoint' && jsonlEvents.some((j) => j.type === 'UnrecognizedEndpoint'))
      continue;
    push(e);
  }
  for (const e of jsonlEvents) {
    if ((e.type === 'DifcFiltered' || e.type === 'BackendToolCall') && sources.fromText(e.type)) continue;
    push(e);
  }
  const logged = (template: string, list: GatewayEvent[]) =>
    list.some((e) => e.type === 'GatewayError' && e.template === template);
  for (const e of stderrEvents) {
    // The stderr copies of gateway records (logging fell back to stderr) count only without mcp-gateway.log.
    if (textHasGateway && (e.type === 'DifcFiltered' || e.type === 'BackendToolCall')) continue;
    if ((e.type === 'DifcFiltered' || e.type === 'BackendToolCall') && !sources.fromText(e.type)) continue;
    // The gateway exits on `Environment validation failed`: its exit text in stderr.log (and the record itself, when
    // logging fell back to stderr) repeat the log's record. One failure, counted once.
    // Likewise `failed to load config: Configuration validation error …` repeats `Configuration validation failed`.
    if (
      e.type === 'GatewayError' &&
      e.template === 'Gateway exited: failed to load config' &&
      /^failed to load config: Configuration validation error/.test(e.message) &&
      (logged('Configuration validation failed', gatewayEvents) ||
        (!textHasGateway && logged('Configuration validation failed', mdEvents)))
    )
      continue;
    if (
      e.type === 'GatewayError' &&
      e.template === 'Environment validation failed' &&
      (logged(e.template, gatewayEvents) || logged(e.template, events))
    )
      continue;
    if (textHasGateway && e.type === 'RoutedToolCall') continue;
    push(e);
  }
  // gateway.md's RPC bullets copy the `[rpc]` lines: they count the calls only when nothing else does (§7.4).
  const haveBackendCalls = events.some((e) => e.type === 'BackendToolCall');
  const haveVersion = events.some((e) => e.type === 'GatewayVersion');
  const haveUnrecognized = events.some((e) => e.type === 'UnrecognizedEndpoint');
  for (const e of mdEvents) {
    if (e.type === 'GatewayVersion' && !haveVersion) push(e);
    else if (e.type === 'UnrecognizedEndpoint' && !haveUnrecognized) push(e);
    else if (e.type === 'GatewayError' && e.template === 'Environment validation failed') {
      // One failure: stderr.log's copy, when there, lists its errors (the bullet shows only its first line).
      if (!textHasGateway && !logged(e.template, events)) push(e);
    } else if ((e.type === 'GatewayError' || e.type === 'AuthRejected') && !textHasGateway) push(e);
    else if (e.type === 'BackendToolCall' && !haveBackendCalls) push(e);
    else if (e.type === 'ServerNamed') push(e);
  }
  notes.push(...redactionNotes(events));

  // Each `⟨serverID⟩.log` names a server, parsed or not (created on that server's first message, §1.5).
  for (const f of loc.serverLogs)
    push({
      type: 'ServerNamed',
      server: serverIdOf(f.path),
      complete: false,
      source: 'server-log',
      loc: { file: f.path, line: 1, excerpt: '' },
    });

  const tools = read.value(toolsJsonParser);
  let firewall: FirewallSummary | null = read.value(accessLogParser) ?? read.value(auditJsonlParser);
  let agentStdio: RunEvidence['agentStdio'] = null;
  const stdio = read.value(agentStdioParser);
  if (stdio) {
    agentStdio = { present: true, nonEmpty: stdio.nonEmpty, summaryBlocks: stdio.summary?.blocked ?? 0 };
    if (!firewall && stdio.summary) firewall = stdio.summary;
  }
  const activity = read.value(activitySummaryParser);
  const activationRateLimit = read.of(jobLogParser).values.find((hit) => hit !== null) ?? null;
  notes.push(...after);

  return {
    meta,
    events,
    firewall,
    awInfo,
    activity,
    tools,
    agentStdio,
    activationRateLimit,
    files: filesUsed,
    notes,
    // Job logs fetched through the API are not artifacts: a run with only those was not audited.
    hasArtifacts: input.files.some((f) => !/^workflow-logs\//.test(f.path)),
    repositoryPrivate: input.repositoryPrivate ?? kept?.repositoryPrivate ?? null,
  };
}
