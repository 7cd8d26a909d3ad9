// This process's open file descriptors, to check that reading leaves none open.
import { readdirSync } from 'node:fs';

/** Open file descriptors of this process (Linux), or null elsewhere. */
export function openFds(): number | null {
  try {
    return readdirSync('/proc/self/fd').length;
  } catch {
    return null;
  }
}

/**
 * Waits until the descriptors are back to `before` (closing is asynchronous), or returns the count after 2 s. A
 * descriptor of an earlier test that closes meanwhile can leave fewer than `before`: assert at most `before`.
 */
export async function fdsBackTo(before: number | null): Promise<number | null> {
  for (let i = 0; i < 200 && before !== null && openFds()! > before; i++)
    await new Promise((r) => setTimeout(r, 10));
  return openFds();
}
