// Squid `access.log` in AWF's `firewall_detailed` format (FORMATS.md §9.1).
import type { Readable } from 'node:stream';
import type { FirewallSummary } from '../engine/types.js';
import { forEachLine } from '../util/lines.js';
import { loc } from './common.js';
import { classify, destination, FirewallAccumulator, isInternalDestination } from './firewall.js';

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
  const acc = new FirewallAccumulator('access.log');
  const stats: AccessLogStats = { lines: 0, unparsed: 0 };
  await forEachLine(stream, (line, n) => {
    if (line === '' || line.startsWith('#')) return;
    stats.lines++;
    const m = LINE.exec(line);
    if (!m) {
      stats.unparsed++;
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
    if (isInternalDestination(dest.host, topologyPeers)) return;
    acc.add(dest.host, dest.port, classify(result, status), loc(file, n, line));
  });
  return { summary: acc.summary, stats };
}
