// Every workflow of the repository (.github/workflows) and every workflow shown in the documentation (the ```yaml
// blocks of README.md and docs/*.md) is checked with GitHub's own workflow parser (@actions/workflow-parser, the
// schema the Actions service and the VS Code extension use), and so is action.yml with its action parser. Uses of this
// action are also checked against action.yml: every `with:` key is an input, every `steps.<id>.outputs.<name>` an
// output.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const trace = new NoOperationTraceWriter();
const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

/** The errors GitHub's parser reports for a workflow (schema, expressions, then the conversion to a template). */
async function workflowErrors(name: string, content: string): Promise<string[]> {
  const result = parseWorkflow({ name, content }, trace);
  const errors = result.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || !result.value) return errors.length > 0 ? errors : ['no workflow parsed'];
  const template = await convertWorkflowTemplate(result.context, result.value);
  return (template.errors ?? []).map((e) => e.Message);
}

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

const isThisAction = (uses: string | undefined) =>
  uses !== undefined && (uses === './' || /^[\w.-]+\/integrity-audit@/.test(uses));

/** Problems in the uses of this action: unknown inputs, unknown outputs. */
function actionUseProblems(content: string): string[] {
  const doc = parseYaml(content) as { jobs?: Record<string, { steps?: Step[] }> };
  const problems: string[] = [];
  for (const [jobId, job] of Object.entries(doc.jobs ?? {})) {
    const ours = new Set<string>();
    for (const step of job.steps ?? []) {
      if (!isThisAction(step.uses)) continue;
      if (step.id) ours.add(step.id);
      for (const key of Object.keys(step.with ?? {}))
        if (!(key in action.inputs)) problems.push(`job ${jobId}: input "${key}" is not in action.yml`);
    }
    const text = JSON.stringify(job);
    for (const m of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g))
      if (ours.has(m[1]) && !(m[2] in action.outputs))
        problems.push(`job ${jobId}: output "${m[2]}" of step ${m[1]} is not in action.yml`);
  }
  return problems;
}

/** The ```yaml blocks of a Markdown file, with their line numbers. */
export function yamlBlocks(markdown: string): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(yaml|yml)\s*$/.exec(lines[i]);
    if (!open) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j].trim() !== open[2]; j++) body.push(lines[j].slice(open[1].length));
    blocks.push({ line: i + 1, text: body.join('\n') + '\n' });
    i = j;
  }
  return blocks;
}

/**
 * A documented block as a whole workflow: a complete workflow as it is; a list of steps (a block starting with
 * `- `) inside a job. Other shapes return null (a README block must be one of the two).
 */
export function asWorkflow(block: string): string | null {
  const dedented = dedent(block);
  if (/^on:/m.test(dedented) && /^jobs:/m.test(dedented)) return dedented;
  if (/^- /.test(dedented))
    return (
      'on: workflow_dispatch\njobs:\n  snippet:\n    runs-on: ubuntu-latest\n    steps:\n' +
      dedented.replace(/^(?=.)/gm, '      ')
    );
  return null;
}

function dedent(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !/^\s*#/.test(l));
  const indent = Math.min(...lines.map((l) => /^ */.exec(l)![0].length));
  return text
    .split('\n')
    .map((l) => l.slice(Math.min(indent, /^ */.exec(l)![0].length)))
    .join('\n');
}

const workflowDir = join(ROOT, '.github', 'workflows');
const workflowFiles = readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f));
const docs = [
  'README.md',
  ...(existsSync(join(ROOT, 'docs')) ? readdirSync(join(ROOT, 'docs')).map((f) => join('docs', f)) : []),
].filter((f) => f.endsWith('.md'));

