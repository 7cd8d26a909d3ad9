// AWF `policy-manifest.json` (FORMATS.md §9.5): only `topologyPeers` matters (internal destinations).
import type { Readable } from 'node:stream';
import { isRecord, readSmallJson } from './common.js';

export async function parsePolicyManifest(stream: Readable): Promise<Set<string>> {
  const { value } = await readSmallJson(stream, 4 * 1024 * 1024);
  const peers = new Set<string>();
  if (isRecord(value) && Array.isArray(value.topologyPeers)) {
    for (const p of value.topologyPeers) if (typeof p === 'string') peers.add(p.toLowerCase());
  }
  return peers;
}
