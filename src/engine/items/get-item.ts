import { consumedCapacity, readUnits, type ReturnConsumedCapacity } from "../capacity/consumed-capacity.js";
import type { OperationHandler } from "../operation.js";
import { normalizeItem } from "../values/normalize.js";
import { storageKeyFromKey } from "./item-keys.js";
import { prepareItemExpressions, projected } from "./request-expressions.js";

export const getItem: OperationHandler = (db, input) => {
  const expressions = prepareItemExpressions("GetItem", input);
  const table = db.requireTable(input.TableName as string);
  const key = storageKeyFromKey(table, normalizeItem(input.Key, { kind: "key" }));
  const stored = table.store.get(key.partition, key.sort);

  const output: Record<string, unknown> = {};
  if (stored) output.Item = projected(expressions, stored.item);
  // Projection does not reduce cost: the whole item is read.
  const capacity = consumedCapacity(input.ReturnConsumedCapacity as ReturnConsumedCapacity, {
    tableName: table.name,
    table: readUnits(stored?.size ?? 0, input.ConsistentRead === true),
  });
  if (capacity) output.ConsumedCapacity = capacity;
  return output;
};
