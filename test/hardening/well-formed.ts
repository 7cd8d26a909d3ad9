// What "well-formed" means for the parsers' output, checked field by field: every event has exactly the fields of its
// type with values of the declared kinds, counts are finite non-negative integers, locations point into the file read.
// Each check returns a list of problems (empty when well-formed) so a failing property shows all of them.
import type { FirewallSummary, GatewayEvent, Loc, RunFacts } from '../../src/model/types.js';
import { EXCERPT_MAX } from '../../src/parsers/common.js';

type Kind =
  | 'string'
  | 'string?'
  | 'bool'
  | 'count'
  | 'count?'
  | 'int?'
  | 'strings'
  | 'strings?'
  | 'repos'
  | 'wasm?'
  | 'true'
  | readonly string[];

const SPEC: { [T in GatewayEvent['type']]: Record<string, Kind> } = {
  GatewayVersion: { version: 'string' },
  GuardsCapable: { signal: 'string' },
  GuardPolicy: { server: 'string', repos: 'repos', minIntegrity: 'string?', raw: 'string' },
  GuardRegistered: { server: 'string', guard: 'string', legacy: 'bool' },
  GuardLoadFailure: { server: 'string?', reason: 'string' },
  EnforcementDisabled: { legacy: 'bool' },
  EnforcementEnabled: { mode: 'string' },
  WasmTrap: { guard: 'string', func: 'string', cause: 'string', source: ['gateway', 'proxy'] },
  LabelingFailure: {
    kind: ['guard', 'response', 'session'],
    guard: 'string?',
    server: 'string?',
    message: 'string',
    wasm: 'wasm?',
    afterTrap: 'bool',
    source: ['gateway', 'proxy', 'stderr'],
  },
  ProxyPhase4Failed: { message: 'string', wasm: 'wasm?' },
  ToolCallRequest: { tool: 'string' },
  ToolCallResponse: { tool: 'string', repos: 'strings', isError: 'bool', 'unparsed?': 'true' },
  ToolCallError: {
    tool: 'string',
    error: 'string',
    afterTrapGuard: 'string?',
    wasm: 'wasm?',
    source: ['gateway', 'proxy'],
  },
  BackendToolCall: { server: 'string', source: ['jsonl', 'rpc-text', 'markdown'] },
  RoutedToolCall: { server: 'string', found: 'bool' },
  ToolServer: { server: 'string', tool: 'string', source: 'string' },
  ServerNamed: { server: 'string', complete: 'bool', source: 'string' },
  BackendCallFailed: { server: 'string', error: 'string', source: ['jsonl', 'rpc-text'] },
  DifcFiltered: {
    server: 'string',
    tool: 'string',
    description: 'string',
    reason: 'string',
    integrityTags: 'strings?',
    secrecyTags: 'strings?',
    source: ['jsonl', 'gateway', 'server'],
    'unparsed?': 'true',
  },
  FilterCount: { tool: 'string?', filtered: 'count', total: 'count', source: ['gateway', 'proxy'] },
  StrictBlock: { filtered: 'count', total: 'count?' },
  UnrecognizedEndpoint: { method: 'string', path: 'string', source: ['jsonl', 'proxy', 'markdown'] },
  GatewayError: { template: 'string', message: 'string', 'server?': 'string?' },
  RateLimit: {
    kind: ['upstream', 'backend', 'circuit-breaker', 'guard-lookup', 'circuit-breaker-probe'],
    server: 'string?',
  },
  CircuitBreakerRejection: { server: 'string', state: ['OPEN', 'HALF-OPEN'] },
  GuardRefusal: { guard: 'string', source: ['gateway', 'proxy'] },
  BackendNotReady: { server: 'string?' },
  JsonlWriterWarning: { message: 'string' },
  AuthRejected: { reason: 'string', path: 'string', shutdownNoise: 'bool' },
  GuardLookupFailed: { guard: 'string', tool: 'string?', code: 'int?', reason: 'string?' },
};

const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isStrings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

