// Action entry (dist/index.js). The same bundle serves as the analysis worker when started by the pool.
import { writeFileSync } from 'node:fs';
import { run } from './action/main.js';
import { isAuditWorker, serveWorker } from './engine/workers.js';
import { analyzeRequest } from './engine/audit.js';
import { boundHeapGrowth } from './util/heap.js';
import { inlineLess } from './util/compiler.js';

if (isAuditWorker()) serveWorker(analyzeRequest);
else {
  boundHeapGrowth({ young: false });
  inlineLess();
  // For the benchmark: the peak RSS (KiB) of this process, worker threads included (as dist/cli.js).
  if (process.env.INTEGRITY_AUDIT_RSS_FILE) {
    const file = process.env.INTEGRITY_AUDIT_RSS_FILE;
    process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
  }
  void run({ workerEntry: new URL(import.meta.url) });
}
