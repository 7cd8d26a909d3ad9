// The one parser interface: every evidence format is a Parser — its name, the path suffixes it reads, a streaming
// parse of one file into a sink (events, attribution hints, coverage notes), and the value it returns. collect.ts
// (src/engine) runs them from one table: adding a format is one parser file, one row there, one test.
import type { Readable } from 'node:stream';
import type { CoverageNote, GatewayEvent } from '../model/types.js';

/** Where a parser puts what it reads. */
export interface ParseSink {
  /** A fact the rules read. */
  event(e: GatewayEvent): void;
  /** Attribution facts (servers named, routed calls): parsers that have them read them only when this is given. */
  hint?(e: GatewayEvent): void;
  /** A coverage note about the file (lines skipped, a file that is there but cannot be used). */
  note(n: CoverageNote): void;
}

/** What a parse needs besides the bytes. */
export interface ParseContext {
  /** The file's path in the run, shown in evidence and notes. */
  file: string;
  /** The firewall's topology peers (policy-manifest.json): internal destinations, not the internet. */
  peers: ReadonlySet<string>;
  /** stderr.log: the gateway fell back to stderr for its log (there is no mcp-gateway.log), so parse its records. */
  gatewayFallback: boolean;
  /**
   * The run has an rpc-messages.jsonl, which counts filtered items and backend tool calls (FORMATS.md global rule 5):
   * the gateway log may skip its records of them. collect.ts reads the log again in full when the JSONL turns out
   * incomplete.
   */
  countedInJsonl?: boolean;
}

export interface Parser<T = void> {
  /** The format, as the report's `files[].kind` and the tests name it. */
  readonly name: string;
  /**
   * The path suffixes of the files it reads, in preference order (sources/locate.ts picks the file; the parser table
   * test checks that a file at each suffix reaches this parser).
   */
  readonly suffixes: readonly string[];
  /** Reads line by line (a streaming parse, any size); else one capped JSON document. */
  readonly lineBased: boolean;
  /** The coverage notes it can emit (`⟨n⟩` stands for a number, `⟨error⟩` for a reason). */
  readonly notes: readonly string[];
  parse(stream: Readable, ctx: ParseContext, sink: ParseSink): Promise<T>;
}

/** A parse context for a file with no firewall peers and no gateway fallback (tests, single-format tools). */
export function contextFor(file: string, over: Partial<ParseContext> = {}): ParseContext {
  return { file, peers: new Set(), gatewayFallback: false, ...over };
}

/** The note of a file that is there but cannot be used (invalid JSON, too large, not the expected shape). */
export const UNUSABLE_NOTE = 'unreadable: ⟨error⟩';

export function unusable(ctx: ParseContext, sink: ParseSink): (error: string | null) => void {
  return (error) => {
    if (error) sink.note({ file: ctx.file, reason: `unreadable: ${error}`, partial: false });
  };
}

/** A count of lines skipped, said in the report (never skipped in silence). */
export function skipped(ctx: ParseContext, sink: ParseSink, n: number, what: string): void {
  if (n > 0) sink.note({ file: ctx.file, reason: `${n} ${what} skipped`, partial: false });
}
