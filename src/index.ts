// Action entry (dist/index.js). The same bundle serves as the analysis worker when started by the pool.
import { run } from './action/main.js';
import { isAuditWorker, serveWorker } from './engine/workers.js';
import { analyzeRequest } from './engine/audit.js';
import { boundHeapGrowth } from './util/heap.js';

if (isAuditWorker()) serveWorker(analyzeRequest);
else {
  boundHeapGrowth();
  void run({ workerEntry: new URL(import.meta.url) });
}
