// A fake GitHub MCP server (stdio, newline-delimited JSON-RPC), run by the `docker` shim in place of the
// ghcr.io/github/github-mcp-server container. It answers `initialize`, `tools/list` and `tools/call` with canned
// data in the GitHub MCP server's shapes: issues of the policy repository whose authors have several
// `author_association` values, search results with one item from a repository outside the policy, commits, file
// contents and `search_repositories` (what the real GitHub guard looks up for repository visibility). Every other
// request method gets -32601, as the gateway's go-sdk client expects (it tries `server/discover` first).
//
// Behaviour for a scenario comes from the environment (the shim passes the config's `-e` variables):
//   FAKE_GH_DIE_AFTER=N  exit (status 1) after answering N tool calls: a backend that dies mid-session.
//
// Transpiled to plain JavaScript by the harness (gateway.ts) so that each backend starts in tens of milliseconds.
// Fixture strings hold no braces, brackets, quotes or backslashes, so that a guard can delimit items by text.
import { createInterface } from 'node:readline';
import { ISSUES, SEARCH_ISSUES, COMMITS, FILE_TEXT, REPOSITORIES, TOOLS } from './fixtures.js';

type Id = string | number | null;
interface Request {
  jsonrpc: '2.0';
  id?: Id;
  method: string;
  params?: Record<string, unknown>;
}

const dieAfter = Number(process.env.FAKE_GH_DIE_AFTER ?? '0');
let calls = 0;
/** Set once the backend decided to die: later requests are never answered (they see the connection close). */
let dying = false;

function send(message: unknown): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

function text(value: unknown): { content: { type: 'text'; text: string }[] } {
  return { content: [{ type: 'text', text: typeof value === 'string' ? value : JSON.stringify(value) }] };
}

function str(args: Record<string, unknown>, key: string): string {
  const v = args[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** The result of one tool call, as the GitHub MCP server shapes it. */
export function callTool(name: string, args: Record<string, unknown>): unknown {
  const repo = `${str(args, 'owner')}/${str(args, 'repo')}`;
  switch (name) {
    case 'list_issues':
      return text({
        issues: ISSUES.filter((i) => i.html_url.startsWith(`https://github.com/${repo}/`)),
        pageInfo: { hasNextPage: false, endCursor: 'Y3Vyc29yOjM' },
        totalCount: ISSUES.length,
      });
    case 'issue_read':
    case 'get_issue': {
      const n = Number(args.issue_number ?? 0);
      const issue = ISSUES.find(
        (i) => i.number === n && i.html_url.startsWith(`https://github.com/${repo}/`),
      );
      if (!issue)
        return { content: [{ type: 'text', text: `failed to get issue: 404 Not Found` }], isError: true };
      return text(issue);
    }
    case 'search_issues':
      return text({ total_count: SEARCH_ISSUES.length, incomplete_results: false, items: SEARCH_ISSUES });
    case 'list_commits':
      return text(COMMITS);
    case 'get_file_contents':
      return {
        content: [
          {
            type: 'text',
            text: `successfully downloaded text file (SHA: 3f786850e387550fdab836ed7e6dc881de23001b)`,
          },
          {
            type: 'resource',
            resource: {
              uri: `repo://${repo}/contents/${str(args, 'path')}`,
              mimeType: 'text/plain',
              text: FILE_TEXT,
            },
          },
        ],
      };
    case 'search_repositories': {
      const query = str(args, 'query');
      const items = REPOSITORIES.filter((r) => query.includes(r.full_name));
      return text({ total_count: items.length, incomplete_results: false, items });
    }
    default:
      return { content: [{ type: 'text', text: `unknown tool ${name}` }], isError: true };
  }
}

function handle(req: Request): void {
  if (dying || req.id === undefined) return; // dying, or a notification
  const id = req.id;
  switch (req.method) {
    case 'initialize': {
      const asked = (req.params?.protocolVersion as string | undefined) ?? '2025-06-18';
      send({
        jsonrpc: '2.0',
        id,
        result: {
          protocolVersion: asked,
          capabilities: { tools: {} },
          serverInfo: { name: 'github-mcp-server', version: 'v0.32.0-fake' },
        },
      });
      return;
    }
    case 'ping':
      send({ jsonrpc: '2.0', id, result: {} });
      return;
    case 'tools/list':
      send({ jsonrpc: '2.0', id, result: { tools: TOOLS } });
      return;
    case 'tools/call': {
      const name = String(req.params?.name ?? '');
      const args = (req.params?.arguments ?? {}) as Record<string, unknown>;
      send({ jsonrpc: '2.0', id, result: callTool(name, args) });
      calls++;
      if (dieAfter > 0 && calls >= dieAfter) {
        dying = true;
        process.stderr.write(`fake github-mcp-server: exiting after ${calls} tool calls\n`);
        // Let stdout drain before the process goes.
        process.stdout.write('', () => process.exit(1));
      }
      return;
    }
    default:
      send({ jsonrpc: '2.0', id, error: { code: -32601, message: `method not found: ${req.method}` } });
  }
}

const isMain = process.argv[1] !== undefined && /fake-github-mcp\.(m?js|ts)$/.test(process.argv[1]);
if (isMain) {
  process.stderr.write('fake github-mcp-server: running on stdio\n');
  const rl = createInterface({ input: process.stdin });
  rl.on('line', (line) => {
    if (line.trim() === '') return;
    let req: Request;
    try {
      req = JSON.parse(line) as Request;
    } catch {
      send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'parse error' } });
      return;
    }
    handle(req);
  });
  rl.on('close', () => process.exit(0));
}
