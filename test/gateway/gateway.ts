// Runs the real MCP Gateway (awmg) for tests: finds the binary, prepares a `docker` shim that execs our fake
// GitHub MCP server, a guards directory and a config (stdin JSON or TOML), starts the gateway in its own process
// group on a free port with a clean environment, drives it with the official MCP SDK client over streamable HTTP,
// and stops it with POST /close, then SIGTERM, then SIGKILL of the process group. GATEWAY.md says why each step.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { writeGuardsDir, type GuardChoice } from './guards.js';
import { POLICY_REPO } from './fixtures.js';

export const AGENT_KEY = 'integrity-audit-test-key';

export { ROOT, gatewayBinary, gatewayBinaryWanted } from './binary.js';

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

/** The environment the gateway gets: this one less everything that could reach GitHub or reconfigure it. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(GITHUB_|GH_|MCP_GATEWAY_|OTEL_|INPUT_|RUNNER_|ACTIONS_)/.test(k)) continue;
    if (k === 'DEBUG' || k === 'NODE_OPTIONS' || k.startsWith('VITEST') || k === 'TEST') continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

let toolkit: { dir: string; shimDir: string; server: string } | null = null;

/**
 * Once per process: the fake server transpiled to plain ES modules (node starts it in tens of milliseconds, where
 * a TypeScript loader would take most of a second per backend) and the `docker` shim that execs it.
 */
export function gatewayToolkit(): { dir: string; shimDir: string; server: string } {
  if (toolkit) return toolkit;
  const dir = mkdtempSync(join(tmpdir(), 'ia-gateway-kit-'));
  const here = dirname(new URL(import.meta.url).pathname);
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  for (const name of ['fake-github-mcp', 'fixtures']) {
    const source = readFileSync(join(here, `${name}.ts`), 'utf8');
    const out = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    writeFileSync(join(dir, `${name}.js`), out.outputText);
  }
  const server = join(dir, 'fake-github-mcp.js');
  const shimDir = join(dir, 'bin');
  mkdirSync(shimDir);
  // The gateway runs `docker run --rm -i -e K=V ... <image> [args]` (GATEWAY.md §2): export the -e variables and
  // exec the fake server, so the backend is a direct child of the gateway, in its process group.
  writeFileSync(
    join(shimDir, 'docker'),
    `#!/bin/sh
# docker shim for integrity-audit's gateway tests: runs the fake GitHub MCP server in place of any image.
[ "$1" = run ] || { echo "docker shim: only 'docker run' is supported (got: $*)" >&2; exit 125; }
shift
while [ $# -gt 0 ]; do
  case "$1" in
    -e) export "$2"; shift 2 ;;
    --entrypoint|-v|--name|--network) shift 2 ;;
    -*) shift ;;
    *) break ;;
  esac
done
exec ${JSON.stringify(process.execPath)} ${JSON.stringify(server)}
`,
  );
  chmodSync(join(shimDir, 'docker'), 0o755);
  toolkit = { dir, shimDir, server };
  return toolkit;
}

/** Removes the toolkit (after the last gateway of this process stopped). */
export function disposeToolkit(): void {
  if (toolkit) rmSync(toolkit.dir, { recursive: true, force: true });
  toolkit = null;
}

export interface ServerSetup {
  /** The guard file in $MCP_GATEWAY_WASM_GUARDS_DIR/github/ (null: none). */
  guard: GuardChoice;
  /** The allow-only policy of the github server (null: none). Default: POLICY_REPO, min-integrity approved. */
  policy?: { repos: string[] | 'all' | 'public'; 'min-integrity': string } | null;
  /** Variables for the fake backend (passed as `-e K=V`, as gh-aw passes the server's env to the container). */
  backendEnv?: Record<string, string>;
  /** stdin JSON (as gh-aw passes it) or a TOML file (--config). */
  config?: 'json' | 'toml';
}

export interface GatewayRun {
  /** The log directory (--log-dir), with stderr.log beside the gateway's own files. */
  logDir: string;
  /** The scenario's working directory (logs, guards, config). */
  workDir: string;
  port: number;
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** How it was stopped (set by stop()). */
  stoppedBy?: 'close' | 'SIGTERM' | 'SIGKILL' | 'exited';
}

const DEFAULT_POLICY = { repos: [POLICY_REPO], 'min-integrity': 'approved' };

function configJson(setup: ServerSetup, port: number, payloadDir: string): string {
  const policy = setup.policy === undefined ? DEFAULT_POLICY : setup.policy;
  const server: Record<string, unknown> = {
    type: 'stdio',
    container: 'ghcr.io/github/github-mcp-server:v0.32.0',
    env: { GITHUB_READ_ONLY: '1', ...(setup.backendEnv ?? {}) },
  };
  if (policy) server['guard-policies'] = { 'allow-only': policy };
  return JSON.stringify({
    mcpServers: { github: server },
    gateway: { port, domain: 'localhost', agentId: AGENT_KEY, payloadDir, toolTimeout: 30 },
  });
}

