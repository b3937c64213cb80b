import { writeUnits } from "../capacity/consumed-capacity.js";
import type { Table } from "../tables/table.js";
import type { Item } from "../values/attribute-value.js";
import { attributeValuesEqual } from "../values/compare.js";
import { indexEntryOf, type IndexEntry } from "./index-entry.js";

/** Write units each index consumed, by index name, split as ConsumedCapacity reports them. */
export interface IndexWriteUnits {
  global?: Record<string, number>;
  local?: Record<string, number>;
}

/**
 * Brings every secondary index of `table` in line with one item changing from `before` to
 * `after` (either may be undefined), in the same synchronous step as the table write. Returns
 * what each index consumed: nothing when its entry is untouched, one write to add, remove or
 * rewrite an entry in place, two when the entry moves (its index key changed).
 */
export function maintainIndexes(
  table: Table,
  before: Item | undefined,
  after: Item | undefined,
  tablePartition: string,
  tableSort: string,
): IndexWriteUnits {
  const units: IndexWriteUnits = {};
  for (const index of table.indexes) {
    const oldEntry = before ? indexEntryOf(table, index, before, tablePartition, tableSort) : undefined;
    const newEntry = after ? indexEntryOf(table, index, after, tablePartition, tableSort) : undefined;
    const consumed = applyEntryChange(index.store, oldEntry, newEntry);
    if (consumed === 0) continue;
    const bucket = index.kind === "global" ? (units.global ??= {}) : (units.local ??= {});
    bucket[index.name] = consumed;
  }
  return units;
}

function applyEntryChange(
  store: Table["store"],
  oldEntry: IndexEntry | undefined,
  newEntry: IndexEntry | undefined,
): number {
  if (!oldEntry && !newEntry) return 0;
  if (!oldEntry) {
    store.put(newEntry!.partition, newEntry!.sort, newEntry!.stored);
    return writeUnits(newEntry!.stored.size);
  }
  if (!newEntry) {
    store.delete(oldEntry.partition, oldEntry.sort);
    return writeUnits(oldEntry.stored.size);
  }
  if (oldEntry.partition !== newEntry.partition || oldEntry.sort !== newEntry.sort) {
    store.delete(oldEntry.partition, oldEntry.sort);
    store.put(newEntry.partition, newEntry.sort, newEntry.stored);
    return writeUnits(oldEntry.stored.size) + writeUnits(newEntry.stored.size);
  }
  if (sameAttributes(oldEntry.stored.item, newEntry.stored.item)) return 0;
  store.put(newEntry.partition, newEntry.sort, newEntry.stored);
  return writeUnits(Math.max(oldEntry.stored.size, newEntry.stored.size));
}

function sameAttributes(a: Item, b: Item): boolean {
  if (a === b) return true;
  let count = 0;
  for (const name in a) {
    const other = b[name];
    if (!other || !attributeValuesEqual(a[name]!, other)) return false;
    count++;
  }
  for (const _name in b) count--;
  return count === 0;
}
