import BTreeModule from "sorted-btree";
import type { StorageKey } from "../items/item-keys.js";
import type { StoredItem } from "../storage/item-store.js";
import type { Table } from "../tables/table.js";
import type { Item } from "../values/attribute-value.js";

// sorted-btree is CommonJS with an ES-style default export: Node hands ESM importers the exports
// object, bundlers hand them the class. Accept both.
const BTree: typeof BTreeModule.default =
  (BTreeModule as unknown as { default?: typeof BTreeModule.default }).default ??
  (BTreeModule as unknown as typeof BTreeModule.default);
type BTree<K, V> = BTreeModule.default<K, V>;

/** An entry's position: expiry in epoch seconds, then the item's storage key. */
type ExpiryKey = readonly [number, string, string];

function compareExpiryKeys(a: ExpiryKey, b: ExpiryKey): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;
}

/** The expiry time an item's TTL attribute gives it: only a Number counts, as in DynamoDB. */
export function expiryOf(item: Item, attributeName: string): number | undefined {
  const value = item[attributeName];
  if (!value || !("N" in value)) return undefined;
  const seconds = Number(value.N);
  return Number.isFinite(seconds) ? seconds : undefined;
}

/**
 * The items of one table that carry a TTL attribute, ordered by expiry time, so a sweep visits
 * only what has expired instead of the whole table. Built by one scan when first needed, then kept
 * current by every item write.
 */
export class ExpiryIndex {
  private readonly tree: BTree<ExpiryKey, StorageKey> = new BTree(undefined, compareExpiryKeys);
  /** The expiry each indexed item is filed under, by storage key. */
  private readonly expiries = new Map<string, number>();

  constructor(readonly attributeName: string) {}

  get size(): number {
    return this.expiries.size;
  }

  update(key: StorageKey, item: Item | undefined): void {
    const id = storageId(key);
    const before = this.expiries.get(id);
    const after = item ? expiryOf(item, this.attributeName) : undefined;
    if (before === after) return;
    if (before !== undefined) this.tree.delete([before, key.partition, key.sort]);
    if (after === undefined) {
      this.expiries.delete(id);
      return;
    }
    this.expiries.set(id, after);
    this.tree.set([after, key.partition, key.sort], { partition: key.partition, sort: key.sort });
  }

  /** Keys of the items whose expiry lies in [from, through] (epoch seconds), earliest first. */
  expiredBetween(from: number, through: number): StorageKey[] {
    const keys: StorageKey[] = [];
    for (const [position, key] of this.tree.entries([from, "", ""])) {
      if (position[0] > through) break;
      keys.push(key);
    }
    return keys;
  }
}

function storageId(key: StorageKey): string {
  return `${key.partition.length}:${key.partition}${key.sort}`;
}

const indexes = new WeakMap<Table, ExpiryIndex>();

/**
 * The table's expiry index for its current TTL attribute, built by scanning the table when it
 * does not exist yet (or was built for another attribute).
 */
export function expiryIndexOf(table: Table, attributeName: string): ExpiryIndex {
  const existing = indexes.get(table);
  if (existing && existing.attributeName === attributeName) return existing;
  const index = new ExpiryIndex(attributeName);
  for (const entry of table.store.scan({})) {
    index.update({ partition: entry.partition, sort: entry.sort }, entry.stored.item);
  }
  indexes.set(table, index);
  return index;
}

/** Forgets a table's expiry index (TTL was turned off), so writes stop maintaining it. */
export function dropExpiryIndex(table: Table): void {
  indexes.delete(table);
}

/** The write hook: keeps the table's expiry index, if it has one, in step with the item. */
export function trackExpiry(table: Table, key: StorageKey, next: StoredItem | undefined): void {
  const index = indexes.get(table);
  if (index) index.update(key, next?.item);
}
