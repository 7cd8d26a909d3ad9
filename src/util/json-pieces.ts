// `JSON.stringify(value, null, 2)` in pieces: the same text, byte for byte, without ever holding all of it. A report
// of thousands of findings is tens of MB of JSON; rendered as one string and written, it was held twice (the string
// and the bytes written), which was most of an audit's peak memory on inputs with many findings. And the one way the
// reports are written to a file: in pieces, to a temporary file renamed into place (writePiecesAtomically).
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/** Values JSON.stringify leaves out of an object (and writes as `null` in an array). */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** `JSON.stringify(v, null, 2)` of a nested value, each line after the first indented by `indent` more. */
function nested(v: unknown, indent: string): string {
  const text = JSON.stringify(v, null, 2) ?? 'null';
  return text.includes('\n') ? text.replace(/\n/g, '\n' + indent) : text;
}

/**
 * The pieces of `JSON.stringify(value, null, 2)`: an object's members one by one, and each element of an array member
 * one by one (the report's runs and findings). Anything else (a value with `toJSON`, not a plain object) is one piece.
 */
export function* prettyJsonPieces(value: unknown): Generator<string> {
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    yield JSON.stringify(value, null, 2) ?? 'undefined';
    return;
  }
  const keys = Object.keys(value).filter((k) => !omitted((value as Record<string, unknown>)[k]));
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [i, k] of keys.entries()) {
    const v = (value as Record<string, unknown>)[k];
    const head = `\n  ${JSON.stringify(k)}: `;
    const tail = i < keys.length - 1 ? ',' : '';
    if (!Array.isArray(v) || v.length === 0 || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      yield head + nested(v, '  ') + tail;
      continue;
    }
    yield head + '[';
    for (let j = 0; j < v.length; j++)
      yield `\n    ${omitted(v[j]) ? 'null' : nested(v[j], '    ')}${j < v.length - 1 ? ',' : ''}`;
    yield '\n  ]' + tail;
  }
  yield '\n}';
}

/** `JSON.stringify(value, null, 2) + '\n'`, the text of a JSON report file, in pieces (see prettyJsonPieces). */
export function* prettyJsonFilePieces(value: unknown): Generator<string> {
  yield* prettyJsonPieces(value);
  yield '\n';
}

/** Writes all of `text` to `fd` (a write may take only part of it). */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
}

/**
 * Writes `pieces` to `path` through the temporary file `tmp` beside it, renamed into place when complete: a reader
 * never sees half a file, and a text is never held whole when its pieces are not. On failure the temporary file is
 * removed and the error thrown.
 */
export function writePiecesAtomically(path: string, tmp: string, pieces: Iterable<string>): void {
  try {
    const fd = openSync(tmp, 'w');
    try {
      for (const piece of pieces) writeAll(fd, piece);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Writes `JSON.stringify(value, null, 2) + '\n'` to `path`, piece by piece and atomically (writePiecesAtomically). */
export function writePrettyJsonFile(path: string, tmp: string, value: unknown): void {
  writePiecesAtomically(path, tmp, prettyJsonFilePieces(value));
}
