// AWF `policy-manifest.json` (FORMATS.md §9.5): only `topologyPeers` matters (internal destinations).
import type { Readable } from 'node:stream';
import { readJsonObject } from './common.js';
import { unusable, UNUSABLE_NOTE, type Parser } from './parser.js';

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

export const policyManifestParser: Parser<Set<string>> = {
  name: 'policy-manifest',
  suffixes: ['sandbox/firewall/audit/policy-manifest.json', 'audit/policy-manifest.json'],
  lineBased: false,
  notes: [UNUSABLE_NOTE],
  parse: (stream, ctx, sink) => parsePolicyManifest(stream, unusable(ctx, sink)),
};
