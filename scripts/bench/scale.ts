// The scale scenario of `npm run bench` (issue 12 item 6): a fake GitHub adding 100 ms to every response, R
// repositories × N runs, audited by one job and by S shards plus a merge job; the times, the API requests per run
// (counted by the fake and logged by the action) and each job's peak RSS. One repository of N runs is the baseline.
// On an Actions matrix each shard has a runner of its own: each shard is measured alone (one after another, the
// machine to itself), and the S shards run at once on this one machine are a secondary, informative row (they share
// its cores, and the fake GitHub's). Several repositories in one job need the multi-repository `repository` input: where this build does
// not accept it, the scenario says so and measures one repository of R × N runs instead.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../../test/support/fake-github.js';
import { seedFromRunFolders } from '../../test/support/seed.js';
import { filesOf } from './files.js';

export interface ScaleOptions {
  root: string;
  benchDir: string;
  repos: number;
  runsPerRepo: number;
  shards: number;
  latencyMs: number;
}

interface Job {
  seconds: number;
  rssMB: number | null;
  code: number | null;
  output: string;
  /** as the action logged it */
  apiRequests: number;
  /** as the fake GitHub saw them while the job ran (exact only when no other job ran meanwhile) */
  fakeApiRequests: number;
  /** runs in the job's report (summary.runs), null when it wrote none */
  runs: number | null;
}

/** `count` copies of the example trap run (the largest example), run ids from `firstId`. */
function seedFolders(root: string, example: string, firstId: number, count: number): void {
  rmSync(root, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const id = String(firstId + i);
    for (const f of filesOf(example)) {
      const dest = join(root, `run-${id}`, relative(example, f));
      mkdirSync(join(dest, '..'), { recursive: true });
      let text = readFileSync(f, 'utf8');
      if (f.endsWith('aw_info.json')) text = text.replace('31314173898', id);
      writeFileSync(dest, text);
    }
  }
}

/** Runs dist/index.js once as a job would: its wall time, peak RSS and the API requests the fake saw meanwhile. */
function actionJob(
  opts: ScaleOptions,
  gh: FakeGitHub,
  name: string,
  inputs: Record<string, string>,
  reportName = 'integrity-audit-report.json',
): Promise<Job & { temp: string }> {
  const temp = join(opts.benchDir, `scale-${name}`);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  const rssFile = join(tmpdir(), `integrity-audit-scale-rss-${process.pid}-${name}`);
  rmSync(rssFile, { force: true });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    'INPUT_GITHUB-TOKEN': 'bench',
    'INPUT_DRY-RUN': 'true',
    GITHUB_API_URL: gh.url,
    // The repository the workflow runs in (where the issue goes): one repository, whatever the input audits.
    GITHUB_REPOSITORY: (inputs.repository ?? 'bench-org/repo-01').split(',')[0],
    RUNNER_TEMP: temp,
    // Throttling on, as on a runner: the client's queue (rate-limit waits, writes spaced) and its limit on requests
    // in flight are part of what a job takes (the jobs here write nothing: dry-run).
    INTEGRITY_AUDIT_RSS_FILE: rssFile,
    // The seeded runs were created an hour apart: every one of them falls in the window.
    'INPUT_LOOKBACK-HOURS': String(opts.runsPerRepo + 24),
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  // The analysis workers may be set for a comparison (`INTEGRITY_AUDIT_WORKERS=0 npm run bench -- --only scale`).
  if (process.env.INTEGRITY_AUDIT_WORKERS !== undefined)
    env.INTEGRITY_AUDIT_WORKERS = process.env.INTEGRITY_AUDIT_WORKERS;
  // Each job starts with a fresh primary rate limit, the 15,000 requests an hour of an installation on GitHub
  // Enterprise Cloud (docs: "Rate limits for the REST API"): the jobs measured here would otherwise share one hour's
  // budget, and the later ones would be cut short by it (which the API-budget tests check, not this benchmark).
  gh.setRateLimit({ limit: 15_000, used: 0, resetInSeconds: 3600 });
  const seen = gh.requests.length;
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    // INTEGRITY_AUDIT_BENCH_CPU_PROF=DIR: each job writes a CPU profile there (node --cpu-prof).
    const child = spawn(
      process.execPath,
      [
        ...(process.env.INTEGRITY_AUDIT_BENCH_CPU_PROF
          ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.INTEGRITY_AUDIT_BENCH_CPU_PROF]
          : []),
        join(opts.root, 'dist', 'index.js'),
      ],
      {
        env,
        cwd: temp,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : null;
      rmSync(rssFile, { force: true });
      // The action logs its own count; the fake's is the check (jobs run in parallel share the fake).
      const logged = /integrity-audit: (\d+) API request\(s\)/.exec(output);
      const fakeApiRequests = gh.requests.slice(seen).filter((r) => r.origin === 'api').length;
      let runs: number | null = null;
      try {
        runs = (JSON.parse(readFileSync(join(temp, reportName), 'utf8')) as { summary: { runs: number } })
          .summary.runs;
      } catch {
        /* no report: the job failed, said by its exit code */
      }
      resolve({
        seconds,
        rssMB: rss,
        code,
        output,
        apiRequests: logged ? Number(logged[1]) : NaN,
        fakeApiRequests,
        runs,
        temp,
      });
    });
  });
}

