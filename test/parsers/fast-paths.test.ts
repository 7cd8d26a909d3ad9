// The hand-written fast paths of the gateway log's hot loop, each against the grammar it replaces: the byte reader of
// the record prefix against RECORD_START, the server prefix split against its regex, the plain item URL against the
// URL parser. Generated lines mix valid prefixes with every single-byte corruption and cut, so a fast path that
// accepts or cuts anything the grammar does not fails here.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recordPrefix, type RecordPrefix } from '../../src/util/bytes.js';
import { RECORD_START } from '../../src/parsers/gateway-log.js';
import { splitServer } from '../../src/parsers/gateway-log/classify.js';
import { GatewayRecordParser } from '../../src/parsers/gateway-log/framing.js';
import { GatewayState } from '../../src/parsers/gateway-log/state.js';
import { guardLookupBytes } from '../../src/parsers/gateway-log/classify-debug.js';
import { repoFromHtmlUrl } from '../../src/parsers/tool-result.js';
import { GatewayMdParser } from '../../src/parsers/gateway-md.js';
import { recordingGatewayParser } from '../support/recording-parsers.js';

fc.configureGlobal({ seed: 20261204, numRuns: 3000 });

type Edit = 'as is' | 'replace' | 'delete' | 'insert' | 'cut';
/** `text` with the character at `at` (modulo its length) replaced by `ch` or deleted, `ch` inserted there, or cut. */
function edited(text: string, at: number, ch: string, how: Edit): string {
  const i = at % (text.length + 1);
  if (how === 'replace') return text.slice(0, i) + ch + text.slice(i + 1);
  if (how === 'delete') return text.slice(0, i) + text.slice(i + 1);
  if (how === 'insert') return text.slice(0, i) + ch + text.slice(i);
  if (how === 'cut') return text.slice(0, i);
  return text;
}

/** One of `pieces` as is, or with one of `chars` put in, over or instead of a character in its first 81, or cut there. */
function editedPieces(pieces: string[], chars: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...pieces),
    fc
      .tuple(
        fc.constantFrom(...pieces),
        fc.nat(80),
        fc.constantFrom(...chars),
        fc.constantFrom<Edit>('replace', 'delete', 'insert', 'cut'),
      )
      .map(([text, at, ch, how]) => edited(text, at, ch, how)),
  );
}

interface LineParser {
  line(text: string, lineNo: number): void;
  lineBytes(buf: Buffer, start: number, end: number, lineNo: number): void;
  end?(): void;
}

/**
 * What a parser made of `lines` (its events and hints, in order), fed as bytes or as decoded text. The bytes go
 * through one buffer, overwritten each time and filled with `fill` around the line, as the line splitter reuses its
 * read buffer.
 */
function fed(
  make: (out: unknown[]) => LineParser,
  lines: string[],
  asBytes: boolean,
  fill = 0x78,
): unknown[] {
  const out: unknown[] = [];
  const parser = make(out);
  const buf = Buffer.alloc(64 * 1024);
  lines.forEach((text, i) => {
    if (!asBytes) return parser.line(text, i + 1);
    buf.fill(fill);
    const end = 2 + buf.write(text, 2, 'utf8');
    parser.lineBytes(buf, 2, end, i + 1);
  });
  parser.end?.();
  return out;
}

/** A gateway log parser whose events and hints go to `out`. */
const gatewayLog = (out: unknown[]) => recordingGatewayParser(out);

/** What RECORD_START reads from a line, in recordPrefix's terms (null: not a record start). */
function byRegex(line: string): { level: string; category: string; message: string } | null {
  const m = RECORD_START.exec(line);
  return m ? { level: m[2], category: m[3], message: m[4] } : null;
}

function byBytes(line: string): { level: string; category: string; message: string } | null {
  // The line inside a larger buffer, with bytes after it that could be misread as its continuation.
  const buf = Buffer.from(`junk\n${line}\nDEBUG] [x] y`, 'utf8');
  const start = 5;
  const end = start + Buffer.byteLength(line, 'utf8');
  const p: RecordPrefix = { level: -1, catStart: 0, catEnd: 0, msg: 0 };
  if (!recordPrefix(buf, start, end, p)) return null;
  return {
    level: ['INFO', 'WARN', 'ERROR', 'DEBUG'][p.level],
    category: buf.toString('utf8', p.catStart, p.catEnd),
    message: buf.toString('utf8', p.msg, end),
  };
}

