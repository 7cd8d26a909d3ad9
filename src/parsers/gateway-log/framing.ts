// Line framing of `mcp-gateway.log`, `proxy.log` and `⟨serverID⟩.log` (FORMATS.md §3, §7): `[ts] [LEVEL] [category]
// message`, records spanning lines. A record start opens a record; the lines after it, up to the next start, continue
// it. The prefilter decides from the prefix whether a record is decoded at all; the classifiers see whole records.
import type { Readable } from 'node:stream';
import { forEachLineBytes, type LineStats } from '../../util/lines.js';
import { recordPrefix, type RecordPrefix } from '../../util/bytes.js';
import { classifyRecord } from './classify.js';
import { guardLookupBytes } from './classify-debug.js';
import { COUNTED, countedInJsonl, mayCarrySignal, SCAN_STARTS } from './prefilter.js';
import { SCAN_GATEWAY, SCAN_JSONL, type ScanningSink } from '../../util/line-scan.js';
import { GatewayState, type GatewayLogContext, type RecordHead } from './state.js';

export const RECORD_START =
  /^\[(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z)\] \[(INFO|WARN|ERROR|DEBUG)\] \[([^\]]*)\] (.*)$/s;

/** recordPrefix()'s level index to the level's name. */
const LEVEL_NAMES = ['INFO', 'WARN', 'ERROR', 'DEBUG'];

/** Continuation lines kept per record (a trap's stack trace needs only the first frames). */
const MAX_CONTINUATION = 40;

export class GatewayRecordParser implements ScanningSink {
  readonly scanMode: number;
  readonly scanTable = SCAN_STARTS;
  private head: RecordHead | null = null;
  private cont: string[] = [];
  /** The open record carries no signal: its continuation lines are skipped undecoded. */
  private skipping = false;
  private readonly prefix: RecordPrefix = { level: 0, catStart: 0, catEnd: 0, msg: 0 };
  private readonly state: GatewayState;
  /** The run's rpc-messages.jsonl counts filtered items and backend calls: their records here are skipped. */
  private readonly jsonlCounts: boolean;

  constructor(ctx: GatewayLogContext) {
    this.state = new GatewayState(ctx);
    this.jsonlCounts = ctx.countedInJsonl === true && ctx.kind === 'gateway';
    this.scanMode = SCAN_GATEWAY | (this.jsonlCounts ? SCAN_JSONL : 0);
  }

  /** Feeds one decoded line: a record start opens a record; any other line continues the open one (else it is stray). */
  line(text: string, lineNo: number): void {
    // Cheap check before the regex: every record starts with `[2` (a timestamp).
    const m =
      text.charCodeAt(0) === 0x5b && text.charCodeAt(1) >= 0x30 && text.charCodeAt(1) <= 0x39
        ? RECORD_START.exec(text)
        : null;
    if (m) {
      this.flush();
      this.head = { line: lineNo, level: m[2], category: m[3], message: m[4], raw: text };
      return;
    }
    if (this.head && this.cont.length < MAX_CONTINUATION) this.cont.push(text);
  }

  /**
   * Feeds one line as bytes. The record prefix is read from the first bytes; records that cannot carry a signal
   * (RPC previews other than `tools/call` requests, most debug lines, backend stderr) or that only repeat an
   * attribution fact already told are skipped without decoding, and so are their continuation lines, and so are the
   * records of the facts the run's JSONL counts when it has one (countedInJsonl); the guard lookup's frequent debug
   * records are applied on their bytes (guardLookupBytes). Everything else goes through `line()`.
   */
  lineBytes(buf: Buffer, start: number, end: number, lineNo: number): void {
    const p = this.prefix;
    if (recordPrefix(buf, start, end, p)) {
      const attribution = this.state.attribution;
      if (
        !mayCarrySignal(buf, p, end, attribution !== null) ||
        attribution?.known(buf, p, end) ||
        (this.jsonlCounts && this.countedElsewhere(buf, p, end))
      ) {
        this.flush();
        this.skipping = true;
        return;
      }
      // The guard lookup's frequent debug records change only the lookup in progress: applied on their bytes.
      this.flush();
      if (guardLookupBytes(this.state, buf, p, end)) {
        this.skipping = true;
        return;
      }
      this.skipping = false;
      this.open(buf, start, end, p, lineNo);
      return;
    }
    if (this.skipping || !this.head || this.cont.length >= MAX_CONTINUATION) return;
    this.line(buf.toString('utf8', start, end), lineNo);
  }

  end(): void {
    this.flush();
  }

  /**
   * No record open: a line that is no record start, and a record start that cannot carry a signal (mayCarrySignal),
   * change nothing (the line scanner passes them over, util/line-scan.ts).
   */
  idle(): boolean {
    return this.head === null;
  }

  /** A record of a fact the JSONL counts (countedInJsonl) whose server prefix, if any, is no new attribution fact. */
  private countedElsewhere(buf: Buffer, p: RecordPrefix, end: number): boolean {
    const c = countedInJsonl(buf, p, end);
    if (c < COUNTED) return false;
    const attribution = this.state.attribution;
    return c === COUNTED || attribution === null || attribution.knownPrefixServer(buf, p.msg + 1, c);
  }

  /**
   * Opens a record from its prefix as recordPrefix() read it: the head is cut from the decoded line at the prefix's
   * offsets (no regex, no match array). The offsets are byte offsets: they are character offsets too when the
   * category is ASCII (the timestamp and level always are); otherwise the line goes through RECORD_START. The record
   * before it was flushed by lineBytes().
   */
  private open(buf: Buffer, start: number, end: number, p: RecordPrefix, lineNo: number): void {
    for (let i = p.catStart; i < p.catEnd; i++) {
      if (buf[i] >= 0x80) {
        this.line(buf.toString('utf8', start, end), lineNo);
        return;
      }
    }
    const text = buf.toString('utf8', start, end);
    this.head = {
      line: lineNo,
      level: LEVEL_NAMES[p.level],
      category: text.slice(p.catStart - start, p.catEnd - start),
      message: text.slice(p.msg - start),
      raw: text,
    };
  }

  private flush(): void {
    const h = this.head;
    if (!h) return;
    this.head = null;
    const cont = this.cont;
    this.cont = [];
    try {
      classifyRecord(this.state, h, cont);
    } catch {
      // A record we cannot classify is data, never a crash.
    }
  }
}

export async function parseGatewayLog(stream: Readable, ctx: GatewayLogContext): Promise<LineStats> {
  const parser = new GatewayRecordParser(ctx);
  const stats = await forEachLineBytes(stream, parser);
  parser.end();
  return stats;
}
