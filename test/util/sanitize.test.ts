// redact()'s shortcut: a text without any of the words a secret pattern needs is returned after one scan. Generated
// texts mix every pattern's pieces (in any case, joined by separators, escapes and cuts) with arbitrary characters, so
// a pattern that could match without one of those words makes redact() differ from applying every pattern here.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { redact, redactDeep, redactEveryPattern } from '../../src/util/sanitize.js';

fc.configureGlobal({ seed: 20261204, numRuns: 5000 });

const PIECES = [
  '-----BEGIN RSA PRIVATE KEY-----',
  '-----END RSA PRIVATE KEY-----',
  'github_pat_',
  'ghp_',
  'gho_',
  'ghs_',
  'Authorization',
  'Bearer ',
  'token ',
  'Basic ',
  'AKIA',
  'ASIA',
  'AccountKey=',
  'SharedAccessSignature=',
  'sig=',
  'aws_secret_access_key',
  'client_secret',
  'api_key',
  'api-key',
  'apikey',
  'password',
  'passwd',
  'secret',
  'mcp_session=',
  'session=',
  'xoxb-',
  'xapp-',
  ': ',
  '=',
  '"',
  "'",
  '\\"',
  '\\n',
  '\\u003e',
  ' ',
  '…',
  ',',
  ';',
  '/',
  'ABCDEFGHIJKLMNOP0123',
  'abc123_XYZ',
];

/** A piece as written, or in another case (key ids and headers match in any case). */
const piece = fc
  .tuple(fc.constantFrom(...PIECES), fc.constantFrom('as-is', 'lower', 'upper'))
  .map(([p, c]) => (c === 'lower' ? p.toLowerCase() : c === 'upper' ? p.toUpperCase() : p));

/** A key, a separator and a value: most patterns need all three. */
const SEPARATORS = ['', ' ', '=', ': ', '": "', '\\": \\"', "='", '_', '-'];
const VALUES = ['abcdefgh12345678', 'ABCDEFGHIJKLMNOP', 'a.b/c+d=e', 'x', 'abc…', '123-456'];
const keyed = fc
  .tuple(piece, fc.constantFrom(...SEPARATORS), fc.constantFrom(...VALUES))
  .map((parts) => parts.join(''));

const text = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: piece },
      { weight: 3, arbitrary: keyed },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(''));

describe('redact', () => {
  it('redacts exactly as every pattern applied in turn', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(redact(t)).toBe(redactEveryPattern(t));
      }),
    );
  });

  it('still redacts each kind of secret', () => {
    for (const [secret, hidden] of [
      ['token ghp_abcdefghijklmnop1234', 'ghp_[REDACTED]'],
      ['Authorization: Bearer abc.def.ghi', '[REDACTED]'],
      ['AKIAABCDEFGHIJKLMNOP', 'AKIA[REDACTED]'],
      ['"password": "hunter22"', '[REDACTED]'],
      ['xoxb-123-456', 'xox?-[REDACTED]'],
      ['passwd=hunter22', 'passwd=[REDACTED]'],
    ])
      expect(redact(secret)).toContain(hidden);
    expect(redact('octo-org/repo-01 list_issues success')).toBe('octo-org/repo-01 list_issues success');
  });
});

describe('redactDeep', () => {
  it('redacts every string and key of a JSON-like value into a copy, the input untouched', () => {
    const input = {
      title: 'token ghp_abcdefghijklmnop1234',
      counts: { ghp_abcdefghijklmnop1234: 2, plain: 1 },
      list: ['ok', { nested: 'token ghp_abcdefghijklmnop1234' }],
      n: 3,
      none: null,
    };
    const before = JSON.stringify(input);
    const out = redactDeep(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(JSON.stringify(out)).not.toContain('ghp_abcdefghijklmnop1234');
    expect(out.n).toBe(3);
    expect(out.none).toBeNull();
    expect(Object.keys(out.counts)).toEqual([redact('ghp_abcdefghijklmnop1234'), 'plain']);
    expect(out.list[0]).toBe('ok');
  });

  it('keeps a `__proto__` key (a tool name from a log) as a key, never as the prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const out = redactDeep(input);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as { polluted?: boolean }).polluted).toBeUndefined();
    expect(JSON.stringify(out)).toBe('{"__proto__":{"polluted":true},"a":1}');
  });
});