const PREFIXES = [
  '[2026-07-19T14:02:11Z] [INFO] [startup] Starting gateway',
  '[2026-07-19T14:02:11.482Z] [DEBUG] [guard:wasm] [guard:github] INFO: >>> call_backend: tool=x',
  '[2026-08-01T00:00:00.000Z] [WARN] [guard] [github] guard refused',
  '[2026-08-01T23:59:59Z] [ERROR] [client] MCP tool call error, session=s, tool=t, error=e',
  '[2026-08-01T23:59:59Z] [ERROR] [] ',
  '[2026-08-01T23:59:59Z] [DEBUG] [rpc] github→tools/call 12b {}',
];

/** A valid record line, then one byte replaced, deleted or the line cut short. */
const lines = fc.oneof(
  editedPieces(PREFIXES, [
    '0',
    '9',
    'a',
    '-',
    ':',
    '.',
    'Z',
    '[',
    ']',
    ' ',
    'T',
    'D',
    'I',
    'W',
    'E',
    'X',
    '\t',
  ]),
  fc.string({
    unit: fc.constantFrom('[', ']', ' ', '2', '0', '-', 'T', ':', 'Z', 'D', 'E', 'B', 'U', 'G', 'x'),
  }),
);

describe('recordPrefix (bytes) reads what RECORD_START reads', () => {
  it('on every generated line', () => {
    fc.assert(
      fc.property(lines, (line) => {
        expect(byBytes(line)).toEqual(byRegex(line));
      }),
    );
  });

  it('on the edges: cut levels, no space after the category, a category of 256 bytes and more', () => {
    for (const line of [
      '[2026-07-19T14:02:11Z] [DE',
      '[2026-07-19T14:02:11Z] [DEBUG',
      '[2026-07-19T14:02:11Z] [DEBUG] [cat]',
      '[2026-07-19T14:02:11Z] [DEBUG] [cat] ',
      '[2026-07-19T14:02:11Z] [INFO] [cat]x',
      '[2026-07-19T14:02:11.48Z] [INFO] [cat] x',
      '[2026-07-19T14:02:11Z] [TRACE] [cat] x',
      `[2026-07-19T14:02:11Z] [INFO] [${'c'.repeat(255)}] x`,
    ])
      expect(byBytes(line), line).toEqual(byRegex(line));
    // The byte reader gives up on categories of 256 bytes and more (the framing then takes the line as text).
    expect(byBytes(`[2026-07-19T14:02:11Z] [INFO] [${'c'.repeat(256)}] x`)).toBeNull();
  });
});

