// What dist/ is built from, as one hash: every file under src/ and assembly/, the lockfile and the TypeScript
// config. The build records it in dist/source.sha256, and the end-to-end tests compare it with the sources they run against, so a
// stale bundle is caught by content, not by file times (a fresh clone gives every file the same age).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const INPUTS = ['src', 'assembly', 'package-lock.json', 'tsconfig.json'];

function files(root, path) {
  const abs = join(root, path);
  try {
    return readdirSync(abs, { withFileTypes: true }).flatMap((e) => files(root, join(path, e.name)));
  } catch (err) {
    if (err.code === 'ENOTDIR') return [path];
    throw err;
  }
}

export function sourceHash(root) {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((p) => files(root, p)).sort()) {
    hash.update(relative(root, join(root, file)).split('\\').join('/') + '\0');
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}
