import type { Item } from "../values/attribute-value.js";

/**
 * The storage seam. The engine keeps every table and every index in an ItemStore: an ordered
 * map from (partition key, sort key) to a stored item. Keys arrive already encoded as strings
 * whose JavaScript ordering is DynamoDB's ordering (see values/key-encoding), so a store needs no
 * knowledge of attribute types.
 *
 * The interface is synchronous on purpose: an engine operation (check a condition, write the
 * item, maintain its indexes) must be one indivisible step, and a synchronous store makes that
 * true by construction in a single-threaded process. A durable store behind this interface must
 * keep the same contract (write-through, no partial writes visible).
 */
export interface StoredItem {
  readonly item: Item;
  /** DynamoDB's size of the item in bytes, computed once when it is written. */
  readonly size: number;
}

export interface SortBound {
  key: string;
  inclusive: boolean;
}

export interface QueryOptions {
  lower?: SortBound;
  upper?: SortBound;
  /** Ascending sort-key order when true. */
  forward: boolean;
  /** Resume strictly after (forward) or before (backward) this encoded sort key. */
  exclusiveStart?: string;
}

export interface ScanPosition {
  partition: string;
  sort: string;
}

export interface ScanOptions {
  /** Parallel scan: this segment of `totalSegments` (partitions are split by hash range). */
  segment?: number;
  totalSegments?: number;
  /** Resume strictly after this item. */
  exclusiveStart?: ScanPosition;
}

export interface ScanEntry {
  partition: string;
  sort: string;
  stored: StoredItem;
}

export interface ItemStore {
  readonly itemCount: number;
  /** Sum of the stored items' sizes. */
  readonly sizeBytes: number;
  get(partition: string, sort: string): StoredItem | undefined;
  /** Inserts or replaces; returns what was there before. */
  put(partition: string, sort: string, stored: StoredItem): StoredItem | undefined;
  /** Removes; returns what was there. */
  delete(partition: string, sort: string): StoredItem | undefined;
  /** One partition's items in sort-key order, bounded, in either direction. */
  query(partition: string, options: QueryOptions): IterableIterator<[sort: string, stored: StoredItem]>;
  /** Every item in DynamoDB-like scan order: partitions by a stable hash, then sort key. */
  scan(options?: ScanOptions): IterableIterator<ScanEntry>;
  /** Number of items stored under one partition key (item-collection size needs it). */
  partitionSize(partition: string): { itemCount: number; sizeBytes: number };
  clear(): void;
}

/** Creates the stores for a database: one per table and one per secondary index. */
export interface StorageBackend {
  createItemStore(name: string): ItemStore;
  dropItemStore(name: string): void;
}
