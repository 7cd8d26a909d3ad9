// `agent-stdio.log` (FORMATS.md §9.6): is the log non-empty (the agent ran), and the `Firewall blocked domains`
// summary AWF prints when the agent exits non-zero. ANSI colour codes are stripped first.
import type { Readable } from 'node:stream';
import type { FirewallSummary } from '../model/types.js';
import { forEachLine } from '../util/lines.js';
import { loc } from './common.js';
import { FirewallAccumulator, isInternalDestination, splitHostPort } from './firewall.js';
import type { Parser } from './parser.js';

const ANSI = /\x1b\[[0-9;]*m/g;
const ITEM = /^\[WARN\] {3}- Blocked: (\S+) \((.*)\)$/;
const CODEX =
  /^\[WARN\] (\S+) is not in the allowed domains\. To allow access, add --allow-domains\s+(\S+) to your command\./;

export interface AgentStdioResult {
  nonEmpty: boolean;
  summary: FirewallSummary | null;
}

export async function parseAgentStdio(
  stream: Readable,
  file: string,
  topologyPeers: ReadonlySet<string>,
): Promise<AgentStdioResult> {
  const acc = new FirewallAccumulator('agent-stdio.log');
  let nonEmpty = false;
  let inSummary = false;
  let found = false;
  await forEachLine(stream, (raw, n) => {
    if (!nonEmpty && raw.trim() !== '') nonEmpty = true;
    if (!raw.includes('[WARN]')) {
      inSummary = false;
      return;
    }
    const line = raw.replace(ANSI, '');
    if (line === '[WARN] Firewall blocked domains:') {
      inSummary = true;
      return;
    }
    let m: RegExpExecArray | null;
    if (inSummary && (m = ITEM.exec(line))) {
      const { host, port } = splitHostPort(m[1]);
      if (!isInternalDestination(host, topologyPeers)) {
        acc.add(host, port, 'blocked', loc(file, n, line), m[2]);
        found = true;
      }
      return;
    }
    inSummary = false;
    if ((m = CODEX.exec(line))) {
      for (const d of m[2].split(',')) {
        const { host, port } = splitHostPort(d.trim());
        if (host && !isInternalDestination(host, topologyPeers)) {
          acc.add(host, port, 'blocked', loc(file, n, line), 'not in the allowed domains');
          found = true;
        }
      }
    }
  });
  const summary = acc.summary;
  // The summary lists blocked domains only: the total number of requests is unknown.
  summary.total = null;
  return { nonEmpty, summary: found ? summary : null };
}

export const agentStdioParser: Parser<AgentStdioResult> = {
  name: 'agent-stdio',
  suffixes: ['agent-stdio.log'],
  lineBased: true,
  notes: [],
  parse: (stream, ctx) => parseAgentStdio(stream, ctx.file, ctx.peers),
};
