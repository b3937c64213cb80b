import { ItemCollectionSizeLimitExceededException } from "../errors/index.js";
import { maintainIndexes, type IndexWriteUnits } from "../indexes/maintain-indexes.js";
import type { StoredItem } from "../storage/item-store.js";
import type { Table } from "../tables/table.js";
import type { Item } from "../values/attribute-value.js";
import type { StorageKey } from "./item-keys.js";
import type { ChangeOrigin } from "../streams/stream-record.js";
import { recordItemChange } from "../streams/stream-registry.js";
import { trackExpiry } from "../ttl/expiry-index.js";

/** What one item write changed. */
export interface WriteOutcome {
  previous: StoredItem | undefined;
  indexUnits: IndexWriteUnits;
}

/** An item collection (one partition key's table items plus LSI entries) may hold 10 GB. */
const ITEM_COLLECTION_LIMIT_BYTES = 10 * 1024 * 1024 * 1024;

/**
 * The one place an item changes: replaces (or, with `next` undefined, removes) the item at `key`
 * and brings every secondary index along in the same synchronous step, so no reader ever sees an
 * index entry without its item or the reverse. The table's stream record (and TTL expiry entry) is
 * written in the same step; `origin` says who made the change (TTL deletions are DynamoDB's own).
 */
export function writeItem(
  table: Table,
  key: StorageKey,
  next: StoredItem | undefined,
  origin: ChangeOrigin = "request",
): WriteOutcome {
  if (next && table.localIndexes.length > 0) checkCollectionLimit(table, key, next);
  const previous = next
    ? table.store.put(key.partition, key.sort, next)
    : table.store.delete(key.partition, key.sort);
  const indexUnits =
    table.indexes.length === 0
      ? {}
      : maintainIndexes(table, previous?.item, next?.item, key.partition, key.sort);
  recordItemChange(table, previous, next, origin);
  trackExpiry(table, key, next);
  return { previous, indexUnits };
}

function checkCollectionLimit(table: Table, key: StorageKey, next: StoredItem): void {
  const current = collectionSizeBytes(table, key.partition);
  const replaced = table.store.get(key.partition, key.sort)?.size ?? 0;
  if (current - replaced + next.size > ITEM_COLLECTION_LIMIT_BYTES) {
    throw new ItemCollectionSizeLimitExceededException();
  }
}

/** Bytes held under one partition key by the table and its local secondary indexes. */
export function collectionSizeBytes(table: Table, partition: string): number {
  let bytes = table.store.partitionSize(partition).sizeBytes;
  for (const index of table.localIndexes) bytes += index.store.partitionSize(partition).sizeBytes;
  return bytes;
}

/**
 * ItemCollectionMetrics for a write on a table with local secondary indexes: the collection's key
 * and DynamoDB's estimate of its size as a one-gigabyte-wide range.
 */
export function itemCollectionMetrics(
  table: Table,
  mode: unknown,
  item: Item,
  partition: string,
): { ItemCollectionKey: Item; SizeEstimateRangeGB: [number, number] } | undefined {
  if (mode !== "SIZE" || table.localIndexes.length === 0) return undefined;
  const partitionName = table.keySchema.partition.name;
  const gigabytes = collectionSizeBytes(table, partition) / (1024 * 1024 * 1024);
  const lower = Math.floor(gigabytes);
  return {
    ItemCollectionKey: { [partitionName]: item[partitionName]! },
    SizeEstimateRangeGB: [lower, lower + 1],
  };
}
