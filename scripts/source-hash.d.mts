/** See source-hash.mjs. */
export function sourceHash(root: string): string;
