// npm run test:gateway: the real-gateway suite (test/gateway), which never passes by skipping: without a gateway
// binary (INTEGRITY_AUDIT_GATEWAY_BIN, else ../shared/gateway/awmg) it exits 1 saying so. Extra arguments go to
// vitest.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { gatewayBinary, gatewayBinaryWanted, githubGuardPath, ROOT } from '../test/gateway/binary.js';

const binary = gatewayBinary();
if (binary === null) {
  console.error(
    `test:gateway: no MCP Gateway binary at ${gatewayBinaryWanted()}. Set INTEGRITY_AUDIT_GATEWAY_BIN to an awmg / gh-aw-mcpg binary ` +
      '(go install github.com/github/gh-aw-mcpg@<version>), or put one at ../shared/gateway/awmg.',
  );
  process.exit(1);
}
if (!existsSync(githubGuardPath())) {
  console.error(
    `test:gateway: no real GitHub guard at ${githubGuardPath()}. Set INTEGRITY_AUDIT_GITHUB_GUARD to the gateway's ` +
      'github guard (/guards/github/00-github-guard.wasm in its container image).',
  );
  process.exit(1);
}
let version: string;
try {
  version = execFileSync(binary, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim();
} catch (err) {
  console.error(
    `test:gateway: ${binary} does not run (--version failed): ${err instanceof Error ? err.message : err}`,
  );
  process.exit(1);
}
console.log(`test:gateway: ${version} (${binary})`);
const child = spawn(
  process.execPath,
  [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/gateway', ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, INTEGRITY_AUDIT_GATEWAY_BIN: binary } },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