function failed(job: Job): string {
  const line = job.output.split('\n').find((l) => l.startsWith('::error')) ?? job.output.slice(-300);
  return `exit ${job.code}: ${line}`;
}

/** The scenario: prints its figures and returns its checks. */
export async function scaleBench(
  opts: ScaleOptions,
): Promise<{ lines: string[]; checks: [string, boolean][] }> {
  const gh = await startFakeGitHub({ latencyMs: opts.latencyMs });
  const example = join(opts.root, 'examples', 'runs', 'run-31314173898');
  const repos = Array.from(
    { length: opts.repos },
    (_, i) => `bench-org/repo-${String(i + 1).padStart(2, '0')}`,
  );
  const total = opts.repos * opts.runsPerRepo;
  const lines: string[] = [];
  const checks: [string, boolean][] = [];
  try {
    const now = new Date();
    for (const [i, repo] of repos.entries()) {
      const dir = join(opts.benchDir, 'scale-seed', String(i));
      seedFolders(dir, example, 60_000_000_000 + i * 10_000, opts.runsPerRepo);
      await seedFromRunFolders(gh, repo, dir, now);
    }
    // The baseline: one repository of N runs.
    const baseline = await actionJob(opts, gh, 'baseline', {
      repository: repos[0],
      'max-runs': String(opts.runsPerRepo),
    });
    if (baseline.code !== 0) throw new Error(`the baseline audit failed: ${failed(baseline)}`);

    // The one job over everything: several repositories when this build takes them, else one repository of them all.
    let target = repos.join(',');
    const maxRuns = String(Math.min(1000, total));
    let one = await actionJob(opts, gh, 'one-job', { repository: target, 'max-runs': maxRuns });
    if (one.code !== 0 && opts.repos > 1 && /Input "repository"/.test(one.output)) {
      lines.push(
        `(this build audits one repository per job: the scenario uses one repository of ${total} runs instead)`,
      );
      const all = gh.repos.get(repos[0])!;
      const merged = repos.flatMap((r) => gh.repos.get(r)!.runs);
      gh.repos.set('bench-org/all', { runs: merged, issues: [], labels: all.labels });
      target = 'bench-org/all';
      one = await actionJob(opts, gh, 'one-job', { repository: target, 'max-runs': maxRuns });
    }
    if (one.code !== 0) throw new Error(`the one-job audit failed: ${failed(one)}`);

    const shardInputs = (k: number) => ({
      repository: target,
      'max-runs': maxRuns,
      shard: `${k + 1}/${opts.shards}`,
    });
    const shardReport = (k: number) => `integrity-audit-report-shard-${k + 1}-of-${opts.shards}.json`;
    // Each shard alone, as on a matrix (a runner each): one after another, each with the machine to itself.
    const shards: (Job & { temp: string })[] = [];
    for (let k = 0; k < opts.shards; k++) {
      const s = await actionJob(opts, gh, `shard-${k + 1}`, shardInputs(k), shardReport(k));
      if (s.code !== 0) throw new Error(`a shard failed: ${failed(s)}`);
      shards.push(s);
    }
    const shardRequests = shards.reduce((n, s) => n + s.fakeApiRequests, 0);
    // Secondary: the same shards all at once on this one machine (sharing its cores and the fake GitHub's).
    const shardStart = process.hrtime.bigint();
    const together = await Promise.all(
      Array.from({ length: opts.shards }, (_, k) =>
        actionJob(opts, gh, `shard-${k + 1}-together`, shardInputs(k), shardReport(k)),
      ),
    );
    const shardWall = Number(process.hrtime.bigint() - shardStart) / 1e9;
    for (const s of together) if (s.code !== 0) throw new Error(`a shard (together) failed: ${failed(s)}`);
    const downloads = join(opts.benchDir, 'scale-reports');
    rmSync(downloads, { recursive: true, force: true });
    // As actions/download-artifact leaves them: a folder per shard's artifact.
    for (const [k, s] of shards.entries()) {
      const name = shardReport(k);
      mkdirSync(join(downloads, `shard-${k + 1}`), { recursive: true });
      cpSync(join(s.temp, name), join(downloads, `shard-${k + 1}`, name));
    }
    const merge = await actionJob(opts, gh, 'merge', {
      repository: target.split(',')[0],
      'reports-path': join(downloads, '**', 'integrity-audit-report-shard-*.json'),
    });
    if (merge.code !== 0) throw new Error(`the merge job failed: ${failed(merge)}`);
    const oneReport = JSON.parse(readFileSync(join(one.temp, 'integrity-audit-report.json'), 'utf8'));
    const mergedReport = JSON.parse(readFileSync(join(merge.temp, 'integrity-audit-report.json'), 'utf8'));
    const same =
      JSON.stringify([oneReport.summary, oneReport.findings, oneReport.runs]) ===
      JSON.stringify([mergedReport.summary, mergedReport.findings, mergedReport.runs]);

    const perRun = (n: number, runs: number) => (n / runs).toFixed(2);
    const rss = (j: Job) => (j.rssMB === null ? '?' : `${j.rssMB.toFixed(0)} MB`);
    const slowest = Math.max(...shards.map((s) => s.seconds));
    const rssRange = (js: Job[]) => {
      const v = js.map((j) => j.rssMB).filter((x): x is number => x !== null);
      return v.length ? `${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)} MB` : '?';
    };
    const times = (js: Job[]) =>
      `${Math.min(...js.map((j) => j.seconds)).toFixed(2)}–${Math.max(...js.map((j) => j.seconds)).toFixed(2)} s`;
    lines.push(
      `Scale (fake GitHub, +${opts.latencyMs} ms per response, ${opts.repos} repositories × ${opts.runsPerRepo} runs; ` +
        `${cpus().length} cores). Each shard runs alone, one after another (on a matrix each shard has a runner of ` +
        `its own); the row "all ${opts.shards} shards at once" runs them in parallel on this one machine, for information:`,
      '',
      '| job | runs | time | API requests | per run | peak RSS |',
      '|---|---|---|---|---|---|',
      `| one repository (baseline) | ${baseline.runs} | ${baseline.seconds.toFixed(2)} s | ${baseline.apiRequests} | ${perRun(baseline.apiRequests, opts.runsPerRepo)} | ${rss(baseline)} |`,
      `| one job | ${one.runs} | ${one.seconds.toFixed(2)} s | ${one.apiRequests} | ${perRun(one.apiRequests, total)} | ${rss(one)} |`,
      ...shards.map(
        (s, k) =>
          `| shard ${k + 1}/${opts.shards} (alone) | ${s.runs ?? '?'} | ${s.seconds.toFixed(2)} s | ${s.apiRequests} | | ${rss(s)} |`,
      ),
      `| ${opts.shards} shards (alone, summed) | ${shards.reduce((n, s) => n + (s.runs ?? 0), 0)} | | ${shardRequests} | ${perRun(shardRequests, total)} | |`,
      `| all ${opts.shards} shards at once on this machine (wall; each ${times(together)}) | ${together.reduce((n, s) => n + (s.runs ?? 0), 0)} | ${shardWall.toFixed(2)} s | | | ${rssRange(together)} |`,
      `| merge (${opts.shards} reports, files the issue: dry-run) | ${total} | ${merge.seconds.toFixed(2)} s | ${merge.apiRequests} | | ${rss(merge)} |`,
      '',
    );
    checks.push(
      [
        `scale: one job ≤ 3× one repository of ${opts.runsPerRepo} runs (${(one.seconds / baseline.seconds).toFixed(2)}×)`,
        one.seconds <= 3 * baseline.seconds,
      ],
      [
        `scale: each shard (alone) ≤ 0.35× the one job (slowest ${(slowest / one.seconds).toFixed(2)}×)`,
        slowest <= 0.35 * one.seconds,
      ],
      [`scale: merging ${opts.shards} reports < 2 s (${merge.seconds.toFixed(2)} s)`, merge.seconds < 2],
      [
        `scale: API requests per run, one job ≤ baseline (${perRun(one.apiRequests, total)} ≤ ${perRun(baseline.apiRequests, opts.runsPerRepo)})`,
        one.apiRequests / total <= baseline.apiRequests / opts.runsPerRepo,
      ],
      [
        `scale: the action counts its API requests as the fake GitHub saw them (one job: ${one.apiRequests} = ${one.fakeApiRequests})`,
        one.apiRequests === one.fakeApiRequests,
      ],
      [`scale: the merged report equals the one job's (runs, findings, summary)`, same],
      [
        `scale: every seeded run audited (baseline ${baseline.runs} of ${opts.runsPerRepo}, one job ${one.runs} of ${total}, shards ${shards.reduce((n, s) => n + (s.runs ?? 0), 0)} of ${total})`,
        baseline.runs === opts.runsPerRepo &&
          one.runs === total &&
          shards.reduce((n, s) => n + (s.runs ?? 0), 0) === total,
      ],
    );
    return { lines, checks };
  } finally {
    await gh.close();
  }
}
