import { createHash } from "node:crypto";
import type { Database } from "../database.js";

/** A ClientRequestToken stays bound to its request for ten minutes after the request finishes. */
export const IDEMPOTENCY_WINDOW_MS = 10 * 60 * 1000;

/** What a successful tokened transaction leaves behind for its retries. */
export interface CompletedTransaction {
  token: string;
  /** requestSignature of the request: a fixed-size digest, whatever the request's size. */
  signature: string;
  expiresAt: number;
  /** Per action: its table and the item size its write was charged on. */
  charged: { tableName: string; sizeBytes: number }[];
}

/**
 * SDKs send a token with every TransactWriteItems, so the window holds every transaction of the
 * last ten minutes: lookups go through the map, and expiry walks the queue from its oldest end
 * only as far as the first live entry, so neither costs more as the window fills.
 */
class TokenWindow {
  private readonly byToken = new Map<string, CompletedTransaction>();
  /** Entries in the order they were recorded; `head` is the oldest one not yet dropped. */
  private queue: CompletedTransaction[] = [];
  private head = 0;

  find(token: string, now: number): CompletedTransaction | undefined {
    this.expire(now);
    const entry = this.byToken.get(token);
    // A clock that stepped back can leave an expired entry behind a live one in the queue.
    return entry && entry.expiresAt > now ? entry : undefined;
  }

  record(entry: CompletedTransaction): void {
    this.byToken.set(entry.token, entry);
    this.queue.push(entry);
  }

  get size(): number {
    return this.byToken.size;
  }

  private expire(now: number): void {
    const queue = this.queue;
    while (this.head < queue.length && queue[this.head]!.expiresAt <= now) {
      const entry = queue[this.head]!;
      // The token may have been recorded again since; only its latest entry is in the map.
      if (this.byToken.get(entry.token) === entry) this.byToken.delete(entry.token);
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > queue.length) {
      this.queue = queue.slice(this.head);
      this.head = 0;
    }
  }
}

/** Tokens live beside the database they were used on, without the database knowing of them. */
const windowByDatabase = new WeakMap<Database, TokenWindow>();

function windowOf(db: Database): TokenWindow {
  let window = windowByDatabase.get(db);
  if (!window) {
    window = new TokenWindow();
    windowByDatabase.set(db, window);
  }
  return window;
}

/** The transaction this token completed within the window, if any. */
export function findCompleted(db: Database, token: string): CompletedTransaction | undefined {
  return windowOf(db).find(token, db.clock());
}

export function recordCompleted(
  db: Database,
  token: string,
  signature: string,
  charged: CompletedTransaction["charged"],
): void {
  windowOf(db).record({ token, signature, expiresAt: db.clock() + IDEMPOTENCY_WINDOW_MS, charged });
}

/** How many tokens the database still remembers, expired ones not yet dropped included. */
export function rememberedTokenCount(db: Database): number {
  return windowOf(db).size;
}

/**
 * What makes two requests "the same" for a token: the actions, compared by value whatever the
 * order of object members. ReturnConsumedCapacity may differ between a call and its retry. Only a
 * SHA-256 digest of the canonical text is kept, so a remembered request costs the same few bytes
 * however large it was.
 */
export function requestSignature(input: Record<string, unknown>): string {
  const canonical = canonicalJson({
    TransactItems: input.TransactItems,
    ReturnItemCollectionMetrics: input.ReturnItemCollectionMetrics ?? "NONE",
  });
  return createHash("sha256").update(canonical, "utf8").digest("base64");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    let text = "[";
    for (let index = 0; index < value.length; index++) {
      if (index > 0) text += ",";
      text += canonicalJson(value[index]);
    }
    return text + "]";
  }
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    let text = "{";
    let first = true;
    for (const key of Object.keys(record).sort()) {
      const member = record[key];
      if (member === undefined) continue;
      text += `${first ? "" : ","}${JSON.stringify(key)}:${canonicalJson(member)}`;
      first = false;
    }
    return text + "}";
  }
  return JSON.stringify(value);
}
