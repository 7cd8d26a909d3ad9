// The CLI as a user runs it (`node dist/cli.js …` as a process): the verdict, the exit codes and their one-line
// reasons, paths that hold no run, the same run given twice, a stray zip, --output, --version, argument errors.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { assertDistFresh, ROOT } from '../support/run-action.js';
import { expectValidReport } from '../e2e/fixtures.js';
import { lines } from '../support/harness.js';
import { openLocalRun } from '../../src/sources/local.js';
import { collectEvidence } from '../../src/engine/collect.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const EXAMPLES = join(ROOT, 'examples', 'runs');
const RUN_TRAP = '31314173898';
const RUN_BYPASS = '31314175001';
const RUN_CLEAN = '31314176002';

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(args: string[]): CliRun & { report: Report } {
  const r = cli(['analyze', ...args, '--format', 'json']);
  const report = JSON.parse(r.stdout) as Report;
  expectValidReport(report);
  return { ...r, report };
}

/** stderr is exactly one line. */
function oneLine(r: CliRun): string {
  const ls = r.stderr.split('\n').filter((l) => l !== '');
  expect(ls, r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  return ls[0];
}

let root: string;
beforeAll(() => {
  assertDistFresh();
  root = mkdtempSync(join(tmpdir(), 'integrity-audit-cli-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fresh(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A copy of the clean example run, plus `extra` files (path → content). */
function cleanRun(parent: string, extra: Record<string, string> = {}): string {
  const dir = join(parent, RUN_CLEAN);
  cpSync(join(EXAMPLES, RUN_CLEAN), dir, { recursive: true });
  for (const [p, content] of Object.entries(extra)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), content);
  }
  return dir;
}

describe('verdict', () => {
  it('clean: every run fully audited, no critical or warning finding; the text view leads with it', () => {
    const { code, report } = json([join(EXAMPLES, RUN_CLEAN)]);
    expect(code).toBe(0);
    expect(report.summary.verdict).toBe('clean');
    expect(report.runs.map((r) => [r.id, r.coverage, r.status])).toEqual([[RUN_CLEAN, 'full', 'ok']]);
    const text = cli(['analyze', join(EXAMPLES, RUN_CLEAN), '--format', 'text']);
    expect(text.stdout.split('\n')[0]).toMatch(/^VERDICT: CLEAN — clean bill of health: 1 run fully audited/);
    const md = cli(['analyze', join(EXAMPLES, RUN_CLEAN), '--format', 'markdown']);
    expect(md.stdout).toContain('Clean bill of health');
    expect(md.stdout).toContain('**Verdict: clean** ✅');
  });

  it('findings: a warning finding; every runs table shows coverage', () => {
    const { code, report } = json([EXAMPLES]);
    expect(code).toBe(0);
    expect(report.summary).toMatchObject({ warning: 2, verdict: 'findings' });
    const md = cli(['analyze', EXAMPLES, '--format', 'markdown']).stdout;
    expect(md).toContain('| Coverage | Findings |');
    expect(md).not.toContain('Clean bill of health');
    expect(md.split('\n')[2]).toMatch(
      /^\*\*Verdict: findings\*\* 🟡 — 2 warnings in 2 of 3 runs: a WASM guard trap in Smoke Copilot/,
    );
    const sarif = JSON.parse(cli(['analyze', EXAMPLES, '--format', 'sarif']).stdout) as {
      version: string;
      runs: { results: { ruleId: string }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r) => r.ruleId)).toEqual(['wasm-guard-trap', 'direct-api-bypass']);
    const text = cli(['analyze', EXAMPLES, '--format', 'text']).stdout;
    expect(text.split('\n')[0]).toMatch(
      /^VERDICT: FINDINGS — 2 warnings in 2 of 3 runs — W-1 a WASM guard trap in Smoke Copilot/,
    );
    expect(text).toMatch(/COVERAGE/);
  });

  it('a text file named x.zip is a run with coverage none: status unaudited, verdict inconclusive, never clean', () => {
    const dir = fresh('textzip');
    writeFileSync(join(dir, 'x.zip'), 'not a zip at all\n');
    const { code, report } = json([join(dir, 'x.zip')]);
    expect(code).toBe(0);
    expect(report.runs).toMatchObject([{ id: 'x', coverage: 'none', status: 'unaudited' }]);
    expect(report.summary.verdict).toBe('inconclusive');
    const md = cli(['analyze', join(dir, 'x.zip'), '--format', 'markdown']).stdout;
    expect(md).not.toMatch(/clean bill of health/i);
    expect(md.split('\n')[2]).toMatch(
      /^\*\*Verdict: inconclusive\*\* ⬜ — nothing was audited: .*x\.zip: not a readable zip/,
    );
    const text = cli(['analyze', join(dir, 'x.zip'), '--format', 'text']).stdout;
    expect(text.split('\n')[0]).toMatch(
      /^VERDICT: INCONCLUSIVE — nothing was audited: .*x \(none: x\.zip: not a readable zip/,
    );
    expect(text).toMatch(/^x +- .* none +unaudited$/m);
  });

  it('incomplete: no warning, but a run not fully audited, named with the reason', () => {
    const dir = fresh('incomplete');
    const run = cleanRun(dir, { 'agent-artifacts.zip': 'truncated download\n' });
    const { code, report } = json([run]);
    expect(code).toBe(0);
    expect(report.runs).toMatchObject([{ id: RUN_CLEAN, coverage: 'partial', status: 'ok' }]);
    expect(report.summary.verdict).toBe('incomplete');
    const md = cli(['analyze', run, '--format', 'markdown']).stdout;
    expect(md).not.toMatch(/clean bill of health/i);
    expect(md.split('\n')[2]).toMatch(
      new RegExp(
        `^\\*\\*Verdict: incomplete\\*\\* ⚠️ — .*1 of 1 run not fully audited.*\\[${RUN_CLEAN}\\]\\(https://github\\.com/[^)]*/actions/runs/${RUN_CLEAN}\\) \\(partial: \`agent-artifacts\\.zip: not a readable zip`,
      ),
    );
    expect(cli(['analyze', run, '--format', 'text']).stdout.split('\n')[0]).toMatch(
      new RegExp(
        `^VERDICT: INCOMPLETE — .*${RUN_CLEAN} \\(partial: agent-artifacts\\.zip: not a readable zip`,
      ),
    );
  });
});

describe('exit codes and gates', () => {
  it('findings at or above --fail-on: exit 3 with one line; below it: exit 0', () => {
    const warn = cli(['analyze', EXAMPLES, '--format', 'json', '--fail-on', 'warning']);
    expect(warn.code).toBe(3);
    expect(oneLine(warn)).toBe('integrity-audit: 0 critical and 2 warning finding(s) (fail-on: warning)');
    const crit = cli(['analyze', EXAMPLES, '--format', 'json', '--fail-on', 'critical']);
    expect(crit.code).toBe(0);
    expect(crit.stderr).toBe('');
  });

  it('--fail-on fails an inconclusive audit with exit 4 and says why', () => {
    const dir = fresh('gate-inconclusive');
    writeFileSync(join(dir, 'x.zip'), 'not a zip at all\n');
    for (const level of ['warning', 'critical']) {
      const r = cli(['analyze', join(dir, 'x.zip'), '--format', 'json', '--fail-on', level]);
      expect(r.code).toBe(4);
      expect(oneLine(r)).toMatch(
        new RegExp(
          `^integrity-audit: verdict inconclusive, nothing was audited .*x \\(none: x\\.zip: not a readable zip.*\\(fail-on: ${level}\\)$`,
        ),
      );
    }
    expect(cli(['analyze', join(dir, 'x.zip'), '--format', 'json']).code).toBe(0);
  });

  it('--require-full-coverage fails an incomplete audit with exit 4; a fully covered one passes', () => {
    const dir = fresh('gate-incomplete');
    const run = cleanRun(dir, { 'agent-artifacts.zip': 'truncated download\n' });
    expect(cli(['analyze', run, '--format', 'json', '--fail-on', 'warning']).code).toBe(0);
    const r = cli(['analyze', run, '--format', 'json', '--require-full-coverage']);
    expect(r.code).toBe(4);
    expect(oneLine(r)).toMatch(
      new RegExp(
        `^integrity-audit: 1 run\\(s\\) not fully audited: ${RUN_CLEAN} \\(partial: agent-artifacts\\.zip: .*\\(require-full-coverage\\)$`,
      ),
    );
    const full = cli(['analyze', join(EXAMPLES, RUN_CLEAN), '--format', 'json', '--require-full-coverage']);
    expect(full.code).toBe(0);
    // Findings keep exit 3 ahead of the coverage gate.
    const both = cli([
      'analyze',
      EXAMPLES,
      run,
      '--format',
      'json',
      '--fail-on',
      'warning',
      '--require-full-coverage',
    ]);
    expect(both.code).toBe(3);
  });

  it('a folder that holds no run is bad usage: exit 2, what was found, what a run looks like', () => {
    const empty = fresh('empty');
    const r = cli(['analyze', empty]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const line = oneLine(r);
    expect(line).toMatch(/no run found: the folder is empty/);
    expect(line).toMatch(/aw_info\.json, mcp-logs\/.*gh run download.*\.zip/);
    expect(line.split(empty)).toHaveLength(2);

    const src = cli(['analyze', join(ROOT, 'src')]);
    expect(src.code).toBe(2);
    expect(oneLine(src)).toMatch(
      /no run found: found \d+ folder\(s\) and \d+ file\(s\) \(action\/, cli\/, .*\) but no run evidence/,
    );
    // With a fail-on level too: still bad usage, not an audit.
    expect(cli(['analyze', empty, '--fail-on', 'warning']).code).toBe(2);
    // One good path and one without a run: bad usage, naming the bad one.
    const mixed = cli(['analyze', EXAMPLES, empty, '--format', 'json']);
    expect(mixed.code).toBe(2);
    expect(oneLine(mixed)).toContain(empty);
  });

  it('a missing path or a plain file: exit 2, the path named once', () => {
    const missing = join(root, 'does-not-exist');
    const r = cli(['analyze', missing]);
    expect(r.code).toBe(2);
    const line = oneLine(r);
    expect(line).toMatch(/no such file or directory/);
    expect(line.split(missing)).toHaveLength(2);
    const file = cli(['analyze', join(ROOT, 'package.json')]);
    expect(file.code).toBe(2);
    expect(oneLine(file).split('package.json')).toHaveLength(2);
  });

  it('an unknown option or a missing value: one line and a pointer to --help, not the parser text', () => {
    const r = cli(['analyze', EXAMPLES, '--bogus']);
    expect(r.code).toBe(2);
    expect(oneLine(r)).toBe("error: unknown option --bogus (see 'integrity-audit --help')");
    const v = cli(['analyze', EXAMPLES, '--format']);
    expect(v.code).toBe(2);
    expect(oneLine(v)).toBe("error: option --format needs a value (see 'integrity-audit --help')");
    const bad = cli(['analyze', EXAMPLES, '--fail-on', 'sometimes']);
    expect(bad.code).toBe(2);
    expect(oneLine(bad)).toMatch(/--fail-on must be critical or warning.*--help/);
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`integrity-audit ${version}\n`);
  });
});

describe('input handling', () => {
  it('the same run given twice, or directly and via its parent, is audited once', () => {
    const once = json([EXAMPLES]).report;
    const twice = json([EXAMPLES, EXAMPLES, join(EXAMPLES, 'run-' + RUN_TRAP), join(EXAMPLES, RUN_CLEAN)]);
    expect(twice.report.runs.map((r) => r.id)).toEqual(once.runs.map((r) => r.id));
    expect(twice.report.summary).toEqual(once.summary);
    expect(twice.report.findings.map((f) => [f.rule, f.count, f.runs])).toEqual(
      once.findings.map((f) => [f.rule, f.count, f.runs]),
    );
    const same = json([join(EXAMPLES, RUN_BYPASS), join(EXAMPLES, RUN_BYPASS) + '/']).report;
    expect(same.runs.map((r) => r.id)).toEqual([RUN_BYPASS]);
    // An artifact folder given beside its run is part of that run.
    const part = json([join(EXAMPLES, RUN_BYPASS), join(EXAMPLES, RUN_BYPASS, 'agent')]).report;
    expect(part.runs.map((r) => r.id)).toEqual([RUN_BYPASS]);
  });

  it('the same run as two copies (two folders, or a folder and an unreadable zip): audited once, with a note', () => {
    const dir = fresh('copies');
    cpSync(join(EXAMPLES, 'run-' + RUN_TRAP), join(dir, 'a', 'run-' + RUN_TRAP), { recursive: true });
    cpSync(join(EXAMPLES, 'run-' + RUN_TRAP), join(dir, 'b', RUN_TRAP), { recursive: true });
    writeFileSync(join(dir, RUN_TRAP + '.zip'), 'not a zip\n');
    const once = json([join(EXAMPLES, 'run-' + RUN_TRAP)]).report;
    const copies = json([join(dir, 'a'), join(dir, 'b'), join(dir, RUN_TRAP + '.zip')]).report;
    expect(copies.runs.map((r) => [r.id, r.coverage])).toEqual([[RUN_TRAP, 'full']]);
    expect(copies.summary).toEqual(once.summary);
    expect(copies.findings.map((f) => [f.rule, f.count, f.runs])).toEqual(
      once.findings.map((f) => [f.rule, f.count, f.runs]),
    );
    expect(copies.notes).toEqual([`Run ${RUN_TRAP} was given 3 times: audited once.`]);
  });

  it('a stray .zip beside run folders is a run of its own, not an artifact of its neighbours', () => {
    const dir = fresh('stray');
    cpSync(EXAMPLES, dir, { recursive: true });
    writeFileSync(join(dir, 'stray.zip'), 'not a zip\n');
    const { report } = json([dir]);
    expect(report.runs.map((r) => [r.id, r.coverage]).sort()).toEqual(
      [
        [RUN_BYPASS, 'full'],
        [RUN_CLEAN, 'full'],
        [RUN_TRAP, 'full'],
        ['stray', 'none'],
      ].sort(),
    );
    expect(report.findings.find((f) => f.rule === 'wasm-guard-trap')?.runs).toEqual([RUN_TRAP]);
    expect(report.summary.verdict).toBe('findings');
  });

  it('--output into a missing folder or onto a folder: one line, exit 2, no file left behind', () => {
    const dir = fresh('output');
    const missing = cli(['analyze', EXAMPLES, '--output', join(dir, 'nope', 'report.json')]);
    expect(missing.code).toBe(2);
    expect(oneLine(missing)).toMatch(/--output .*nope\/report\.json: the folder .*nope does not exist/);
    const folder = cli(['analyze', EXAMPLES, '--output', dir]);
    expect(folder.code).toBe(2);
    expect(oneLine(folder)).toMatch(/--output .*: is a folder/);
    expect(readdirSync(dir)).toEqual([]);
    const ok = cli(['analyze', EXAMPLES, '--output', join(dir, 'report.json')]);
    expect(ok.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect((JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report).summary.verdict).toBe(
      'findings',
    );
  });

  it('a write that fails: exit 1, one line, no stack trace, no temporary file', () => {
    const r = cli(['analyze', EXAMPLES, '--output', '/proc/self/integrity-audit-report.json']);
    expect(r.code).toBe(1);
    expect(oneLine(r)).toMatch(
      /^error: --output \/proc\/self\/integrity-audit-report\.json: could not be written/,
    );
  });

  it('invalid lines of audit.jsonl and rpc-messages.jsonl are counted in a note, and the run stays audited', () => {
    const dir = fresh('jsonl');
    const audit = lines(
      '{"_schema":"audit/v0.28.4","timestamp":"2026-05-25T09:00:00.000Z","event":"http_access","client":"172.30.0.20","host":"evil.example.com:443","dest":"-:-","method":"CONNECT","status":403,"decision":"TCP_DENIED","url":"evil.example.com:443"}',
      'garbage that is not JSON',
      '{"_schema":"audit/v0.28.4","timestamp":"2026-05-25T09:00:0',
    );
    const run = join(dir, 'run-4242');
    mkdirSync(join(run, 'sandbox', 'firewall', 'logs'), { recursive: true });
    mkdirSync(join(run, 'mcp-logs'), { recursive: true });
    writeFileSync(join(run, 'sandbox', 'firewall', 'logs', 'audit.jsonl'), audit);
    writeFileSync(
      join(run, 'mcp-logs', 'rpc-messages.jsonl'),
      readFileSync(join(EXAMPLES, RUN_CLEAN, 'agent', 'mcp-logs', 'rpc-messages.jsonl'), 'utf8') +
        'not a record\n{"timestamp":"2026-11-24T07:16:21.021Z","event":"rpc_response","server_id":"github"\n',
    );
    const { report } = json([run]);
    const facts = report.runs[0];
    expect(facts).toMatchObject({ id: '4242', firewall: { blocked: 1, total: 1 } });
    expect(facts.evidenceNotes).toEqual(
      expect.arrayContaining([
        'sandbox/firewall/logs/audit.jsonl: 2 invalid JSON line(s) skipped',
        'mcp-logs/rpc-messages.jsonl: 2 invalid JSON line(s) skipped',
      ]),
    );
    const text = cli(['analyze', run, '--format', 'text']).stdout;
    expect(text).toContain(
      'note: run 4242: sandbox/firewall/logs/audit.jsonl: 2 invalid JSON line(s) skipped',
    );
  });
});

describe('messages name a path once', () => {
  it('a file that vanished between listing and reading: its note names it once, without the absolute path', async () => {
    const dir = fresh('vanished');
    const run = cleanRun(dir);
    const input = await openLocalRun({ kind: 'dir', path: run });
    rmSync(join(run, 'agent', 'mcp-logs', 'mcp-gateway.log'));
    const evidence = await collectEvidence(input);
    await input.close();
    const note = evidence.notes.find((n) => n.file === 'agent/mcp-logs/mcp-gateway.log');
    expect(note).toMatchObject({ partial: true, kind: 'unreadable' });
    expect(note!.reason).toMatch(/no such file or directory/);
    expect(note!.reason).not.toContain(run);
  });
});
