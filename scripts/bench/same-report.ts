// `tsx scripts/bench/same-report.ts --save DIR` / `--check DIR [--workers 0,1,2,4]`: the findings do not change.
//
// Runs `dist/cli.js analyze INPUT --format json` over a fixed set of inputs and keeps each report with its time of
// writing (`generatedAt`) blanked; `--check` runs it again and says which reports differ byte for byte. Save with the
// build before a change, check with the build after it. `--workers` checks each input once per worker count
// (`INTEGRITY_AUDIT_WORKERS=N`) against the one saved report.
//
// The inputs: the examples (each run alone and all together), the real gh-aw run beside the checkout
// (../shared/corpus/real), the first runs of the real-gateway corpus in the benchmark's cache (when generated, see
// scripts/bench/corpus.ts), a seeded synthetic corpus of the benchmark's old generator, and seeded runs of random
// hostile content for every evidence format (the hardening suite's generators, one file per format per run).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fc } from '@fast-check/vitest';
import { generateCorpus } from './generate.js';
import { benchCache, normalizedReport, realTrafficRuns } from './corpus.js';
import { CONTENT } from '../../test/hardening/formats.js';
import { PARSERS } from '../../test/hardening/parsers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function analyze(cli: string, target: string, workers: string | null): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    if (workers === null) delete env.INTEGRITY_AUDIT_WORKERS;
    else env.INTEGRITY_AUDIT_WORKERS = workers;
    const child = spawn(process.execPath, [cli, 'analyze', target, '--format', 'json'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === null || code > 2 ? reject(new Error(`${target}: exit ${code}: ${err}`)) : resolve(out),
    );
  });
}

/** Seeded runs of random content for every evidence format (test/hardening/formats.ts). */
function writeFuzzRuns(dir: string, runs: number): void {
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return;
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < runs; i++) {
    const run = join(dir, `run-${7100000000 + i}`);
    for (const c of PARSERS) {
      const [content] = fc.sample(CONTENT[c.format], { seed: 4242 + i * 31 + c.path.length, numRuns: 1 });
      const file = join(run, c.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
  writeFileSync(marker, '');
}

async function inputs(): Promise<{ name: string; path: string }[]> {
  const list: { name: string; path: string }[] = [];
  const examples = join(root, 'examples', 'runs');
  list.push({ name: 'examples', path: examples });
  for (const r of readdirSync(examples).sort()) list.push({ name: `examples-${r}`, path: join(examples, r) });
  const real = join(root, '..', 'shared', 'corpus', 'real');
  if (existsSync(real)) list.push({ name: 'shared-real', path: real });
  const cache = benchCache();
  const traffic = realTrafficRuns();
  if (traffic) list.push({ name: 'gateway-traffic', path: traffic.dir });
  const synth = join(cache, 'same-report-synthetic');
  if (!existsSync(join(synth, '.complete'))) {
    rmSync(synth, { recursive: true, force: true });
    mkdirSync(synth, { recursive: true });
    await generateCorpus({ dir: synth, totalBytes: 40 * 1024 ** 2, seed: 7 });
    writeFileSync(join(synth, '.complete'), '');
  }
  list.push({ name: 'synthetic', path: synth });
  const fuzz = join(cache, 'same-report-fuzz');
  writeFuzzRuns(fuzz, 60);
  list.push({ name: 'fuzz', path: fuzz });
  return list;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      save: { type: 'string' },
      check: { type: 'string' },
      cli: { type: 'string', default: join(root, 'dist', 'cli.js') },
      workers: { type: 'string' },
    },
  });
  const dir = values.save ?? values.check;
  if (!dir)
    throw new Error('usage: same-report.ts --save DIR | --check DIR [--workers 0,1,2,4] [--cli FILE]');
  const counts = values.workers ? values.workers.split(',').map((s) => s.trim()) : [null];
  let differ = 0;
  mkdirSync(dir, { recursive: true });
  for (const input of await inputs()) {
    for (const w of counts) {
      const got = normalizedReport(await analyze(values.cli!, input.path, w));
      const file = join(dir, `${input.name}.json`);
      const label = `${input.name}${w === null ? '' : ` (workers ${w})`}`;
      if (values.save) {
        writeFileSync(file, got);
        console.log(`saved ${label}: ${got.length} bytes`);
      } else if (!existsSync(file)) {
        console.log(`?? ${label}: nothing saved`);
        differ++;
      } else if (readFileSync(file, 'utf8') === got) console.log(`same ${label}`);
      else {
        writeFileSync(`${file}.now`, got);
        console.log(`DIFFERENT ${label}: diff ${file} ${file}.now`);
        differ++;
      }
    }
  }
  if (values.check) {
    console.log(differ === 0 ? 'all reports identical' : `${differ} report(s) differ`);
    process.exitCode = differ === 0 ? 0 : 1;
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
