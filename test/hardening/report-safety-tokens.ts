// Generated secrets in the shapes they take in real logs, and log text that carries them at random places.
import { fc } from '@fast-check/vitest';
import { fit, fitSlots, SLOT_KINDS, type SlotKind, type Slots } from './report-safety-support.js';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = DIGITS + 'abcdef';
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
const BASE32 = UPPER + '234567';

const chars = (alphabet: string, min: number, max = min) =>
  fc.noShrink(fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max }));

/** A secret as it appears in a log (`text`) and the parts of it that must never be shown (`secrets`). */
export interface Token {
  kind: string;
  text: string;
  secrets: string[];
}

const tok = (kind: string, text: string, ...secrets: string[]): Token => ({ kind, text, secrets });

export const TOKEN_KINDS = [
  'gh',
  'github_pat',
  'bearer',
  'authorization',
  'aws-key-id',
  'aws-secret',
  'azure',
  'gcp-private-key',
  'slack',
  'session',
] as const;

export const tokenArb: Record<(typeof TOKEN_KINDS)[number], fc.Arbitrary<Token>> = {
  gh: fc
    .tuple(fc.constantFrom('ghp', 'gho', 'ghu', 'ghs', 'ghr'), chars(ALNUM, 36))
    .map(([p, s]) => tok(p, `${p}_${s}`, s)),
  github_pat: fc
    .tuple(chars(ALNUM, 22), chars(ALNUM, 59))
    .map(([a, b]) => tok('github_pat', `github_pat_${a}_${b}`, a, b)),
  bearer: fc
    .tuple(
      fc.constantFrom('Bearer', 'bearer', 'BEARER'),
      chars(B64URL, 24),
      chars(B64URL, 40),
      chars(B64URL, 43),
    )
    .map(([b, h, p, s]) => tok('bearer', `${b} eyJ${h}.${p}.${s}`, h, p, s)),
  authorization: fc
    .tuple(
      fc.constantFrom(
        (v: string) => `Authorization: token ${v}`,
        (v: string) => `authorization: token ${v}`,
        (v: string) => `Authorization: Basic ${v}`,
        (v: string) => `"Authorization":"Basic ${v}"`,
        (v: string) => `"authorization": "token ${v}"`,
        (v: string) => `AUTHORIZATION=${v}`,
      ),
      chars(HEX, 40),
    )
    .map(([form, v]) => tok('authorization', form(v), v)),
  'aws-key-id': chars(BASE32, 16).map((s) => tok('aws-key-id', `AKIA${s}`, s)),
  'aws-secret': fc
    .tuple(
      fc.constantFrom(
        (v: string) => `aws_secret_access_key = ${v}`,
        (v: string) => `AWS_SECRET_ACCESS_KEY=${v}`,
        (v: string) => `"SecretAccessKey": "${v}"`,
        (v: string) => `secret_access_key: ${v}`,
      ),
      chars(B64, 40),
    )
    .map(([form, v]) => tok('aws-secret', form(v), v)),
  azure: fc
    .tuple(chars(LOWER, 6, 12), chars(B64, 86))
    .map(([a, k]) =>
      tok(
        'azure',
        `DefaultEndpointsProtocol=https;AccountName=${a};AccountKey=${k}==;EndpointSuffix=core.windows.net`,
        k,
      ),
    ),
  'gcp-private-key': fc
    .tuple(
      fc.constantFrom(
        (a: string, b: string) =>
          `"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIE${a}\\n${b}\\n-----END PRIVATE KEY-----\\n"`,
        (a: string, b: string) =>
          `-----BEGIN RSA PRIVATE KEY----- MIIE${a} ${b} -----END RSA PRIVATE KEY-----`,
        (a: string, b: string) => `-----BEGIN PRIVATE KEY-----${a}${b}`,
      ),
      chars(B64, 64),
      chars(B64, 64),
    )
    .map(([form, a, b]) => tok('gcp-private-key', form(a, b), a, b)),
  slack: fc.oneof(
    fc
      .tuple(
        fc.constantFrom('xoxb', 'xoxp', 'xoxa', 'xoxr', 'xoxs'),
        chars(DIGITS, 12),
        chars(DIGITS, 13),
        chars(ALNUM, 24),
      )
      .map(([p, a, b, s]) => tok('slack', `${p}-${a}-${b}-${s}`, s)),
    fc
      .tuple(chars(ALNUM, 10), chars(DIGITS, 13), chars(HEX, 64))
      .map(([a, b, s]) => tok('slack', `xapp-1-A${a}-${b}-${s}`, a, s)),
  ),
  session: chars(ALNUM, 32).map((s) => tok('session', `session=${s}`, s)),
};

