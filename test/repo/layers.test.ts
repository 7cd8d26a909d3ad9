// The layers of src/ hold by lint (eslint.config.js LAYERS): an import that runs back up a layer is an error.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function lint(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: `${root}/${file}` });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer lint rule', () => {
  it('rejects an import that runs up a layer', async () => {
    const parser = await lint(
      'src/parsers/probe.ts',
      "import { RULES } from '../rules/index.js';\nexport { RULES };\n",
    );
    expect(parser).toHaveLength(1);
    expect(parser[0]).toContain('parsers is in layer');
    const model = await lint(
      'src/model/probe.ts',
      "import type { Report } from '../report/verdict.js';\nexport type { Report };\n",
    );
    expect(model).toHaveLength(1);
    const nested = await lint(
      'src/parsers/gateway/probe.ts',
      "import { RULES } from '../../rules/index.js';\nexport { RULES };\n",
    );
    expect(nested).toHaveLength(1);
    const config = await lint(
      'src/config.ts',
      "import { RULES } from './rules/index.js';\nexport { RULES };\n",
    );
    expect(config).toHaveLength(1);
  });

  it('accepts imports from its own folder and from lower layers', async () => {
    const code =
      "import type { Report } from '../model/types.js';\nimport { redact } from '../util/sanitize.js';\n" +
      "import { RULES } from '../rules/index.js';\nimport { gate } from './verdict.js';\nexport { RULES, redact, gate };\nexport type { Report };\n";
    expect(await lint('src/report/probe.ts', code)).toEqual([]);
  });

  it('keeps a rule from importing another rule, not from the support modules', async () => {
    const other = await lint(
      'src/rules/firewall-block.ts',
      "import { directApiBypass } from './direct-api-bypass.js';\nexport { directApiBypass };\n",
    );
    expect(other).toHaveLength(1);
    expect(other[0]).toContain('another rule');
    const upward = await lint(
      'src/rules/firewall-block.ts',
      "import { audit } from '../engine/audit.js';\nexport { audit };\n",
    );
    expect(upward).toHaveLength(1);
    const support =
      "import { domainMatches } from './view.js';\nimport { FindingGroups } from './group.js';\n" +
      'export { domainMatches, FindingGroups };\n';
    expect(await lint('src/rules/firewall-block.ts', support)).toEqual([]);
  });
});
