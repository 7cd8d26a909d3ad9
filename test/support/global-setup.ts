// Runs once around the suite: clears the Reliability records so the table reflects this run only; gives the tests a
// fresh scratch folder as TMPDIR (see scratch.ts) and removes it afterwards, with those of runs that were killed;
// says once when the real corpus is absent (and fails when it is required: see real-corpus.ts).
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gatewayBinary, gatewayBinaryWanted } from '../gateway/binary.js';
import { RELIABILITY_DIR } from './reliability-dir.js';
import { runScratch, SCRATCH_ROOT } from './scratch.js';
import { realCorpusNotice } from './real-corpus.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export default function setup(): () => void {
  rmSync(RELIABILITY_DIR, { recursive: true, force: true });
  const notice = realCorpusNotice();
  if (notice) console.warn(`\n⚠ ${notice}\n`);
  if (gatewayBinary() === null)
    console.log(
      `[gateway suite] SKIPPED: no MCP Gateway binary at ${gatewayBinaryWanted()} (set INTEGRITY_AUDIT_GATEWAY_BIN; npm run test:gateway requires one)`,
    );
  if (existsSync(SCRATCH_ROOT))
    for (const name of readdirSync(SCRATCH_ROOT)) {
      const pid = Number(/^run-(\d+)$/.exec(name)?.[1]);
      if (!pid || !alive(pid)) rmSync(join(SCRATCH_ROOT, name), { recursive: true, force: true });
    }
  const scratch = runScratch();
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  return () => rmSync(scratch, { recursive: true, force: true });
}
