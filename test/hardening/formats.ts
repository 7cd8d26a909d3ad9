// Generators of hostile content for every input format: content that still looks like its format (real record
// prefixes and message starts, with wrong, broken or hostile values: JSON of the wrong shape, huge numbers, quotes,
// NUL, lone surrogates), truncated records, garbage lines, invalid UTF-8 and CR/LF bytes spliced in, or any bytes.
import { fc } from '@fast-check/vitest';
import type { FormatId } from './parsers.js';

type Arb<T> = fc.Arbitrary<T>;

// ── building blocks ─────────────────────────────────────────────────────────────────────────────────────────────────

/** A string template over arbitraries: tpl`a ${x} b` is every `a … b`. */
function tpl(parts: TemplateStringsArray, ...args: Arb<string>[]): Arb<string> {
  return fc
    .tuple(...args)
    .map((vals) => parts.reduce((acc, p, i) => acc + p + (i < vals.length ? (vals[i] as string) : ''), ''));
}

/**
 * Any code point, lone surrogates included (fast-check's `unit: 'binary'` would do, but builds tables that cost some
 * 80 MB of heap).
 */
const anyChar: Arb<string> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
);

/** Names, values and hostile fragments: quotes, separators, NUL, BOM, a lone surrogate, ANSI, a long run. */
export const word: Arb<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'github',
      'gh-aw',
      'list_issues',
      'safeoutputs',
      'noop',
      'label_response',
      'unreachable',
      'api.github.com',
      'evil.example.com',
      'github/gh-aw',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      ',',
      "'",
      '"',
      '\\',
      ')',
      ']',
      '[',
      '→',
      'µs',
      '\u0000',
      '\uFEFF',
      '\uD800',
      '🔍',
      '\x1b[33m',
      '%s',
      '${x}',
      'x'.repeat(600),
    ),
  },
  { weight: 3, arbitrary: fc.string({ unit: anyChar, maxLength: 10 }) },
);

/** Numbers as text: small, negative, fractional, exponent, empty, beyond 2^53, 400 digits. */
const num: Arb<string> = fc.oneof(
  { weight: 3, arbitrary: fc.nat(30).map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('0', '-1', '1.5', '1e3', '', ' 7', '99999999999999999999', '9'.repeat(400)),
  },
);

/** JSON values where a string or a list of strings is expected: null, numbers, arrays, nested objects. */
export const weirdValue: Arb<unknown> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      null,
      [],
      {},
      0,
      -1,
      1e308,
      '',
      true,
      [null],
      [1, 'x', null],
      { a: null },
      [[['deep']]],
      { '': {} },
    ),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: word },
);

/** A JSON object with some of `fields` (each typical or weird), serialised. */
function jsonRecord(fields: Record<string, Arb<unknown>>): Arb<string> {
  const withWeird = Object.fromEntries(
    Object.entries(fields).map(([k, a]) => [
      k,
      fc.oneof({ weight: 3, arbitrary: a }, { weight: 1, arbitrary: weirdValue }),
    ]),
  );
  return fc.record(withWeird, { requiredKeys: [] }).map((r) => JSON.stringify(r));
}

/** JSON text: a record of the format, a value of the wrong shape, or either cut short. */
function jsonText(fields: Record<string, Arb<unknown>>): Arb<string> {
  const whole = fc.oneof(
    { weight: 4, arbitrary: jsonRecord(fields) },
    { weight: 1, arbitrary: weirdValue.map((v) => JSON.stringify(v) ?? 'null') },
  );
  return fc.oneof(
    { weight: 4, arbitrary: whole },
    { weight: 1, arbitrary: fc.tuple(whole, fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))) },
  );
}

/** Byte sequences that break decoders and splitters. */
const SPECIAL_BYTES = [
  [0x00],
  [0xff],
  [0xc3],
  [0xe2, 0x86],
  [0xed, 0xa0, 0x80],
  [0xf0, 0x9f],
  [0x0d],
  [0x0a],
  [0x0d, 0x0a],
  [0x1b],
  [0x22],
  [0x5c],
  [0x7b],
  [0x5b],
  [0xef, 0xbb, 0xbf],
];

