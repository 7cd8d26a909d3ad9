// The Reliability table of the README is produced by the test suite: hardening tests record what they tried and what
// happened; `scripts/reliability.mjs` renders the records into docs/RELIABILITY.md (and `npm test` checks it is current).
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll } from 'vitest';

export type ReliabilityCategory =
  'Inputs fuzzed' | 'Hostile archives' | 'API faults' | 'Report safety' | 'Idempotency and races';

export interface ReliabilityRecord {
  category: ReliabilityCategory;
  /** what was tried, e.g. "50 MB single line in mcp-gateway.log" */
  tried: string;
  /** what happened, e.g. "parsed; line cut at 1 MiB; coverage note" */
  outcome: string;
}

import { RELIABILITY_DIR } from './reliability-dir.js';

export { RELIABILITY_DIR };

/**
 * A recorder for one test file. Call `record()` from a test once its assertions passed (a failing test records
 * nothing); the records are written when the file's tests end.
 */
export function reliabilityRecorder(testFile: string) {
  const records: ReliabilityRecord[] = [];
  afterAll(() => {
    if (records.length === 0) return;
    mkdirSync(RELIABILITY_DIR, { recursive: true });
    writeFileSync(
      join(RELIABILITY_DIR, basename(testFile).replace(/\.test\.ts$/, '') + '.json'),
      JSON.stringify(records, null, 2) + '\n',
    );
  });
  return {
    record(category: ReliabilityCategory, tried: string, outcome: string): void {
      records.push({ category, tried, outcome });
    },
  };
}
