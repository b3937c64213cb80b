import BTreeModule from "sorted-btree";
import type {
  ItemStore,
  QueryOptions,
  ScanEntry,
  ScanOptions,
  StorageBackend,
  StoredItem,
} from "../item-store.js";
import { hashPrefix, partitionHash, segmentStart } from "./partition-hash.js";

// sorted-btree is CommonJS with an ES-style default export: Node hands ESM importers the exports
// object, bundlers hand them the class. Accept both.
const BTree: typeof BTreeModule.default =
  (BTreeModule as unknown as { default?: typeof BTreeModule.default }).default ??
  (BTreeModule as unknown as typeof BTreeModule.default);
type BTree<K, V> = BTreeModule.default<K, V>;

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One partition key's items, ordered by sort key. Most partitions hold a single item (every
 * partition of a hash-only table does), so the tree is only built for the second item.
 */
class Partition {
  readonly scanKey: string;
  single: [string, StoredItem] | undefined;
  tree: BTree<string, StoredItem> | undefined;
  sizeBytes = 0;

  constructor(readonly key: string) {
    this.scanKey = hashPrefix(partitionHash(key)) + key;
  }

  get count(): number {
    return this.tree ? this.tree.size : this.single ? 1 : 0;
  }

  get(sort: string): StoredItem | undefined {
    if (this.tree) return this.tree.get(sort);
    return this.single && this.single[0] === sort ? this.single[1] : undefined;
  }

  put(sort: string, stored: StoredItem): StoredItem | undefined {
    let previous: StoredItem | undefined;
    if (this.tree) {
      previous = this.tree.get(sort);
      this.tree.set(sort, stored);
    } else if (!this.single || this.single[0] === sort) {
      previous = this.single?.[1];
      this.single = [sort, stored];
    } else {
      this.tree = new BTree<string, StoredItem>([this.single, [sort, stored]], compareStrings);
      this.single = undefined;
    }
    this.sizeBytes += stored.size - (previous?.size ?? 0);
    return previous;
  }

  delete(sort: string): StoredItem | undefined {
    let previous: StoredItem | undefined;
    if (this.tree) {
      previous = this.tree.get(sort);
      if (previous) this.tree.delete(sort);
    } else if (this.single && this.single[0] === sort) {
      previous = this.single[1];
      this.single = undefined;
    }
    if (previous) this.sizeBytes -= previous.size;
    return previous;
  }

  *entries(forward: boolean, from?: string): IterableIterator<[string, StoredItem]> {
    if (this.tree) {
      yield* forward ? this.tree.entries(from) : this.tree.entriesReversed(from);
      return;
    }
    if (!this.single) return;
    if (from === undefined || (forward ? this.single[0] >= from : this.single[0] <= from)) yield this.single;
  }
}

/** An ItemStore held in memory: a hash map of partitions plus a B-tree giving their scan order. */
export class MemoryItemStore implements ItemStore {
  private readonly partitions = new Map<string, Partition>();
  private readonly scanOrder = new BTree<string, Partition>(undefined, compareStrings);
  private count = 0;
  private bytes = 0;

  get itemCount(): number {
    return this.count;
  }

  get sizeBytes(): number {
    return this.bytes;
  }

  get(partition: string, sort: string): StoredItem | undefined {
    return this.partitions.get(partition)?.get(sort);
  }

  put(partition: string, sort: string, stored: StoredItem): StoredItem | undefined {
    let target = this.partitions.get(partition);
    if (!target) {
      target = new Partition(partition);
      this.partitions.set(partition, target);
      this.scanOrder.set(target.scanKey, target);
    }
    const previous = target.put(sort, stored);
    if (!previous) this.count++;
    this.bytes += stored.size - (previous?.size ?? 0);
    return previous;
  }

  delete(partition: string, sort: string): StoredItem | undefined {
    const target = this.partitions.get(partition);
    if (!target) return undefined;
    const previous = target.delete(sort);
    if (!previous) return undefined;
    this.count--;
    this.bytes -= previous.size;
    if (target.count === 0) {
      this.partitions.delete(partition);
      this.scanOrder.delete(target.scanKey);
    }
    return previous;
  }

  *query(partition: string, options: QueryOptions): IterableIterator<[string, StoredItem]> {
    const target = this.partitions.get(partition);
    if (!target) return;
    const { lower, upper, forward, exclusiveStart } = options;
    const from = exclusiveStart ?? (forward ? lower?.key : upper?.key);
    for (const entry of target.entries(forward, from)) {
      const sort = entry[0];
      if (exclusiveStart !== undefined && sort === exclusiveStart) continue;
      if (lower && (sort < lower.key || (!lower.inclusive && sort === lower.key))) {
        if (forward) continue;
        return;
      }
      if (upper && (sort > upper.key || (!upper.inclusive && sort === upper.key))) {
        if (!forward) continue;
        return;
      }
      yield entry;
    }
  }

  *scan(options: ScanOptions = {}): IterableIterator<ScanEntry> {
    const total = options.totalSegments ?? 1;
    const segment = options.segment ?? 0;
    const firstHash = segmentStart(segment, total);
    const endHash = segment + 1 >= total ? undefined : hashPrefix(segmentStart(segment + 1, total));
    const start = options.exclusiveStart;
    let from = hashPrefix(firstHash);
    let resumeSort: string | undefined;
    if (start) {
      from = hashPrefix(partitionHash(start.partition)) + start.partition;
      resumeSort = start.sort;
    }
    for (const [scanKey, partition] of this.scanOrder.entries(from)) {
      if (endHash !== undefined && scanKey >= endHash) return;
      const resuming = start !== undefined && partition.key === start.partition;
      for (const [sort, stored] of partition.entries(true, resuming ? resumeSort : undefined)) {
        if (resuming && sort === resumeSort) continue;
        yield { partition: partition.key, sort, stored };
      }
    }
  }

  partitionSize(partition: string): { itemCount: number; sizeBytes: number } {
    const target = this.partitions.get(partition);
    return { itemCount: target?.count ?? 0, sizeBytes: target?.sizeBytes ?? 0 };
  }

  clear(): void {
    this.partitions.clear();
    this.scanOrder.clear();
    this.count = 0;
    this.bytes = 0;
  }
}

export class MemoryStorageBackend implements StorageBackend {
  createItemStore(_name: string): ItemStore {
    return new MemoryItemStore();
  }

  dropItemStore(_name: string): void {
    // Nothing to release: the table drops its reference and the store is collected.
  }
}
