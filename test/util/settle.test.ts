import { describe, expect, it } from 'vitest';
import { mapLimit, settleAll } from '../../src/util/settle.js';

const later = <T>(ms: number, value: T, log: string[], name: string): Promise<T> =>
  new Promise((resolve) =>
    setTimeout(() => {
      log.push(name);
      resolve(value);
    }, ms),
  );

describe('settleAll', () => {
  it('returns the values in input order', async () => {
    const log: string[] = [];
    await expect(settleAll([later(20, 'a', log, 'a'), later(1, 2, log, 'b')])).resolves.toEqual(['a', 2]);
  });

  it('throws the first rejection only after every other promise has settled', async () => {
    const log: string[] = [];
    const fail = Promise.reject(new Error('403'));
    await expect(settleAll([fail, later(30, 1, log, 'slow download')])).rejects.toThrow('403');
    expect(log).toEqual(['slow download']);
  });
});

describe('mapLimit', () => {
  it('keeps input order with at most `limit` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const out = await mapLimit([30, 5, 20, 1, 10], 2, async (ms, i) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, ms));
      inFlight--;
      return i;
    });
    expect(out).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it('after an error starts nothing new, lets the items in flight finish, then throws that error', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const run = mapLimit([0, 1, 2, 3, 4, 5], 2, async (_x, i) => {
      started.push(i);
      if (i === 1) throw new Error(`item ${i} failed`);
      await new Promise((r) => setTimeout(r, 30));
      finished.push(i);
      return i;
    });
    await expect(run).rejects.toThrow('item 1 failed');
    expect(started).toEqual([0, 1]);
    expect(finished).toEqual([0]);
  });
});
