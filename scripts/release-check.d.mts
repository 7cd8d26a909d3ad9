export declare const TAG_PATTERN: RegExp;
export declare function changelogSection(changelog: string, version: string): string | null;
export declare function releaseProblems(root: string, tag: string): string[];
