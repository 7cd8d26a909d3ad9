// Downloading: a redirecting API resource (artifact zip, job log) to a file, the token never sent to storage, with a
// size cap, an idle timeout and retries of transient failures.
import { createWriteStream, promises as fs } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { GitHubClient } from '../../github/client.js';
import { statusOf } from '../../github/errors.js';
import { DEFAULT_ZIP_LIMITS } from '../zip.js';

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
    request: { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs), retries: 0 },
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

/** Streams a URL to a file (no Authorization header), refusing more than `maxBytes`, aborting when idle. */
async function fetchToFile(url: string, dest: string, maxBytes: number, idleMs: number): Promise<number> {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(new Error(`no data for ${idleMs} ms`)), idleMs);
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new Error(`no data for ${idleMs} ms`)), idleMs);
  };
  try {
    const res = await fetch(url, { signal: controller.signal, redirect: 'follow' });
    if (!res.ok || !res.body)
      throw Object.assign(new Error(`storage answered ${res.status} ${res.statusText}`), {
        status: res.status,
      });
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > maxBytes) throw new TooLarge(`${declared} bytes exceed the cap of ${maxBytes}`);
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        touch();
        bytes += chunk.length;
        if (bytes > maxBytes) cb(new TooLarge(`more than ${maxBytes} bytes (download cap)`));
        else cb(null, chunk);
      },
    });
    await pipeline(
      Readable.fromWeb(res.body as import('node:stream/web').ReadableStream),
      counter,
      createWriteStream(dest),
    );
    return bytes;
  } finally {
    clearTimeout(timer);
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

/** Downloads a redirecting API resource (artifact zip, job log) to `dest`; retries transient failures with a fresh URL. */
export async function download(
  client: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  dest: string,
  options: DownloadOptions = DEFAULT_DOWNLOAD,
): Promise<number> {
  let lastError: unknown = null;
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      const target = await redirectTarget(client, route, params, options.idleMs);
      if ('data' in target) {
        if (target.data.byteLength > options.maxBytes)
          throw new TooLarge(`${target.data.byteLength} bytes exceed the cap`);
        await fs.writeFile(dest, Buffer.from(target.data));
        return target.data.byteLength;
      }
      return await fetchToFile(target.location, dest, options.maxBytes, options.idleMs);
    } catch (err) {
      lastError = err;
      const status = statusOf(err);
      // Client errors are final (410 expired, 404, a missing permission; rate limits were waited out by the
      // throttling plugin); server, network and timeout failures of either hop are retried with a fresh pre-signed URL.
      if (err instanceof TooLarge || (status !== null && status < 500 && status !== 429)) throw err;
      if (attempt < options.attempts)
        await new Promise((r) => setTimeout(r, options.backoffMs * 2 ** (attempt - 1)));
    }
  }
  throw lastError;
}