describe('the framing reads record starts and continuation lines as RECORD_START does', () => {
  // Records kept that read their continuation lines (a configuration failure takes its first as the detail, a trap
  // its stack trace) and records skipped on their prefix, with lines of every generated shape between them: a line
  // with a corrupted prefix continues the record before it, kept or skipped.
  const KEPT = [
    '[2026-08-20T14:05:00.000Z] [ERROR] [startup] Configuration validation failed:',
    '[2026-08-20T14:05:00.000Z] [ERROR] [backend] WASM guard trap: guard=github, func=label_response, error=WASM function call failed: wasm error: unreachable\nwasm stack trace:',
  ];
  const SKIPPED = '[2026-08-20T14:05:00.100Z] [DEBUG] [launcher] pool tick';
  const log = fc.array(fc.oneof(lines, fc.constantFrom(...KEPT, SKIPPED, '\t.label_response(i32) i32')), {
    maxLength: 12,
  });

  it('on generated logs: the same events through the byte path as through the decoded text', () => {
    fc.assert(
      fc.property(log, (pieces) => {
        const all = pieces.join('\n').split('\n');
        expect(fed(gatewayLog, all, true)).toEqual(fed(gatewayLog, all, false));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('splitServer reads what its grammar reads', () => {
  const GRAMMAR = /^\[([A-Za-z0-9_.:-]+)\] (.*)$/s;
  const NOT_SERVER = new Set([
    'DIFC',
    'DIFC-FILTERED',
    'UNRECOGNIZED-ENDPOINT',
    'Guard',
    'stderr',
    'CONFIG',
    'LAUNCHER',
  ]);
  function reference(message: string): { server: string | null; msg: string } {
    const m = GRAMMAR.exec(message);
    if (m && !NOT_SERVER.has(m[1]) && !m[1].startsWith('guard:')) return { server: m[1], msg: m[2] };
    return { server: null, msg: message };
  }

  it('on generated messages', () => {
    const part = fc.string({
      unit: fc.constantFrom(
        '[',
        ']',
        ' ',
        'a',
        'Z',
        '0',
        '_',
        '.',
        ':',
        '-',
        '/',
        '\n',
        'é',
        'g',
        'u',
        'r',
        'd',
      ),
    });
    const named = fc
      .tuple(fc.constantFrom('github', 'DIFC', 'guard:github', 'my.server-1', 'a:b', 'Guard', ''), part)
      .map(([id, rest]) => `[${id}] ${rest}`);
    fc.assert(
      fc.property(fc.oneof(part, named), (message) => {
        expect(splitServer(message)).toEqual(reference(message));
      }),
    );
  });
});

describe('repoFromHtmlUrl reads what the URL parser reads', () => {
  const NON_REPO = new Set(['orgs', 'users', 'settings', 'sponsors', 'apps', 'marketplace', 'topics']);
  NON_REPO.add('collections').add('features').add('enterprises').add('advisories').add('organizations');
  NON_REPO.add('notifications').add('login').add('search');
  function reference(url: string): string | null {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return null;
    }
    if (u.hostname.startsWith('gist.') || u.hostname.startsWith('api.')) return null;
    const parts = u.pathname.split('/').filter(Boolean);
    if (parts.length < 2 || NON_REPO.has(parts[0].toLowerCase())) return null;
    return `${parts[0]}/${parts[1]}`;
  }

  it('on generated item URLs', () => {
    const seg = fc.oneof(
      fc.constantFrom('octo-org', 'App.js', '.', '..', '', 'Orgs', 'search', '%41pp', 'a b', 'x_y', 'é'),
      fc.string({ unit: fc.constantFrom('a', 'B', '1', '.', '-', '_', '%', '\\', '@', ':') }),
    );
    const host = fc.constantFrom(
      'github.com',
      'GitHub.com',
      'gist.github.com',
      'api.github.com',
      'ghe.corp:8443',
      'a..b',
      'x',
    );
    const tail = fc.constantFrom('', '/', '/issues/1', '?q=1', '#x', '\\x', '//y');
    const url = fc
      .tuple(fc.constantFrom('https://', 'http://', 'HTTPS://', ' https://', 'ftp://'), host, seg, seg, tail)
      .map(([scheme, h, a, b, t]) => `${scheme}${h}/${a}/${b}${t}`);
    fc.assert(
      fc.property(url, (u) => {
        expect(repoFromHtmlUrl(u)).toBe(reference(u));
      }),
    );
  });
});

describe('AttributionLines.known: a record it skips undecoded would have added nothing', () => {
  const TS = '[2026-12-04T17:12:08.667Z]';
  /** The frequent forms known() reads, with a server and a tool to fill in. */
  const FORMS = [
    (s: string, t: string) =>
      `${TS} [DEBUG] [server:unified] callBackendTool: serverID=${s}, toolName=${t}, args=map[]`,
    (s: string, t: string) =>
      `${TS} [DEBUG] [server:unified] executeBackendToolCall: serverID=${s}, toolName=${t}`,
    (s: string, t: string) =>
      `${TS} [DEBUG] [server:difc_log] Logging filtered items: serverID=${s}, toolName=${t}, count=2`,
    (s: string, t: string) =>
      `${TS} [DEBUG] [payload] Middleware processing tool call: tool=${s}___${t}, queryID=q`,
    (s: string, t: string) => `${TS} [DEBUG] [payload] Processing tool call: tool=${s}___${t}`,
    (s: string, t: string) =>
      `${TS} [INFO] [payload] Response data marshaled to JSON: tool=${s}___${t}, size=3 bytes`,
    (s: string, t: string) => `${TS} [INFO] [payload] Skipping payload storage: tool=${s}___${t}`,
    (s: string, t: string) =>
      `${TS} [INFO] [payload] Payload size (393 bytes) is within threshold (5 bytes), returning inline: tool=${s}___${t}, queryID=q`,
    (s: string) => `${TS} [INFO] [auth] Authentication successful, remote=127.0.0.1:52448, path=/mcp/${s}`,
  ];
  const SERVERS = ['github', 'my.server-1', 'a_b', 'x'];
  const TOOLS = ['list_issues', 'get_file_contents', 'a___b', 't'];
  /** Lines that tell the facts first (each server and tool once, in each form). */
  const PRIOR = FORMS.flatMap((form) => SERVERS.flatMap((s) => TOOLS.map((t) => form(s, t))));
  const name = fc.oneof(
    fc.constantFrom(...SERVERS, ...TOOLS),
    fc.string({
      unit: fc.constantFrom('a', 'Z', '0', '_', '.', '-', ',', ' ', '\t', 'é', ':', '/', '\u2028'),
    }),
  );
  const line = fc
    .tuple(
      fc.nat(FORMS.length - 1),
      name,
      name,
      fc.nat(200),
      fc.constantFrom('x', ',', ' ', '_', '\t', 'é', ''),
    )
    .chain(([f, s, t, at, ch]) =>
      fc
        .constantFrom<Edit>('as is', 'replace', 'delete', 'insert', 'cut')
        .map((how) => edited(FORMS[f](s, t), at, ch, how)),
    );

  /** The events and hints of a log fed to the parser as bytes (prefilter and known()) or as decoded text. */
  const parse = (lines: string[], asBytes: boolean) => fed(gatewayLog, lines, asBytes);

  it('on every generated line after the facts are known: the same events and hints as the decoded text gives', () => {
    fc.assert(
      fc.property(line, (text) => {
        const lines = [
          ...PRIOR,
          text,
          `${TS} [INFO] [auth] Authentication successful, remote=r, path=/mcp/other`,
        ];
        expect(parse(lines, true)).toEqual(parse(lines, false));
      }),
      { numRuns: 400 },
    );
  });

  it('skips the repeated forms undecoded (and never a fact not yet told)', () => {
    const known = (told: string[], text: string): boolean => {
      const parser = new GatewayRecordParser({ file: 'f', kind: 'gateway', emit: () => {}, hint: () => {} });
      told.forEach((t, i) => parser.line(t, i + 1));
      parser.end();
      const buf = Buffer.from(text, 'utf8');
      const p: RecordPrefix = { level: -1, catStart: 0, catEnd: 0, msg: 0 };
      expect(recordPrefix(buf, 0, buf.length, p)).toBe(true);
      const state = (parser as unknown as { state: GatewayState }).state;
      return state.attribution!.known(buf, p, buf.length);
    };
    for (const form of FORMS) {
      expect(known(PRIOR, form('github', 'list_issues')), form('github', 'list_issues')).toBe(true);
      expect(known([], form('github', 'list_issues'))).toBe(false);
      expect(known(PRIOR, form('newserver', 'list_issues'))).toBe(false);
    }
    expect(known(PRIOR, FORMS[0]('github', 'new_tool'))).toBe(false);
  });
});

describe('GatewayMdParser.lineBytes: a line it skips undecoded would have changed nothing', () => {
  /** Lines of gateway.md in the forms the parser meets, whole and corrupted (NUL bytes are removed before reading). */
  const PIECES = [
    '  ```',
    '  ```json',
    '  ```\x00',
    '  `\x00``',
    '\x00  ```',
    '  ``',
    '  ````',
    '```',
    '',
    '  {"params":{"arguments":{"owner":"o"}},"method":"tools/call"}',
    '  {"id":1,"result":{"content":[{"type":"text","text":"x"}]}}',
    '- 🔍 rpc **github**←`resp` `{"jsonrpc":"2.0","id":1,"result":{}}`',
    '- 🔍 rpc **github**→`tools/call` `search_repositories`',
    '- 🔍 rpc **github**→`tools/list`',
    '- 🔍 rpc **my.server-1**←`resp` `{}`',
    '- 🔍 rpc **a b**←`resp`',
    '- 🔍 rpc ****←`resp`',
    '- 🔍 rpc **git\x00hub**→`tools/call` `x`',
    '- 🔍 rpc **github**→`tools/\x00call` `x`',
    '- 🔍 rpc **github**\x00←`resp`',
    '- ✓ **startup** MCPG Gateway version: v0.4.10-f49ebf62',
    '- ✓ **startup** Loaded 2 MCP server(s): [github safeoutputs]',
    '- ✗ **backend**',
    '- ✗ **backend** MCP backend connection failed: refused',
    '- ✗ **auth** Request rejected: bad key, remote=1.2.3.4, path=/mcp/github',
    '- ⚠️ **proxy** [UNRECOGNIZED-ENDPOINT] {"method":"GET","path":"/x"}',
    '  MCP backend connection failed: exit 1',
    'MCP backend command not found: docker',
  ];
  const line = editedPieces(PIECES, ['\x00', '`', ' ', '*', '←', '→', 'a', '-', 'é', '🔍']);

  const parse = (lines: string[], asBytes: boolean, withHints: boolean) =>
    fed(
      (out) =>
        new GatewayMdParser(
          'gateway.md',
          (e) => void out.push(['event', e]),
          withHints ? (e) => void out.push(['hint', e]) : undefined,
        ),
      lines,
      asBytes,
    );

  it('on generated documents: the same events and hints through the byte path as through the decoded text', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.boolean(), (lines, withHints) => {
        expect(parse(lines, true, withHints)).toEqual(parse(lines, false, withHints));
      }),
      { numRuns: 2000 },
    );
  });

  it('skips fenced payloads and the backend RPC bullets, and still reads a technical message inside a fence', () => {
    const doc = [
      '- 🔍 rpc **github**←`resp` `{"id":1}`',
      '  ```json',
      '  {"id":1,"result":{}}',
      '  ```',
      '- ✗ **backend**',
      '  ```',
      '  MCP backend connection failed: exit 1',
      '  ```',
    ];
    const decoded: string[] = [];
    const parser = new GatewayMdParser('gateway.md', () => {}, undefined);
    const original = parser.line.bind(parser);
    parser.line = (text: string, n: number) => {
      decoded.push(text);
      original(text, n);
    };
    const events: unknown[] = [];
    const reading = new GatewayMdParser('gateway.md', (e) => void events.push(e), undefined);
    doc.forEach((text, i) => {
      const buf = Buffer.from(text, 'utf8');
      parser.lineBytes(buf, 0, buf.length, i + 1);
      reading.lineBytes(buf, 0, buf.length, i + 1);
    });
    expect(decoded).toEqual([
      '  ```json',
      '  ```',
      '- ✗ **backend**',
      '  ```',
      '  MCP backend connection failed: exit 1',
      '  ```',
    ]);
    expect(events).toMatchObject([{ type: 'GatewayError', template: 'MCP backend connection failed' }]);
  });
});

describe('guardLookupBytes: a guard lookup record applied on its bytes changes what the decoded record would', () => {
  const TS = '[2026-12-04T17:12:08.802Z]';
  const TOOLS = ['get_collaborator_permission', 'get_file_contents', 'x', 'a-b.c'];
  /** The lookup's debug records (each category with each form, the frequent pairs and the others), and its end. */
  const FORMS = [
    (t: string) => `${TS} [DEBUG] [guard:wasm] [guard:github] INFO: >>> call_backend: tool=${t}`,
    (t: string) => `${TS} [DEBUG] [guard:wasm] WASM guard calling backend: tool=${t}`,
    (t: string) => `${TS} [DEBUG] [guard:wasm] Backend call failed: ${t}: no GitHub token available`,
    (t: string) =>
      `${TS} [DEBUG] [guard:wasm] Backend call failed: calling "tools/call": ${t} rate limited  `,
    (t: string) => `${TS} [DEBUG] [guard:wasm] Backend call failed:   ${t}:   ${'r'.repeat(t.length * 40)} `,
    (t: string) => `${TS} [DEBUG] [guard:wasm] Backend call failed: ${t}: `,
    (t: string) => `${TS} [DEBUG] [guard:wasm] WASM guard calling backend: tool=get_me${t}`,
    (t: string) =>
      `${TS} [DEBUG] [server:unified] get_collaborator_permission: no GitHub token available${t}`,
    (t: string) =>
      `${TS} [DEBUG] [server:unified] get_collaborator_permission: no GitHub token available for ${t}, skipping`,
    (t: string) => `${TS} [DEBUG] [server:unified] WASM guard calling backend: tool=${t}`,
    (t: string) => `${TS} [DEBUG] [guard:wasm] get_collaborator_permission: no GitHub token available ${t}`,
    (t: string) => `${TS} [DEBUG] [guard:wasm] [guard:github] INFO: <<< call_backend returned ${t}`,
    (t: string) => `    args={"owner":"${t}"}`,
    () => `${TS} [ERROR] [guard] [github] <<< call_backend FAILED with code -1`,
    () => `${TS} [WARN] [guard] [github] Backend call get_collaborator_permission failed with code -1`,
    (t: string) => `${TS} [WARN] [guard] [github] Backend call ${t} failed with code -1`,
    () => `${TS} [WARN] [guard] [github] Repo visibility lookup rate-limited for octo-org/app`,
  ];
  const tool = fc.oneof(
    fc.constantFrom(...TOOLS),
    fc.string({
      unit: fc.constantFrom('a', '_', ':', ' ', '\t', '\r', 'é', '\u00a0', '\u2028', ']', '\x7f', '\x01'),
    }),
  );
  const line = fc
    .tuple(
      fc.nat(FORMS.length - 1),
      tool,
      fc.nat(120),
      fc.constantFrom('x', ' ', '\t', 'é', ']', ':', '_', ''),
    )
    .chain(([f, t, at, ch]) =>
      fc
        .constantFrom<Edit>('as is', 'as is', 'replace', 'delete', 'insert', 'cut')
        .map((how) => edited(FORMS[f](t), at, ch, how)),
    );

  const parse = (lines: string[], asBytes: boolean) => fed(gatewayLog, lines, asBytes, 0x61);

  it('on generated lookups: the same failures (tool, reason) through the byte path as through the decoded text', () => {
    const failed = FORMS[13]('');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const all = [...lines, failed];
        expect(parse(all, true)).toEqual(parse(all, false));
      }),
      { numRuns: 3000 },
    );
  });

  it('applies the four frequent forms on their bytes (none is decoded), and leaves others to the decoded way', () => {
    const s = new GatewayState({ file: 'f', kind: 'gateway', emit: () => {} });
    const apply = (text: string): boolean => {
      const buf = Buffer.from(text, 'utf8');
      const p: RecordPrefix = { level: -1, catStart: 0, catEnd: 0, msg: 0 };
      expect(recordPrefix(buf, 0, buf.length, p)).toBe(true);
      return guardLookupBytes(s, buf, p, buf.length);
    };
    expect(apply(FORMS[0]('get_collaborator_permission'))).toBe(true);
    expect(s.lookup).toEqual({ tool: 'get_collaborator_permission', reason: null });
    expect(apply(FORMS[1]('get_collaborator_permission'))).toBe(true);
    expect(apply(FORMS[8]('octo-org/app user casual-contributor'))).toBe(true);
    expect(s.lookup).toEqual({ tool: 'get_collaborator_permission', reason: 'no GitHub token available' });
    expect(apply(FORMS[2]('get_collaborator_permission'))).toBe(true);
    expect(s.lookup.reason).toBe('no GitHub token available');
    expect(apply(FORMS[1]('get_filé'))).toBe(false);
    expect(apply(FORMS[11]('12 bytes'))).toBe(false);
    expect(apply(FORMS[13](''))).toBe(false);
  });

  it('reads the real sequence, and tells the tool and the reason', () => {
    const lines = [
      FORMS[0]('get_collaborator_permission'),
      FORMS[1]('get_collaborator_permission'),
      FORMS[8]('octo-org/app user casual-contributor'),
      FORMS[2]('get_collaborator_permission'),
      FORMS[13](''),
    ];
    expect(parse(lines, true)).toEqual(parse(lines, false));
    expect(parse(lines, true)).toMatchObject([
      [
        'event',
        {
          type: 'GuardLookupFailed',
          guard: 'github',
          tool: 'get_collaborator_permission',
          reason: 'no GitHub token available',
        },
      ],
    ]);
  });
});

