// Checks that the repository is release vX.Y.Z: the version in package.json, package-lock.json and src/version.ts,
// and a dated CHANGELOG.md section for it. Used by script/release (before tagging) and by the Release workflow (on
// the published tag); plain JavaScript so it runs with nothing installed.
//   node scripts/release-check.mjs v1.2.3
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TAG_PATTERN = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/;

/** The CHANGELOG.md section of a version (Keep a Changelog: `## [1.2.3] - 2026-12-04`), or null. */
export function changelogSection(changelog, version) {
  const lines = changelog.split('\n');
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = lines.findIndex((l) =>
    new RegExp(`^## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}\\s*$`).test(l),
  );
  if (start < 0) return null;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  return lines
    .slice(start + 1, end)
    .join('\n')
    .trim();
}

/** The problems that keep `root` from being release `tag` (empty: it is). */
export function releaseProblems(root, tag) {
  const m = TAG_PATTERN.exec(tag);
  if (!m) return [`"${tag}" is not a release tag (vMAJOR.MINOR.PATCH, e.g. v1.2.3)`];
  const version = tag.slice(1);
  const problems = [];
  const read = (rel) => readFileSync(join(root, rel), 'utf8');
  const pkg = JSON.parse(read('package.json'));
  if (pkg.version !== version) problems.push(`package.json has version ${pkg.version}, not ${version}`);
  const lock = JSON.parse(read('package-lock.json'));
  if (lock.version !== version || lock.packages?.['']?.version !== version)
    problems.push(`package-lock.json has version ${lock.version}, not ${version}: run npm install`);
  const source = read('src/version.ts');
  const declared = /export const VERSION = '([^']*)'/.exec(source)?.[1];
  if (declared !== version)
    problems.push(`src/version.ts has VERSION ${declared ?? '(none)'}, not ${version}`);
  if (!existsSync(join(root, 'CHANGELOG.md'))) problems.push('CHANGELOG.md is missing');
  else {
    const section = changelogSection(read('CHANGELOG.md'), version);
    if (section === null) problems.push(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section`);
    else if (!/^- /m.test(section)) problems.push(`CHANGELOG.md's section for ${version} lists no change`);
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const tag = process.argv[2] ?? '';
  const root = fileURLToPath(new URL('..', import.meta.url));
  const problems = releaseProblems(root, tag);
  for (const p of problems) console.error(`release ${tag}: ${p}`);
  if (problems.length === 0)
    console.log(`release ${tag}: package.json, package-lock.json, src/version.ts and CHANGELOG.md agree`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
