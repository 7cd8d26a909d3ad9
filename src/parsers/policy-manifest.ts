// AWF `policy-manifest.json` (FORMATS.md §9.5): only `topologyPeers` matters (internal destinations).
import type { Readable } from 'node:stream';
import { isRecord, readSmallJson } from './common.js';

/** `onError` hears why a file that is there could not be used (invalid JSON, too large, not an object). */
export async function parsePolicyManifest(
  stream: Readable,
  onError?: (error: string) => void,
): Promise<Set<string>> {
  const { value, error } = await readSmallJson(stream, 4 * 1024 * 1024);
  const problem = error ?? (value === null || isRecord(value) ? null : 'not a JSON object');
  if (problem) onError?.(problem);
  const peers = new Set<string>();
  if (isRecord(value) && Array.isArray(value.topologyPeers)) {
    for (const p of value.topologyPeers) if (typeof p === 'string') peers.add(p.toLowerCase());
  }
  return peers;
}
