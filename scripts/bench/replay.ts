export function replayRuns(_opts: { out: string; runs: number; calls: number }): void {
  throw new Error('replay generator: not written yet');
}
