// Evidence for people: the few lines that prove a finding, in file order, each cut around the matched record (its time,
// level, category and the fields that matter) to at most EVIDENCE_WIDTH characters, times in readable UTC (Squid's
// epoch seconds too), grouped under a short caption (run, file). The JSON report keeps the full excerpts.
import type { Evidence } from '../model/types.js';

export const EVIDENCE_WIDTH = 160;

export interface EvidenceGroup {
  run: string;
  file: string;
  /** `2026-11-24`, when every line of the group is from that UTC day (the lines then show the time of day only). */
  day: string | null;
  lines: { line: number; text: string }[];
}

/** `guard labeling failed: resource labeling failed: X` → `X`: the chain's links before the cause, dropped one by one. */
const CHAIN_LINK = /(?<=(?:[=:]|…) ?)[A-Za-z][\w '-]{2,48} failed: (?=\S)/;

/**
 * Fits a text into `max` characters: first without the generic links of an error chain (the cause stays), then by
 * cutting its middle, keeping its start (the record) and its end (the cause).
 */
export function cutMiddle(text: string, max: number): string {
  let t = text;
  while (t.length > max && CHAIN_LINK.test(t)) t = t.replace(CHAIN_LINK, '… ');
  t = t.replace(/(?:… )+/g, '… ');
  return cutMid(t, max);
}

function cutMid(text: string, max: number): string {
  if (text.length <= max) return text;
  const tailLength = Math.min(48, Math.floor(max / 3));
  const headLength = max - tailLength - 3;
  let head = text.slice(0, headLength);
  let tail = text.slice(text.length - tailLength + 1);
  // At word boundaries when one is near: `is unava … fter` reads worse than `is … after`.
  const space = head.lastIndexOf(' ');
  if (space > headLength - 16) head = head.slice(0, space);
  const next = tail.indexOf(' ');
  if (next >= 0 && next < 16) tail = tail.slice(next + 1);
  return `${head} … ${tail}`.slice(0, max);
}

interface Stamp {
  day: string;
  time: string;
}

function stampOf(date: Date): Stamp | null {
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  return { day: iso.slice(0, 10), time: iso.slice(11, 19) };
}

function isoStamp(text: string): Stamp | null {
  return /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text) ? stampOf(new Date(text)) : null;
}

function epochStamp(text: string): Stamp | null {
  const n = Number(text);
  return Number.isFinite(n) && n > 1e9 && n < 1e11 ? stampOf(new Date(n * 1000)) : null;
}

interface Parsed {
  stamp: Stamp | null;
  /** the line without its time */
  rest: string;
}

const GATEWAY = /^\[([^\]]{10,40})\] \[([A-Z]+)\] \[([^\]]{1,80})\] ?(.*)$/;
const SQUID =
  /^(\d{9,11}\.\d{1,6})\s+\S+\s+(\S+)\s+\S+\s+\S+\s+(\S+)\s+(\d{3})\s+([A-Z_]+)(?::\S+)?\s+\S+\s*(?:"([^"]*)")?/;
const JSON_FIELD = /"([A-Za-z_][A-Za-z0-9_]{0,40})":\s*("(?:[^"\\]|\\.)*"?|-?\d+(?:\.\d+)?|true|false|null)/g;
const TIME_KEYS = new Set(['timestamp', 'ts', 'time']);
const NOISE_KEYS = new Set(['_schema', 'session', 'session_id', 'secrecy_tags', 'jsonrpc', 'id']);

function parseLine(excerpt: string): Parsed {
  const text = excerpt
    .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .trim();
  const g = GATEWAY.exec(text);
  if (g) {
    const message = g[4].replace(/,? ?session=[^,\s]*,?/g, (m) =>
      m.endsWith(',') && m.startsWith(',') ? ',' : '',
    );
    return { stamp: isoStamp(g[1]), rest: `${g[2]} ${g[3]}: ${message.trim()}` };
  }
  const s = SQUID.exec(text);
  if (s) {
    const ua = s[6] !== undefined ? ` "${s[6]}"` : '';
    return { stamp: epochStamp(s[1]), rest: `${s[3]} ${s[2]} → ${s[4]} ${s[5]}${ua}` };
  }
  if (text.startsWith('{')) {
    let stamp: Stamp | null = null;
    const parts: string[] = [];
    for (const m of text.matchAll(JSON_FIELD)) {
      const [, key, raw] = m;
      const value = raw.startsWith('"')
        ? raw.slice(1, raw.endsWith('"') && raw.length > 1 ? -1 : undefined)
        : raw;
      if (TIME_KEYS.has(key)) {
        stamp ??= isoStamp(value) ?? epochStamp(value);
        continue;
      }
      if (NOISE_KEYS.has(key) || value === '' || value === 'null') continue;
      parts.push(`${key}=${value.replace(/\\"/g, '"').slice(0, 48)}${value.length > 48 ? '…' : ''}`);
    }
    if (parts.length > 0) return { stamp, rest: parts.join(' ') };
  }
  const lead = /^(\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?)\s+(.*)$/.exec(text);
  if (lead) return { stamp: isoStamp(lead[1].replace(/\//g, '-')), rest: lead[2] };
  return { stamp: null, rest: text };
}

/**
 * The evidence of one finding in groups of one run and file, in the order of the finding's runs and then by line,
 * each line cut to `width` characters including its line-number prefix (`14│ `).
 */
export function evidenceGroups(
  evidence: readonly Evidence[],
  runOrder: readonly string[],
  width = EVIDENCE_WIDTH,
): EvidenceGroup[] {
  const rank = (run: string) => {
    const i = runOrder.indexOf(run);
    return i === -1 ? runOrder.length : i;
  };
  const sorted = [...evidence].sort(
    (a, b) => rank(a.run) - rank(b.run) || a.file.localeCompare(b.file) || a.line - b.line,
  );
  const groups: (EvidenceGroup & { parsed: Parsed[] })[] = [];
  for (const e of sorted) {
    let g = groups[groups.length - 1];
    if (!g || g.run !== e.run || g.file !== e.file) {
      g = { run: e.run, file: e.file, day: null, lines: [], parsed: [] };
      groups.push(g);
    }
    g.parsed.push(parseLine(e.excerpt));
    g.lines.push({ line: e.line, text: '' });
  }
  return groups.map(({ parsed, ...g }) => {
    const days = new Set(parsed.map((p) => p.stamp?.day ?? null));
    const day = days.size === 1 ? [...days][0] : null;
    const digits = Math.max(...g.lines.map((l) => String(l.line).length));
    const lines = g.lines.map((l, i) => {
      const p = parsed[i];
      const when = p.stamp ? (day ? p.stamp.time : `${p.stamp.day} ${p.stamp.time}`) + ' ' : '';
      const prefix = `${String(l.line).padStart(digits)}│ `;
      return { line: l.line, text: prefix + cutMiddle(when + p.rest, width - prefix.length) };
    });
    return { ...g, day, lines };
  });
}

/** `agent/sandbox/firewall/logs/access.log` → `logs/access.log`: the caption names the file, the JSON the path. */
export function shortFile(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts.slice(-2).join('/') || path;
}
