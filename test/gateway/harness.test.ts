// The harness's own parts, without a gateway binary: the fixtures' constraint, the WAT guards run in Node's own
// WebAssembly engine through the gateway's ABI, the fake server's answers, the environment scrub, and the
// compatibility page renderer.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { merge, render } from '../../scripts/compat.js';
import { callTool } from './fake-github-mcp.js';
import {
  COMMITS,
  FILE_TEXT,
  ISSUES,
  OUTSIDE_INDEX,
  OUTSIDE_REPO,
  POLICY_REPO,
  REPOSITORIES,
  SEARCH_ISSUES,
} from './fixtures.js';
import { cleanEnv, ROOT } from './gateway.js';
import { compileGuard, type GuardSpec } from './guards.js';
import type { SuiteResults } from './results.js';

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe('fixtures', () => {
  it('hold no brace, bracket, quote or backslash in any string (a guard may delimit items by text)', () => {
    const all = strings([ISSUES, SEARCH_ISSUES, COMMITS, REPOSITORIES, FILE_TEXT]);
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((s) => /[{}[\]"\\]/.test(s))).toEqual([]);
  });

  it('put exactly one item of the outside repository in the search results, at OUTSIDE_INDEX', () => {
    const outside = SEARCH_ISSUES.map((i, n) => (i.html_url.includes(`/${OUTSIDE_REPO}/`) ? n : -1)).filter(
      (n) => n >= 0,
    );
    expect(outside).toEqual([OUTSIDE_INDEX]);
    expect(new Set(ISSUES.map((i) => i.author_association)).size).toBe(3);
  });
});

describe('the fake GitHub MCP server', () => {
  const json = (r: unknown) => JSON.parse((r as { content: { text: string }[] }).content[0].text);

  it("answers in the GitHub MCP server's shapes", () => {
    const [owner, repo] = POLICY_REPO.split('/');
    expect(json(callTool('list_issues', { owner, repo })).issues).toHaveLength(3);
    expect(json(callTool('search_issues', { query: 'is:issue' })).items[OUTSIDE_INDEX].repository_url).toBe(
      `https://api.github.com/repos/${OUTSIDE_REPO}`,
    );
    expect(json(callTool('issue_read', { owner, repo, issue_number: 2 })).author_association).toBe(
      'CONTRIBUTOR',
    );
    expect(callTool('issue_read', { owner, repo, issue_number: 99 })).toMatchObject({ isError: true });
    expect(json(callTool('search_repositories', { query: `repo:${OUTSIDE_REPO}` })).items).toEqual([
      expect.objectContaining({ full_name: OUTSIDE_REPO, private: true }),
    ]);
  });
});

/** Node's WebAssembly, typed by hand (the project's lib has no DOM types). */
interface WasmApi {
  instantiate(
    bytes: Uint8Array,
    imports: object,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
  compile(bytes: Uint8Array): Promise<object>;
  Module: { exports(m: object): { name: string }[]; imports(m: object): unknown[] };
}
const WebAssembly = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** Runs a guard export as the gateway does: input written at alloc'd memory, output buffer, result length. */
async function guardCall(spec: GuardSpec, fn: string, input: unknown): Promise<string | null> {
  const { instance } = await WebAssembly.instantiate(await compileGuard(spec), {});
  const e = instance.exports as Record<string, unknown> & { memory: { buffer: ArrayBuffer } };
  const alloc = e.alloc as (n: number) => number;
  const bytes = Buffer.from(JSON.stringify(input));
  const inPtr = alloc(bytes.length);
  const outPtr = alloc(4 << 20);
  new Uint8Array(e.memory.buffer).set(bytes, inPtr);
  const n = (e[fn] as (a: number, b: number, c: number, d: number) => number)(
    inPtr,
    bytes.length,
    outPtr,
    4 << 20,
  );
  if (n < 0) throw new Error(`returned ${n}`);
  return n === 0 ? null : Buffer.from(e.memory.buffer, outPtr, n).toString('utf8');
}

describe('the WAT guards', () => {
  const searchInput = { capabilities: {}, tool_args: {}, tool_name: 'search_issues', tool_result: {} };

  it('export the ABI the gateway requires, with alloc/dealloc', async () => {
    const mod = await WebAssembly.compile(await compileGuard({}));
    expect(
      WebAssembly.Module.exports(mod)
        .map((x) => x.name)
        .sort(),
    ).toEqual(['alloc', 'dealloc', 'label_agent', 'label_resource', 'label_response', 'memory']);
    expect(WebAssembly.Module.imports(mod)).toEqual([]);
  });

  it('answer label_agent with the mode asked for, and allow in label_resource', async () => {
    expect(JSON.parse((await guardCall({}, 'label_agent', {}))!).difc_mode).toBe('filter');
    expect(JSON.parse((await guardCall({ mode: 'strict' }, 'label_agent', {}))!).difc_mode).toBe('strict');
    expect(JSON.parse((await guardCall({}, 'label_resource', {}))!)).toMatchObject({ operation: 'read' });
  });

  it("label the outside repository's search item low-integrity only when filtering, only for search_issues", async () => {
    expect(await guardCall({}, 'label_response', searchInput)).toBeNull();
    const labels = JSON.parse((await guardCall({ filterOutside: true }, 'label_response', searchInput))!);
    expect(labels.labeled_paths[0]).toMatchObject({
      path: `/items/${OUTSIDE_INDEX}`,
      labels: { integrity: [`none:${OUTSIDE_REPO}`] },
    });
    expect(
      await guardCall({ filterOutside: true }, 'label_response', {
        ...searchInput,
        tool_name: 'list_issues',
      }),
    ).toBeNull();
  });

  it('trap (unreachable) in the function asked for, and only there', async () => {
    await expect(guardCall({ trapIn: 'label_response' }, 'label_response', searchInput)).rejects.toThrow(
      /unreachable/,
    );
    await expect(guardCall({ trapIn: 'label_resource' }, 'label_resource', {})).rejects.toThrow(
      /unreachable/,
    );
    expect(await guardCall({ trapIn: 'label_resource' }, 'label_response', searchInput)).toBeNull();
  });
});

describe('the gateway environment', () => {
  it('drops every variable that could reach GitHub or reconfigure the gateway', () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      GITHUB_TOKEN: 'x',
      GH_TOKEN: 'x',
      MCP_GATEWAY_GUARDS_MODE: 'strict',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x',
      DEBUG: 'x',
    });
    try {
      const env = cleanEnv({ DEBUG: '*' });
      expect(Object.keys(env).filter((k) => /^(GITHUB_|GH_|MCP_GATEWAY_|OTEL_)/.test(k))).toEqual([]);
      expect(env.DEBUG).toBe('*');
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });
});

describe('npm run test:gateway', () => {
  it('exits 1 with a clear message when there is no gateway binary (it never passes by skipping)', () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'test-gateway.ts')],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, INTEGRITY_AUDIT_GATEWAY_BIN: '/nonexistent/awmg' },
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('test:gateway: no MCP Gateway binary at /nonexistent/awmg');
  });
});

