// Downloading: a redirecting API resource (artifact zip, job log) to a file, the token never sent to storage, with a
// size cap, an idle timeout and retries of transient failures.
import { createWriteStream, promises as fs } from 'node:fs';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { apiTimeoutMs, type GitHubClient } from '../../github/client.js';
import { statusOf } from '../../github/errors.js';
import { DEFAULT_ZIP_LIMITS } from '../zip.js';
import { isTimeout, leanFetch, timedFetch } from '../../github/http.js';

/**
 * Follows the API's 302 to the storage URL itself, so the token is never sent to storage. An answer that does not
 * come within `timeoutMs` is a failure; the caller retries the whole download (this hop is not retried on its own).
 */
async function redirectTarget(
  client: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  timeoutMs: number,
): Promise<{ location: string } | { data: ArrayBuffer }> {
  const res = await client.request(route, {
    ...params,
    // Its own time limit, when shorter than the API's (each attempt of this hop is the download's to retry).
    request: { redirect: 'manual', fetch: timedFetch(Math.min(timeoutMs, apiTimeoutMs())), retries: 0 },
  });
  const status = res.status as number;
  const location = (res.headers as Record<string, string | undefined>).location;
  if (status >= 300 && status < 400 && location) return { location };
  if (status === 200 && res.data instanceof ArrayBuffer) return { data: res.data };
  if (status === 200 && typeof res.data === 'string')
    return { data: new TextEncoder().encode(res.data).buffer as ArrayBuffer };
  throw new Error(`unexpected ${status} response without a Location header`);
}

/** A download refused for its size (final: not retried). */
export class TooLarge extends Error {}

/**
 * Bytes of downloads held in memory at once (artifact zips read straight from memory: no temporary file written, read
 * back and removed for each), with what each download takes from it. A download that does not fit goes to a file as
 * before, so memory stays bounded whatever the runs in flight. `INTEGRITY_AUDIT_DOWNLOAD_MEMORY_MB` sets the budget
 * (0: every download to a file).
 */
export class MemoryBudget {
  private used = 0;
  constructor(
    readonly total: number,
    /** A download larger than this goes to a file even when the budget has room. */
    readonly perDownload: number,
  ) {}

  /** Takes `bytes` when they fit; false (nothing taken) when not. */
  take(bytes: number): boolean {
    if (bytes > this.perDownload || this.used + bytes > this.total) return false;
    this.used += bytes;
    return true;
  }

  give(bytes: number): void {
    this.used = Math.max(0, this.used - bytes);
  }

  get inUse(): number {
    return this.used;
  }
}

const MB = 1024 * 1024;

function budgetMB(): number {
  const v = Number(process.env.INTEGRITY_AUDIT_DOWNLOAD_MEMORY_MB);
  return Number.isFinite(v) && v >= 0 && process.env.INTEGRITY_AUDIT_DOWNLOAD_MEMORY_MB !== '' ? v : 64;
}

/** The process's budget: 64 MiB of downloads in memory, none over 8 MiB (larger artifacts are files). */
export const DOWNLOAD_MEMORY = new MemoryBudget(budgetMB() * MB, 8 * MB);

/** A download's content: in memory (`data`, its bytes taken from the budget until `release`) or in the file. */
export interface Downloaded {
  bytes: number;
  /** The content when it was kept in memory; null: it is in the destination file. */
  data: Buffer | null;
  /** The destination file when the content went there; null: in memory (no file was made). */
  path: string | null;
  /** Gives the memory back to the budget (once; nothing for a file). */
  release(): void;
}

function inMemory(data: Buffer, budget: MemoryBudget): Downloaded {
  let held = data.length;
  return {
    bytes: data.length,
    data,
    path: null,
    release: () => {
      budget.give(held);
      held = 0;
    },
  };
}

const onDisk = (bytes: number, path: string): Downloaded => ({
  bytes,
  data: null,
  path,
  release: () => undefined,
});

/** A destination file, or how to make one (a temporary folder made only when something goes to disk). */
export type Destination = string | (() => Promise<string>);

const pathOf = (dest: Destination) => (typeof dest === 'string' ? dest : dest());

/**
 * Streams a URL (no Authorization header) into memory when its declared length fits the budget, else to a file,
 * refusing more than `maxBytes`, aborting when idle.
 */
