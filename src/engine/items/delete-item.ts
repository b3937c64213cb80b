import { consumedCapacity, writeUnits, type ReturnConsumedCapacity } from "../capacity/consumed-capacity.js";
import { ConditionalCheckFailedException } from "../errors/index.js";
import type { OperationHandler } from "../operation.js";
import { normalizeItem } from "../values/normalize.js";
import { storageKeyFromKey } from "./item-keys.js";
import { conditionHolds, prepareItemExpressions } from "./request-expressions.js";
import { checkOldOnlyReturnValues } from "./return-values.js";
import { unitsFromIndexes } from "./write-capacity.js";
import { itemCollectionMetrics, writeItem } from "./write-item.js";

export const deleteItem: OperationHandler = (db, input) => {
  checkOldOnlyReturnValues(input.ReturnValues);
  const expressions = prepareItemExpressions("DeleteItem", input);
  const table = db.requireTable(input.TableName as string);
  const keyItem = normalizeItem(input.Key, { kind: "key" });
  const key = storageKeyFromKey(table, keyItem);

  const existing = table.store.get(key.partition, key.sort);
  if (!conditionHolds(expressions, existing?.item)) {
    throw new ConditionalCheckFailedException(
      input.ReturnValuesOnConditionCheckFailure === "ALL_OLD" ? existing?.item : undefined,
    );
  }
  const { previous, indexUnits } = existing
    ? writeItem(table, key, undefined)
    : { previous: undefined, indexUnits: {} };

  const output: Record<string, unknown> = {};
  if (input.ReturnValues === "ALL_OLD" && previous) output.Attributes = previous.item;
  const capacity = consumedCapacity(input.ReturnConsumedCapacity as ReturnConsumedCapacity, {
    tableName: table.name,
    table: writeUnits(previous?.size ?? 0),
    ...unitsFromIndexes(indexUnits),
  });
  if (capacity) output.ConsumedCapacity = capacity;
  const metrics = itemCollectionMetrics(table, input.ReturnItemCollectionMetrics, keyItem, key.partition);
  if (metrics) output.ItemCollectionMetrics = metrics;
  return output;
};
