/**
 * Waits for every promise to settle, then returns their values or throws the first rejection (in input order).
 * Unlike `Promise.all`, nothing is still running when the error reaches the caller, so a `finally` that removes a
 * temporary folder never races a download that is still writing into it.
 */
export async function settleAll<T extends readonly unknown[] | []>(
  promises: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(promises);
  for (const s of settled) if (s.status === 'rejected') throw s.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as {
    -readonly [K in keyof T]: Awaited<T[K]>;
  };
}

/**
 * Runs `fn` over `items` with at most `limit` in flight, keeping the input order in the result. After the first
 * error no new item starts; the items in flight finish, then that error is thrown.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { err: unknown } | null = null;
  const worker = async () => {
    while (!failure && next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i], i);
      } catch (err) {
        failure ??= { err };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw (failure as { err: unknown }).err;
  return results;
}

/**
 * At most `limit` calls of the returned function's `fn` run at once; the others wait their turn, first come first
 * served. A call's error is its own: it frees its place and reaches only its caller.
 */
export function limiter(limit: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await fn();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/**
 * Lets the event loop run what is waiting (a worker's answer, a download's bytes) before going on. Files are read
 * synchronously, and promise continuations alone never give the loop a turn: an analysis worker waited for the
 * calling thread's whole run before it got its next one.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
