// Turning API errors into messages that say what to do: the missing permission on a 403, the expired artifact on a 410.

export interface ApiErrorLike {
  status?: number;
  message?: string;
  response?: { data?: unknown; headers?: Record<string, string | undefined> };
}

export function statusOf(err: unknown): number | null {
  const s = (err as ApiErrorLike)?.status;
  return typeof s === 'number' ? s : null;
}

export function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

export class PermissionError extends Error {}

/**
 * A rate limit GitHub asks to wait out (FORMATS.md §11.4): a 403 or 429 with `x-ratelimit-remaining: 0` (wait for
 * `x-ratelimit-reset`) or with the secondary-limit message (wait `retry-after`). The throttling plugin's test.
 */
export function isRateLimited(err: unknown): boolean {
  const status = statusOf(err);
  if (status !== 403 && status !== 429) return false;
  return (
    (err as ApiErrorLike).response?.headers?.['x-ratelimit-remaining'] === '0' ||
    /\bsecondary rate\b/i.test(messageOf(err))
  );
}

/** A 403 that is not a rate limit means the token lacks a permission: name it. */
export function isPermissionDenied(err: unknown): boolean {
  const e = err as ApiErrorLike;
  if (statusOf(err) !== 403) return false;
  const remaining = e.response?.headers?.['x-ratelimit-remaining'];
  if (remaining === '0') return false;
  return !/rate limit/i.test(messageOf(err));
}

export function permissionMessage(
  err: unknown,
  permission: string,
  repository: string,
  what: string,
): string {
  return `${what} failed with 403 (${messageOf(err)}): the token needs \`${permission}\` on ${repository}. Add \`permissions: ${permission}\` to the job, or pass a token that has it with the \`github-token\` input.`;
}

/** Runs an API call; a 403 that is a missing permission becomes a PermissionError naming it. */
export async function withPermission<T>(
  permission: string,
  repository: string,
  what: string,
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isPermissionDenied(err))
      throw new PermissionError(permissionMessage(err, permission, repository, what));
    throw err;
  }
}
