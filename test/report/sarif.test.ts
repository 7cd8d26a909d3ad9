// SARIF 2.1.0 (issue 13 item 9): valid against the official schema (shipped by @microsoft/jest-sarif), one rule per
// catalogue rule, results located on the workflow's source file, our fingerprints as partialFingerprints, and a file
// even with zero results.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/rules/index.js';
import { renderSarif, workflowFileOf } from '../../src/report/sarif.js';
import { emptyReport, examplesReport, run } from './support.js';

const require = createRequire(import.meta.url);

/** The OASIS SARIF 2.1.0 (rtm.5) schema, draft-04: read by Ajv 8 as a plain schema (`id` → `$id`, no unicode regexps). */
function sarifValidator() {
  const path = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormatsModule.default(ajv);
  return ajv.compile(schema);
}

const validate = sarifValidator();

interface Sarif {
  version: string;
  runs: {
    tool: { driver: { rules: { id: string }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

describe('SARIF', () => {
  it('the schema check itself rejects what is not SARIF 2.1.0', () => {
    expect(validate({ version: '2.1.0', runs: [] })).toBe(true);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false); // no tool
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{}] }] })).toBe(
      false,
    );
  });

  it('the examples: valid SARIF, one rule per catalogue rule, one result per warning on its workflow source', async () => {
    const report = await examplesReport();
    const sarif = JSON.parse(renderSarif(report)) as Sarif;
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const [r] = sarif.runs;
    expect(r.tool.driver.rules.map((x) => x.id)).toEqual([...RULE_IDS]);
    const warnings = report.findings.filter((f) => f.severity !== 'info');
    expect(
      r.results.map((x) => [x.ruleId, x.level, x.locations[0].physicalLocation.artifactLocation.uri]),
    ).toEqual([
      ['wasm-guard-trap', 'warning', '.github/workflows/smoke-copilot.md'],
      ['direct-api-bypass', 'warning', '.github/workflows/ai-moderator.md'],
    ]);
    expect(r.results.map((x) => x.partialFingerprints['integrityAudit/v1'])).toEqual(
      warnings.map((f) => f.fingerprint),
    );
    for (const x of r.results) expect(r.tool.driver.rules[x.ruleIndex].id).toBe(x.ruleId);
    // The message is plain text with the run's link (no Markdown backticks).
    expect(r.results[0].message.text).toContain(
      'https://github.com/octo-org/example-app/actions/runs/31314173898',
    );
    expect(r.results[0].message.text).not.toContain('`');
  });

  it('zero findings: still a valid file, with the rules and no result (so fixed alerts close)', () => {
    const sarif = JSON.parse(renderSarif(emptyReport())) as Sarif;
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.runs[0].results).toEqual([]);
    expect(sarif.runs[0].tool.driver.rules).toHaveLength(RULE_IDS.length);
  });

  it('locates results on the .md source when the repository has it, else on the .lock.yml', () => {
    const facts = run('1', { workflowPath: '.github/workflows/triage.lock.yml' });
    expect(workflowFileOf(facts)).toBe('.github/workflows/triage.md');
    expect(workflowFileOf(facts, { exists: (p) => p === '.github/workflows/triage.md' })).toBe(
      '.github/workflows/triage.md',
    );
    expect(workflowFileOf(facts, { exists: () => false })).toBe('.github/workflows/triage.lock.yml');
    // No path from the API (local logs): the workflow name in kebab case, as gh-aw names its files.
    expect(workflowFileOf(run('2', { workflow: 'AI Moderator' }))).toBe('.github/workflows/ai-moderator.md');
    // A path a log could have forged is not used.
    expect(workflowFileOf(run('3', { workflow: null, workflowPath: '../../etc/passwd' }))).toBe(
      '.github/workflows/unknown-workflow.md',
    );
  });
});
