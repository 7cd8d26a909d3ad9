import { defineConfig } from 'vitest/config';
import { SCRATCH_TMP } from './test/support/scratch.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/support/global-setup.ts'],
    // Every temporary folder of the tests goes to one scratch folder in the checkout, removed after the suite.
    env: { TMPDIR: SCRATCH_TMP },
  },
});
