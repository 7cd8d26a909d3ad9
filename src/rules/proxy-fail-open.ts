// proxy-fail-open: the DIFC proxy's Phase 4 (response labeling) failed, so it may have returned the unfiltered body.
import { redact } from '../util/sanitize.js';
import { c, rich } from '../util/message.js';
import type { Rule } from './types.js';

export const proxyFailOpen: Rule = {
  meta: {
    id: 'proxy-fail-open',
    defaultSeverity: 'critical',
    title: 'DIFC proxy response labeling failed (possible fail-open)',
    why: 'When the proxy cannot label a response it falls back to the coarse Phase 2 decision; if that allowed the read, the unfiltered upstream body was returned to the pre-agent step.',
    fix: 'Treat data the pre-agent `gh` steps read through the proxy as unfiltered. Fix the guard error shown in proxy.log and upgrade the gateway.',
    perRun: true,
    messages: {
      default: 'DIFC proxy Phase 4 failed {{count:time:times}}: responses may have been returned unfiltered',
    },
  },
  check({ view }) {
    const failures = view.of('ProxyPhase4Failed');
    if (failures.length === 0) return [];
    const causes = [
      ...new Set(failures.map((f) => f.wasm?.cause ?? redact(f.message.split('\n')[0]).slice(0, 120))),
    ];
    return [
      {
        message: { id: 'default', data: { count: failures.length } },
        key: {},
        count: failures.length,
        details: { failures: failures.length, causes },
        evidence: failures.slice(0, 5).map((f) => f.loc),
      },
    ];
  },
  describe: (d) => [
    rich`Causes: ${(Array.isArray(d.causes) ? (d.causes as unknown[]) : []).slice(0, 5).map((x) => c(x))}.`,
  ],
};
