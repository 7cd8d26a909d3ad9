// Runs once around the suite: clears the Reliability records so the table reflects this run only; gives the tests a
// fresh scratch folder as TMPDIR (see scratch.ts) and removes it afterwards; says once when the real corpus is absent
// (and fails when it is required: see real-corpus.ts).
import { mkdirSync, rmSync } from 'node:fs';
import { RELIABILITY_DIR } from './reliability-dir.js';
import { SCRATCH_TMP } from './scratch.js';
import { realCorpusNotice } from './real-corpus.js';

export default function setup(): () => void {
  rmSync(RELIABILITY_DIR, { recursive: true, force: true });
  const notice = realCorpusNotice();
  if (notice) console.warn(`\n⚠ ${notice}\n`);
  rmSync(SCRATCH_TMP, { recursive: true, force: true });
  mkdirSync(SCRATCH_TMP, { recursive: true });
  return () => rmSync(SCRATCH_TMP, { recursive: true, force: true });
}
