// The files a visitor reads: the README (for its readers, within 15 KB, its commands and links real), the docs it
// links to, the licence, the changelog of this version, and the report schema that real reports must satisfy.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectValidReport } from '../e2e/fixtures.js';
import { itReal, REAL_CORPUS } from '../support/real-corpus.js';
import { changelogSection, releaseProblems } from '../../scripts/release-check.mjs';
import { VERSION } from '../../src/version.js';
import type { Report } from '../../src/model/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string; license: string };
const readme = read('README.md');
const markdownFiles = [
  'README.md',
  'CHANGELOG.md',
  'CONTRIBUTING.md',
  'SECURITY.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('README', () => {
  it('is at most 15 KB (internals live in docs/)', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(15 * 1024);
  });

  it('starts with what it does, then the two commands: set up and run the demo, run the tests', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1];
    const commands = firstBlock.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim());
    expect(commands.slice(0, 2)).toEqual(['npm ci && npm run demo', 'npm test']);
    expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('## Use it'));
  });

  it('has the sections users look for, and points to nothing a visitor does not have', () => {
    for (const heading of ['## Use it', '### Inputs', '### Outputs', '## The CLI', '## Rule catalogue'])
      expect(readme).toContain(`\n${heading}\n`);
    for (const file of markdownFiles)
      expect(read(file), file).not.toMatch(/DESIGN\.md|project's shared folder/);
  });

  it('lists every input and output of action.yml', () => {
    const action = read('action.yml');
    const section = (name: string) =>
      [
        ...(
          /^(\w+):\n((?: {2}.*\n|\n)*)/m.exec(action.slice(action.indexOf(`\n${name}:`) + 1))?.[2] ?? ''
        ).matchAll(/^ {2}([\w-]+):/gm),
      ].map((m) => m[1]);
    const inputs = section('inputs');
    const outputs = section('outputs');
    expect(inputs.length).toBeGreaterThan(10);
    expect(outputs).toContain('report-path');
    for (const name of [...inputs, ...outputs]) expect(readme).toContain(`| \`${name}\` |`);
  });
});

describe('links between the documents', () => {
  it.each(markdownFiles)('%s links only to files that exist', (file) => {
    const text = read(file);
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1])
      .filter((t) => !/^(https?:|mailto:|#)/.test(t))
      .map((t) => t.replace(/#.*$/, ''));
    for (const target of targets)
      expect(existsSync(join(ROOT, dirname(file), target)), `${file} → ${target}`).toBe(true);
  });

  it('the README links the performance, reliability and report documents', () => {
    for (const doc of [
      'docs/PERFORMANCE.md',
      'docs/RELIABILITY.md',
      'docs/REPORT.md',
      'docs/report.schema.json',
    ])
      expect(readme).toContain(`](${doc})`);
  });

  it('the generated tables live in docs/, between their markers', () => {
    expect(read('docs/PERFORMANCE.md')).toMatch(
      /<!-- performance:start -->[\s\S]+\| corpus \|[\s\S]+<!-- performance:end -->/,
    );
    expect(read('docs/RELIABILITY.md')).toMatch(
      /<!-- reliability:start [^>]*-->\n\| area \|[\s\S]+<!-- reliability:end -->/,
    );
    expect(readme).not.toContain('<!-- reliability:start');
    expect(readme).not.toContain('<!-- performance:start');
  });
});

describe('licence, security, changelog, version', () => {
  it('LICENSE is the MIT licence that package.json names', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
    expect(read('LICENSE')).toContain('THE SOFTWARE IS PROVIDED "AS IS"');
  });

  it('SECURITY.md says how to report, what the action reads and writes, and the permissions it needs', () => {
    const security = read('SECURITY.md');
    for (const heading of [
      '## Reporting a vulnerability',
      '## What the action reads',
      '## What the action writes',
      '## Token permissions',
    ])
      expect(security).toContain(heading);
    for (const permission of ['actions: read', 'issues: write']) expect(security).toContain(permission);
  });

  it('CHANGELOG.md follows Keep a Changelog and has a dated entry for this version', () => {
    const changelog = read('CHANGELOG.md');
    expect(changelog).toMatch(/^# Changelog\n/);
    expect(changelog).toContain('## [Unreleased]');
    expect(changelogSection(changelog, pkg.version)).toMatch(/^### Added\n\n- /m);
    expect(changelog).toMatch(new RegExp(`^\\[${pkg.version.replace(/\./g, '\\.')}\\]: https://`, 'm'));
  });

  it('package.json, the lockfile, src/version.ts and the changelog agree (scripts/release-check.mjs)', () => {
    expect(VERSION).toBe(pkg.version);
    expect(releaseProblems(ROOT, `v${pkg.version}`)).toEqual([]);
  });

  it('the release check refuses a tag that is not this version, or not a version', () => {
    const [major, minor, patch] = pkg.version.split('.').map(Number);
    const next = `${major}.${minor}.${patch + 1}`;
    const problems = releaseProblems(ROOT, `v${next}`);
    expect(problems).toEqual([
      `package.json has version ${pkg.version}, not ${next}`,
      `package-lock.json has version ${pkg.version}, not ${next}: run npm install`,
      `src/version.ts has VERSION ${pkg.version}, not ${next}`,
      `CHANGELOG.md has no "## [${next}] - YYYY-MM-DD" section`,
    ]);
    expect(releaseProblems(ROOT, pkg.version)[0]).toMatch(/is not a release tag/);
    expect(releaseProblems(ROOT, 'v1.0')[0]).toMatch(/is not a release tag/);
  });

  it('action.yml has no placeholder author', () => {
    expect(read('action.yml')).not.toMatch(/^author: 'integrity-audit'$/m);
  });
});

describe('docs/report.schema.json', () => {
  const cli = (...args: string[]) =>
    JSON.parse(
      execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'analyze', ...args, '--format', 'json'], {
        encoding: 'utf8',
      }),
    ) as Report;

  it('accepts the example of docs/REPORT.md', () => {
    const example = /```json\n([\s\S]*?)```/.exec(read('docs/REPORT.md'))![1];
    expectValidReport(JSON.parse(example) as Report);
  });

  it('accepts the report of the example runs', () => {
    const report = cli(join(ROOT, 'examples', 'runs'));
    expect(report.runs).toHaveLength(3);
    expectValidReport(report);
  });

  itReal('accepts the report of the real corpus', () => {
    expectValidReport(cli(REAL_CORPUS));
  });

  it('rejects a report that breaks it', () => {
    const report = cli(join(ROOT, 'examples', 'runs'));
    expect(() => expectValidReport({ ...report, schemaVersion: 2 } as unknown as Report)).toThrow();
    expect(() =>
      expectValidReport({ ...report, runs: [{ ...report.runs[0], coverage: 'most' }] } as unknown as Report),
    ).toThrow();
  });
});
