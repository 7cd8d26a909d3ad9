// Flat memory whatever the input size. V8 sizes its heap for throughput: over a long audit the young generation
// doubles up to 16 MiB per semi-space and the old generation is let grow to several times what is live, so a 2 GB
// audit peaked at 122 MB RSS where 100 MB took 80 MB, though the live heap stays under 10 MB in both. Holding the
// young generation at its initial size and the old one to twice what is live keeps both near 80-90 MB, for a few
// percent more time (npm run bench). The old generation's collections are cheap here (about 1 ms each over 10 MB
// live): measured 2026-12-05, 2.5 times what is live gave 2 GB 98 MB for the same time, 1.6 times 88 MB for 3% more
// CPU. Node has no API for these two settings: they are V8 flags, read by the collector each time it resizes the
// heap, so setting them at start-up takes effect (checked on Node 20 and 24). A large audit in the CLI holds a larger
// young generation (holdLargerYoungGeneration): fewer collections, for a few MB more.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

let bounded = false;

let youngBounded = true;

/**
 * `young: false` leaves the young generation to V8 (the action: an audit of hundreds of runs keeps many requests and
 * their buffers alive at once, which a young generation held at its initial size copies over and over; measured by
 * the scale bench, 500 runs: a sixth of the main thread's CPU in scavenges, 20 MB more at the peak without the bound).
 */
export function boundHeapGrowth(options: { young?: boolean } = {}): void {
  bounded = true;
  youngBounded = options.young ?? true;
  if (youngBounded) setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=100');
}

/** The bounds this thread set (for the analysis workers it starts, see serveWorker), or null when it set none. */
export function heapBounds(): { young: boolean } | null {
  return bounded ? { young: youngBounded } : null;
}

/**
 * For an audit in which every core analyses (a worker beside the calling thread on 2-3 cores): V8's scavenges run in
 * the thread that collects, with no helper tasks, which only competed with the analysing threads for the cores. A
 * process-wide V8 flag, read at each scavenge; a thread started does not undo it (checked on Node 20, unlike the
 * bounds above). Measured 2026-12-05, 2 GB of real traffic with one worker on 2 cores, medians of alternating runs:
 * 2.36 -> 2.27 s on disk (12 each), 3.24 -> 3.08 s zipped (6 each); the calling thread alone on 100 MB: no change.
 * `--single-threaded-gc`, which also stops concurrent marking, was faster still from the command line but crashes V8
 * when set at run time.
 */
export function scavengeWithoutHelpers(): void {
  setFlagsFromString('--no-parallel-scavenge');
}

/**
 * To call once a worker thread is online. On Node 20, starting a worker thread undoes the flags above for the main
 * thread (its young generation then grows to 32 MiB: +50 MB RSS on a zipped 2 GB audit); setting them again once
 * the worker runs holds (Node 24 keeps them anyway). A thread started by a worker undoes them too: the analysis
 * workers are told the bounds (heapBounds(), serveWorker) and set them again when their inflate thread starts. Does
 * nothing in a thread that was not told them.
 */
export function reapplyHeapBounds(): void {
  if (bounded) boundHeapGrowth({ young: youngBounded });
}

/** The young generation held for a large audit (see holdLargerYoungGeneration). */
export const LARGE_YOUNG_GENERATION_BYTES = 4 * 1024 * 1024;

/** The young generation's size now (both semi-spaces), in bytes. */
export function youngGenerationBytes(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}

/**
 * For a large audit (the CLI, over hundreds of MB): the young generation grown from its initial 1 MiB to
 * LARGE_YOUNG_GENERATION_BYTES, then held there. Held at 1 MiB it is collected about every MiB allocated: 2 GB of
 * real traffic allocates about 1.4 GB, 1,360 collections taking 0.43 s, an eighth of the audit (`--trace-gc`; at
 * 8 MiB, 342 taking 0.29 s: much of what is young is a run's events, which live until the run is done). V8 has no
 * API and no run-time flag for its size (`--min-semi-space-size` is read once, when the heap is made) and grows it
 * only after enough objects survived its collections: objects kept alive for a few collections make it grow (a few
 * ms), then the growth factor 1 holds it. Measured 2026-12-05, zipped 2 GB: 4.28 -> 4.05 s (8 MiB: 3.99 s, but 6 MB
 * more RSS, which the flat-memory target does not allow); on disk within the noise. Not worth it for small inputs.
 * Does nothing when the young generation is not bounded (the action leaves it to V8).
 */
export function holdLargerYoungGeneration(bytes = LARGE_YOUNG_GENERATION_BYTES): void {
  if (!bounded || !youngBounded || youngGenerationBytes() >= bytes) return;
  setFlagsFromString('--semi-space-growth-factor=2');
  let kept: { n: number }[] = [];
  for (let round = 0; round < 64 && youngGenerationBytes() < bytes; round++) {
    for (let i = 0; i < 16384; i++) kept.push({ n: i });
    if (kept.length >= 262144) kept = [];
  }
  setFlagsFromString('--semi-space-growth-factor=1');
}
