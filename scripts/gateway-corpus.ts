// npm run gateway:corpus -- --runs N --calls M --out DIR [--guard real|filter|allow]
//
// Volume mode of the real-gateway harness: N gateway runs of M tool calls each (the real GitHub guard by default,
// so the logs hold real filtering, guard lookups and debug traffic), each kept as a gh-aw run folder
// DIR/run-<id>/{agent/mcp-logs/…, activation/aw_info.json} that `integrity-audit analyze DIR` and the benchmark read.
// The binary: INTEGRITY_AUDIT_GATEWAY_BIN, else ../shared/gateway/awmg.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { awInfo } from '../test/gateway/artifact.js';
import {
  call,
  connect,
  disposeToolkit,
  gatewayBinary,
  gatewayBinaryWanted,
  startGateway,
  stopAll,
  stopGateway,
} from '../test/gateway/gateway.js';
import type { GuardChoice } from '../test/gateway/guards.js';
import { CALLS } from '../test/gateway/scenarios.js';

function usage(message: string): never {
  console.error(`gateway:corpus: ${message}`);
  console.error('usage: npm run gateway:corpus -- --runs N --calls M --out DIR [--guard real|filter|allow]');
  process.exit(2);
}

function sizeOf(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    total += st.isDirectory() ? sizeOf(p) : st.size;
  }
  return total;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '1' },
      calls: { type: 'string', default: '100' },
      out: { type: 'string' },
      guard: { type: 'string', default: 'real' },
      'first-run-id': { type: 'string', default: '920000001' },
    },
  });
  const runs = Number(values.runs);
  const calls = Number(values.calls);
  if (!Number.isInteger(runs) || runs < 1) usage('--runs must be a positive integer');
  if (!Number.isInteger(calls) || calls < 1) usage('--calls must be a positive integer');
  if (!values.out) usage('--out DIR is required');
  const guards: Record<string, GuardChoice> = {
    real: { kind: 'real' },
    filter: { kind: 'wat', spec: { filterOutside: true } },
    allow: { kind: 'wat', spec: {} },
  };
  const guard = guards[values.guard!];
  if (guard === undefined) usage(`--guard must be one of ${Object.keys(guards).join(', ')}`);
  const binary = gatewayBinary();
  if (binary === null) {
    console.error(
      `gateway:corpus: no MCP Gateway binary at ${gatewayBinaryWanted()} (set INTEGRITY_AUDIT_GATEWAY_BIN)`,
    );
    process.exit(1);
  }
  const out = resolve(values.out!);
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'ia-gateway-corpus-'));
  const cycle = [
    CALLS.listIssues,
    CALLS.searchIssues,
    CALLS.listCommits,
    CALLS.readIssue,
    CALLS.fileContents,
  ];
  const firstId = Number(values['first-run-id']);
  try {
    for (let i = 0; i < runs; i++) {
      const runId = firstId + i;
      const start = Date.now();
      const gw = await startGateway(binary, join(work, String(runId)), { guard });
      let failed = 0;
      try {
        const client = await connect(gw);
        for (let c = 0; c < calls; c++) {
          const [tool, args] = cycle[c % cycle.length];
          if (!(await call(client, tool, args)).ok) failed++;
        }
        await client.close().catch(() => undefined);
      } finally {
        await stopGateway(gw);
      }
      const runDir = join(out, `run-${runId}`);
      cpSync(gw.logDir, join(runDir, 'agent', 'mcp-logs'), { recursive: true });
      mkdirSync(join(runDir, 'activation'), { recursive: true });
      writeFileSync(
        join(runDir, 'activation', 'aw_info.json'),
        `${JSON.stringify(awInfo(runId, 'Gateway corpus'), null, 2)}\n`,
      );
      const mb = (sizeOf(runDir) / 1e6).toFixed(1);
      console.log(
        `run ${i + 1}/${runs} (run-${runId}): ${calls} calls (${failed} failed) in ${((Date.now() - start) / 1000).toFixed(1)} s, ${mb} MB`,
      );
    }
  } finally {
    await stopAll();
    disposeToolkit();
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`gateway:corpus: ${runs} run(s) in ${out}`);
}

main().catch((err) => {
  console.error(`gateway:corpus: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
