// The HTTP transport under Octokit: the part of `fetch` it uses, on undici's request API. Node's `fetch` (undici's
// WHATWG layer: Request and Response objects, web streams, abort plumbing) costs about 0.6 ms of CPU per request
// where undici's own `request` costs about 0.2 ms; an audit of 500 runs makes some 2,000 API requests, and that CPU
// was the main thread's largest share (docs/SCALE.md). Same semantics as `fetch` for what Octokit and we rely on:
// method, headers, string bodies, `redirect: 'manual'` or following (the credentials dropped on a redirect to another
// origin, as `fetch` does), content codings undone (gzip, deflate, br; no Accept-Encoding is sent, but a server may
// code all the same), `signal` (a rejection with its reason), network failures as `TypeError('fetch failed')` with
// the cause. A time limit is undici's own (`timeoutMs`: the headers within it, and no pause in the body as long),
// not an AbortSignal: a timer and an abort listener per request cost more CPU than the rest of the request's set-up.
import { pipeline, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Agent, request, type Dispatcher } from 'undici';

/** The response headers as `fetch`'s Headers give them to Octokit: get() by name, and [name, value] pairs. */
class ResponseHeaders implements Iterable<[string, string]> {
  private readonly map = new Map<string, string>();

  constructor(raw: Record<string, string | string[] | undefined>) {
    for (const name of Object.keys(raw).sort()) {
      const v = raw[name];
      if (v !== undefined) this.map.set(name.toLowerCase(), Array.isArray(v) ? v.join(', ') : v);
    }
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return this.map.entries();
  }
}

/** A response body read once: as text, bytes or JSON (undici's body mixin). */
export interface ResponseBody {
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What Octokit reads of a `fetch` Response. `body` is the body itself (not a web stream): see responseData(). */
export class LeanResponse {
  readonly statusText = '';
  constructor(
    readonly status: number,
    readonly url: string,
    readonly headers: ResponseHeaders,
    readonly body: Readable & ResponseBody,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  text(): Promise<string> {
    return this.body.text();
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return this.body.arrayBuffer();
  }
}

interface LeanInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer | Uint8Array | null;
  /** `manual`: a redirect is the answer; else redirects are followed. */
  redirect?: 'follow' | 'manual';
  signal?: AbortSignal | null;
  /** The answer's headers must come within this many ms, and the body must not pause for as long (undici's timers). */
  timeoutMs?: number;
}

/** Redirects followed at most, as `fetch` does (20). */
const MAX_REDIRECTS = 20;

let shared: Dispatcher | null = null;

/** One connection pool for the process (keep-alive, as `fetch`'s global dispatcher). */
function dispatcher(): Dispatcher {
  shared ??= new Agent();
  return shared;
}

/** `fetch(input, init)` for Octokit, on undici's request API (see the top of this file). */
export async function leanFetch(input: string | URL, init: LeanInit = {}): Promise<LeanResponse> {
  const url = String(input);
  const signal = init.signal ?? undefined;
  try {
    const res = await request(url, {
      method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
      headers: init.headers,
      body: init.body ?? undefined,
      signal,
      dispatcher: dispatcher(),
      maxRedirections: init.redirect === 'manual' ? 0 : MAX_REDIRECTS,
      throwOnError: false,
      ...(init.timeoutMs !== undefined && { headersTimeout: init.timeoutMs, bodyTimeout: init.timeoutMs }),
    });
    const headers = new ResponseHeaders(res.headers);
    const codings = (headers.get('content-encoding') ?? '')
      .split(',')
      .map((c) => c.trim().toLowerCase())
      .filter((c) => c !== '' && c !== 'identity');
    const coded =
      codings.length > 0 && init.method !== 'HEAD' && res.statusCode !== 204 && res.statusCode !== 304;
    return new LeanResponse(res.statusCode, url, headers, coded ? decoded(res.body, codings) : res.body);
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    if (err instanceof TypeError && err.message === 'fetch failed') throw err;
    throw new TypeError('fetch failed', { cause: err });
  }
}

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Whether `err` (or its cause, as leanFetch wraps it) is a `timeoutMs` running out. */
export function isTimeout(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++)
    if (TIMEOUT_CODES.has(String((e as { code?: unknown }).code))) return true;
  return false;
}

/**
 * `fetch` with a time limit on each call (github/http.ts's `timeoutMs`), for Octokit's `request.fetch`: the retry
 * plugin calls it again for each retry, with a fresh limit.
 */
export function timedFetch(ms: number): typeof fetch {
  return ((input: string | URL, init?: LeanInit) =>
    leanFetch(input, { ...init, timeoutMs: ms })) as unknown as typeof fetch;
}

/** A decoder for one content coding as `fetch` undoes it, null for one it leaves alone. */
function decoder(coding: string): Transform | null {
  if (coding === 'gzip' || coding === 'x-gzip') return createGunzip();
  if (coding === 'deflate') return createInflate();
  if (coding === 'br') return createBrotliDecompress();
  return null;
}

/** `body` with its codings undone (the last applied first), readable as text or bytes; unknown codings left alone. */
function decoded(body: Readable & ResponseBody, codings: string[]): Readable & ResponseBody {
  const steps = codings.reverse().map(decoder);
  if (steps.some((d) => d === null)) return body;
  // pipeline() passes an error of any stage on to the last one, where the reader hears it.
  let out: Readable = body;
  for (const step of steps as Transform[]) out = pipeline(out, step, () => undefined);
  const all = async (): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    for await (const c of out as AsyncIterable<Buffer>) chunks.push(c);
    return Buffer.concat(chunks);
  };
  return Object.assign(out, {
    text: async () => (await all()).toString('utf8'),
    arrayBuffer: async () => {
      const b = await all();
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.length) as ArrayBuffer;
    },
  });
}
