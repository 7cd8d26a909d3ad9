// Shared types of the pipeline: evidence locations, typed events, run facts and findings.

/** The audit's verdict (DESIGN.md "JSON report": `summary.verdict`); computed in report/verdict.ts. */
export type Verdict = 'clean' | 'findings' | 'incomplete' | 'inconclusive';
/** The least severity that fails the gate (`fail-on`). */
export type FailOn = 'never' | 'warning' | 'critical';

export type Severity = 'critical' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info'];
export const SEVERITY_RANK: Record<Severity, number> = { critical: 3, warning: 2, info: 1 };

/** Where a fact came from: the file (path as shown in the report), the line, a short redacted excerpt. */
export interface Evidence {
  run: string;
  file: string;
  line: number;
  excerpt: string;
}

/** A location in a file, attached to events while parsing (run is filled in by the engine). */
export interface Loc {
  file: string;
  line: number;
  excerpt: string;
}

export type WasmFunc = 'label_agent' | 'label_resource' | 'label_response';

/** The parsed `wasm error:` part of an error text. */
export interface WasmErrorInfo {
  cause: string;
  /** The guard name from the stack trace's module (`github.label_response(...)`), when present. */
  module: string | null;
}

export type LabelingKind = 'guard' | 'response' | 'session';

export type GatewayEvent =
  | { type: 'GatewayVersion'; version: string; loc: Loc }
  | { type: 'GuardsCapable'; signal: string; loc: Loc }
  | {
      type: 'GuardPolicy';
      server: string;
      repos: string[] | 'all' | 'public' | null;
      minIntegrity: string | null;
      raw: string;
      loc: Loc;
    }
  | { type: 'GuardRegistered'; server: string; guard: string; legacy: boolean; loc: Loc }
  | { type: 'GuardLoadFailure'; server: string | null; reason: string; loc: Loc }
  | { type: 'EnforcementDisabled'; legacy: boolean; loc: Loc }
  | { type: 'EnforcementEnabled'; mode: string; loc: Loc }
  | { type: 'WasmTrap'; guard: string; func: string; cause: string; source: 'gateway' | 'proxy'; loc: Loc }
  | {
      type: 'LabelingFailure';
      kind: LabelingKind;
      /** guard named in the message (`guard=` or `WASM guard 'x'`), or the server prefix */
      guard: string | null;
      server: string | null;
      message: string;
      wasm: WasmErrorInfo | null;
      afterTrap: boolean;
      source: 'gateway' | 'proxy' | 'stderr';
      loc: Loc;
    }
  | { type: 'ProxyPhase4Failed'; message: string; wasm: WasmErrorInfo | null; loc: Loc }
  | { type: 'ToolCallRequest'; tool: string; loc: Loc }
  | {
      type: 'ToolCallResponse';
      tool: string;
      /** repositories named by the result's items */ repos: string[];
      isError: boolean;
      /** The result could name repositories but is not valid JSON (redacted lines, since 2026-08-06): not checked. */
      unparsed?: true;
      loc: Loc;
    }
  | {
      type: 'ToolCallError';
      tool: string;
      error: string;
      /** `WASM guard 'x' is unavailable after a previous trap` */
      afterTrapGuard: string | null;
      wasm: WasmErrorInfo | null;
      source: 'gateway' | 'proxy';
      loc: Loc;
    }
  | { type: 'BackendToolCall'; server: string; source: 'jsonl' | 'rpc-text' | 'markdown'; loc: Loc }
  /** A `tools/call` request routed to a server (`mode=routed:⟨server⟩`); `found: false` for `Tool not found`. */
  | { type: 'RoutedToolCall'; server: string; found: boolean; loc: Loc }
  /** A line that names a tool together with its server (payload `⟨server⟩___⟨tool⟩`, debug `serverID=…, toolName=…`). */
  | { type: 'ToolServer'; server: string; tool: string; source: string; loc: Loc }
  /** A server the logs name (startup lists, routes, `[⟨server⟩]` prefixes, connections, config lines, file names). */
  | { type: 'ServerNamed'; server: string; complete: boolean; source: string; loc: Loc }
  | {
      /** A backend call that failed in the gateway's client (a JSONL `rpc_response` with an `error`, `←resp … err:`). */
      type: 'BackendCallFailed';
      server: string;
      error: string;
      source: 'jsonl' | 'rpc-text';
      loc: Loc;
    }
  | {
      type: 'DifcFiltered';
      server: string;
      tool: string;
      description: string;
      reason: string;
      integrityTags: string[] | null;
      secrecyTags: string[] | null;
      source: 'jsonl' | 'gateway' | 'server';
      /**
       * A text copy whose JSON did not parse (redacted lines, since 2026-08-06): the fields are read one by one, and
       * tags that could not be read are null.
       */
      unparsed?: true;
      loc: Loc;
    }
  | {
      type: 'FilterCount';
      tool: string | null;
      filtered: number;
      total: number;
      source: 'gateway' | 'proxy';
      loc: Loc;
    }
  | { type: 'StrictBlock'; filtered: number; total: number | null; loc: Loc }
  | {
      type: 'UnrecognizedEndpoint';
      method: string;
      path: string;
      source: 'jsonl' | 'proxy' | 'markdown';
      loc: Loc;
    }
  | {
      type: 'GatewayError';
      template: string;
      message: string;
      /** The backend the failure names, when it names one. */
      server?: string | null;
      loc: Loc;
    }
  | {
      type: 'RateLimit';
      kind:
        | 'upstream'
        | 'backend'
        | 'circuit-breaker'
        | 'guard-lookup'
        /** since 2026-08-05: a HALF-OPEN probe never reported back and a new one was released */
        | 'circuit-breaker-probe';
      server: string | null;
      loc: Loc;
    }
  /** `MCP tool call error … error=rate limit circuit breaker is OPEN|HALF-OPEN for server %q …`: one refused call. */
  | { type: 'CircuitBreakerRejection'; server: string; state: string; loc: Loc }
  /** Debug `callWasmFunction: guard=%s is unavailable after a previous trap` (since 2026-08-16): one refused guard call. */
  | { type: 'GuardRefusal'; guard: string; source: 'gateway' | 'proxy'; loc: Loc }
  /** `HTTP backend is not ready: %v` (since 2026-08-07): a request to a late-registering HTTP backend got 503. */
  | { type: 'BackendNotReady'; server: string | null; loc: Loc }
  /** stderr.log `WARNING: … JSONL …` (since 2026-08-12): the JSONL writer dropped or could not write a record. */
  | { type: 'JsonlWriterWarning'; message: string; loc: Loc }
  | { type: 'AuthRejected'; reason: string; path: string; shutdownNoise: boolean; loc: Loc }
  | {
      /** A guard's enrichment lookup through the host's `call_backend` failed (`<<< call_backend FAILED`). */
      type: 'GuardLookupFailed';
      guard: string;
      /** the looked-up tool (`get_collaborator_permission`, `search_repositories`), from the records around it */
      tool: string | null;
      code: number | null;
      /** why, when the gateway says (`no GitHub token available`) */
      reason: string | null;
      loc: Loc;
    };

