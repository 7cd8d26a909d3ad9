import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { runScratch } from './test/support/scratch.js';

export default defineConfig({
  plugins: [
    // @actions/workflow-parser imports its JSON schemas without an import attribute, which Node refuses, so Vite
    // loads it (deps.inline below); its files are loaded without their source-map comments, as the maps name sources
    // the package does not ship (Vite would warn about each).
    {
      name: 'workflow-parser-without-source-maps',
      enforce: 'pre',
      load(id) {
        if (!/[\\/]node_modules[\\/]@actions[\\/]workflow-parser[\\/].*\.js$/.test(id)) return null;
        return readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/support/global-setup.ts'],
    // Every temporary folder of the tests goes to this run's scratch folder in the checkout, removed after the suite.
    env: { TMPDIR: runScratch() },
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
