// The files under a folder, as the benchmark's corpora, zips and contenders list them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, sorted; `dotFiles: false` leaves out names that start with a dot (a corpus's markers). */
export function filesOf(dir: string, opts: { dotFiles?: boolean } = {}): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (opts.dotFiles !== false || !e.name.startsWith('.')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}