interface Mutation {
  at: number;
  kind: 'insert' | 'overwrite' | 'truncate';
  bytes: number[];
}
const mutation: Arb<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('insert', 'insert', 'overwrite', 'truncate'),
  bytes: fc.constantFrom(...SPECIAL_BYTES),
});

function mutate(buf: Buffer, mutations: readonly Mutation[]): Buffer {
  let b = buf;
  for (const m of mutations) {
    const at = m.at % (b.length + 1);
    if (m.kind === 'truncate') b = b.subarray(0, at);
    else if (m.kind === 'insert')
      b = Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)]);
    else
      b = Buffer.concat([
        b.subarray(0, at),
        Buffer.from(m.bytes),
        b.subarray(Math.min(b.length, at + m.bytes.length)),
      ]);
  }
  return b;
}

const garbageLine: Arb<Buffer> = fc.uint8Array({ maxLength: 60 }).map((a) => Buffer.from(a));

/** A file of lines: format lines, garbage lines and records cut short, joined with LF, CRLF or both, then mutated. */
function linesFile(line: Arb<string>, maxLines = 24): Arb<Buffer> {
  const one: Arb<Buffer> = fc.oneof(
    { weight: 8, arbitrary: line.map((l) => Buffer.from(l)) },
    { weight: 1, arbitrary: garbageLine },
    {
      weight: 1,
      arbitrary: fc
        .tuple(line, fc.nat())
        .map(([l, n]) => Buffer.from(l).subarray(0, n % (Buffer.byteLength(l) + 1))),
    },
  );
  return fc
    .record({
      lines: fc.array(one, { maxLength: maxLines, size: 'max' }),
      eol: fc.constantFrom('\n', '\r\n', 'mixed'),
      lastEol: fc.boolean(),
      mutations: fc.array(mutation, { maxLength: 3 }),
    })
    .map(({ lines, eol, lastEol, mutations }) => {
      const parts: Buffer[] = [];
      lines.forEach((l, i) => {
        parts.push(l);
        if (i < lines.length - 1 || lastEol)
          parts.push(Buffer.from(eol === 'mixed' ? (i % 2 ? '\r\n' : '\n') : eol));
      });
      return mutate(Buffer.concat(parts), mutations);
    });
}

/** A JSON file: the format's JSON (or a wrong shape, or cut short), maybe with a BOM, then mutated. */
function jsonFile(fields: Record<string, Arb<unknown>>): Arb<Buffer> {
  return fc
    .record({ text: jsonText(fields), bom: fc.boolean(), mutations: fc.array(mutation, { maxLength: 2 }) })
    .map(({ text, bom, mutations }) => mutate(Buffer.from((bom ? '\uFEFF' : '') + text), mutations));
}

/** Any bytes at all, or the format's own hostile content (mostly). */
function content(formatted: Arb<Buffer>): Arb<Buffer> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2048 }).map((a) => Buffer.from(a)) },
    { weight: 5, arbitrary: formatted },
  );
}

// ── format lines ────────────────────────────────────────────────────────────────────────────────────────────────────

