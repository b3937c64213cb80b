import type { Database } from "../database.js";

/** A ClientRequestToken stays bound to its request for ten minutes after the request finishes. */
export const IDEMPOTENCY_WINDOW_MS = 10 * 60 * 1000;

/** What a successful tokened transaction leaves behind for its retries. */
export interface CompletedTransaction {
  signature: string;
  expiresAt: number;
  /** Per action: its table and the item size its write was charged on. */
  charged: { tableName: string; sizeBytes: number }[];
}

/** Tokens live beside the database they were used on, without the database knowing of them. */
const completedByDatabase = new WeakMap<Database, Map<string, CompletedTransaction>>();

function completedOf(db: Database): Map<string, CompletedTransaction> {
  let completed = completedByDatabase.get(db);
  if (!completed) {
    completed = new Map();
    completedByDatabase.set(db, completed);
  }
  return completed;
}

/** The transaction this token completed within the window, if any. */
export function findCompleted(db: Database, token: string): CompletedTransaction | undefined {
  const completed = completedOf(db);
  const now = db.clock();
  for (const [key, entry] of completed) {
    if (entry.expiresAt <= now) completed.delete(key);
  }
  return completed.get(token);
}

export function recordCompleted(
  db: Database,
  token: string,
  signature: string,
  charged: CompletedTransaction["charged"],
): void {
  completedOf(db).set(token, { signature, expiresAt: db.clock() + IDEMPOTENCY_WINDOW_MS, charged });
}

/**
 * What makes two requests "the same" for a token: the actions, compared by value whatever the
 * order of object members. ReturnConsumedCapacity may differ between a call and its retry.
 */
export function requestSignature(input: Record<string, unknown>): string {
  return canonicalJson({
    TransactItems: input.TransactItems,
    ReturnItemCollectionMetrics: input.ReturnItemCollectionMetrics ?? "NONE",
  });
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value);
}