function tomlString(s: string): string {
  return JSON.stringify(s);
}

function configToml(setup: ServerSetup, port: number, payloadDir: string): string {
  const policy = setup.policy === undefined ? DEFAULT_POLICY : setup.policy;
  const env = { GITHUB_READ_ONLY: '1', ...(setup.backendEnv ?? {}) };
  const args = ['run', '--rm', '-i'];
  for (const [k, v] of Object.entries(env)) args.push('-e', `${k}=${v}`);
  args.push('ghcr.io/github/github-mcp-server:v0.32.0');
  const lines = [
    '[gateway]',
    `port = ${port}`,
    `agent_id = ${tomlString(AGENT_KEY)}`,
    `payload_dir = ${tomlString(payloadDir)}`,
    '',
    '[servers.github]',
    'type = "stdio"',
    'command = "docker"',
    `args = [${args.map(tomlString).join(', ')}]`,
  ];
  if (policy) {
    lines.push('', '[servers.github.guard_policies.allow-only]');
    lines.push(
      `repos = ${Array.isArray(policy.repos) ? `[${policy.repos.map(tomlString).join(', ')}]` : tomlString(policy.repos)}`,
    );
    lines.push(`min-integrity = ${tomlString(policy['min-integrity'])}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Live gateways of this process, stopped by stopAll() (afterEach/afterAll) whatever the tests did. */
const live = new Set<GatewayRun>();
// Last resort when the test process ends with gateways still running (a crash, a timeout): kill their groups.
process.on('exit', () => {
  for (const run of live) killGroup(run, 'SIGKILL');
  if (toolkit) rmSync(toolkit.dir, { recursive: true, force: true });
});

/** Starts the gateway for one scenario under `workDir` and waits until /health answers. */
export async function startGateway(binary: string, workDir: string, setup: ServerSetup): Promise<GatewayRun> {
  const kit = gatewayToolkit();
  const logDir = join(workDir, 'mcp-logs');
  const payloadDir = join(workDir, 'payloads');
  mkdirSync(logDir, { recursive: true });
  mkdirSync(payloadDir, { recursive: true });
  const guardsDir = await writeGuardsDir(join(workDir, 'guards'), setup.guard);
  const port = await freePort();
  const args = ['--routed', '--listen', `127.0.0.1:${port}`, '--log-dir', logDir];
  let stdin: string | null = null;
  if (setup.config === 'toml') {
    const file = join(workDir, 'config.toml');
    writeFileSync(file, configToml(setup, port, payloadDir));
    args.push('--config', file);
  } else {
    stdin = configJson(setup, port, payloadDir);
    writeFileSync(join(workDir, 'config.json'), stdin);
    args.push('--config-stdin');
  }
  const env = cleanEnv({
    PATH: `${kit.shimDir}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    DEBUG: '*',
    MCP_GATEWAY_WASM_GUARDS_DIR: guardsDir,
    MCP_GATEWAY_FORCE_PUBLIC_REPOS: 'false',
    HOME: workDir,
  });
  // As gh-aw does: stderr to <log-dir>/stderr.log; stdout (the config echo) kept beside, outside the logs.
  const errFd = openSync(join(logDir, 'stderr.log'), 'w');
  const outFd = openSync(join(workDir, 'stdout.log'), 'w');
  const child = spawn(binary, args, { cwd: workDir, env, detached: true, stdio: ['pipe', outFd, errFd] });
  closeSync(errFd);
  closeSync(outFd);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => {
    child.on('exit', (code, signal) => ok({ code, signal }));
    child.on('error', () => ok({ code: null, signal: null }));
  });
  child.stdin!.on('error', () => undefined);
  child.stdin!.end(stdin ?? '');
  const run: GatewayRun = { logDir, workDir, port, child, url: `http://127.0.0.1:${port}`, exited };
  live.add(run);
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (gone) {
      live.delete(run);
      throw new Error(`gateway exited before listening; stderr:\n${tail(join(logDir, 'stderr.log'))}`);
    }
    if ((await post(run, '/health', 'GET', 1000)) === 200) return run;
    if (Date.now() > deadline) {
      await stopGateway(run);
      throw new Error(
        `gateway did not answer /health within 20 s; stderr:\n${tail(join(logDir, 'stderr.log'))}`,
      );
    }
    await sleep(50);
  }
}

/**
 * One request on a connection of its own (`Connection: close`): the gateway's graceful shutdown waits for open
 * keep-alive connections, so a pooled one would hold its exit for seconds. Resolves to the status, 0 on failure.
 */
function post(run: GatewayRun, path: string, method: 'GET' | 'POST', timeoutMs: number): Promise<number> {
  return new Promise((ok) => {
    const req = http.request(
      `${run.url}${path}`,
      {
        method,
        agent: false,
        headers: { Authorization: AGENT_KEY, Connection: 'close' },
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        res.on('end', () => ok(res.statusCode ?? 0));
        res.on('error', () => ok(0));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => ok(0));
    req.end();
  });
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no stderr.log)';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((ok) => setTimeout(ok, ms));
}

