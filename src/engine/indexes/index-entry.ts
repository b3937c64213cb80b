import type { StoredItem } from "../storage/item-store.js";
import type { IndexKeySchema, KeyAttribute, SecondaryIndex, Table } from "../tables/table.js";
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
 * The encoded key `item` has in an index: its partition (as the store knows it) and its index
 * sort key (before the table key is appended), or undefined when the item lacks one of the index
 * key attributes (a sparse index simply leaves it out). A key composed of several attributes
 * joins their encodings as indexPosition joins components, so the store orders entries by the
 * first attribute, then the second, and so on.
 */
export function indexKeyOf(
  schema: IndexKeySchema,
  item: Item,
): { partition: string; sort: string } | undefined {
  if (!schema.composite) {
    const partitionValue = item[schema.partition.name];
    if (!partitionValue) return undefined;
    if (!schema.sort) return { partition: encodeKeyValue(partitionValue), sort: "" };
    const sortValue = item[schema.sort.name];
    if (!sortValue) return undefined;
    return { partition: encodeKeyValue(partitionValue), sort: encodeKeyValue(sortValue) };
  }
  const partition = composeKey(schema.partitionAttributes, item);
  if (partition === undefined) return undefined;
  const sort = composeKey(schema.sortAttributes, item);
  if (sort === undefined) return undefined;
  return { partition, sort };
}

/** The encodings of `attributes` joined in order, or undefined when the item lacks one. */
export function composeKey(attributes: readonly KeyAttribute[], item: Item): string | undefined {
  let key = "";
  for (let i = 0; i < attributes.length; i++) {
    const value = item[attributes[i]!.name];
    if (!value) return undefined;
    key += i === 0 ? escape(encodeKeyValue(value)) : SEPARATOR + escape(encodeKeyValue(value));
  }
  return key;
}

/** Joins already encoded key components as composeKey does. */
export function joinKeyComponents(components: readonly string[]): string {
  return components.map(escape).join(SEPARATOR);
}

/** What separates the components of a composed key. */
export const COMPONENT_SEPARATOR = SEPARATOR;

/** The entry `item` has in `index`, or undefined when the item is not in the index. */
export function indexEntryOf(
  table: Table,
  index: SecondaryIndex,
  item: Item,
  tablePartition: string,
  tableSort: string,
): IndexEntry | undefined {
  const key = indexKeyOf(index.keySchema, item);
  if (!key) return undefined;
  const projected = projectForIndex(table, index, item);
  return {
    partition: key.partition,
    sort: indexPosition(key.sort, tablePartition, tableSort),
    stored: { item: projected, size: projected === item ? itemSize(item) : itemSize(projected) },
  };
}

/** The attributes an index holds for an item: its keys, the table's keys, and what it projects. */
export function projectForIndex(table: Table, index: SecondaryIndex, item: Item): Item {
  const { projection } = index;
  if (projection.ProjectionType === "ALL") return item;
  const projected: Item = {};
  for (const name of table.keyAttributeNames) projected[name] = item[name]!;
  const { partitionAttributes, sortAttributes } = index.keySchema;
  for (const attribute of partitionAttributes) projected[attribute.name] = item[attribute.name]!;
  for (const attribute of sortAttributes) projected[attribute.name] = item[attribute.name]!;
  if (projection.ProjectionType === "INCLUDE") {
    for (const name of projection.NonKeyAttributes ?? []) {
      const value = item[name];
      if (value) projected[name] = value;
    }
  }
  return projected;
}
