import type { Database } from "../database.js";
import { writeItem } from "../items/write-item.js";
import type { Item } from "../values/attribute-value.js";
import { dropExpiryIndex, expiryIndexOf } from "./expiry-index.js";

/**
 * DynamoDB ignores TTL values more than five years in the past, so that a value written in the
 * wrong unit (milliseconds read as seconds are far in the future; a tiny number is far in the
 * past) does not delete an item by accident.
 */
export const TTL_IGNORE_OLDER_THAN_SECONDS = 5 * 365 * 24 * 60 * 60;

/** One item a sweep deleted. */
export interface ExpiredItem {
  tableName: string;
  /** The item's primary key. */
  key: Item;
}

/**
 * Deletes every item whose TTL attribute (on a table with TTL enabled) is a Number of epoch
 * seconds at or before `now`, and at most five years before it. Deletions go through the one
 * write path, so indexes follow and the table's stream gets a REMOVE record carrying DynamoDB's
 * service identity. Until a sweep runs, expired items stay readable, as they do in DynamoDB.
 *
 * Visits only expired items: each table keeps an expiry-ordered index, built by one scan the first
 * time a sweep meets the table with TTL enabled and maintained by every write afterwards.
 *
 * @param now epoch milliseconds; the database clock by default.
 */
export function sweepExpiredItems(db: Database, now: number = db.clock()): ExpiredItem[] {
  const swept: ExpiredItem[] = [];
  const nowSeconds = now / 1000;
  for (const table of db.tables.values()) {
    const ttl = table.timeToLive;
    if (ttl.status !== "ENABLED" || ttl.attributeName === undefined) {
      dropExpiryIndex(table);
      continue;
    }
    if (table.status !== "ACTIVE" && table.status !== "UPDATING") continue;
    const index = expiryIndexOf(table, ttl.attributeName);
    const expired = index.expiredBetween(nowSeconds - TTL_IGNORE_OLDER_THAN_SECONDS, nowSeconds);
    for (const key of expired) {
      const stored = table.store.get(key.partition, key.sort);
      if (!stored) continue;
      writeItem(table, key, undefined, "timeToLive");
      swept.push({ tableName: table.name, key: table.keyOf(stored.item) });
    }
  }
  return swept;
}

/**
 * Runs `sweepExpiredItems` every `intervalMs` milliseconds on a timer that never keeps the process
 * alive. Returns the function that stops it.
 */
export function startTtlSweeper(db: Database, intervalMs: number): () => void {
  const timer = setInterval(() => sweepExpiredItems(db), intervalMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
