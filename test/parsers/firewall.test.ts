// Firewall decision classification shared by access.log and audit.jsonl (FORMATS.md §9.2, §9.3).
import { describe, expect, it } from 'vitest';
import { classify, destination, isInternalDestination, splitHostPort } from '../../src/parsers/firewall.js';

describe('classify (§9.2 recommended)', () => {
  it.each([
    ['TCP_DENIED', 403, 'blocked'],
    ['TCP_DENIED', 0, 'blocked'],
    ['NONE', 407, 'blocked'],
    ['TCP_MISS', 403, 'blocked'],
    ['TCP_TUNNEL', 200, 'allowed'],
    ['TCP_HIT', 0, 'allowed'],
    ['TCP_MISS', 0, 'allowed'],
    ['TCP_REFRESH_MODIFIED', 304, 'allowed'],
    ['NONE_NONE', 0, 'other'],
    ['TCP_MISS_ABORTED', 0, 'allowed'],
    ['NONE', 500, 'other'],
  ] as const)('%s %d → %s', (result, status, decision) => {
    expect(classify(result, status)).toBe(decision);
  });
});

describe('destinations', () => {
  it('splits host and port, lower-cases, handles IPv6 brackets and a trailing dot', () => {
    expect(splitHostPort('API.GitHub.com:443')).toEqual({ host: 'api.github.com', port: '443' });
    expect(splitHostPort('github.com.')).toEqual({ host: 'github.com', port: null });
    expect(splitHostPort('[2001:db8::1]:443')).toEqual({ host: '2001:db8::1', port: '443' });
  });

  it('takes the CONNECT target, else the Host field, else the URL host', () => {
    expect(destination('CONNECT', 'ignored.example:443', 'evil.example.com:443')).toEqual({
      host: 'evil.example.com',
      port: '443',
    });
    expect(destination('GET', 'example.com:80', 'http://other.example/x')).toEqual({
      host: 'example.com',
      port: '80',
    });
    expect(destination('GET', '-', 'http://example.org:8080/x')).toEqual({
      host: 'example.org',
      port: '8080',
    });
    // no host at all (the parsers drop these as noise)
    expect(destination('GET', '-', 'error:transaction-end-before-headers')?.host ?? '').toBe('');
    expect(destination('-', '-', '-')).toBeNull();
  });

  it('knows the internal AWF destinations', () => {
    const peers = new Set(['mcp.gateway-01']);
    expect(isInternalDestination('172.30.0.1', peers)).toBe(true);
    expect(isInternalDestination('172.30.0.255', peers)).toBe(true);
    expect(isInternalDestination('awmg-mcpg', peers)).toBe(true);
    expect(isInternalDestination('awmgmcpg', peers)).toBe(true);
    expect(isInternalDestination('mcp.gateway-01', peers)).toBe(true);
    expect(isInternalDestination('mcp.gateway-01', new Set())).toBe(false);
    expect(isInternalDestination('172.30.1.1', peers)).toBe(false);
    expect(isInternalDestination('2001:db8::1', peers)).toBe(false);
    expect(isInternalDestination('github.com', peers)).toBe(false);
  });
});
