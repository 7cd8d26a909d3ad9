// Where the MCP Gateway binary for the gateway suite is: INTEGRITY_AUDIT_GATEWAY_BIN, else ../shared/gateway/awmg
// beside the repository. Small on purpose: the global setup and scripts/test-gateway.ts read it too.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);

/** Where the binary is looked for. */
export function gatewayBinaryWanted(env: NodeJS.ProcessEnv = process.env): string {
  return env.INTEGRITY_AUDIT_GATEWAY_BIN
    ? resolve(env.INTEGRITY_AUDIT_GATEWAY_BIN)
    : resolve(ROOT, '..', 'shared', 'gateway', 'awmg');
}

/** The gateway binary, or null when there is none where it is looked for. */
export function gatewayBinary(env: NodeJS.ProcessEnv = process.env): string | null {
  const wanted = gatewayBinaryWanted(env);
  return existsSync(wanted) ? wanted : null;
}

/** The real GitHub guard: INTEGRITY_AUDIT_GITHUB_GUARD, else github-guard.wasm in ../shared/gateway/. */
export function githubGuardPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.INTEGRITY_AUDIT_GITHUB_GUARD
    ? resolve(env.INTEGRITY_AUDIT_GITHUB_GUARD)
    : resolve(ROOT, '..', 'shared', 'gateway', 'github-guard.wasm');
}
