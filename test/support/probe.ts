// A module of `lines` run in a fresh Node process: V8 flags are the process's, so what sets them is tested there,
// not in the test runner's process.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './run-action.js';

/**
 * Runs `lines` (TypeScript, top-level await allowed) with `src/⟨source⟩` imported as `name`, Node given `flags`;
 * returns what the process printed.
 */
export function probeProcess(source: string, name: string, lines: string[], flags: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'integrity-audit-probe-'));
  const script = join(dir, 'probe.mts');
  const module = pathToFileURL(join(ROOT, 'src', source)).href;
  writeFileSync(script, [`import * as ${name} from ${JSON.stringify(module)};`, ...lines].join('\n'));
  return execFileSync(process.execPath, [...flags, '--import', 'tsx', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}
