// Evidence: locate each known file of a run, stream it through its parser, and keep each fact from one source.
import type { Readable } from 'node:stream';
import type { CoverageNote, FirewallSummary, GatewayEvent, RunEvidence } from '../model/types.js';
import type { EvidenceFile, RunInput } from '../sources/types.js';
import { locateFiles } from '../sources/locate.js';
import { parseGatewayLog } from '../parsers/gateway-log.js';
import { parseRpcJsonl } from '../parsers/rpc-jsonl.js';
import { parseGatewayMd } from '../parsers/gateway-md.js';
import { parseStderrLog } from '../parsers/stderr-log.js';
import { parseAccessLog } from '../parsers/access-log.js';
import { parseAuditJsonl } from '../parsers/audit-jsonl.js';
import { parseAgentStdio } from '../parsers/agent-stdio.js';
import { parseAwInfo } from '../parsers/aw-info.js';
import { parseToolsJson } from '../parsers/tools-json.js';
import { parseActivitySummary } from '../parsers/activity-summary.js';
import { parsePolicyManifest } from '../parsers/policy-manifest.js';
import { parseJobsJson, parseRunJson } from '../parsers/run-folder-meta.js';
import { findActivationRateLimit, isActivationJob, jobOfWorkflowLog } from '../parsers/job-log.js';
import { errText } from '../util/errors.js';
import { DEFAULT_MAX_LINE_BYTES, lineStatsOf } from '../util/lines.js';
import { jsonlSources, redactionNotes } from './sources.js';

/**
 * Reads one evidence file with `read`. A stream error (a truncated zip entry, a vanished file) becomes a coverage
 * note; whatever was parsed before the error is kept. Lines cut at the line cap are noted too (not partial: the
 * records they start are read).
 */
async function withFile<T>(
  file: EvidenceFile,
  notes: CoverageNote[],
  read: (s: Readable) => Promise<T>,
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
  try {
    return await read(stream);
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
    stream.destroy();
  }
}

function serverIdOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.log$/, '');
}

