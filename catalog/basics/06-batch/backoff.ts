/** How long to keep handing work back to DynamoDB when it returns part of a batch unprocessed. */
export interface RetryPolicy {
  /** Requests per chunk, the first included, before giving up. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Uniform in [0, 1); injectable so tests can predict the delays. */
  random: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Called before each retry, for logging and metrics. */
  onRetry?: (retry: { attempt: number; pending: number; delayMs: number }) => void;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 50,
  maxDelayMs: 5_000,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

// #region backoffDelay
/**
 * Exponential backoff with full jitter: the ceiling doubles with each retry (50, 100, 200 ms ...)
 * up to a cap, and the actual wait is uniform below it. Without jitter, every client throttled at
 * the same moment retries at the same moment and is throttled again.
 */
export function backoffDelay(
  retry: number,
  policy: Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs" | "random">,
) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(policy.random() * ceiling);
}
// #endregion backoffDelay

/** Consecutive slices of at most `size` elements: BatchWriteItem takes 25 requests, BatchGetItem 100 keys. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** Thrown when DynamoDB still hands work back after the last attempt; `pending` is what was not done. */
export class BatchIncompleteError<T> extends Error {
  constructor(
    readonly pending: T[],
    attempts: number,
  ) {
    super(`${pending.length} batch request(s) still unprocessed after ${attempts} attempts`);
    this.name = "BatchIncompleteError";
  }
}