const ts = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('2026-07-19T14:02:11.482Z', '2026-03-02T10:00:00Z') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('2026-13-99T99:99:99Z', '2026-07-19T14:02:11.48Z', '2026-07-19 14:02:11', ''),
  },
);
const anyLevel = fc.constantFrom('INFO', 'WARN', 'ERROR', 'DEBUG', 'TRACE', 'info');
const anyCategory = fc.constantFrom(
  'startup',
  'difc',
  'guard',
  'backend',
  'client',
  'proxy',
  'auth',
  'shutdown',
  'rpc',
  'launcher',
  '',
  'x]y',
);
const serverPrefix = fc.constantFrom(
  '',
  '',
  '[github] ',
  '[safeoutputs] ',
  '[DIFC] ',
  '[guard:x] ',
  '[a b] ',
  '[] ',
);
const json = jsonText({
  server_id: word,
  tool_name: word,
  description: word,
  reason: word,
  integrity_tags: fc.array(word, { maxLength: 3 }),
  secrecy_tags: fc.array(word, { maxLength: 3 }),
  method: word,
  path: word,
  'allow-only': fc.record(
    {
      'min-integrity': word,
      repos: fc.oneof(fc.constantFrom('all', 'public'), fc.array(word, { maxLength: 3 })),
    },
    { requiredKeys: [] },
  ),
  html_url: fc.constantFrom(
    'https://github.com/octo/repo/issues/1',
    'https://github.com/orgs/x',
    'not a url',
    'https://gist.github.com/a/b',
  ),
  repository_url: fc.constantFrom('https://api.github.com/repos/octo/other', '/repos/'),
  repository: fc.record({ full_name: word }, { requiredKeys: [] }),
  content: fc.array(
    fc.record({
      type: fc.constant('text'),
      text: fc.oneof(
        word,
        fc.constant('{"html_url":"https://github.com/a/b"}'),
        fc.constant('[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]'),
      ),
    }),
    { maxLength: 2 },
  ),
  isError: fc.boolean(),
});
const wasmErr = fc.oneof(
  word,
  tpl`WASM function call failed: wasm error: ${word}`,
  tpl`WASM guard '${word}' is unavailable after a previous trap`,
  tpl`WASM function call failed: module closed with exit_code(${num})`,
  fc.constant('WASM function call failed: wasm error: (recovered by wazero)'),
  fc.constant('wasm error: '),
);
const continuation = fc.constantFrom(
  'wasm stack trace:',
  '\tgithub.label_response(i32,i32)',
  '\t.$12(i32)',
  '\t(…)',
  '  ```',
  'goroutine 7 [running]:',
);

/** A gateway record: its own level and category mostly, any other sometimes (the same message must then be data). */
function rec(level: string, category: string, message: Arb<string>): Arb<string> {
  const lv = fc.oneof({ weight: 6, arbitrary: fc.constant(level) }, { weight: 1, arbitrary: anyLevel });
  const cat = fc.oneof(
    { weight: 6, arbitrary: fc.constant(category) },
    { weight: 1, arbitrary: anyCategory },
  );
  return tpl`[${ts}] [${lv}] [${cat}] ${serverPrefix}${message}`;
}

