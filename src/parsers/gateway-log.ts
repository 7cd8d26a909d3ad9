// `mcp-gateway.log`, `proxy.log` and `⟨serverID⟩.log` (FORMATS.md §3, §7): see gateway-log/ (framing, prefilter,
// per-category classifiers). This module keeps the import path the other parsers, the engine and the tests use.
export * from './gateway-log/index.js';