/** The gateway event of one type. */
export type EventOf<T extends GatewayEvent['type']> = Extract<GatewayEvent, { type: T }>;

export interface FirewallDomainStats {
  host: string;
  blocked: number;
  allowed: number;
  ports: string[];
  reasons: string[];
}

export interface FirewallSummary {
  source: 'access.log' | 'audit.jsonl' | 'agent-stdio.log';
  total: number | null;
  blocked: number;
  domains: Map<string, FirewallDomainStats>;
  firstBlock: Map<string, Loc>;
}

export interface JobInfo {
  name: string;
  conclusion: string | null;
  status?: string | null;
  /** The job's page (the API's `html_url`, `url` in `gh run view --json jobs`), when known. */
  url?: string | null;
}

export interface RunMeta {
  id: string;
  workflow: string | null;
  workflowPath?: string | null;
  branch: string | null;
  event?: string | null;
  conclusion?: string | null;
  url: string | null;
  createdAt?: string | null;
  repository?: string | null;
  /** From the Jobs API or `jobs.json`, when known. */
  jobs?: JobInfo[] | null;
}

/** A note on evidence that could not be (fully) read. */
export interface CoverageNote {
  file: string;
  reason: string;
  /** true when the note means the run was not fully audited */
  partial: boolean;
  /** `incomplete`: the file was read, but the gateway says it misses records, or some of its lines were unreadable. */
  kind?: 'expired' | 'missing' | 'refused' | 'unreadable' | 'not-zip' | 'incomplete';
}

/** Everything the parsers learned about one run. Rules read this, nothing else. */
export interface RunEvidence {
  meta: RunMeta;
  events: GatewayEvent[];
  firewall: FirewallSummary | null;
  awInfo: Record<string, unknown> | null;
  /** `usage` activity summary (`activity/summary.json`), when present */
  activity: Record<string, unknown> | null;
  /** server id → tool names, from tools.json */
  tools: Map<string, Set<string>> | null;
  agentStdio: { present: boolean; nonEmpty: boolean; summaryBlocks: number } | null;
  activationRateLimit: Loc | null;
  /** Files that were found and parsed, by logical kind. */
  files: { kind: string; path: string }[];
  notes: CoverageNote[];
  /** false when no artifact / evidence file at all was available */
  hasArtifacts: boolean;
  /** Private repository (API visibility or config) */
  repositoryPrivate: boolean | null;
}

