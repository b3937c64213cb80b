import type { StoredItem } from "../storage/item-store.js";
import type { SecondaryIndex, Table } from "../tables/table.js";
import type { Item } from "../values/attribute-value.js";
import { encodeKeyValue } from "../values/key-encoding.js";
import { itemSize } from "../values/size.js";

/** An item's entry in one secondary index: where it sits in the index store and what it holds. */
export interface IndexEntry {
  partition: string;
  sort: string;
  stored: StoredItem;
}

const SEPARATOR = "\u0000\u0000";

/**
 * Index sort keys are not unique, so an entry's position is its index sort key followed by the
 * item's table key. Components are joined so that string order compares the first component
 * first: a NUL inside a component is escaped as NUL+0x01, and components are separated by two NULs,
 * which sort below any escaped or ordinary character.
 */
export function indexPosition(indexSort: string, tablePartition: string, tableSort: string): string {
  return escape(indexSort) + SEPARATOR + escape(tablePartition) + SEPARATOR + escape(tableSort);
}

/** One component of a position as indexPosition writes it (index reads bound positions with it). */
export function escapePositionComponent(component: string): string {
  return escape(component);
}

function escape(component: string): string {
  return component.indexOf("\u0000") === -1 ? component : component.replaceAll("\u0000", "\u0000\u0001");
}

/**
 * The entry `item` has in `index`, or undefined when the item lacks an index key attribute
 * (a sparse index simply leaves it out).
 */
export function indexEntryOf(
  table: Table,
  index: SecondaryIndex,
  item: Item,
  tablePartition: string,
  tableSort: string,
): IndexEntry | undefined {
  const { partition, sort } = index.keySchema;
  const partitionValue = item[partition.name];
  if (!partitionValue) return undefined;
  const sortValue = sort ? item[sort.name] : undefined;
  if (sort && !sortValue) return undefined;
  const projected = projectForIndex(table, index, item);
  return {
    partition: encodeKeyValue(partitionValue),
    sort: indexPosition(sortValue ? encodeKeyValue(sortValue) : "", tablePartition, tableSort),
    stored: { item: projected, size: projected === item ? itemSize(item) : itemSize(projected) },
  };
}

/** The attributes an index holds for an item: its keys, the table's keys, and what it projects. */
export function projectForIndex(table: Table, index: SecondaryIndex, item: Item): Item {
  const { projection } = index;
  if (projection.ProjectionType === "ALL") return item;
  const projected: Item = {};
  for (const name of table.keyAttributeNames) projected[name] = item[name]!;
  const { partition, sort } = index.keySchema;
  projected[partition.name] = item[partition.name]!;
  if (sort) projected[sort.name] = item[sort.name]!;
  if (projection.ProjectionType === "INCLUDE") {
    for (const name of projection.NonKeyAttributes ?? []) {
      const value = item[name];
      if (value) projected[name] = value;
    }
  }
  return projected;
}
