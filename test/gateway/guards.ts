// WASM guards of our own, written in WAT and compiled with wabt, for what the real GitHub guard will not do on
// demand: allow everything, filter the outside repository's item, answer strict mode, trap in label_response or in
// label_resource. The ABI is the gateway's (GATEWAY.md §6): exports memory, label_agent, label_resource,
// label_response, each (in_ptr, in_len, out_ptr, out_cap) -> bytes written, plus alloc/dealloc (a bump allocator
// with LIFO frees) so that the gateway does not fall back to writing at the end of memory. The module keeps a name
// section, so a trap's stack trace names `.label_response(i32,i32,i32,i32) i32` as with a real guard built with
// symbols.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import wabtInit from 'wabt';
import { githubGuardPath } from './binary.js';
import { OUTSIDE_INDEX, OUTSIDE_REPO, POLICY_REPO } from './fixtures.js';

export interface GuardSpec {
  /** `difc_mode` answered by label_agent (default filter). */
  mode?: 'filter' | 'strict' | 'propagate';
  /** label_response labels the outside repository's search_issues item low-integrity (default false). */
  filterOutside?: boolean;
  /** The function that executes `unreachable` on its first call. */
  trapIn?: 'label_response' | 'label_resource';
}

const AGENT_INTEGRITY = [`none:${POLICY_REPO}`, `unapproved:${POLICY_REPO}`, `approved:${POLICY_REPO}`];

function agentAnswer(mode: string): string {
  return JSON.stringify({
    agent: { secrecy: [`private:${POLICY_REPO}`], integrity: AGENT_INTEGRITY },
    difc_mode: mode,
    normalized_policy: { 'min-integrity': 'approved', repos: [POLICY_REPO], scope_kind: 'repo' },
  });
}

const RESOURCE_ANSWER = JSON.stringify({
  resource: { description: `resource:${POLICY_REPO}`, secrecy: [], integrity: AGENT_INTEGRITY },
  operation: 'read',
});

const FILTER_ANSWER = JSON.stringify({
  labeled_paths: [
    {
      path: `/items/${OUTSIDE_INDEX}`,
      labels: { description: `item:${OUTSIDE_REPO}`, secrecy: [], integrity: [`none:${OUTSIDE_REPO}`] },
    },
  ],
  default_labels: { description: `item:${POLICY_REPO}`, secrecy: [], integrity: AGENT_INTEGRITY },
  items_path: '/items',
});

/** label_response filters only search_issues results (the one shape whose outside item index is known). */
const FILTER_TOOL = '"tool_name":"search_issues"';

/** A WAT string literal of these bytes. */
function watString(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    out +=
      b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c
        ? String.fromCharCode(b)
        : `\\${b.toString(16).padStart(2, '0')}`;
  }
  return `"${out}"`;
}

