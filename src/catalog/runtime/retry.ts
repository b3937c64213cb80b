/**
 * Exponential backoff with full jitter: attempt n waits a random time in [0, base * 2^n), capped.
 * Full jitter spreads clients that were refused at the same moment, so they do not retry in step.
 */
export function backoffDelayMs(
  attempt: number,
  { baseMs = 50, capMs = 5_000, random = Math.random }: BackoffOptions = {},
): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}

export interface BackoffOptions {
  baseMs?: number;
  capMs?: number;
  random?: () => number;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
