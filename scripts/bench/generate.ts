// Synthetic corpus for the benchmark: seeded and reproducible. Each run is a `gh aw logs`-style folder with a
// debug-heavy mcp-gateway.log (long RPC preview lines), a large rpc-messages.jsonl, a per-server log, firewall logs
// and agent-stdio.log, and a realistic share of findings (traps, filtered items, bypass attempts, denials).
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'the guard label response issue pull request repository filter agent tool call error failed blocked unknown wasm unreachable github api review merge commit branch'.split(
    ' ',
  );

class Writer {
  private buf: string[] = [];
  private size = 0;
  bytes = 0;
  constructor(private readonly out: WriteStream) {}
  async line(s: string): Promise<void> {
    this.buf.push(s);
    this.size += s.length + 1;
    this.bytes += Buffer.byteLength(s) + 1;
    if (this.size > 1 << 20) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.buf.length === 0) return;
    const chunk = this.buf.join('\n') + '\n';
    this.buf = [];
    this.size = 0;
    if (!this.out.write(chunk)) await new Promise<void>((r) => this.out.once('drain', () => r()));
  }
  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((r) => this.out.end(() => r()));
  }
}

function text(r: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]);
  return out.join(' ');
}

function ts(base: number, i: number): string {
  return new Date(base + i * 7).toISOString();
}

export interface GenerateOptions {
  dir: string;
  totalBytes: number;
  seed?: number;
  runBytes?: number;
}

export interface Generated {
  runs: number;
  bytes: number;
}

/** Writes runs until the corpus reaches `totalBytes`. */
export async function generateCorpus(opts: GenerateOptions): Promise<Generated> {
  const r = rng(opts.seed ?? 42);
  const runBytes = opts.runBytes ?? 20 * 1024 * 1024;
  let bytes = 0;
  let runs = 0;
  while (bytes < opts.totalBytes) {
    const id = 40000000000 + runs;
    const budget = Math.min(runBytes, opts.totalBytes - bytes);
    bytes += await generateRun(join(opts.dir, `run-${id}`), id, budget, r);
    runs++;
  }
  return { runs, bytes };
}

