// Tool names as the rules compare them (FORMATS.md §8.5). Since 2026-07-24 the GitHub MCP server's feature-flag alias
// tools (`list_issues_ff_fields_param`, `issue_dependency_read_ff_issue_dependencies`, …) are labelled like their
// canonical tools, and their names appear in `tool_name` and `tool=`. The alias is `⟨canonical⟩_ff_⟨flag⟩`; the
// parsers report the canonical name, so per-tool counts, the filtering summary and tools.json attribution treat an
// alias and its canonical tool as one tool.

const ALIAS = /^([a-z][a-z0-9]*(?:_[a-z0-9]+)*?)_ff_[a-z0-9]+(?:_[a-z0-9]+)*$/;

/** `list_issues_ff_fields_param` → `list_issues`; any other name unchanged. */
export function canonicalTool(name: string): string {
  if (name.length > 200 || !name.includes('_ff_')) return name;
  const m = ALIAS.exec(name);
  return m ? m[1] : name;
}