describe('docs/COMPATIBILITY.md rendering', () => {
  const result = (version: string, testedAt: string, failed: boolean): SuiteResults => ({
    gatewayVersion: version,
    testedAt,
    node: 'v20.0.0',
    scenarios: [
      { id: 'a', title: 'Scenario A', status: 'passed', ms: 1 },
      failed
        ? { id: 'b', title: 'Scenario B', status: 'failed', error: 'expected x | y', ms: 1 }
        : { id: 'b', title: 'Scenario B', status: 'passed', ms: 1 },
    ],
  });

  it('keeps the latest results of each version, newest version first, and renders every cell', () => {
    const data = merge({ versions: [result('v0.4.10', '2026-08-01T00:00:00Z', true)] }, [
      result('v0.4.10', '2026-09-01T00:00:00Z', false),
      result('v0.5.2', '2026-09-01T00:00:00Z', true),
    ]);
    expect(data.versions.map((v) => [v.gatewayVersion, v.testedAt])).toEqual([
      ['v0.5.2', '2026-09-01T00:00:00Z'],
      ['v0.4.10', '2026-09-01T00:00:00Z'],
    ]);
    const md = render(data);
    expect(md).toContain('| `v0.5.2` | 2026-09-01 00:00 | v20.0.0 | 1/2 | ❌ differences (see below) |');
    expect(md).toContain('| `v0.4.10` | 2026-09-01 00:00 | v20.0.0 | 2/2 | ✅ compatible |');
    expect(md).toContain('| `b`: Scenario B | ❌ expected x \\| y | ✅ passed |');
  });
});
