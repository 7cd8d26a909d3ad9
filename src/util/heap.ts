// Flat memory whatever the input size. V8 sizes its heap for throughput: over a long audit the young generation
// doubles up to 16 MiB per semi-space and the old generation is let grow to several times what is live, so a 2 GB
// audit peaked at 122 MB RSS where 100 MB took 80 MB, though the live heap stays under 10 MB in both. Holding the
// young generation at its initial size and the old one to 2.5 times what is live gives 67 MB and 80 MB, for a few
// percent more time (npm run bench); a tighter old generation costs zipped input more collections. Node has no API
// for these two settings: they are V8 flags, read by the collector each time it resizes the heap, so setting them at
// start-up takes effect (checked on Node 20 and 24).
import { setFlagsFromString } from 'node:v8';

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
  setFlagsFromString('--heap-growing-percent=150');
}

/** The bounds this thread set (for the analysis workers it starts, see serveWorker), or null when it set none. */
export function heapBounds(): { young: boolean } | null {
  return bounded ? { young: youngBounded } : null;
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
