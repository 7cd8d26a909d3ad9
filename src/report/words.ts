// Words for the report's own text: real plurals ("1 run", "2 runs"), never "run(s)".

/** `2 runs`, `1 run`; `many` for irregular plurals (`entries`). */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `a`, `a and b`, `a, b and c`. */
export function listOf(items: string[], and = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
