#!/usr/bin/env node
// CLI entry (dist/cli.js). The same bundle serves as the analysis worker when started by the pool.
import { writeFileSync } from 'node:fs';
import { failureText, main } from './cli/main.js';
import { isAuditWorker, serveWorker } from './engine/workers.js';
import { analyzeRequest } from './engine/audit.js';
import { boundHeapGrowth } from './util/heap.js';
import { inlineLess } from './util/compiler.js';

if (isAuditWorker()) {
  serveWorker(analyzeRequest);
} else {
  boundHeapGrowth();
  inlineLess();
  // For the benchmark: the peak RSS (KiB) of this process, worker threads included.
  if (process.env.INTEGRITY_AUDIT_RSS_FILE) {
    const file = process.env.INTEGRITY_AUDIT_RSS_FILE;
    process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
  }
  main(process.argv.slice(2), { workerEntry: new URL(import.meta.url) }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(failureText(err));
      process.exitCode = 1;
    },
  );
}
