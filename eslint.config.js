import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// The layers of src/, lowest first (README "How it works"): a module imports only from its own folder and from the
// layers below it. A back-running import fails `npm run lint` (test/repo/layers.test.ts proves the rule fires).
export const LAYERS = [
  ['model', 'util'], // the shared data types; plain helpers (bytes, lines, error text, redaction and escaping)
  ['config.ts', 'version.ts', 'github'], // the rule settings; the GitHub REST client
  ['sources'], // where a run's files come from: folders, zips, the GitHub API
  ['parsers'], // one module per evidence format: text to typed events
  ['rules'], // the rule catalogue: typed events to findings
  ['report'], // the JSON report, the verdict and the Markdown and text renderings
  ['engine'], // collect (sources, parsers) → analyze (rules) → audit (report), in worker threads
  ['sinks'], // where a report goes: job summary, issue
  ['action', 'cli'], // the GitHub Action and the command line: settings in, exit status out
  ['cli.ts', 'index.ts'], // the bundles' entry points (dist/cli.js, dist/index.js)
];

/** The import specifiers that reach `member` (a folder or a root file of src/) from a folder of src/ or from src/. */
const reach = (member) =>
  member.endsWith('.ts')
    ? [`../${member.replace(/\.ts$/, '.js')}`, `./${member.replace(/\.ts$/, '.js')}`]
    : [`../${member}/*`, `./${member}/*`];

const layerRules = LAYERS.flatMap((layer, i) =>
  layer.map((member) => ({
    files: [member.endsWith('.ts') ? `src/${member}` : `src/${member}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...layer.filter((m) => m !== member), ...LAYERS.slice(i + 1).flat()].flatMap(reach),
              message: `${member} is in layer ${i} of src/: it may import only from lower layers (eslint.config.js LAYERS).`,
            },
          ],
        },
      ],
    },
  })),
);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'build/', 'examples/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  ...layerRules,
);
