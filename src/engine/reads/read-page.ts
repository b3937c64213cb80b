import { consumedCapacity, readUnits, type ReturnConsumedCapacity } from "../capacity/consumed-capacity.js";
import { evaluateCondition, projectItem } from "../expressions/evaluate/index.js";
import { storageKeyOf } from "../items/item-keys.js";
import type { StoredItem } from "../storage/item-store.js";
import type { Item } from "../values/attribute-value.js";
import type { ReadExpressions } from "./read-request.js";
import type { ReadTarget } from "./read-target.js";

/** DynamoDB stops a page once the items it has read reach 1 MB. */
export const PAGE_SIZE_LIMIT = 1024 * 1024;

export interface PageRequest {
  target: ReadTarget;
  expressions: ReadExpressions;
  /** Local secondary index entries lack attributes the request needs: read them from the table. */
  fetchFromTable: boolean;
  limit: number | undefined;
  returnConsumedCapacity: ReturnConsumedCapacity;
}

/**
 * Reads one page from `entries` the way DynamoDB pages: Limit and the 1 MB limit count the items
 * evaluated, before the filter, so a page may hold fewer items than Limit, or none, and still
 * carry a LastEvaluatedKey. The key is returned whenever the read stopped early, even if nothing
 * is left after it (DynamoDB does not look ahead).
 */
export function readPage<Entry>(
  request: PageRequest,
  entries: Iterator<Entry>,
  storedOf: (entry: Entry) => StoredItem,
): Record<string, unknown> {
  const { target, expressions, fetchFromTable, limit } = request;
  const { filter, projection, select } = expressions;
  const counting = select === "COUNT";
  const items: Item[] = [];
  let count = 0;
  let scanned = 0;
  let bytes = 0;
  let fetchedUnits = 0;
  let last: Item | undefined;

  for (let next = entries.next(); !next.done; next = entries.next()) {
    const stored = storedOf(next.value);
    scanned++;
    bytes += stored.size;
    if (filter === undefined || evaluateCondition(filter, stored.item)) {
      count++;
      if (!counting) {
        let item = stored.item;
        if (fetchFromTable) {
          const key = storageKeyOf(target.table, item);
          const full = target.table.store.get(key.partition, key.sort);
          fetchedUnits += readUnits(full?.size ?? 0, target.consistent);
          if (full) item = full.item;
        }
        items.push(projection === undefined ? item : projectItem(item, projection));
      }
    }
    if (scanned === limit || bytes >= PAGE_SIZE_LIMIT) {
      last = stored.item;
      break;
    }
  }

  const output: Record<string, unknown> = {};
  if (!counting) output.Items = items;
  output.Count = count;
  output.ScannedCount = scanned;
  if (last) output.LastEvaluatedKey = lastEvaluatedKey(target, last);
  const capacity = consumedCapacity(request.returnConsumedCapacity, usage(target, bytes, fetchedUnits));
  if (capacity) output.ConsumedCapacity = capacity;
  return output;
}

function lastEvaluatedKey(target: ReadTarget, item: Item): Item {
  const key: Item = {};
  for (const name of target.startKeyNames) key[name] = item[name]!;
  return key;
}

/** The read is charged once for the sum of what it read, rounded up to 4 KB, not per item. */
function usage(target: ReadTarget, bytes: number, fetchedUnits: number) {
  const units = readUnits(bytes, target.consistent);
  const { table, index } = target;
  if (!index) return { tableName: table.name, table: units };
  const byIndex = { [index.name]: units };
  return index.kind === "global"
    ? { tableName: table.name, table: fetchedUnits, globalIndexes: byIndex }
    : { tableName: table.name, table: fetchedUnits, localIndexes: byIndex };
}
