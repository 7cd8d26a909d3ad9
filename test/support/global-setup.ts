// Runs once before the suite: clears the Reliability records so the table reflects this run only, and says in one
// line when the real-gateway suite (test/gateway) is skipped because no gateway binary was found.
import { rmSync } from 'node:fs';
import { gatewayBinary, gatewayBinaryWanted } from '../gateway/binary.js';
import { RELIABILITY_DIR } from './reliability-dir.js';

export default function setup(): void {
  rmSync(RELIABILITY_DIR, { recursive: true, force: true });
  if (gatewayBinary() === null) {
    console.log(
      `[gateway suite] SKIPPED: no MCP Gateway binary at ${gatewayBinaryWanted()} (set INTEGRITY_AUDIT_GATEWAY_BIN; npm run test:gateway requires one)`,
    );
  }
}