async function fetchBody(
  url: string,
  dest: Destination,
  maxBytes: number,
  idleMs: number,
  budget: MemoryBudget | null,
): Promise<Downloaded> {
  let taken = 0;
  let body: Readable | null = null;
  try {
    // No answer, or a pause in the body, as long as `idleMs`: undici's timers (github/http.ts).
    const res = await leanFetch(url, { redirect: 'follow', timeoutMs: idleMs });
    body = res.body;
    // undici fails a body destroyed before its end with an 'error' event: heard here, whoever stops reading it.
    body.on('error', () => undefined);
    if (!res.ok)
      throw Object.assign(new Error(`storage answered ${res.status} ${res.statusText}`.trimEnd()), {
        status: res.status,
      });
    const length = res.headers.get('content-length');
    const declared = Number(length ?? '0');
    if (declared > maxBytes) throw new TooLarge(`${declared} bytes exceed the cap of ${maxBytes}`);
    // A content coding is undone by leanFetch (as fetch does): such a body's declared length is not its content's, so
    // it is never taken into memory by it.
    const coding = (res.headers.get('content-encoding') ?? 'identity').toLowerCase();
    if (
      budget &&
      length !== null &&
      coding === 'identity' &&
      Number.isSafeInteger(declared) &&
      budget.take(declared)
    ) {
      taken = declared;
      // One buffer of the declared length, filled as the chunks come.
      const data = Buffer.allocUnsafeSlow(declared);
      let at = 0;
      for await (const chunk of res.body as AsyncIterable<Buffer>) {
        if (at + chunk.length > declared) throw new Error(`more than the declared ${declared} bytes`);
        data.set(chunk, at);
        at += chunk.length;
      }
      if (at !== declared) throw new Error(`${at} bytes, ${declared} declared`);
      taken = 0;
      return inMemory(data, budget);
    }
    const path = await pathOf(dest);
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        bytes += chunk.length;
        if (bytes > maxBytes) cb(new TooLarge(`more than ${maxBytes} bytes (download cap)`));
        else cb(null, chunk);
      },
    });
    await pipeline(res.body, counter, createWriteStream(path));
    return onDisk(bytes, path);
  } catch (err) {
    throw isTimeout(err) ? new Error(`no data for ${idleMs} ms`, { cause: err }) : err;
  } finally {
    // A body not read to its end would hold its connection.
    if (body && !body.readableEnded) body.destroy();
    if (taken > 0) budget!.give(taken);
  }
}

export interface DownloadOptions {
  maxBytes: number;
  idleMs: number;
  attempts: number;
  backoffMs: number;
}

export const DEFAULT_DOWNLOAD: DownloadOptions = {
  maxBytes: DEFAULT_ZIP_LIMITS.maxTotalBytes,
  idleMs: Number(process.env.INTEGRITY_AUDIT_DOWNLOAD_IDLE_MS) || 60_000,
  attempts: 3,
  backoffMs: Number(process.env.INTEGRITY_AUDIT_RETRY_BASE_MS) || 1000,
};

/**
 * Downloads a redirecting API resource (artifact zip, job log); retries transient failures with a fresh URL. With a
 * `budget`, content that fits it is kept in memory (`data`) and `dest` is not written; else it is in `dest`.
 */
export async function fetchResource(
  client: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  dest: Destination,
  budget: MemoryBudget | null,
  options: DownloadOptions = DEFAULT_DOWNLOAD,
): Promise<Downloaded> {
  let lastError: unknown = null;
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      const target = await redirectTarget(client, route, params, options.idleMs);
      if ('data' in target) {
        if (target.data.byteLength > options.maxBytes)
          throw new TooLarge(`${target.data.byteLength} bytes exceed the cap`);
        if (budget?.take(target.data.byteLength)) return inMemory(Buffer.from(target.data), budget);
        const path = await pathOf(dest);
        await fs.writeFile(path, Buffer.from(target.data));
        return onDisk(target.data.byteLength, path);
      }
      return await fetchBody(target.location, dest, options.maxBytes, options.idleMs, budget);
    } catch (err) {
      lastError = err;
      const status = statusOf(err);
      // Client errors are final (410 expired, 404, a missing permission; rate limits were waited out by the
      // throttling plugin); server, network and timeout failures of either hop are retried with a fresh pre-signed URL.
      if (err instanceof TooLarge || (status !== null && status < 500 && status !== 429)) throw err;
      if (attempt < options.attempts) await sleep(options.backoffMs * 2 ** (attempt - 1));
    }
  }
  throw lastError;
}

/** Downloads a redirecting API resource (artifact zip, job log) to `dest`; retries transient failures with a fresh URL. */
export async function download(
  client: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  dest: string,
  options: DownloadOptions = DEFAULT_DOWNLOAD,
): Promise<number> {
  return (await fetchResource(client, route, params, dest, null, options)).bytes;
}