export async function collectEvidence(input: RunInput): Promise<RunEvidence> {
  const notes: CoverageNote[] = [...input.notes];
  const loc = locateFiles(input.files);
  const filesUsed: { kind: string; path: string }[] = [];
  const used = (kind: string, f: EvidenceFile | null) => f && filesUsed.push({ kind, path: f.path });
  const meta = { ...input.meta };
  /** A file that is there but cannot be used: said in the report, not skipped in silence. */
  const unusable = (f: EvidenceFile) => (error: string | null) => {
    if (error) notes.push({ file: f.path, reason: `unreadable: ${error}`, partial: false });
  };

  // Run metadata first: aw_info.json names the run id and workflow.
  let awInfo: Record<string, unknown> | null = null;
  if (loc.awInfo) {
    used('aw_info', loc.awInfo);
    const r = await withFile(loc.awInfo, notes, parseAwInfo);
    unusable(loc.awInfo)(r?.error ?? null);
    if (r?.info) {
      awInfo = r.info.raw;
      if (r.info.runId) meta.id = r.info.runId;
      meta.workflow ??= r.info.workflowName;
      meta.repository ??= r.info.repository;
      if (!meta.branch && r.info.ref) meta.branch = r.info.ref.replace(/^refs\/heads\//, '');
      meta.event ??= r.info.eventName;
    }
  }
  if (loc.runJson) {
    const runJson = loc.runJson;
    const r = await withFile(runJson, notes, (s) => parseRunJson(s, unusable(runJson)));
    if (r) {
      meta.workflow ??= r.workflow ?? null;
      meta.branch ??= r.branch ?? null;
      meta.url ??= r.url ?? null;
      meta.conclusion ??= r.conclusion ?? null;
    }
  }
  if (loc.jobsJson && !meta.jobs) {
    const jobsJson = loc.jobsJson;
    meta.jobs = await withFile(jobsJson, notes, (s) => parseJobsJson(s, unusable(jobsJson)));
  }

  const events: GatewayEvent[] = [];
  const push = (e: GatewayEvent) => events.push(e);

  // Gateway text log (U), else the per-server logs (S) as the fallback source.
  const gatewayEvents: GatewayEvent[] = [];
  if (loc.gatewayLog) {
    used('gateway-log', loc.gatewayLog);
    await withFile(loc.gatewayLog, notes, (s) =>
      parseGatewayLog(s, {
        file: loc.gatewayLog!.path,
        kind: 'gateway',
        emit: (e) => gatewayEvents.push(e),
        hint: (e) => gatewayEvents.push(e),
      }),
    );
  } else {
    for (const f of loc.serverLogs) {
      used('server-log', f);
      await withFile(f, notes, (s) =>
        parseGatewayLog(s, {
          file: f.path,
          kind: 'server',
          serverId: serverIdOf(f.path),
          emit: (e) => gatewayEvents.push(e),
          hint: (e) => gatewayEvents.push(e),
        }),
      );
    }
  }
  const proxyEvents: GatewayEvent[] = [];
  if (loc.proxyLog) {
    used('proxy-log', loc.proxyLog);
    await withFile(loc.proxyLog, notes, (s) =>
      parseGatewayLog(s, { file: loc.proxyLog!.path, kind: 'proxy', emit: (e) => proxyEvents.push(e) }),
    );
  }
  const jsonlEvents: GatewayEvent[] = [];
  for (const f of loc.jsonl) {
    used('rpc-jsonl', f);
    const stats = await withFile(f, notes, (s) => parseRpcJsonl(s, f.path, (e) => jsonlEvents.push(e)));
    if (stats && stats.invalid > 0) {
      notes.push({ file: f.path, reason: `${stats.invalid} invalid JSON line(s) skipped`, partial: false });
    }
  }
  const stderrEvents: GatewayEvent[] = [];
  if (loc.stderrLog) {
    used('stderr-log', loc.stderrLog);
    await withFile(loc.stderrLog, notes, (s) =>
      parseStderrLog(s, loc.stderrLog!.path, (e) => stderrEvents.push(e), {
        gatewayFallback: !loc.gatewayLog,
        hint: (e) => stderrEvents.push(e),
      }),
    );
  }
  const mdEvents: GatewayEvent[] = [];
  if (loc.gatewayMd) {
    used('gateway-md', loc.gatewayMd);
    await withFile(loc.gatewayMd, notes, (s) =>
      parseGatewayMd(
        s,
        loc.gatewayMd!.path,
        (e) => mdEvents.push(e),
        (e) => mdEvents.push(e),
      ),
    );
  }

  // One source per fact (FORMATS.md global rule 5).
  const textHasGateway = gatewayEvents.length > 0 || loc.gatewayLog !== null;
  const sources = jsonlSources(
    loc.jsonl.map((f) => f.path),
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

  let tools: Map<string, Set<string>> | null = null;
  if (loc.toolsJson) {
    used('tools-json', loc.toolsJson);
    const r = await withFile(loc.toolsJson, notes, parseToolsJson);
    unusable(loc.toolsJson)(r?.error ?? null);
    tools = r?.tools ?? null;
  }

  // Firewall: access.log, else audit.jsonl, else the agent-stdio summary. Never two sources added together.
  const manifest = loc.policyManifest;
  const peers = manifest
    ? ((await withFile(manifest, notes, (s) => parsePolicyManifest(s, unusable(manifest)))) ??
      new Set<string>())
    : new Set<string>();
  let firewall: FirewallSummary | null = null;
  if (loc.accessLog) {
    used('access-log', loc.accessLog);
    const r = await withFile(loc.accessLog, notes, (s) => parseAccessLog(s, loc.accessLog!.path, peers));
    if (r) {
      firewall = r.summary;
      if (r.stats.unparsed > 0)
        notes.push({
          file: loc.accessLog.path,
          reason: `${r.stats.unparsed} unparsable line(s) skipped`,
          partial: false,
        });
    }
  }
  if (!firewall && loc.auditJsonl) {
    used('audit-jsonl', loc.auditJsonl);
    const r = await withFile(loc.auditJsonl, notes, (s) => parseAuditJsonl(s, loc.auditJsonl!.path, peers));
    if (r) {
      firewall = r.summary;
      if (r.invalid > 0)
        notes.push({
          file: loc.auditJsonl.path,
          reason: `${r.invalid} invalid JSON line(s) skipped`,
          partial: false,
        });
    }
  }
  let agentStdio: RunEvidence['agentStdio'] = null;
  if (loc.agentStdio) {
    used('agent-stdio', loc.agentStdio);
    const r = await withFile(loc.agentStdio, notes, (s) => parseAgentStdio(s, loc.agentStdio!.path, peers));
    if (r) {
      agentStdio = { present: true, nonEmpty: r.nonEmpty, summaryBlocks: r.summary?.blocked ?? 0 };
      if (!firewall && r.summary) firewall = r.summary;
    }
  }

  let activity: Record<string, unknown> | null = null;
  if (loc.activitySummary) {
    used('activity-summary', loc.activitySummary);
    const r = await withFile(loc.activitySummary, notes, parseActivitySummary);
    unusable(loc.activitySummary)(r?.error ?? null);
    activity = r?.summary ?? null;
  }

  let activationRateLimit = null;
  for (const f of loc.workflowLogs) {
    if (!isActivationJob(jobOfWorkflowLog(f.path))) continue;
    used('job-log', f);
    activationRateLimit = await withFile(f, notes, (s) => findActivationRateLimit(s, f.path));
    if (activationRateLimit) break;
  }

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
    repositoryPrivate: input.repositoryPrivate ?? null,
  };
}
