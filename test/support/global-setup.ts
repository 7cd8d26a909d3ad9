// Runs once before the suite: clears the Reliability records so the table reflects this run only.
import { rmSync } from 'node:fs';
import { RELIABILITY_DIR } from './reliability-dir.js';

export default function setup(): void {
  rmSync(RELIABILITY_DIR, { recursive: true, force: true });
}
