/** This release (package.json's version; scripts/release-check.mjs checks that they agree). */
export const VERSION = '1.0.0';
