// `npm ci` gives no EBADENGINE warning on the Node versions we support: every locked package's `engines.node`
// accepts Node 20.19 (the oldest the build and test tools run on) and Node 24 (the runner's Node for the action).
// content-type is pinned to 2.x in package.json `overrides` for this (its 3.x releases require Node 22).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const lock = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../package-lock.json', import.meta.url)), 'utf8'),
) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[]; optional?: boolean }>;
};

/** The locked packages whose engines.node refuses the given Node version. */
function refusing(node: string): string[] {
  return Object.entries(lock.packages)
    .filter(([path, p]) => {
      const range = !Array.isArray(p.engines) ? p.engines?.node : undefined;
      return (
        path !== '' && range !== undefined && !semver.satisfies(node, range, { includePrerelease: true })
      );
    })
    .map(
      ([path, p]) =>
        `${path.replace(/^.*node_modules\//, '')}@${p.version} wants node ${(p.engines as { node: string }).node}`,
    );
}

describe('engines of the locked dependencies', () => {
  it.each(['20.19.0', '22.13.0', '24.0.0'])('all accept Node %s', (node) => {
    expect(refusing(node)).toEqual([]);
  });

  it('would catch a package that wants a newer Node', () => {
    expect(semver.satisfies('20.19.0', '>=22')).toBe(false);
    expect(refusing('18.0.0').length).toBeGreaterThan(0);
  });

  it('content-type is the Node 18+ release', () => {
    const entry = Object.entries(lock.packages).find(([path]) => path.endsWith('node_modules/content-type'));
    expect(entry?.[1].version).toMatch(/^2\./);
  });
});