const gatewayRecord: Arb<string> = fc.oneof(
  rec('INFO', 'startup', tpl`MCPG Gateway version: ${word}`),
  rec('INFO', 'startup', tpl`Guards enforcement enabled with mode: ${word}`),
  rec('INFO', 'startup', fc.constant('Guards enforcement disabled')),
  rec('ERROR', 'startup', tpl`Configuration validation failed: ${word}`),
  rec('ERROR', 'startup', tpl`Environment validation failed: ${word}`),
  rec('INFO', 'difc', tpl`[DIFC-FILTERED] ${json}`),
  rec('INFO', 'difc', tpl`Guard policy: ${json}`),
  rec('INFO', 'difc', fc.constant('MCP_GATEWAY_WASM_GUARDS_DIR=/tmp/guards')),
  rec('INFO', 'difc', tpl`Loaded discovered WASM guard from file: ${word}`),
  rec('INFO', 'difc', tpl`Registered guard '${word}'`),
  rec('WARN', 'difc', tpl`Failed to load discovered WASM guard from ${word}: ${wasmErr}`),
  rec('WARN', 'difc', tpl`Failed to discover WASM guard: ${wasmErr}`),
  rec('WARN', 'difc', tpl`Failed to create guard '${word}': ${wasmErr} (falling back to noop)`),
  rec('WARN', 'difc', tpl`Guard '${word}' not found: ${word} (falling back to noop)`),
  rec(
    'WARN',
    'difc',
    tpl`Guard '${word}' is available but no guard policy is set; falling back to noop guard`,
  ),
  rec('WARN', 'difc', tpl`Guard labeling failed: ${wasmErr}`),
  rec('WARN', 'difc', tpl`Response labeling failed: ${wasmErr}`),
  rec('WARN', 'difc', tpl`STRICT MODE: Blocking entire response - ${num}/${num} items`),
  rec('ERROR', 'difc', tpl`label_agent failed: session=${word}, guard=${word}, error=${wasmErr}`),
  rec('DEBUG', 'difc', tpl`[Guard] Registered guard '${word}' for server '${word}'`),
  rec('DEBUG', 'difc', tpl`[DIFC] Filtered collection: ${num}/${num} items accessible`),
  rec('DEBUG', 'difc', tpl`[DIFC] STRICT: blocking response — ${num} filtered items`),
  rec('DEBUG', 'proxy', tpl`[DIFC] Phase 1 failed: ${wasmErr}`),
  rec('DEBUG', 'proxy', tpl`[DIFC] Phase 1 failed: tool=${word} ${wasmErr}`),
  rec('DEBUG', 'proxy', tpl`[DIFC] Phase 4 failed: ${wasmErr}`),
  rec('DEBUG', 'rpc', tpl`${word}→tools/call ${json}`),
  rec('INFO', 'guard', tpl`Registered guard '${word}' for server '${word}'`),
  rec('WARN', 'guard', tpl`Repo visibility lookup rate-limited for ${word}`),
  rec('ERROR', 'backend', tpl`WASM guard trap: guard=${word}, func=${word}, error=${wasmErr}`),
  rec('ERROR', 'backend', tpl`circuit breaker for server "${word}" OPENED`),
  rec('ERROR', 'backend', tpl`MCP backend connection failed: ${word}`),
  rec('ERROR', 'backend', tpl`Tool registration incomplete: ${word}`),
  rec('ERROR', 'backend', tpl`Health check: server "${word}" reached max restart attempts`),
  rec('WARN', 'backend', tpl`rate-limit error for server "${word}"`),
  rec('INFO', 'backend', tpl`[${word}] [stderr] ${word}`),
  rec('INFO', 'client', tpl`MCP tool call request, session=${word}, tool=${word}, args=${json}`),
  rec('INFO', 'client', tpl`MCP tool call response, session=${word}, tool=${word}, result=${json}`),
  rec('ERROR', 'client', tpl`MCP tool call error, session=${word}, tool=${word}, error=${wasmErr}`),
  rec('ERROR', 'client', tpl`upstream rate limit hit: ${word}`),
  rec('ERROR', 'client', tpl`Rejected MCP client connection: ${word}, remote=${word}, path=${word}`),
  rec(
    'ERROR',
    'proxy',
    tpl`Request rejected: status=${num} code=${word} message=${fc.constantFrom('resource labeling failed', 'x', '')} err=${wasmErr}`,
  ),
  rec('ERROR', 'proxy', fc.constant('returning 503: proxy enforcement not configured')),
  rec('WARN', 'proxy', tpl`[UNRECOGNIZED-ENDPOINT] ${json}`),
  rec('INFO', 'proxy', tpl`DIFC filtered ${num}/${num} items for GET /repos/x (tool=${word})`),
  rec('ERROR', 'auth', tpl`Request rejected: ${word}, remote=${word}, path=${word}`),
  rec('ERROR', 'auth', tpl`Authentication failed: ${word}, remote=${word}, path=/close`),
  rec('ERROR', 'shutdown', tpl`Proxy server exited with error: ${word}`),
  rec(
    'ERROR',
    'guard',
    tpl`<<< call_backend FAILED with code ${fc.constantFrom('-1', '-2', '99999999999999999999')}`,
  ),
  rec('WARN', 'guard', tpl`Backend call ${word} failed with code -1`),
  rec('DEBUG', 'guard:wasm', tpl`[guard:${word}] INFO: >>> call_backend: tool=${word}`),
  rec('DEBUG', 'guard:wasm', tpl`[guard:${word}] INFO: <<< call_backend returned ${num} bytes`),
  rec('DEBUG', 'guard:wasm', tpl`WASM guard calling backend: tool=${word}`),
  rec('DEBUG', 'guard:wasm', tpl`Backend call failed: ${word}: ${word}`),
  rec(
    'DEBUG',
    'server:unified',
    tpl`get_collaborator_permission: no GitHub token available for ${word}, skipping`,
  ),
  rec('DEBUG', 'rpc', tpl`${word}←resp ${num}b err:${word}`),
  rec('INFO', 'startup', word),
);

export const gatewayLine: Arb<string> = fc.oneof(
  { weight: 6, arbitrary: gatewayRecord },
  { weight: 2, arbitrary: continuation },
);

