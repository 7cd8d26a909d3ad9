// The demo: (1) the CLI's text report over examples/runs, then (2) the action exactly as a runner runs it
// (`node dist/index.js` with INPUT_* and GITHUB_* variables) against a fake GitHub on 127.0.0.1 seeded from
// examples/runs, and the issue it filed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeGitHub } from '../test/support/fake-github.js';
import { seedFromRunFolders } from '../test/support/seed.js';

const root = new URL('..', import.meta.url).pathname;
const examples = join(root, 'examples', 'runs');
const repo = 'octo-org/example-app';

console.log('$ node dist/cli.js analyze examples/runs --format text\n');
const cli = spawnSync(
  process.execPath,
  [join(root, 'dist', 'cli.js'), 'analyze', examples, '--format', 'text'],
  { encoding: 'utf8' },
);
process.stdout.write(cli.stdout);
if (cli.status !== 0) {
  process.stderr.write(cli.stderr);
  process.exit(cli.status ?? 1);
}

const gh = await startFakeGitHub({ token: 'ghs_demo' });
try {
  await seedFromRunFolders(gh, repo, examples);
  // The runner's files (job summary, outputs, RUNNER_TEMP with the JSON report) stay in .demo/ to be looked at.
  const temp = join(root, '.demo');
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp);
  const summary = join(temp, 'summary.md');
  const output = join(temp, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  console.log(`\n$ node dist/index.js   # as a runner would, against a fake GitHub at ${gh.url}\n`);
  // Asynchronously: the fake server lives in this process and must keep answering.
  const action = await runNode(join(root, 'dist', 'index.js'), {
    PATH: process.env.PATH,
    'INPUT_GITHUB-TOKEN': 'ghs_demo',
    'INPUT_LOOKBACK-HOURS': '24',
    GITHUB_REPOSITORY: repo,
    GITHUB_API_URL: gh.url,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: temp,
    INTEGRITY_AUDIT_THROTTLE: 'false',
  });
  process.stdout.write(
    action.stdout
      .split('\n')
      .map((l) => '  ' + l)
      .join('\n'),
  );
  if (action.status !== 0) process.stderr.write(action.stderr);
  console.log(`\nOutputs (GITHUB_OUTPUT):\n${readFileSync(output, 'utf8').replace(/^/gm, '  ')}`);
  for (const issue of gh.repos.get(repo)?.issues ?? []) {
    console.log(`Issue #${issue.number} filed in ${repo} [${issue.labels.join(', ')}]: ${issue.title}\n`);
    console.log(issue.body);
  }
  console.log(
    `\nThe job summary is in .demo/summary.md, the outputs in .demo/output.txt, the JSON report in .demo/integrity-audit-report.json.`,
  );
  process.exitCode = action.status ?? 1;
} finally {
  await gh.close();
}

function runNode(
  script: string,
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
