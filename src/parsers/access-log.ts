// Squid `access.log` in AWF's `firewall_detailed` format (FORMATS.md §9.1).
import type { Readable } from 'node:stream';
import type { FirewallSummary } from '../model/types.js';
import { forEachLineBytes, type LineSink } from '../util/lines.js';
import { loc } from './common.js';
import { classify, destination, FirewallAccumulator, isInternalDestination } from './firewall.js';
import { skipped, type Parser } from './parser.js';

const LINE = /^(\d+(?:\.\d+)?) (\S+):(\d+) (\S+) (\S+) (\S+) (\S+) (\d+) ([A-Z_]+):([A-Z_]+) (\S+) "([^"]*)"/;

export interface AccessLogStats {
  lines: number;
  unparsed: number;
}

export async function parseAccessLog(
  stream: Readable,
  file: string,
  topologyPeers: ReadonlySet<string>,
): Promise<{ summary: FirewallSummary; stats: AccessLogStats }> {
  const parser = new AccessLogParser(file, topologyPeers);
  await forEachLineBytes(stream, parser);
  return { summary: parser.acc.summary, stats: parser.stats };
}

/** One file's entries, a line at a time (a class, not a closure: see LineSink). */
class AccessLogParser implements LineSink {
  readonly acc = new FirewallAccumulator('access.log');
  readonly stats: AccessLogStats = { lines: 0, unparsed: 0 };

  constructor(
    private readonly file: string,
    private readonly topologyPeers: ReadonlySet<string>,
  ) {}

  lineBytes(buf: Buffer, start: number, end: number, n: number): void {
    if (end === start || buf[start] === 0x23 /* # */) return;
    const line = buf.toString('utf8', start, end);
    this.stats.lines++;
    const m = LINE.exec(line);
    if (!m) {
      this.stats.unparsed++;
      return;
    }
    const [, , client, , hostField, , , method, statusText, result, , url] = m;
    const status = Number(statusText);
    // Squid-internal noise: `::1` client, no host and no method, `error:` URLs.
    if (
      client === '::1' ||
      client.startsWith('::1') ||
      (hostField === '-' && method === '-') ||
      url.startsWith('error:')
    )
      return;
    const dest = destination(method, hostField, url);
    if (!dest || dest.host === '' || dest.host === '-') return;
    if (isInternalDestination(dest.host, this.topologyPeers)) return;
    const decision = classify(result, status);
    this.acc.add(dest.host, dest.port, decision, decision === 'blocked' ? loc(this.file, n, line) : null);
  }
}

export const accessLogParser: Parser<FirewallSummary> = {
  name: 'access-log',
  suffixes: [
    'sandbox/firewall/logs/access.log',
    'sandbox/firewall/logs/squid-logs/access.log',
    'logs/access.log',
    'access.log',
  ],
  lineBased: true,
  notes: ['⟨n⟩ unparsable line(s) skipped'],
  async parse(stream, ctx, sink) {
    const r = await parseAccessLog(stream, ctx.file, ctx.peers);
    skipped(ctx, sink, r.stats.unparsed, 'unparsable line(s)');
    return r.summary;
  },
};
