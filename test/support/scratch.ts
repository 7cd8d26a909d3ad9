// Test scratch lives in one reused cache folder inside the checkout, never in the system's /tmp:
//   node_modules/.cache/integrity-audit/tmp/     TMPDIR of the test processes (vitest.config.ts): every os.tmpdir()
//                                                folder a test makes; emptied before the suite and removed after it
//   node_modules/.cache/integrity-audit/node24/  the node@24 npm package of the Node 24 end-to-end test, installed
//                                                once and reused
// `rm -rf node_modules/.cache/integrity-audit` frees it all (npm ci does too).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CACHE_DIR = fileURLToPath(
  new URL('../../node_modules/.cache/integrity-audit/', import.meta.url),
);
export const SCRATCH_TMP = join(CACHE_DIR, 'tmp');
export const NODE24_PREFIX = join(CACHE_DIR, 'node24');
