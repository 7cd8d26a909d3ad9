// The benchmark's fallback when there is no gateway binary: runs replayed from a small run the real gateway wrote
// through our harness (test/fixtures/gateway-traffic/, `npm run gateway:corpus -- --runs 1 --calls 12`).
//
// Each file of the fixture run is cut into a prologue (start-up and the first call, which opens the session), one unit
// per later tool call and a last unit (the last call and the shutdown): files with timestamps at the boundaries of the calls in mcp-gateway.log (the times of its
// `JSON-RPC Request: method=tools/call id=N` records), stderr.log at its echo of those records, gateway.md at its
// `tools/call` lines. A run of C calls is the prologue, the call units in turn for C − 2 calls, and the last unit:
// every line is one the real gateway wrote, and the line mix per namespace is that of a real run of C calls
// (test/bench/replay.test.ts compares it with a real 300-call run's).
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesOf } from './files.js';

export const FIXTURE = fileURLToPath(
  new URL('../../test/fixtures/gateway-traffic/run-910000001', import.meta.url),
);
const LOGS = 'agent/mcp-logs';
const CALL_MARKER = /JSON-RPC Request: method=tools\/call id=\d+/;
const TS = /^\[(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z)\] |^\{"timestamp":"([^"]+)"/;

function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Where each unit starts (line indexes, ascending); the lines before the first are the prologue. */
function boundaries(name: string, lines: string[], calls: Calls): number[] {
  const callTimes = calls.times;
  if (name === 'stderr.log') return lines.flatMap((l, i) => (CALL_MARKER.test(l) ? [i] : []));
  if (name === 'gateway.md') {
    // `→\`tools/call\` \`⟨tool⟩\`` lines are the calls and the guard's own lookups: the calls are those naming the
    // next tool the client called.
    const out: number[] = [];
    lines.forEach((l, i) => {
      const tool = /→`tools\/call` `([^`]+)`/.exec(l)?.[1];
      if (tool !== undefined && tool === calls.tools[out.length]) out.push(i);
    });
    return out;
  }
  const out: number[] = [];
  let k = 0;
  let last = '';
  lines.forEach((l, i) => {
    const m = TS.exec(l);
    if (m) last = m[1] ?? m[2];
    // lines without a timestamp (continuations) stay with the record before them
    while (k < callTimes.length && m && last >= callTimes[k]) {
      if (out.length === 0 || out[out.length - 1] !== i) out.push(i);
      k++;
    }
  });
  return out;
}

export interface ReplayOptions {
  out: string;
  runs: number;
  calls: number;
  fixture?: string;
  firstRunId?: number;
}

/** The replayed text of one file of the fixture, for `calls` tool calls (null: copied as it is). */
export function replayFile(name: string, text: string, index: Calls, calls: number): string | null {
  const fixtureCalls = index.times.length;
  const lines = linesOf(text);
  const b = boundaries(name, lines, index);
  if (b.length !== fixtureCalls) return null;
  if (b.length < 3) return null;
  // The first call opens the session (the backend launched for it): it stays with the prologue.
  const prologue = lines.slice(0, b[1]);
  const units = b.slice(1, -1).map((s, i) => lines.slice(s, b[i + 2]));
  const lastUnit = lines.slice(b[b.length - 1]);
  const reps = Math.max(0, Math.round((units.length * (calls - 2)) / (fixtureCalls - 2)));
  const out: string[] = [...prologue];
  for (let i = 0; i < reps; i++) for (const l of units[i % units.length]) out.push(l);
  for (const l of lastUnit) out.push(l);
  return out.join('\n') + '\n';
}

/** The tool calls of the fixture's mcp-gateway.log: when each was received, and the tools called in turn. */
export interface Calls {
  times: string[];
  tools: string[];
}

export function callsOf(gatewayLog: string): Calls {
  const lines = linesOf(gatewayLog);
  return {
    times: lines.filter((l) => CALL_MARKER.test(l)).map((l) => TS.exec(l)![1]),
    tools: lines.flatMap((l) => {
      const m = /\] \[INFO\] \[client\] MCP tool call request, session=[^,]*, tool=([^,]*),/.exec(l);
      return m ? [m[1]] : [];
    }),
  };
}

export function replayRuns(opts: ReplayOptions): void {
  const fixture = opts.fixture ?? FIXTURE;
  const calls = callsOf(readFileSync(join(fixture, LOGS, 'mcp-gateway.log'), 'utf8'));
  const fixtureId = /run-(\d+)$/.exec(fixture)?.[1] ?? '';
  const texts = new Map<string, string | null>();
  for (const f of filesOf(fixture, { dotFiles: false })) {
    const rel = relative(fixture, f);
    const name = rel.split('/').pop()!;
    texts.set(
      rel,
      /\.(log|jsonl|md)$/.test(name) ? replayFile(name, readFileSync(f, 'utf8'), calls, opts.calls) : null,
    );
  }
  for (let r = 0; r < opts.runs; r++) {
    const id = String((opts.firstRunId ?? 940000001) + r);
    const dir = join(opts.out, `run-${id}`);
    for (const [rel, text] of texts) {
      const dest = join(dir, rel);
      mkdirSync(dirname(dest), { recursive: true });
      if (rel.endsWith('aw_info.json'))
        writeFileSync(dest, readFileSync(join(fixture, rel), 'utf8').split(fixtureId).join(id));
      else if (text === null) copyFileSync(join(fixture, rel), dest);
      else writeFileSync(dest, text);
    }
  }
}

/**
 * The line mix of a log: lines per namespace (`LEVEL category` for gateway records, the debug namespace for
 * stderr.log's echoes, `(continuation)` and `(other)` for the rest).
 */
export function lineMix(text: string): Map<string, number> {
  const mix = new Map<string, number>();
  for (const l of linesOf(text)) {
    const g = /^\[[^\]]*\] \[(\w+)\] \[([^\]]*)\]/.exec(l);
    const e = g ? null : /^([a-z][\w.-]*:[\w.:-]+) /.exec(l);
    const k = g ? `${g[1]} ${g[2]}` : e ? e[1] : /^\s/.test(l) ? '(continuation)' : '(other)';
    mix.set(k, (mix.get(k) ?? 0) + 1);
  }
  return mix;
}

/** The run folders under `dir`. */
export function runsIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => /^run-\d+$/.test(n))
    .map((n) => join(dir, n));
}
