// The real gh-aw run logs live beside the checkout, in ../shared/corpus/real (they are not part of the repository).
// Tests that read them use `itReal` / `describeReal`: on a fresh clone without ../shared they are skipped, and the
// suite prints one notice (test/support/global-setup.ts). `.ci/run` sets INTEGRITY_AUDIT_REQUIRE_REAL_CORPUS=1,
// which makes a missing corpus fail the suite instead, so the project's CI never skips them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, it } from 'vitest';

export const REAL_CORPUS = fileURLToPath(new URL('../../../shared/corpus/real', import.meta.url));
/** The one real run: gh-aw v0.43, Copilot, gateway v0.1.4, AWF v0.16.4. */
export const REAL_RUN = join(REAL_CORPUS, 'gh-aw-v0.43-copilot-run-21986494867');
export const hasRealCorpus = existsSync(REAL_RUN);

/** A file of the real run, as a URL (for createReadStream). */
export const realFile = (rel: string): URL => pathToFileURL(join(REAL_RUN, rel));

export const itReal = hasRealCorpus ? it : it.skip;
export const describeReal = hasRealCorpus ? describe : describe.skip;

/**
 * What the suite says about the corpus: null when it is there; a one-line notice when it is absent (the tests that
 * read it are skipped); throws when it is absent and `INTEGRITY_AUDIT_REQUIRE_REAL_CORPUS=1` requires it.
 */
export function realCorpusNotice(run = REAL_RUN, env: NodeJS.ProcessEnv = process.env): string | null {
  if (existsSync(run)) return null;
  if (env.INTEGRITY_AUDIT_REQUIRE_REAL_CORPUS === '1')
    throw new Error(
      `The real corpus is required (INTEGRITY_AUDIT_REQUIRE_REAL_CORPUS=1) but ${run} does not exist: ` +
        'check out the shared folder beside this one, or unset the variable to skip those tests',
    );
  return `The real corpus (${run}) is absent: the tests that read it are skipped. See CONTRIBUTING.md.`;
}
