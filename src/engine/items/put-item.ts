import { consumedCapacity, writeUnits, type ReturnConsumedCapacity } from "../capacity/consumed-capacity.js";
import { ConditionalCheckFailedException, ValidationException } from "../errors/index.js";
import type { OperationHandler } from "../operation.js";
import type { Item } from "../values/attribute-value.js";
import { normalizeItem } from "../values/normalize.js";
import { itemSize } from "../values/size.js";
import { checkItemKeys } from "./item-keys.js";
import { conditionHolds, prepareItemExpressions } from "./request-expressions.js";
import { checkOldOnlyReturnValues } from "./return-values.js";
import { itemCollectionMetrics, writeItem } from "./write-item.js";
import { unitsFromIndexes } from "./write-capacity.js";

export const MAX_ITEM_BYTES = 409_600;

export const putItem: OperationHandler = (db, input) => {
  checkOldOnlyReturnValues(input.ReturnValues);
  const expressions = prepareItemExpressions("PutItem", input);
  const item = normalizeItem(input.Item, { kind: "item" });
  const table = db.requireTable(input.TableName as string);
  const key = checkItemKeys(table, item);
  const size = itemSize(item);
  if (size > MAX_ITEM_BYTES) throw new ValidationException("Item size has exceeded the maximum allowed size");

  const existing = table.store.get(key.partition, key.sort);
  if (!conditionHolds(expressions, existing?.item)) {
    throw new ConditionalCheckFailedException(
      input.ReturnValuesOnConditionCheckFailure === "ALL_OLD" ? existing?.item : undefined,
    );
  }
  const { previous, indexUnits } = writeItem(table, key, { item, size });

  const output: Record<string, unknown> = {};
  if (input.ReturnValues === "ALL_OLD" && previous) output.Attributes = previous.item;
  const capacity = consumedCapacity(input.ReturnConsumedCapacity as ReturnConsumedCapacity, {
    tableName: table.name,
    table: writeUnits(Math.max(size, previous?.size ?? 0)),
    ...unitsFromIndexes(indexUnits),
  });
  if (capacity) output.ConsumedCapacity = capacity;
  const metrics = itemCollectionMetrics(
    table,
    input.ReturnItemCollectionMetrics,
    item as Item,
    key.partition,
  );
  if (metrics) output.ItemCollectionMetrics = metrics;
  return output;
};
