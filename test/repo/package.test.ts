// `npm pack` gives a package that works on its own: installed from the tarball into an empty folder, with no
// registry (the bundle has no dependencies), `npx integrity-audit` runs.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  dependencies?: object;
};

describe('npm pack', () => {
  let dir: string;
  let files: string[];
  let clean: string;
  // npm's cache for these commands is a fresh folder of the scratch: nothing from the user's cache, nothing left.
  const npm = (args: string[], cwd: string) =>
    run(
      'npm',
      [...args, '--cache', join(dir, 'npm-cache'), '--no-audit', '--no-fund', '--no-update-notifier'],
      {
        cwd,
        timeout: 120_000,
      },
    );

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pack-'));
    const { stdout } = await npm(['pack', '--json', '--pack-destination', dir], ROOT);
    files = (JSON.parse(stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path).sort();
    clean = join(dir, 'clean');
    mkdirSync(clean);
    writeFileSync(join(clean, 'package.json'), '{ "private": true }\n');
    await npm(['install', '--offline', join(dir, `${pkg.name}-${pkg.version}.tgz`)], clean);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ships the CLI bundle (and its chunks, loaded on demand), the README and the licence, and no dependency', () => {
    // The GitHub mode (`--repo`, with the REST client) is a chunk of its own, so that a local audit does not load it.
    const chunks = readdirSync(join(ROOT, 'dist'))
      .filter((f) => /^\d+\.index\.js$/.test(f))
      .map((f) => `dist/${f}`);
    expect(chunks.length).toBeGreaterThan(0);
    expect(files).toEqual(
      ['LICENSE', 'README.md', ...chunks, 'dist/cli.js', 'dist/package.json', 'package.json'].sort(),
    );
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('runs `npx integrity-audit --version` from a clean folder', async () => {
    const { stdout } = await run('npx', ['--offline', '--no-install', 'integrity-audit', '--version'], {
      cwd: clean,
    });
    expect(stdout.trim()).toBe(`integrity-audit ${pkg.version}`);
  });

  it('loads the GitHub mode from there (`--repo` without a token says what to set)', async () => {
    const err = await run(
      'npx',
      ['--offline', '--no-install', 'integrity-audit', 'analyze', '--repo', 'octo-org/app'],
      {
        cwd: clean,
        env: { ...process.env, GITHUB_TOKEN: '', GH_TOKEN: '' },
      },
    ).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err?.code).toBe(2);
    expect(err?.stderr).toContain('--repo needs a token in GITHUB_TOKEN or GH_TOKEN');
    expect(err?.stderr).not.toContain('Cannot find module');
  });

  it('analyses the example runs from there', async () => {
    const { stdout } = await run(
      'npx',
      [
        '--offline',
        '--no-install',
        'integrity-audit',
        'analyze',
        join(ROOT, 'examples', 'runs'),
        '--format',
        'json',
      ],
      { cwd: clean, maxBuffer: 16 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout) as { summary: { runs: number; warning: number } };
    expect(report.summary).toMatchObject({ runs: 3, warning: 2 });
  });
});