describe('the parser itself', () => {
  it('accepts a minimal workflow and rejects broken ones (so a pass below means something)', async () => {
    const ok = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';
    expect(await workflowErrors('ok.yml', ok)).toEqual([]);
    expect(await workflowErrors('x.yml', ok.replace('steps:', 'stepz:'))).not.toEqual([]);
    expect(await workflowErrors('x.yml', ok.replace('on: push', 'on: pushed'))).not.toEqual([]);
    expect(await workflowErrors('x.yml', ok.replace('echo hi', '${{ foo( }}'))).not.toEqual([]);
    expect(
      await workflowErrors('x.yml', 'on: push\npermissions:\n  issues: writ\n' + ok.slice(9)),
    ).not.toEqual([]);
  });

  it('finds unknown inputs and outputs of this action', () => {
    const wf =
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - id: audit\n        uses: octo-org/integrity-audit@v1\n' +
      '        with:\n          lookback: 3\n      - run: echo ${{ steps.audit.outputs.criticals }}\n';
    expect(actionUseProblems(wf)).toEqual([
      'job a: input "lookback" is not in action.yml',
      'job a: output "criticals" of step audit is not in action.yml',
    ]);
  });
});

describe('action.yml', () => {
  it('is a valid action for GitHub’s action parser', () => {
    const result = parseAction(
      { name: 'action.yml', content: readFileSync(join(ROOT, 'action.yml'), 'utf8') },
      trace,
    );
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const broken = parseAction({ name: 'a.yml', content: 'name: x\nruns:\n  using: node99\n' }, trace);
    expect(broken.context.errors.getErrors()).not.toEqual([]);
  });
});

describe('.github/workflows', () => {
  it('holds the CI, check-dist, CodeQL and release workflows', () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining(['ci.yml', 'check-dist.yml', 'codeql.yml', 'release.yml']),
    );
  });

  it.each(workflowFiles)('%s is valid and uses this action as action.yml declares it', async (file) => {
    const content = readFileSync(join(workflowDir, file), 'utf8');
    expect(await workflowErrors(file, content)).toEqual([]);
    expect(actionUseProblems(content)).toEqual([]);
  });

  it('ci.yml runs .ci/run and tests the action on examples/runs (logs-path) and on itself (dry-run)', () => {
    const ci = parseYaml(readFileSync(join(workflowDir, 'ci.yml'), 'utf8')) as {
      jobs: Record<string, { steps: (Step & { run?: string })[] }>;
    };
    const steps = Object.values(ci.jobs).flatMap((j) => j.steps);
    expect(steps.some((s) => s.run?.trim() === '.ci/run')).toBe(true);
    const ours = steps.filter((s) => s.uses === './');
    expect(ours.some((s) => s.with?.['logs-path'] === 'examples/runs')).toBe(true);
    expect(ours.some((s) => s.with?.['dry-run'] === true || s.with?.['dry-run'] === 'true')).toBe(true);
  });
});

describe('dependabot.yml', () => {
  it('updates npm and github-actions dependencies, grouped', () => {
    const config = parseYaml(readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as {
      version: number;
      updates: {
        'package-ecosystem': string;
        directory: string;
        schedule: { interval: string };
        groups?: object;
      }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const u of config.updates) {
      expect(u.directory).toBe('/');
      expect(['daily', 'weekly', 'monthly']).toContain(u.schedule.interval);
      expect(Object.keys(u.groups ?? {}).length).toBeGreaterThan(0);
    }
  });
});

describe('workflows in the documentation', () => {
  const blocks = docs.flatMap((file) =>
    yamlBlocks(readFileSync(join(ROOT, file), 'utf8')).map((b) => ({ file, ...b })),
  );

  it('the README shows workflows', () => {
    expect(blocks.filter((b) => b.file === 'README.md').length).toBeGreaterThanOrEqual(3);
  });

  // Every ```yaml block of the README is a workflow; in docs/, the blocks that look like one (other YAML, such as a
  // gateway configuration, is left alone).
  const looksLikeWorkflow = (text: string) => /^\s*(jobs:|on:|- (uses|run|name|id):)/m.test(text);
  const checked = blocks.filter((b) => b.file === 'README.md' || looksLikeWorkflow(b.text));

  it.each(checked.map((b) => [`${b.file}:${b.line}`, b] as const))(
    '%s is a valid workflow',
    async (_, block) => {
      const workflow = asWorkflow(block.text);
      expect(
        workflow,
        'a ```yaml block must be a whole workflow (on: and jobs:) or a list of steps',
      ).not.toBeNull();
      expect(await workflowErrors(`${block.file}:${block.line}`, workflow!)).toEqual([]);
      expect(actionUseProblems(workflow!)).toEqual([]);
    },
  );
});
