// When the fake server's requests arrived, and a hook on each arrival. The fake records what it received but not
// when; fault tests need both (the backoff between attempts, a retry only after `x-ratelimit-reset`) and, for a
// few faults, to act at the moment a request arrives: delete a run once it has been listed, or script a rate limit
// whose reset is relative to that request. The fake records a request before it picks the scripted fault for it,
// so a fault scripted from the hook applies to that very request.
import type { FakeGitHub, RecordedRequest } from '../support/fake-github.js';

export interface Arrivals {
  /** Date.now() at each arrival, index-aligned with gh.requests. */
  at: number[];
  /** Arrival times of the requests matching `pick`, in order. */
  times(pick: (r: RecordedRequest) => boolean): number[];
}

export function watchArrivals(gh: FakeGitHub, onArrival?: (r: RecordedRequest) => void): Arrivals {
  const at: number[] = [];
  const push = gh.requests.push.bind(gh.requests);
  gh.requests.push = (...items: RecordedRequest[]): number => {
    for (const r of items) {
      at.push(Date.now());
      onArrival?.(r);
    }
    return push(...items);
  };
  return {
    at,
    times: (pick) => gh.requests.flatMap((r, i) => (pick(r) ? [at[i]] : [])),
  };
}

/** Gaps in ms between consecutive times. */
export function gaps(times: number[]): number[] {
  return times.slice(1).map((t, i) => t - times[i]);
}
