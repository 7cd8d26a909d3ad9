// Builds dist/index.js (the action entry) and dist/cli.js (the CLI) with ncc, as ESM.
import { execFileSync } from 'node:child_process';
import { rmSync, renameSync, mkdirSync, readdirSync, chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceHash } from './source-hash.mjs';

const root = new URL('..', import.meta.url).pathname;
// The line scanner's WebAssembly first: the bundles carry it (src/util/line-scan-wasm.ts).
execFileSync(process.execPath, [join(root, 'scripts', 'build-wasm.mjs')], { stdio: 'inherit' });
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist'));
for (const [entry, name] of [
  ['src/index.ts', 'index.js'],
  ['src/cli.ts', 'cli.js'],
]) {
  const out = join(root, 'build', 'ncc-' + name.replace('.js', ''));
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, 'build', join(root, entry), '-o', out, '--target', 'es2022', '-q'], {
    stdio: 'inherit',
    cwd: root,
  });
  for (const file of readdirSync(out)) {
    const target = file === 'index.js' ? name : file;
    renameSync(join(out, file), join(root, 'dist', target));
  }
}
const cli = join(root, 'dist', 'cli.js');
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + text);
chmodSync(cli, 0o755);
// What the bundles were built from (the end-to-end tests check it: see source-hash.mjs).
writeFileSync(join(root, 'dist', 'source.sha256'), sourceHash(root) + '\n');
