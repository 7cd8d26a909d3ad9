// Artifact names across gh-aw eras (FORMATS.md §1.6) and the `workflow_call` hash prefix.

const EVIDENCE_ARTIFACTS = [
  'agent',
  'agent-artifacts',
  'firewall-audit-logs',
  'activation',
  'info',
  'usage',
  'mcp-logs',
  'squid-logs',
  'aw_info.json',
  'aw-info',
  'agent-stdio.log',
  'agent-stdio-log',
];

/** Preference order when the same logical file is in several artifacts (FORMATS.md §1.7). */
const ORDER = ['agent', 'agent-artifacts', 'firewall-audit-logs'];

/** Base name of an artifact, without the `workflow_call` hash prefix (`⟨hash⟩-agent` → `agent`). */
export function artifactBase(name: string): string {
  if (/(^|-)firewall-logs-/.test(name)) return 'firewall-logs';
  for (const base of EVIDENCE_ARTIFACTS) {
    if (name === base || name.endsWith('-' + base)) return base;
  }
  return name;
}

/** Artifacts that can hold audit evidence; the others (prompt, safe outputs, detection, caches) are skipped. */
export function isEvidenceArtifact(name: string): boolean {
  const base = artifactBase(name);
  return EVIDENCE_ARTIFACTS.includes(base) || base === 'firewall-logs';
}

export function isDockerBuildArtifact(name: string): boolean {
  return name.endsWith('.dockerbuild');
}

export function artifactRank(artifact: string | null): number {
  if (artifact === null) return 0;
  const i = ORDER.indexOf(artifactBase(artifact));
  return i === -1 ? ORDER.length + 1 : i + 1;
}
