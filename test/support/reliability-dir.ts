// Where the hardening tests write their Reliability records (see reliability.ts).
export const RELIABILITY_DIR = new URL('../../.reliability/', import.meta.url).pathname;