/** A finding's structured message: a template id of its rule's `meta.messages` and the values filled in. */
export interface FindingMessage {
  id: string;
  data: Record<string, unknown>;
}

export interface RawFinding {
  rule: string;
  severity: Severity;
  /** Plain text (no Markdown): the message filled in. */
  title: string;
  message?: FindingMessage;
  /** Kept only when the same finding holds in at least this many runs (a cross-run rule). */
  minRuns?: number;
  run: string;
  /** Identity of the finding (what makes two findings "the same problem"), excluding the run. */
  key: Record<string, string | number | boolean | null>;
  count: number;
  details: Record<string, unknown>;
  evidence: Evidence[];
  recommendation: string;
  /** Set when the finding comes back from a report's `runFindings` (its key redacted): the fingerprint of the key. */
  fingerprint?: string;
}

/**
 * One run's finding before findings merge across runs (`Report.runFindings`): what `integrity-audit merge` rebuilds
 * the report from. Redacted, evidence capped as in `findings[]`; its key only as the key's fingerprint (a key may hold
 * normalised log text that redaction would not recognise).
 */
export interface RunFinding extends Omit<RawFinding, 'key'> {
  fingerprint: string;
}

export interface Finding {
  id: string;
  rule: string;
  severity: Severity;
  /** Plain text (no Markdown); renderers format `message` with the rule's template, code values as code. */
  title: string;
  message?: FindingMessage;
  runs: string[];
  count: number;
  details: Record<string, unknown>;
  evidence: Evidence[];
  fingerprint: string;
  recommendation: string;
}

export interface RunFacts {
  id: string;
  workflow: string | null;
  /** The workflow file (`.github/workflows/x.lock.yml`), when the API named it: where SARIF results are located. */
  workflowPath?: string;
  branch: string | null;
  url: string | null;
  agentInvoked: boolean | null;
  gatewayVersion: string | null;
  difc: { filtered: number; guarded: boolean };
  firewall: { blocked: number; total: number | null };
  /** `unaudited`: coverage none and no critical or warning finding (never `ok`: nothing was read to say so). */
  status: 'ok' | 'warning' | 'critical' | 'unaudited';
  coverage: 'full' | 'partial' | 'none';
  /** Why coverage is not full (the notes that made it partial or none). */
  coverageNotes?: string[];
  /** Evidence skipped without lowering coverage (invalid JSONL lines, symbolic links, over-long lines cut). */
  evidenceNotes?: string[];
  /** When the run was created (the API's `created_at`, or the run folder's `run.json`), when known. */
  createdAt?: string;
  /** The run's jobs whose pages are known (Jobs API, `jobs.json`): the report links evidence to the job it came from. */
  jobs?: { name: string; url: string }[];
}

export interface Report {
  schemaVersion: 1;
  generatedAt: string;
  target: string | null;
  window: { from: string | null; to: string | null };
  summary: {
    runs: number;
    runsWithArtifacts: number;
    critical: number;
    warning: number;
    info: number;
    /** clean | findings | incomplete | inconclusive (report/verdict.ts) */
    verdict: Verdict;
  };
  runs: RunFacts[];
  findings: Finding[];
  notes?: string[];
  /**
   * Every run's findings before they merge across runs, in audit order (report/merge.ts rebuilds a report of several
   * reports from them and `runs`). Written by every audit; absent only in reports of earlier versions.
   */
  runFindings?: RunFinding[];
  /** Findings the config accepts (report/suppressions.ts): out of the counts, gates and annotations until they expire. */
  suppressed?: SuppressedFinding[];
  /** Suppressions that expired or matched nothing, one sentence each. */
  suppressionNotes?: string[];
  /** Audits through the GitHub API: the requests made and the rate limit (github/budget.ts). Absent for local logs. */
  api?: ApiUsage;
}

/** The GitHub API budget of an audit (`report.api`). */
export interface ApiUsage {
  /** REST API requests the audit made (retries included; artifact storage downloads are not API requests). */
  requests: number;
  /** The primary rate limit as GitHub last reported it (`x-ratelimit-*`); null when it sent none. */
  rateLimit: {
    resource: string;
    limit: number;
    remaining: number;
    used: number;
    /** when the limit resets (ISO 8601, from `x-ratelimit-reset`) */
    reset: string;
  } | null;
  /** Below this many remaining requests no new run starts (`api-reserve`); null when unknown (no limit reported). */
  reserve: number | null;
  /** Set when the budget cut the audit short: why, and the runs and repositories it left not (fully) audited. */
  cutShort?: { reason: string; runs: string[]; repositories: string[] };
}

export interface SuppressedFinding {
  finding: Finding;
  reason: string;
  /** `YYYY-MM-DD` */
  expires: string;
}