export const anyToken: fc.Arbitrary<Token> = fc.oneof(...TOKEN_KINDS.map((k) => tokenArb[k]));

/** Words of ordinary log lines, around the secrets. */
const WORD = fc.constantFrom(
  'failed',
  'to',
  'connect',
  'error',
  'request',
  'GET',
  'https://api.github.com/repos/octo/app/issues',
  'status=401',
  'retrying',
  'headers',
  'env',
  'dump:',
  'config',
  '{"headers":{',
  'x-request-id=4f1c',
  'user',
  'token',
  'key',
  'the',
  'value',
  'was',
  'rejected',
);

/** Separators that keep a secret a separate word (as logs write them), per slot kind. */
const SEPARATORS: Record<SlotKind, string[]> = {
  json: [' ', ' = ', ': ', '"', "'", ' (', ') ', '[', '] ', '/', ', ', '\t', '\n'],
  line: [' ', ' = ', ': ', '"', "'", ' (', ') ', '[', '] ', '/', ', ', '\t'],
  nocomma: [' ', ' = ', ': ', '"', "'", ' (', ') ', '[', '] ', '/', '\t'],
  quoted: [' ', ' = ', ': ', "'", ' (', ') ', '[', '] ', '/', ', '],
  nospace: ['/', '=', '.', '-', ':', '&', '?'],
  host: ['.', '-'],
  server: ['.', '-', ':'],
};

/** Text for a slot: plausible words with one to three secrets that fit the slot, at random places. */
export function slotText(kind: SlotKind): fc.Arbitrary<{ text: string; secrets: string[] }> {
  const fits = anyToken.filter((t) => fit(kind, t.text) === t.text);
  const words =
    kind === 'server' || kind === 'host'
      ? fc.constantFrom('mcp', 'api', 'svc', 'x1', 'edge')
      : WORD.map((w) => fit(kind, w));
  return fc
    .record({
      // A server id stays short (the rpc record names it within its first 128 bytes): one secret, two short words.
      words: fc.array(words, { maxLength: kind === 'server' ? 2 : 8 }),
      tokens: fc.array(fc.tuple(fits, fc.nat()), { minLength: 1, maxLength: kind === 'server' ? 1 : 3 }),
      seps: fc.array(fc.constantFrom(...SEPARATORS[kind]), { minLength: 24, maxLength: 24 }),
    })
    .map(({ words, tokens, seps }) => {
      const parts: string[] = [...words];
      for (const [t, at] of tokens) parts.splice(at % (parts.length + 1), 0, t.text);
      const text = parts.map((p, i) => (i === 0 ? p : seps[i % seps.length] + p)).join('');
      return { text: fit(kind, text), secrets: tokens.flatMap(([t]) => t.secrets) };
    });
}

/** Every slot of a run with secrets in it; the session slot is a raw session id (the v0.1.x gateway API key). */
export const secretSlots: fc.Arbitrary<{ slots: Slots; secrets: string[] }> = fc
  .record({
    ...(Object.fromEntries(
      (Object.keys(SLOT_KINDS) as (keyof Slots)[])
        .filter((k) => k !== 'session')
        .map((k) => [k, slotText(SLOT_KINDS[k])]),
    ) as Record<Exclude<keyof Slots, 'session'>, fc.Arbitrary<{ text: string; secrets: string[] }>>),
    session: chars(ALNUM, 32).map((s) => ({ text: s, secrets: [s] })),
  })
  .map((r) => {
    const raw = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.text])) as unknown as Slots;
    return { slots: fitSlots(raw), secrets: Object.values(r).flatMap((v) => v.secrets) };
  });

/** The secrets (or any 8 characters of one, case-insensitively) found in a text. */
export function leaksIn(text: string, secrets: string[], window = 8): string[] {
  // Markdown escaping (`\_`) and neutralising (word joiners) must not hide a leak from the check.
  const norm = text.toLowerCase().replace(/[\\\u2060]/g, '');
  const seen = new Set<string>();
  for (let i = 0; i + window <= norm.length; i++) seen.add(norm.slice(i, i + window));
  const out: string[] = [];
  for (const s of secrets) {
    const low = s.toLowerCase();
    for (let i = 0; i + window <= low.length; i++) {
      if (seen.has(low.slice(i, i + window))) {
        const at = norm.indexOf(low.slice(i, i + window));
        out.push(`${s.slice(0, 12)}… at …${norm.slice(Math.max(0, at - 60), at + 20)}`);
        break;
      }
    }
  }
  return out;
}
