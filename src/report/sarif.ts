// SARIF 2.1.0 for code scanning (`--format sarif`, the action's `sarif-path`): one rule per catalogue rule, one result
// per critical or warning finding, located on the workflow's source file (`.github/workflows/<name>.md`, else its
// `.lock.yml`), with our fingerprint as `partialFingerprints` so an alert survives edits of the file and closes when
// the finding goes away. A file is written even with no result, so that fixed alerts close.
import type { Finding, Report, RunFacts, Severity } from '../model/types.js';
import { RULES } from '../rules/index.js';
import { redact } from '../util/sanitize.js';
import { VERSION } from '../version.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/octo-org/integrity-audit';

export interface SarifOptions {
  /** Whether a repository file exists (the workflow's `.md` source); without it the `.md` is assumed. */
  exists?: (path: string) => boolean;
}

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { critical: 'error', warning: 'warning', info: 'note' };
/** GitHub's security severity (0–10): critical findings are high, warnings medium. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '8.0', warning: '5.0', info: '2.0' };

/** `Smoke Copilot` → `smoke-copilot`: gh-aw names the lock file after the `.md` file, usually the name in kebab case. */
function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The repository path a finding of this run is located on. */
export function workflowFileOf(run: RunFacts | undefined, opts: SarifOptions = {}): string {
  const path = run?.workflowPath;
  if (path && /^\.github\/workflows\/[A-Za-z0-9_.-]+\.ya?ml$/.test(path)) {
    const md = path.replace(/(?:\.lock)?\.ya?ml$/, '.md');
    if (!opts.exists || opts.exists(md)) return md;
    return path;
  }
  const name = run?.workflow ? slug(run.workflow) : '';
  return `.github/workflows/${name || 'unknown-workflow'}.md`;
}

function plainText(text: string): string {
  return redact(text).replace(/`/g, '');
}

function message(f: Finding, facts: Map<string, RunFacts>): string {
  const runs = f.runs.slice(0, 5).map((id) => {
    const r = facts.get(id);
    return r?.url ? `${id} (${r.url})` : id;
  });
  const more = f.runs.length > 5 ? ` and ${f.runs.length - 5} more` : '';
  return `${plainText(f.title)}. Seen in ${f.runs.length === 1 ? 'run' : 'runs'} ${runs.join(', ')}${more}. ${plainText(f.recommendation)}`;
}

export function renderSarif(report: Report, opts: SarifOptions = {}): string {
  const facts = new Map(report.runs.map((r) => [r.id, r]));
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const rules = RULES.map((r) => ({
    id: r.meta.id,
    name: r.meta.id
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: plainText(r.meta.title) },
    fullDescription: { text: plainText(r.meta.why) },
    help: { text: plainText(r.meta.fix), markdown: r.meta.fix },
    defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
    properties: {
      tags: ['security', 'integrity-filtering'],
      'security-severity': SECURITY_SEVERITY[r.meta.defaultSeverity],
    },
  }));
  const results = report.findings
    .filter((f) => f.severity !== 'info')
    .flatMap((f) => {
      // One result per workflow file the finding's runs belong to: an alert lives on one file.
      const files = [...new Set(f.runs.map((id) => workflowFileOf(facts.get(id), opts)))];
      return files.map((uri) => ({
        ruleId: f.rule,
        ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule)! } : {}),
        level: LEVEL[f.severity],
        message: { text: message(f, facts) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: 1 },
            },
          },
        ],
        partialFingerprints: {
          'integrityAudit/v1': files.length > 1 ? `${f.fingerprint}:${uri}` : f.fingerprint,
        },
        properties: {
          findingId: f.id,
          severity: f.severity,
          count: f.count,
          runs: f.runs.slice(0, 50),
          'security-severity': SECURITY_SEVERITY[f.severity],
        },
      }));
    });
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'integrity-audit',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        automationDetails: { id: `integrity-audit/${report.target ?? 'local'}/` },
        results,
        properties: { verdict: report.summary.verdict, generatedAt: report.generatedAt },
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