const stdLogTs = fc.constantFrom('2026/07/19 14:02:11 ', '2026/7/19 14:02:11 ', '');
const stderrLine: Arb<string> = fc.oneof(
  { weight: 3, arbitrary: gatewayLine },
  tpl`${stdLogTs}[DIFC] Guard labeling failed: ${wasmErr}`,
  tpl`${stdLogTs}[DIFC] Response labeling failed: ${wasmErr}`,
  tpl`${stdLogTs}[DIFC] Registered guard '${word}' for server '${word}'`,
  tpl`${stdLogTs}DIFC enforcement disabled`,
  tpl`${stdLogTs}[DIFC] STRICT MODE: Blocking entire response - ${num}/${num} items`,
  tpl`${stdLogTs}http: panic serving ${word}: ${word}`,
  tpl`panic: ${word}`,
  tpl`${stdLogTs}[LAUNCHER] ❌ FAILED to connect to server '${word}'`,
  tpl`${stdLogTs}FAILED to create HTTP connection for server ${word}`,
  tpl`failed to load config: ${word}`,
  tpl`[INFO] ${word}`,
  tpl`launcher:pool ${word} +512µs`,
  continuation,
);

const rpcRecord = jsonText({
  timestamp: fc.constant('2026-07-19T14:03:01.012Z'),
  event: fc.constantFrom(
    'rpc_request',
    'rpc_response',
    'difc_filtered',
    'unrecognized_endpoint_passthrough',
    'rpc_unknown',
    'tool_call',
  ),
  type: fc.constantFrom('REQUEST', 'RESPONSE', 'DIFC_FILTERED', 'OTHER'),
  _schema: fc.constantFrom('rpc-message/v2', 'difc-filtered/v2'),
  direction: fc.constantFrom('OUT', 'IN'),
  server_id: word,
  method: fc.constantFrom('tools/call', 'tools/list', 'GET'),
  tool_name: word,
  description: word,
  reason: word,
  integrity_tags: fc.array(word, { maxLength: 3 }),
  secrecy_tags: fc.array(word, { maxLength: 3 }),
  path: word,
  payload: weirdValue,
});
const rpcLine: Arb<string> = fc.oneof(
  { weight: 4, arbitrary: rpcRecord },
  tpl`{"timestamp":"2026-07-19T14:03:01.012Z","event":"rpc_request","_schema":"rpc-message/v2","direction":"OUT","server_id":"${word}","method":"tools/call"${fc.constantFrom('}', ',', ',"payload":null}', '')}`,
  tpl`{"timestamp":"${word}","event":"rpc_response"${word}`,
  tpl`{"timestamp":"2026-07-19T14:03:01.012Z","event":"rpc_response","_schema":"rpc-message/v2","direction":"IN","server_id":"${word}","error":${fc.constantFrom('"connection closed: EOF"', '""', 'null', '7', '{"x":1}')},"payload":${weirdValue.map((v) => JSON.stringify(v) ?? 'null')}}`,
  tpl`{"timestamp":"2026-07-19T14:03:01.012Z","type":"REQUEST","direction":"OUT","server_id":"${word}","method":"tools/call",${word}}`,
);

const mdEmoji = fc.constantFrom('✓', '⚠️', '✗', '🔍', '•', '*');
const mdCat = fc.constantFrom('startup', 'backend', 'auth', 'proxy', 'difc', '');
const mdMessage = fc.oneof(
  tpl`MCPG Gateway version: ${word}`,
  tpl`Configuration validation failed: ${word}`,
  tpl`MCP backend connection failed ${word}`,
  tpl`Request rejected: ${word}, remote=${word}, path=${word}`,
  tpl`[UNRECOGNIZED-ENDPOINT] ${json}`,
  word,
);
const mdLine: Arb<string> = fc.oneof(
  { weight: 4, arbitrary: tpl`- ${mdEmoji} **${mdCat}** ${mdMessage}` },
  tpl`- ${mdEmoji} **${mdCat}**`,
  fc.constantFrom('  ```', '```', '  ```json', ''),
  tpl`  ${mdMessage}`,
  word,
);

