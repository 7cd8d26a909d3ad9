// Test scratch lives in one reused cache folder inside the checkout, never in the system's /tmp:
//   node_modules/.cache/integrity-audit/tmp/run-<pid>/  TMPDIR of the test processes of one suite run
//                                                       (vitest.config.ts): every os.tmpdir() folder a test makes;
//                                                       removed when the run ends (or by the next run, if killed)
//   node_modules/.cache/integrity-audit/node24/         the node@24 npm package of the Node 24 end-to-end test,
//                                                       installed once and reused
// `rm -rf node_modules/.cache/integrity-audit` frees it all (npm ci does too).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CACHE_DIR = fileURLToPath(
  new URL('../../node_modules/.cache/integrity-audit/', import.meta.url),
);
export const SCRATCH_ROOT = join(CACHE_DIR, 'tmp');
export const NODE24_PREFIX = join(CACHE_DIR, 'node24');

/** The TMPDIR of one suite run, named after the process that runs vitest (config and global setup run there). */
export const runScratch = (pid: number = process.pid): string => join(SCRATCH_ROOT, `run-${pid}`);