/** The WAT source of a guard. */
export function guardWat(spec: GuardSpec = {}): string {
  const segments: { name: string; text: string; offset: number; length: number }[] = [];
  let offset = 16;
  for (const [name, text] of [
    ['agent', agentAnswer(spec.mode ?? 'filter')],
    ['resource', RESOURCE_ANSWER],
    ['filter', FILTER_ANSWER],
    ['tool', FILTER_TOOL],
  ] as const) {
    const length = Buffer.byteLength(text);
    segments.push({ name, text, offset, length });
    offset += (length + 15) & ~15;
  }
  if (offset > 65536) throw new Error('guard constants exceed the first page');
  const seg = Object.fromEntries(segments.map((s) => [s.name, s]));
  const emit = (name: string) =>
    `(call $emit (local.get 2) (local.get 3) (i32.const ${seg[name].offset}) (i32.const ${seg[name].length}))`;
  const trap = (fn: string) => (spec.trapIn === fn ? '(call $panic)' : '');
  const response = spec.filterOutside
    ? `(if (result i32) (call $contains (local.get 0) (local.get 1) (i32.const ${seg.tool.offset}) (i32.const ${seg.tool.length}))
         (then ${emit('filter')}) (else (i32.const 0)))`
    : '(i32.const 0)';
  return `(module
  (memory (export "memory") 2 512)
  (global $heap (mut i32) (i32.const 65536))
${segments.map((s) => `  (data (i32.const ${s.offset}) ${watString(s.text)})`).join('\n')}
  (func $panic unreachable)
  (func $alloc (export "alloc") (param $size i32) (result i32)
    (local $ptr i32) (local $end i32) (local $have i32)
    (local.set $ptr (global.get $heap))
    (local.set $end (i32.and (i32.add (i32.add (local.get $ptr) (local.get $size)) (i32.const 7)) (i32.const -8)))
    (local.set $have (i32.shl (memory.size) (i32.const 16)))
    (if (i32.gt_u (local.get $end) (local.get $have))
      (then
        (if (i32.eq (memory.grow (i32.shr_u (i32.add (i32.sub (local.get $end) (local.get $have)) (i32.const 65535)) (i32.const 16))) (i32.const -1))
          (then (return (i32.const 0))))))
    (global.set $heap (local.get $end))
    (local.get $ptr))
  (func $dealloc (export "dealloc") (param $ptr i32) (param $size i32)
    (if (i32.eq (i32.and (i32.add (i32.add (local.get $ptr) (local.get $size)) (i32.const 7)) (i32.const -8)) (global.get $heap))
      (then (global.set $heap (local.get $ptr)))))
  ;; Copies len bytes from src to out; -2 (with the size needed at out) when they do not fit.
  (func $emit (param $out i32) (param $cap i32) (param $src i32) (param $len i32) (result i32)
    (local $i i32)
    (if (i32.gt_u (local.get $len) (local.get $cap))
      (then (i32.store (local.get $out) (local.get $len)) (return (i32.const -2))))
    (block $done
      (loop $copy
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (i32.store8 (i32.add (local.get $out) (local.get $i)) (i32.load8_u (i32.add (local.get $src) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $copy)))
    (local.get $len))
  ;; 1 when the m bytes at pat occur in the n bytes at p.
  (func $contains (param $p i32) (param $n i32) (param $pat i32) (param $m i32) (result i32)
    (local $i i32) (local $j i32)
    (block $none
      (loop $outer
        (br_if $none (i32.gt_u (i32.add (local.get $i) (local.get $m)) (local.get $n)))
        (local.set $j (i32.const 0))
        (block $mismatch
          (loop $inner
            (if (i32.ge_u (local.get $j) (local.get $m)) (then (return (i32.const 1))))
            (br_if $mismatch (i32.ne
              (i32.load8_u (i32.add (i32.add (local.get $p) (local.get $i)) (local.get $j)))
              (i32.load8_u (i32.add (local.get $pat) (local.get $j)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $inner)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $outer)))
    (i32.const 0))
  (func $label_agent (export "label_agent") (param i32 i32 i32 i32) (result i32)
    ${emit('agent')})
  (func $label_resource (export "label_resource") (param i32 i32 i32 i32) (result i32)
    ${trap('label_resource')}
    ${emit('resource')})
  (func $label_response (export "label_response") (param i32 i32 i32 i32) (result i32)
    ${trap('label_response')}
    ${response}))
`;
}

let wabt: Awaited<ReturnType<typeof wabtInit>> | null = null;

/** Compiles a guard's WAT to a WASM module, with its name section. */
export async function compileGuard(spec: GuardSpec = {}): Promise<Uint8Array> {
  wabt ??= await wabtInit();
  const mod = wabt.parseWat('guard.wat', guardWat(spec));
  try {
    mod.resolveNames();
    mod.validate();
    return mod.toBinary({ write_debug_names: true }).buffer;
  } finally {
    mod.destroy();
  }
}

/** What goes in a guards directory for server `github`. */
export type GuardChoice =
  { kind: 'wat'; spec: GuardSpec } | { kind: 'real' } | { kind: 'not-a-module' } | null;

/** Writes `<dir>/github/00-github-guard.wasm` (the container's name) for the choice; returns the dir. */
export async function writeGuardsDir(dir: string, choice: GuardChoice): Promise<string> {
  mkdirSync(join(dir, 'github'), { recursive: true });
  const file = join(dir, 'github', '00-github-guard.wasm');
  if (choice === null) return dir;
  if (choice.kind === 'real') copyFileSync(githubGuardPath(), file);
  else if (choice.kind === 'not-a-module')
    writeFileSync(file, 'NOTWASM\0 this file is not a WebAssembly module\n');
  else writeFileSync(file, await compileGuard(choice.spec));
  return dir;
}
