// Fresh-clone behaviour of the suite itself: scratch stays in the checkout's cache folder, and a missing real corpus
// is a notice (or a clear error when required), never a bare ENOENT.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_DIR, NODE24_PREFIX, SCRATCH_ROOT } from '../support/scratch.js';
import { realCorpusNotice, REAL_RUN } from '../support/real-corpus.js';

describe('test scratch', () => {
  it('is the temporary folder of the tests, inside node_modules/.cache/integrity-audit', () => {
    expect(dirname(tmpdir())).toBe(SCRATCH_ROOT);
    expect(basename(tmpdir())).toMatch(/^run-\d+$/);
    expect(existsSync(tmpdir())).toBe(true);
    expect(SCRATCH_ROOT.startsWith(CACHE_DIR)).toBe(true);
    expect(NODE24_PREFIX.startsWith(CACHE_DIR)).toBe(true);
    expect(CACHE_DIR).toContain(join('node_modules', '.cache', 'integrity-audit'));
    const dir = mkdtempSync(join(tmpdir(), 'scratch-'));
    expect(dir.startsWith(SCRATCH_ROOT)).toBe(true);
    rmSync(dir, { recursive: true });
  });
});

describe('real corpus absent', () => {
  const missing = join(SCRATCH_ROOT, 'no-such-corpus', 'run');

  it('gives one notice naming the folder and what is skipped', () => {
    expect(existsSync(missing)).toBe(false);
    const notice = realCorpusNotice(missing, {});
    expect(notice).toContain(missing);
    expect(notice).toContain('skipped');
    expect(notice).not.toContain('\n');
  });

  it('fails with a clear message when INTEGRITY_AUDIT_REQUIRE_REAL_CORPUS=1', () => {
    expect(() => realCorpusNotice(missing, { INTEGRITY_AUDIT_REQUIRE_REAL_CORPUS: '1' })).toThrow(
      /real corpus is required .* does not exist/,
    );
  });

  it('says nothing when the corpus is there', () => {
    expect(realCorpusNotice(tmpdir(), { INTEGRITY_AUDIT_REQUIRE_REAL_CORPUS: '1' })).toBeNull();
    expect(typeof REAL_RUN).toBe('string');
  });
});
