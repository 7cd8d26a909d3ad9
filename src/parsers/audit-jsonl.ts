// AWF `audit.jsonl` (FORMATS.md §9.4): current `_schema: audit/v…` records and legacy ones (`ts` epoch, no `_schema`).
import type { Readable } from 'node:stream';
import type { FirewallSummary } from '../model/types.js';
import { forEachLine } from '../util/lines.js';
import { isRecord, loc, str } from './common.js';
import { classify, destination, FirewallAccumulator, isInternalDestination } from './firewall.js';
import { skipped, type Parser } from './parser.js';

export async function parseAuditJsonl(
  stream: Readable,
  file: string,
  topologyPeers: ReadonlySet<string>,
): Promise<{ summary: FirewallSummary; invalid: number }> {
  const acc = new FirewallAccumulator('audit.jsonl');
  let invalid = 0;
  await forEachLine(stream, (line, n) => {
    if (line.trim() === '') return;
    // Only objects are records: anything else is invalid without the cost of a JSON.parse exception.
    if (line.trimStart()[0] !== '{') return (invalid++, undefined);
    let r: unknown;
    try {
      r = JSON.parse(line);
    } catch {
      invalid++; // Squid does not JSON-escape: skip unparsable lines
      return;
    }
    if (!isRecord(r)) return (invalid++, undefined);
    if (typeof r._schema === 'string' && !r._schema.startsWith('audit/')) return;
    if (r.event !== undefined && r.event !== 'http_access') return;
    const client = str(r.client);
    const method = str(r.method);
    const url = str(r.url);
    if (client === '::1' || client.startsWith('::1') || url.startsWith('error:')) return;
    const dest = destination(method, str(r.host), url);
    if (!dest || dest.host === '' || dest.host === '-') return;
    if (isInternalDestination(dest.host, topologyPeers)) return;
    const status = typeof r.status === 'number' ? r.status : Number(r.status) || 0;
    const decision = classify(str(r.decision), status);
    acc.add(dest.host, dest.port, decision, decision === 'blocked' ? loc(file, n, line) : null);
  });
  return { summary: acc.summary, invalid };
}

export const auditJsonlParser: Parser<FirewallSummary> = {
  name: 'audit-jsonl',
  suffixes: ['sandbox/firewall/logs/audit.jsonl', 'logs/audit.jsonl'],
  lineBased: true,
  notes: ['⟨n⟩ invalid JSON line(s) skipped'],
  async parse(stream, ctx, sink) {
    const r = await parseAuditJsonl(stream, ctx.file, ctx.peers);
    skipped(ctx, sink, r.invalid, 'invalid JSON line(s)');
    return r.summary;
  },
};
