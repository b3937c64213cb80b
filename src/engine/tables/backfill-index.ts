import type { Database } from "../database.js";
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

/**
 * The backfill phase of a global index created by UpdateTable, once its resources are allocated:
 * at once without lifecycle delays; otherwise the index shows CREATING with Backfilling true for
 * the update delay, the table being ACTIVE again (DynamoDB accepts further UpdateTable calls,
 * including deleting this index, once the backfill has begun). Items written meanwhile already
 * reach the index through item writes; the backfill then copies the table as it stands.
 */
export function startBackfill(db: Database, table: Table, index: SecondaryIndex): void {
  const finish = () => {
    index.pendingBackfill = undefined;
    if (db.tables.get(table.name) !== table || !table.globalIndexes.includes(index)) return;
    backfillIndex(table, index);
    index.status = "ACTIVE";
    index.backfilling = undefined;
  };
  const delay = db.lifecycleDelays?.updateMs ?? 0;
  if (delay <= 0) {
    finish();
    return;
  }
  index.backfilling = true;
  const timer = setTimeout(finish, delay);
  // A backfill under way must not keep a process alive on its own.
  timer.unref?.();
  index.pendingBackfill = timer;
}

function keyTypesMatch(index: SecondaryIndex, item: Item): boolean {
  for (const attribute of keyAttributesOf(index.keySchema)) {
    const value = item[attribute.name];
    if (value && typeOf(value) !== attribute.type) return false;
  }
  return true;
}