function kindProblem(kind: Kind, v: unknown): string | null {
  if (Array.isArray(kind)) return kind.includes(v as string) ? null : `not one of ${kind.join('|')}`;
  switch (kind) {
    case 'string':
      return typeof v === 'string' ? null : 'not a string';
    case 'string?':
      return v === null || typeof v === 'string' ? null : 'not a string or null';
    case 'bool':
      return typeof v === 'boolean' ? null : 'not a boolean';
    case 'count':
      return isCount(v) ? null : 'not a non-negative integer';
    case 'count?':
      return v === null || isCount(v) ? null : 'not a non-negative integer or null';
    case 'int?':
      return v === null || (typeof v === 'number' && Number.isSafeInteger(v))
        ? null
        : 'not an integer or null';
    case 'strings':
      return isStrings(v) ? null : 'not an array of strings';
    case 'strings?':
      return v === null || isStrings(v) ? null : 'not an array of strings or null';
    case 'repos':
      return v === null || v === 'all' || v === 'public' || isStrings(v) ? null : 'not repos';
    case 'true':
      return v === true ? null : 'not true';
    case 'wasm?': {
      if (v === null) return null;
      const w = v as { cause?: unknown; module?: unknown };
      return typeof v === 'object' &&
        Object.keys(w).sort().join() === 'cause,module' &&
        typeof w.cause === 'string' &&
        w.cause !== '' &&
        (w.module === null || typeof w.module === 'string')
        ? null
        : 'not a wasm error';
    }
  }
  return 'unknown kind';
}

/** A location: a file among `files`, a line number within the lines read, a capped excerpt. */
export function locProblems(where: string, l: Loc, files: ReadonlySet<string>, maxLine: number): string[] {
  const out: string[] = [];
  if (typeof l !== 'object' || l === null) return [`${where}: no location`];
  if (Object.keys(l).sort().join() !== 'excerpt,file,line')
    out.push(`${where}: location fields ${Object.keys(l).join()}`);
  if (!files.has(l.file)) out.push(`${where}: location file ${JSON.stringify(l.file)} was not read`);
  if (!Number.isSafeInteger(l.line) || l.line < 1 || l.line > maxLine)
    out.push(`${where}: line ${l.line} outside 1..${maxLine}`);
  if (typeof l.excerpt !== 'string' || l.excerpt.length > EXCERPT_MAX + 1)
    out.push(`${where}: excerpt not a capped string`);
  return out;
}

/** Problems of one event read from `files`, whose lines number at most `maxLine`. */
export function eventProblems(e: GatewayEvent, files: ReadonlySet<string>, maxLine: number): string[] {
  const spec = SPEC[e.type as GatewayEvent['type']] as Record<string, Kind> | undefined;
  if (!spec) return [`unknown event type ${JSON.stringify(e.type)}`];
  const out: string[] = [];
  // A field named `x?` in the spec may be absent; when present it has its kind.
  const present = (field: string) => Object.prototype.hasOwnProperty.call(e, field);
  const fields = Object.entries(spec)
    .map(([k, kind]) => [k.replace(/\?$/, ''), kind, k.endsWith('?')] as const)
    .filter(([field, , optional]) => !optional || present(field));
  const expected = ['type', 'loc', ...fields.map(([field]) => field)].sort().join();
  const actual = Object.keys(e).sort().join();
  if (actual !== expected) out.push(`${e.type}: fields ${actual}, expected ${expected}`);
  for (const [field, kind] of fields) {
    const p = kindProblem(kind, (e as unknown as Record<string, unknown>)[field]);
    if (p) out.push(`${e.type}.${field}: ${p} (${String((e as unknown as Record<string, unknown>)[field])})`);
  }
  if (e.type === 'FilterCount' && isCount(e.filtered) && isCount(e.total) && e.filtered > e.total) {
    out.push(`FilterCount: filtered ${e.filtered} > total ${e.total}`);
  }
  if (
    e.type === 'StrictBlock' &&
    e.total !== null &&
    isCount(e.filtered) &&
    isCount(e.total) &&
    e.filtered > e.total
  ) {
    out.push(`StrictBlock: filtered ${e.filtered} > total ${e.total}`);
  }
  out.push(...locProblems(e.type, e.loc, files, maxLine));
  return out;
}