const host = fc.oneof(
  word,
  fc.constantFrom(
    'api.github.com:443',
    'github.com',
    '[::1]:443',
    '[2001:db8::1]',
    '172.30.0.5',
    'évil.example.com:443',
    '-',
    'x.openai.com.',
    'a:b:c',
    ':443',
  ),
);
const accessLine: Arb<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: tpl`${fc.constantFrom('1770986245.674', '0', '1e9')} ${fc.constantFrom('172.30.0.20', '::1', '-', '10.0.0.1')}:${num} ${host} ${host} 1.1 ${fc.constantFrom('CONNECT', 'GET', '-', 'POST')} ${num} ${fc.constantFrom('TCP_DENIED', 'TCP_TUNNEL', 'NONE_NONE', 'TCP_MISS')}:${fc.constantFrom('HIER_NONE', 'HIER_DIRECT')} ${fc.oneof(host, fc.constant('error:transaction-end-before-headers'), fc.constant('http://example.com/x'))} "${word}"`,
  },
  fc.constantFrom('#Fields: x', ''),
  word,
);

const auditLine = jsonText({
  _schema: fc.constantFrom('audit/v0.28.4', 'other/v1'),
  timestamp: word,
  ts: fc.constantFrom(1774290909.186, '1774290909'),
  event: fc.constantFrom('http_access', 'other'),
  client: fc.constantFrom('172.30.0.20', '::1', ''),
  host,
  dest: host,
  method: fc.constantFrom('CONNECT', 'GET', '-'),
  status: fc.oneof(fc.constantFrom(403, 200, 407, 0, -1), num),
  decision: fc.constantFrom('TCP_DENIED', 'TCP_TUNNEL', 'NONE'),
  url: fc.oneof(host, fc.constantFrom('error:x', 'http://example.com/x', 'not a url')),
});

const ansi = fc.constantFrom('', '\x1b[33m', '\x1b[0m', '\x1b[1;31m');
const stdioLine: Arb<string> = fc.oneof(
  tpl`${ansi}[WARN]${ansi} Firewall blocked domains:`,
  tpl`${ansi}[WARN]${ansi}   - Blocked: ${host} (${word})`,
  tpl`[WARN] ${host} is not in the allowed domains. To allow access, add --allow-domains ${fc.array(host, { maxLength: 3 }).map((h) => h.join(','))} to your command.`,
  fc.constantFrom('[WARN] Firewall blocked domains:', '', '   ', '\t'),
  word,
);

const jobLine: Arb<string> = fc.oneof(
  tpl`${fc.constantFrom('2026-04-27T13:01:20.1425091Z ', '')}${fc.constantFrom('##[error]', '')}${fc.constantFrom('Unhandled error: ', '')}${fc.constantFrom('RequestError [HttpError]', 'HttpError', 'Error', 'Warning')}: API rate limit exceeded for installation${word}`,
  tpl`${word} API rate limit exceeded for installation ${word}`,
  word,
);

// ── content by format ───────────────────────────────────────────────────────────────────────────────────────────────

export const CONTENT: Record<FormatId, Arb<Buffer>> = {
  gateway: content(linesFile(gatewayLine)),
  'rpc-jsonl': content(linesFile(rpcLine)),
  'gateway-md': content(linesFile(mdLine)),
  'stderr-log': content(linesFile(stderrLine)),
  'access-log': content(linesFile(accessLine)),
  'audit-jsonl': content(linesFile(auditLine)),
  'agent-stdio': content(linesFile(stdioLine)),
  'job-log': content(linesFile(jobLine)),
  'aw-info': content(
    jsonFile({
      run_id: fc.oneof(fc.nat(), num),
      workflow_name: word,
      repository: word,
      ref: word,
      event_name: word,
      awf_version: word,
      firewall_version: word,
    }),
  ),
  'tools-json': content(
    jsonFile({
      servers: fc.dictionary(
        word,
        fc.array(fc.oneof(fc.record({ name: word }), weirdValue), { maxLength: 3 }),
        { maxKeys: 3 },
      ),
    }),
  ),
  'activity-summary': content(jsonFile({ summary: weirdValue, runs: weirdValue })),
  'policy-manifest': content(jsonFile({ topologyPeers: fc.array(word, { maxLength: 4 }) })),
  'run-json': content(
    jsonFile({
      workflowName: word,
      headBranch: word,
      url: word,
      conclusion: word,
      event: word,
      createdAt: word,
      name: word,
    }),
  ),
  'jobs-json': content(
    jsonFile({
      jobs: fc.array(
        fc.oneof(fc.record({ name: word, conclusion: word, status: word }, { requiredKeys: [] }), weirdValue),
        { maxLength: 4 },
      ),
      total_count: num,
    }),
  ),
};
