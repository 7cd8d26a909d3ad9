// AWF `policy-manifest.json` (FORMATS.md §9.5): only `topologyPeers` matters (internal destinations).
import type { Readable } from 'node:stream';
import { readJsonObject } from './common.js';

/** `onError` hears why a file that is there could not be used (invalid JSON, too large, not an object). */
export async function parsePolicyManifest(
  stream: Readable,
  onError?: (error: string) => void,
): Promise<Set<string>> {
  const value = await readJsonObject(stream, 4 * 1024 * 1024, onError);
  const peers = new Set<string>();
  if (value && Array.isArray(value.topologyPeers)) {
    for (const p of value.topologyPeers) if (typeof p === 'string') peers.add(p.toLowerCase());
  }
  return peers;
}