describe('countedInJsonl: with a JSONL, the records skipped undecoded are those of the facts the JSONL counts', () => {
  const TS = '[2026-12-04T17:12:08.826Z]';
  const ITEM =
    '{"server_id":"github","tool_name":"list_issues","description":"issue:o/r#2","integrity_tags":["none:o/r"]}';
  const PIECES = [
    `${TS} [INFO] [difc] [github] [DIFC-FILTERED] ${ITEM}`,
    `${TS} [INFO] [difc] [DIFC-FILTERED] ${ITEM}`,
    `${TS} [INFO] [difc] [my.server-1] [DIFC-FILTERED] ${ITEM}`,
    `${TS} [INFO] [difc] [a:b] [DIFC-FILTERED] ${ITEM}`,
    `${TS} [INFO] [difc] [guard:github] [DIFC-FILTERED] ${ITEM}`,
    `${TS} [INFO] [difc] [DIFC] [DIFC-FILTERED] ${ITEM}`,
    `${TS} [INFO] [difc] [REDACTED] [DIFC-FILTERED] ${ITEM}`,
    `${TS} [INFO] [difc] [github] [DIFC-FILTERED] {"server_id":"github","tool_name":"[REDACTED]`,
    `${TS} [WARN] [difc] [github] [DIFC-FILTERED] ${ITEM}`,
    `${TS} [INFO] [difc] [github] Guard policy: {"allow-only":{"repos":["o/r"],"min-integrity":"approved"}}`,
    `${TS} [INFO] [difc] [github] Registered guard 'github'`,
    `${TS} [DEBUG] [rpc] github→tools/call 152b {"jsonrpc":"2.0","method":"tools/call","params":{"name":"list_issues"}}`,
    `${TS} [DEBUG] [rpc] github←resp 40b err: backend unavailable`,
    `${TS} [DEBUG] [rpc] github←resp 40b {"result":{}}`,
    `${TS} [DEBUG] [server:unified] callBackendTool: serverID=github, toolName=list_issues, args=map[]`,
    `${TS} [INFO] [backend] [other] Successfully launched MCP backend server`,
    `${TS} [INFO] [client] MCP tool call request, session=s, tool=list_issues, args={}`,
    '  a continuation line',
  ];
  const line = editedPieces(PIECES, ['[', ']', ' ', 'é', ':', '.', 'x', 'D', '\t', '→']);
  const COUNTED_TYPES = new Set(['DifcFiltered', 'BackendToolCall', 'BackendCallFailed']);
  const parse = (lines: string[], countedInJsonl: boolean, withHints: boolean) =>
    fed((out) => recordingGatewayParser(out, { hints: withHints, countedInJsonl }), lines, true);
  const uncounted = (out: unknown[]) =>
    out.filter((x) => {
      const [kind, e] = x as [string, { type: string }];
      return !(kind === 'event' && COUNTED_TYPES.has(e.type));
    });

  it('on generated logs: every other event and every hint as in a full read, in the same order', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.boolean(), (lines, withHints) => {
        expect(uncounted(parse(lines, true, withHints))).toEqual(uncounted(parse(lines, false, withHints)));
      }),
      { numRuns: 2000 },
    );
  });

  it('skips the items and the RPC previews, but reads an item whose server prefix is a fact not yet told', () => {
    // (A record is classified when the next one starts: the second item is read after the first is.)
    const lines = [PIECES[0], PIECES[9], PIECES[0], PIECES[1], PIECES[11], PIECES[12]];
    const types = (out: unknown[]) =>
      out.map((x) => {
        const [kind, e] = x as [string, { type: string }];
        return `${kind}:${e.type}`;
      });
    // Without hints nothing the JSONL counts is read; with them the first item names its server, once.
    expect(types(parse(lines, true, false))).toEqual(['event:GuardsCapable', 'event:GuardPolicy']);
    expect(types(parse(lines, true, true))).toEqual([
      'hint:ServerNamed',
      'event:DifcFiltered',
      'event:GuardsCapable',
      'event:GuardPolicy',
    ]);
    const full = types(parse(lines, false, true));
    expect(full.filter((t) => t === 'event:DifcFiltered')).toHaveLength(3);
    expect(full).toContain('event:BackendToolCall');
    expect(full).toContain('event:BackendCallFailed');
  });
});
