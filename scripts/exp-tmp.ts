import { createReadStream } from 'node:fs';
import { parseAccessLog } from '../src/parsers/access-log.js';
const f = '.bench/corpus-2G/run-40000000000/sandbox/firewall/logs/access.log';
const keep: unknown[] = [];
for (let i = 0; i < 30; i++) { keep.push(await parseAccessLog(createReadStream(f, { highWaterMark: 256 * 1024 }), 'x', new Set<string>())); if (process.env.GC) (globalThis as any).gc(); }