async function generateRun(dir: string, id: number, budget: number, r: () => number): Promise<number> {
  mkdirSync(join(dir, 'mcp-logs'), { recursive: true });
  mkdirSync(join(dir, 'sandbox', 'firewall', 'logs'), { recursive: true });
  const base = Date.parse('2026-11-24T06:00:00.000Z') + (id % 1000) * 60_000;
  const info = JSON.stringify({
    engine_id: 'copilot',
    workflow_name: `Bench Workflow ${id % 7}`,
    run_id: id,
    repository: 'octo-org/bench',
    ref: 'refs/heads/main',
    event_name: 'schedule',
    created_at: new Date(base).toISOString(),
  });
  writeFileSync(join(dir, 'aw_info.json'), info);
  let total = info.length;
  const trap = r() < 0.2;
  const bypass = r() < 0.2;

  // mcp-gateway.log: ~55% of the run, debug-heavy with 1–10 KiB RPC previews.
  const gw = new Writer(createWriteStream(join(dir, 'mcp-logs', 'mcp-gateway.log')));
  const server = new Writer(createWriteStream(join(dir, 'mcp-logs', 'github.log')));
  const jsonl = new Writer(createWriteStream(join(dir, 'mcp-logs', 'rpc-messages.jsonl')));
  await gw.line(`[${ts(base, 0)}] [INFO] [startup] MCPG Gateway version: v0.4.10`);
  await gw.line(
    `[${ts(base, 1)}] [INFO] [difc] [github] Guard policy: {"allow-only":{"min-integrity":"approved","repos":["octo-org/bench"]}}`,
  );
  await gw.line(
    `[${ts(base, 2)}] [INFO] [difc] [github] Loaded discovered WASM guard from file: 00-github-guard.wasm`,
  );
  await gw.line(`[${ts(base, 3)}] [INFO] [guard] Registered guard 'github' for server 'github'`);
  await gw.line(`[${ts(base, 4)}] [INFO] [startup] Guards enforcement enabled with mode: `);
  let i = 10;
  let trapped = false;
  while (gw.bytes + server.bytes + jsonl.bytes < budget * 0.97) {
    const t = ts(base, i++);
    const tool = ['list_issues', 'issue_read', 'search_issues', 'get_file_contents', 'list_pull_requests'][
      Math.floor(r() * 5)
    ];
    const preview = text(r, 100 + Math.floor(r() * 1400)).replace(/"/g, '');
    await gw.line(
      `[${t}] [INFO] [client] MCP tool call request, session=4f1c9a2e7b3d4c1e, tool=${tool}, args={"owner":"octo-org","repo":"bench"}`,
    );
    await gw.line(
      `[${t}] [DEBUG] [rpc] github→tools/call 120b {"jsonrpc":"2.0","method":"tools/call","params":{"name":"${tool}"}}`,
    );
    await gw.line(
      `[${t}] [DEBUG] [guard:pipeline] [DIFC] Phase 2: coarse check failed for read, proceeding to Phase 3`,
    );
    await gw.line(
      `[${t}] [DEBUG] [rpc] github←resp ${preview.length}b {"jsonrpc":"2.0","id":${i},"result":{"content":[{"type":"text","text":"${preview} wasm error: unreachable Guard labeling failed"}]}}`,
    );
    await gw.line(
      `[${t}] [DEBUG] [server:unified] [DIFC] Filtered collection: ${9 + Math.floor(r() * 2)}/10 items accessible`,
    );
    for (let k = 0; k < 6; k++)
      await gw.line(
        `[${t}] [DEBUG] [launcher:pool] Reusing connection ${k}: serverID=github, session=4f1c9a2e7b3d4c1e`,
      );
    await gw.line(
      `[${t}] [INFO] [backend] [github] [stderr] time=${t} level=INFO msg="tool call failed? error: blocked unknown" tool=${tool}`,
    );
    await jsonl.line(
      `{"timestamp":"${t}","event":"rpc_request","_schema":"rpc-message/v2","direction":"OUT","server_id":"github","method":"tools/call","payload":{"jsonrpc":"2.0","method":"tools/call","params":{"arguments":{"owner":"octo-org","repo":"bench"},"name":"${tool}"}}}`,
    );
    await jsonl.line(
      `{"timestamp":"${t}","event":"rpc_response","_schema":"rpc-message/v2","direction":"IN","server_id":"github","payload":{"jsonrpc":"2.0","id":${i},"result":{"content":[{"type":"text","text":"${text(r, 300 + Math.floor(r() * 2500)).replace(/"/g, '')} difc_filtered DIFC_FILTERED"}]}}}`,
    );
    if (r() < 0.08) {
      const item = `{"server_id":"github","tool_name":"${tool}","description":"issue:octo-org/bench#${i}","reason":"Resource 'issue:octo-org/bench#${i}' has lower integrity than agent requires. The agent cannot read data with integrity below \\"approved\\".","secrecy_tags":[],"integrity_tags":["none:octo-org/bench","unapproved:octo-org/bench"],"author_association":"NONE"}`;
      await gw.line(`[${t}] [INFO] [difc] [github] [DIFC-FILTERED] ${item}`);
      await server.line(`[${t}] [INFO] [difc] [DIFC-FILTERED] ${item}`);
      await jsonl.line(
        `{"timestamp":"${t}","event":"difc_filtered","_schema":"difc-filtered/v2",${item.slice(1)}`,
      );
    }
    if (trap && !trapped && r() < 0.001) {
      trapped = true;
      await gw.line(
        `[${t}] [ERROR] [backend] WASM guard trap: guard=github, func=label_response, error=WASM function call failed: wasm error: unreachable\nwasm stack trace:\n\tgithub.__rust_start_panic(i32,i32) i32\n\tgithub.label_response(i32,i32,i32,i32) i32`,
      );
    } else if (trapped && r() < 0.01) {
      await gw.line(
        `[${t}] [ERROR] [client] MCP tool call error, session=4f1c9a2e7b3d4c1e, tool=${tool}, error=guard labeling failed: resource labeling failed: WASM guard 'github' is unavailable after a previous trap: WASM function call failed: wasm error: unreachable\nwasm stack trace:\n\tgithub.__rust_start_panic(i32,i32) i32`,
      );
    }
    if (r() < 0.3) {
      await gw.line(
        `[${t}] [INFO] [client] MCP tool call response, session=4f1c9a2e7b3d4c1e, tool=${tool}, result={"content":[{"type":"text","text":"[{\\"html_url\\":\\"https://github.com/octo-org/bench/issues/${i}\\",\\"body\\":\\"${text(r, 60)} TCP_DENIED api.github.com\\"}]"}]}`,
      );
    }
  }
  total += gw.bytes + server.bytes + jsonl.bytes;
  await Promise.all([gw.close(), server.close(), jsonl.close()]);

  const fw = new Writer(createWriteStream(join(dir, 'sandbox', 'firewall', 'logs', 'access.log')));
  const epoch = base / 1000;
  for (let k = 0; k < 4000; k++) {
    const e = (epoch + k * 0.5).toFixed(3);
    if (k % 5 === 0)
      await fw.line(
        `${e} ::1:${38000 + k} - -:- 0.0 - 0 NONE_NONE:HIER_NONE error:transaction-end-before-headers "-"`,
      );
    else if (bypass && k % 997 === 0)
      await fw.line(
        `${e} 172.30.0.20:${47000 + k} api.github.com:443 -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE api.github.com:443 "curl/8.5.0"`,
      );
    else if (k % 331 === 0)
      await fw.line(
        `${e} 172.30.0.20:${47000 + k} telemetry.individual.githubcopilot.com:443 -:- 1.1 CONNECT 403 TCP_DENIED:HIER_NONE telemetry.individual.githubcopilot.com:443 "-"`,
      );
    else
      await fw.line(
        `${e} 172.30.0.20:${47000 + k} api.githubcopilot.com:443 140.82.113.21:443 1.1 CONNECT 200 TCP_TUNNEL:HIER_DIRECT api.githubcopilot.com:443 "-"`,
      );
  }
  total += fw.bytes;
  await fw.close();
  const stdio = '[INFO] Executing agent command...\n' + text(r, 2000) + '\nProcess exiting with code: 0\n';
  writeFileSync(join(dir, 'agent-stdio.log'), stdio);
  return total + stdio.length;
}
