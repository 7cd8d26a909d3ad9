// `analyze --repo` in process (src/cli/github-mode.ts): progress on a terminal only, repository selection edge cases
// (an owner that is neither an organization nor a user, a repository given literally that the token cannot see).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { analyzeFromGitHub } from '../../src/cli/github-mode.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const TOKEN = 'ghs_cliGithubModeToken';
let gh: FakeGitHub | undefined;

beforeAll(() => {
  process.env.INTEGRITY_AUDIT_THROTTLE = 'false';
});
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

function stderr(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const s = { isTTY, text: '', write: (t: string) => ((s.text += t), true) };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

const ago = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const run = (id: number, h: number) => ({
  id,
  name: 'Triage',
  path: '.github/workflows/triage.lock.yml',
  created_at: ago(h),
  artifacts: [{ name: 'agent', files: { 'mcp-logs/mcp-gateway.log': '' } }],
});

describe('analyze --repo (in process)', () => {
  it('shows progress (runs done of total, bytes) on a terminal, and nothing otherwise', async () => {
    gh = await startFakeGitHub({ token: TOKEN });
    gh.addRun('octo/app', run(1, 1));
    gh.addRun('octo/app', run(2, 2));
    const values = { repo: ['octo/app'], 'api-url': gh.url };
    const tty = stderr(true);
    const a = await analyzeFromGitHub(values, {
      config: DEFAULT_CONFIG,
      env: { GH_TOKEN: TOKEN },
      stderr: tty,
    });
    expect(a.report.runs.map((r) => r.id)).toEqual(['1', '2']);
    expect(tty.text).toMatch(/integrity-audit: 1\/2 run\(s\) done, \d+ KB of evidence/);
    expect(tty.text).toMatch(/integrity-audit: 2\/2 run\(s\) done/);
    const pipe = stderr(false);
    await analyzeFromGitHub(values, { config: DEFAULT_CONFIG, env: { GITHUB_TOKEN: TOKEN }, stderr: pipe });
    expect(pipe.text).toBe('');
  });

  it('an owner that is no organization or user is not covered; the other entries go on', async () => {
    gh = await startFakeGitHub({ token: TOKEN });
    gh.addRun('octo/app', run(3, 1));
    const a = await analyzeFromGitHub(
      { repo: ['ghost/*', 'octo/app'], 'api-url': gh.url },
      { config: DEFAULT_CONFIG, env: { GH_TOKEN: TOKEN }, stderr: stderr(false) },
    );
    expect(a.notCovered).toEqual([
      { repository: 'ghost/*', reason: 'no organization or user ghost is visible to the token' },
    ]);
    expect(a.report.runs.map((r) => r.id)).toEqual(['3']);
    expect(a.report.summary.verdict).not.toBe('clean');
  });

  it('one repository given literally that the token cannot see fails as the action does, naming the permission', async () => {
    gh = await startFakeGitHub({ token: TOKEN });
    await expect(
      analyzeFromGitHub(
        { repo: ['octo/missing'], 'api-url': gh.url },
        { config: DEFAULT_CONFIG, env: { GH_TOKEN: TOKEN }, stderr: stderr(false) },
      ),
    ).rejects.toThrow(/`actions: read`/);
  });
});
