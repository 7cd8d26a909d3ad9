import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import { readdirSync } from 'node:fs';

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

/**
 * The import specifiers that reach `member` (a folder or a root file of src/) from src/, from a folder of src/, or
 * from a subfolder up to two levels deeper.
 */
const UP = ['./', '../', '../../', '../../../'];
const reach = (member) =>
  UP.map((up) => (member.endsWith('.ts') ? `${up}${member.replace(/\.ts$/, '.js')}` : `${up}${member}/*`));

const restrict = (group, message) => ['error', { patterns: [{ group, message }] }];

// Inside src/rules/, a rule does not import another rule: what two rules share lives in these support modules.
const RULE_SUPPORT = ['index.ts', 'types.ts', 'view.ts', 'attribution.ts', 'group.ts', 'strict-blocks.ts'];
const RULE_FILES = readdirSync(new URL('./src/rules/', import.meta.url)).filter(
  (f) => f.endsWith('.ts') && !RULE_SUPPORT.includes(f),
);

const layerRules = LAYERS.flatMap((layer, i) =>
  layer.map((member) => {
    const upward = [...layer.filter((m) => m !== member), ...LAYERS.slice(i + 1).flat()].flatMap(reach);
    const message = `${member} is in layer ${i} of src/: it may import only from lower layers (eslint.config.js LAYERS).`;
    return {
      files: [member.endsWith('.ts') ? `src/${member}` : `src/${member}/**/*.ts`],
      rules: { 'no-restricted-imports': restrict(upward, message) },
    };
  }),
);

const ruleRules = {
  files: RULE_FILES.map((f) => `src/rules/${f}`),
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...layerRules.find((c) => c.files[0] === 'src/rules/**/*.ts').rules['no-restricted-imports'][1]
            .patterns,
          {
            group: RULE_FILES.map((f) => `./${f.replace(/\.ts$/, '.js')}`),
            message:
              'A rule does not import another rule: move what both need to a support module (eslint.config.js RULE_SUPPORT).',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'build/', 'examples/', 'coverage/', 'assembly/'] },
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
  ruleRules,
);
