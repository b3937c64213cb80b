import { indexEntryOf } from "../indexes/index-entry.js";
import type { Item } from "../values/attribute-value.js";
import { typeOf } from "../values/attribute-value.js";
import { keyAttributesOf, type SecondaryIndex, type Table } from "./table.js";

/**
 * Fills a newly created global index from the table's items, in one synchronous step so that the
 * index is complete by the time UpdateTable answers. Items whose index key attributes have another
 * type than the index declares stay out of it, as DynamoDB leaves them out of a backfill.
 * Item writes keep the index current from then on (see indexes/maintain-indexes).
 */
export function backfillIndex(table: Table, index: SecondaryIndex): void {
  for (const { partition, sort, stored } of table.store.scan()) {
    if (!keyTypesMatch(index, stored.item)) continue;
    const entry = indexEntryOf(table, index, stored.item, partition, sort);
    if (entry) index.store.put(entry.partition, entry.sort, entry.stored);
  }
}

function keyTypesMatch(index: SecondaryIndex, item: Item): boolean {
  for (const attribute of keyAttributesOf(index.keySchema)) {
    const value = item[attribute.name];
    if (value && typeOf(value) !== attribute.type) return false;
  }
  return true;
}