export function eventsProblems(
  events: readonly GatewayEvent[],
  files: ReadonlySet<string>,
  maxLine: number,
): string[] {
  return events.flatMap((e) => eventProblems(e, files, maxLine));
}

/** A firewall summary: counts consistent with its domains, first blocks located. */
export function firewallProblems(
  s: FirewallSummary | null,
  files: ReadonlySet<string>,
  maxLine: number,
): string[] {
  if (s === null) return [];
  const out: string[] = [];
  if (!['access.log', 'audit.jsonl', 'agent-stdio.log'].includes(s.source))
    out.push(`firewall source ${s.source}`);
  if (!(s.total === null || isCount(s.total))) out.push(`firewall total ${s.total}`);
  if (!isCount(s.blocked)) out.push(`firewall blocked ${s.blocked}`);
  if (s.total !== null && s.blocked > s.total) out.push(`firewall blocked ${s.blocked} > total ${s.total}`);
  let blocked = 0;
  let allowed = 0;
  for (const [host, d] of s.domains) {
    if (typeof host !== 'string' || host === '' || d.host !== host)
      out.push(`firewall domain key ${JSON.stringify(host)}`);
    if (!isCount(d.blocked) || !isCount(d.allowed)) out.push(`firewall domain ${host} counts`);
    if (!isStrings(d.ports) || d.ports.length > 10 || !isStrings(d.reasons) || d.reasons.length > 5)
      out.push(`firewall domain ${host} lists`);
    blocked += d.blocked;
    allowed += d.allowed;
    if (d.blocked > 0 && !s.firstBlock.has(host))
      out.push(`firewall domain ${host} blocked without a first block`);
  }
  if (blocked !== s.blocked) out.push(`firewall blocked ${s.blocked} != sum over domains ${blocked}`);
  if (s.total !== null && blocked + allowed > s.total) out.push(`firewall domain counts exceed total`);
  for (const [host, l] of s.firstBlock) {
    if (!s.domains.has(host)) out.push(`firewall first block for unknown ${host}`);
    out.push(...locProblems(`firstBlock ${host}`, l, files, maxLine));
  }
  return out;
}

/** A run's row of the report (DESIGN.md "Per-run facts"). */
export function factsProblems(f: RunFacts): string[] {
  const out: string[] = [];
  if (typeof f.id !== 'string' || f.id === '') out.push(`id ${JSON.stringify(f.id)}`);
  for (const k of ['workflow', 'branch', 'url', 'gatewayVersion'] as const) {
    if (!(f[k] === null || typeof f[k] === 'string')) out.push(`${k} ${JSON.stringify(f[k])}`);
  }
  if (![true, false, null].includes(f.agentInvoked)) out.push(`agentInvoked ${f.agentInvoked}`);
  if (!isCount(f.difc.filtered) || typeof f.difc.guarded !== 'boolean')
    out.push(`difc ${JSON.stringify(f.difc)}`);
  if (!isCount(f.firewall.blocked) || !(f.firewall.total === null || isCount(f.firewall.total))) {
    out.push(`firewall ${JSON.stringify(f.firewall)}`);
  }
  if (!['ok', 'warning', 'critical', 'unaudited'].includes(f.status)) out.push(`status ${f.status}`);
  if ((f.status === 'ok') !== (f.coverage !== 'none' && f.status !== 'warning' && f.status !== 'critical'))
    out.push(`status ${f.status} with coverage ${f.coverage}`);
  if (!['full', 'partial', 'none'].includes(f.coverage)) out.push(`coverage ${f.coverage}`);
  if (f.coverageNotes !== undefined && !isStrings(f.coverageNotes)) out.push('coverageNotes');
  if (f.evidenceNotes !== undefined && !isStrings(f.evidenceNotes)) out.push('evidenceNotes');
  return out;
}
