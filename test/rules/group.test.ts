import { describe, expect, it } from 'vitest';
import { EVIDENCE_PER_FINDING, FindingGroups, groupBy } from '../../src/rules/group.js';

const at = (line: number) => ({ file: 'mcp-logs/mcp-gateway.log', line, excerpt: `line ${line}` });

describe('FindingGroups', () => {
  it('counts occurrences per key, keeps the first few locations, in first-seen order', () => {
    const groups = new FindingGroups<{ tool: string; n: number }>();
    let inits = 0;
    for (const [i, tool] of ['b', 'a', 'b', 'b', 'b', 'b'].entries()) {
      const g = groups.add(tool, at(i + 1), () => (inits++, { tool, n: 0 }));
      g.n += 10;
    }
    expect(inits).toBe(2);
    expect([...groups.keys()]).toEqual(['b', 'a']);
    const b = groups.get('b')!;
    expect(b).toMatchObject({ tool: 'b', n: 50, count: 5 });
    expect(b.evidence).toEqual([at(1), at(3), at(4)]);
    expect(b.evidence).toHaveLength(EVIDENCE_PER_FINDING);
    expect(groups.get('a')).toEqual({ tool: 'a', n: 10, count: 1, evidence: [at(2)] });
  });
});

describe('groupBy', () => {
  it('groups items by key in first-seen order, keeping each group in input order', () => {
    const g = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0]);
    expect([...g.keys()]).toEqual(['b', 'a', 'c']);
    expect(g.get('b')).toEqual(['b1', 'b2']);
    expect(g.get('a')).toEqual(['a1', 'a2']);
    expect(groupBy([], () => 'x').size).toBe(0);
  });
});