function killGroup(run: GatewayRun, signal: NodeJS.Signals): void {
  try {
    process.kill(-run.child.pid!, signal);
  } catch {
    // the group is gone
  }
}

async function exitsWithin(run: GatewayRun, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const done = await Promise.race([
    run.exited.then(() => true),
    new Promise<boolean>((ok) => (timer = setTimeout(() => ok(false), ms))),
  ]);
  clearTimeout(timer);
  return done;
}

/** POST /close, then SIGTERM, then SIGKILL of the process group (so no backend survives either way). */
export async function stopGateway(
  run: GatewayRun,
  wait: { closeMs?: number; termMs?: number } = {},
): Promise<void> {
  const closeMs = wait.closeMs ?? 5000;
  if (run.child.exitCode === null && run.child.signalCode === null) {
    await post(run, '/close', 'POST', Math.min(3000, closeMs));
    if (await exitsWithin(run, closeMs)) run.stoppedBy ??= 'close';
    else {
      killGroup(run, 'SIGTERM');
      if (await exitsWithin(run, wait.termMs ?? 3000)) run.stoppedBy ??= 'SIGTERM';
      else {
        run.stoppedBy ??= 'SIGKILL';
        killGroup(run, 'SIGKILL');
        await exitsWithin(run, 3000);
      }
    }
  } else run.stoppedBy ??= 'exited';
  // Backends the gateway started are in its process group: make sure none outlives it.
  killGroup(run, 'SIGKILL');
  live.delete(run);
}

/** Stops every gateway this process started and has not stopped (for afterEach/afterAll). */
export async function stopAll(): Promise<void> {
  await Promise.all([...live].map((r) => stopGateway(r)));
}

/**
 * Processes of ours still running: fake servers of this process's toolkit, and gateways (`binary`) whose command
 * line names `workRoot` (their --log-dir is under it). Other users of the same binary on the machine do not count.
 */
export function leftoverProcesses(binary: string, workRoot: string): { pid: number; cmdline: string }[] {
  const kit = gatewayToolkit();
  const found: { pid: number; cmdline: string }[] = [];
  for (const entry of readdirSafe('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
    } catch {
      continue;
    }
    if (cmdline.includes(kit.server) || (cmdline.startsWith(binary) && cmdline.includes(workRoot)))
      found.push({ pid: Number(entry), cmdline });
  }
  return found;
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * fetch over node:http with one connection per request. The SDK's default (the global fetch) keeps connections
 * alive in a pool, and the gateway's POST /close waits about 4 s for open connections to drain before it exits.
 */
function fetchOneConnection(input: string | URL, init?: RequestInit): Promise<Response> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
    headers.connection = 'close';
    const req = http.request(
      input,
      { method: init?.method ?? 'GET', headers, agent: false, signal: init?.signal ?? undefined },
      (res) => {
        const out = new Headers();
        for (const [k, v] of Object.entries(res.headers)) {
          if (v !== undefined) out.set(k, Array.isArray(v) ? v.join(', ') : v);
        }
        const status = res.statusCode ?? 0;
        const nullBody = [101, 204, 205, 304].includes(status);
        if (nullBody) res.resume();
        const body = nullBody ? null : (Readable.toWeb(res) as unknown as ReadableStream<Uint8Array>);
        resolve(new Response(body, { status, statusText: res.statusMessage, headers: out }));
      },
    );
    req.on('error', reject);
    if (typeof init?.body === 'string') req.write(init.body);
    else if (init?.body !== undefined && init.body !== null) {
      reject(new Error('fetchOneConnection: only string bodies are supported'));
      req.destroy();
      return;
    }
    req.end();
  });
}

/** An MCP session with the gateway's /mcp/github route: the official SDK client over streamable HTTP. */
export async function connect(run: GatewayRun, server = 'github'): Promise<Client> {
  const transport = new StreamableHTTPClientTransport(new URL(`${run.url}/mcp/${server}`), {
    requestInit: { headers: { Authorization: AGENT_KEY } },
    fetch: fetchOneConnection,
  });
  const client = new Client({ name: 'integrity-audit-tests', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

export interface CallOutcome {
  tool: string;
  ok: boolean;
  /** The text of the result's content, or the error message. */
  text: string;
}

/** Calls a tool; a JSON-RPC error or an error result is an outcome, not an exception. */
export async function call(
  client: Client,
  tool: string,
  args: Record<string, unknown>,
): Promise<CallOutcome> {
  try {
    const result = await client.callTool({ name: tool, arguments: args }, undefined, { timeout: 15_000 });
    const content = (result.content ?? []) as { type: string; text?: string }[];
    const text = content.map((c) => c.text ?? '').join('\n');
    return { tool, ok: result.isError !== true, text };
  } catch (err) {
    return { tool, ok: false, text: err instanceof Error ? err.message : String(err) };
  }
}
