// Validate a response body against GitHub's published OpenAPI description (@octokit/openapi, api.github.com).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
}

let doc: Document | undefined;
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction | null>();

function load(): { doc: Document; ajv: Ajv } {
  if (!doc || !ajv) {
    const file = createRequire(import.meta.url).resolve(
      '@octokit/openapi/generated/api.github.com.deref.json',
    );
    doc = JSON.parse(readFileSync(file, 'utf8')) as Document;
    ajv = new Ajv({ strict: false, allErrors: true });
    addFormatsModule.default(ajv);
    for (const f of ['int32', 'int64', 'double', 'binary', 'timestamp', 'repo.nwo']) ajv.addFormat(f, true);
  }
  return { doc, ajv };
}

/** OpenAPI 3.0 `nullable: true` to JSON Schema (Ajv's support rejects null in an enum and needs `type`). */
function toJsonSchema(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(toJsonSchema);
  if (!x || typeof x !== 'object') return x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) if (k !== 'nullable') out[k] = toJsonSchema(v);
  return (x as { nullable?: unknown }).nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

/**
 * Errors (empty when valid) of `body` against the `application/json` schema documented for `status` of the
 * operation `method templatePath` (e.g. 'GET', '/repos/{owner}/{repo}/actions/runs'). A documented response
 * without content (a 302) accepts only an empty body.
 */
export function validateResponse(
  method: string,
  templatePath: string,
  status: number,
  body: unknown,
): string[] {
  const key = `${method.toUpperCase()} ${templatePath} ${status}`;
  if (!validators.has(key)) {
    const { doc, ajv } = load();
    const response = doc.paths[templatePath]?.[method.toLowerCase()]?.responses?.[String(status)];
    if (!response) return [`${key}: operation or status not documented`];
    const schema = response.content?.['application/json']?.schema;
    validators.set(key, schema ? ajv.compile(toJsonSchema(schema) as object) : null);
  }
  const validate = validators.get(key);
  if (!validate)
    return body === undefined || body === '' ? [] : [`${key}: no content documented, got a body`];
  if (validate(body)) return [];
  return (validate.errors ?? []).map(
    (e) => `${key}: ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}
