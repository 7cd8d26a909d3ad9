// AWF policy-manifest.json (FORMATS.md §9.5): only `topologyPeers` matters (internal destinations, §9.3).
import { describe, expect, it } from 'vitest';
import { parsePolicyManifest } from '../../src/parsers/policy-manifest.js';
import { streamOf } from './helpers.js';

// The example of §9.5 (pretty-printed as AWF writes it), plus topologyPeers as written when the gateway is attached.
const MANIFEST = `{
  "version": 1,
  "generatedAt": "2026-03-23T18:34:53.894Z",
  "rules": [
    {"id": "deny-unsafe-ports", "order": 1, "action": "deny", "aclName": "!Safe_ports", "protocol": "both", "domains": [], "description": "Deny requests to ports not in Safe_ports ACL (only 80, 443, and user-specified ports allowed)"},
    {"id": "allow-both-plain", "order": 5, "action": "allow", "aclName": "allowed_domains", "protocol": "both", "domains": [".github.com"], "description": "…"},
    {"id": "deny-default", "order": 6, "action": "deny", "aclName": "all", "protocol": "both", "domains": [], "description": "Deny all traffic not matching any allow rule (default deny)"}
  ],
  "dangerousPorts": [22, 23, 25],
  "dnsServers": ["8.8.8.8", "8.8.4.4"],
  "sslBumpEnabled": false,
  "dlpEnabled": false,
  "hostAccessEnabled": false,
  "allowHostPorts": null%PEERS%
}
`;

describe('policy-manifest.json', () => {
  it('reads topologyPeers, lower-cased', async () => {
    const text = MANIFEST.replace('%PEERS%', ',\n  "topologyPeers": ["awmg-mcpg", "MCP.Gateway-01", 7]');
    expect([...(await parsePolicyManifest(streamOf(text)))]).toEqual(['awmg-mcpg', 'mcp.gateway-01']);
  });

  it('yields no peers for an older manifest without topologyPeers, an empty file or invalid JSON', async () => {
    expect((await parsePolicyManifest(streamOf(MANIFEST.replace('%PEERS%', '')))).size).toBe(0);
    expect((await parsePolicyManifest(streamOf(''))).size).toBe(0);
    expect((await parsePolicyManifest(streamOf('{"topologyPeers": ["awmg-mcpg"'))).size).toBe(0);
    expect((await parsePolicyManifest(streamOf('{"topologyPeers": "awmg-mcpg"}'))).size).toBe(0);
  });
});
