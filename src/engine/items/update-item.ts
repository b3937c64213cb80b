import { consumedCapacity, writeUnits, type ReturnConsumedCapacity } from "../capacity/consumed-capacity.js";
import { ConditionalCheckFailedException, ValidationException } from "../errors/index.js";
import { applyUpdate, updatedAttributes } from "../expressions/evaluate/index.js";
import type { OperationHandler } from "../operation.js";
import type { Item } from "../values/attribute-value.js";
import { normalizeItem } from "../values/normalize.js";
import { itemSize } from "../values/size.js";
import { checkItemKeys, storageKeyFromKey } from "./item-keys.js";
import { MAX_ITEM_BYTES } from "./put-item.js";
import {
  conditionHolds,
  prepareItemExpressions,
  prepareUpdateForTable,
  type ItemExpressions,
} from "./request-expressions.js";
import { unitsFromIndexes } from "./write-capacity.js";
import { itemCollectionMetrics, writeItem } from "./write-item.js";

export const updateItem: OperationHandler = (db, input) => {
  const prepared = prepareItemExpressions("UpdateItem", input);
  const table = db.requireTable(input.TableName as string);
  const keyItem = normalizeItem(input.Key, { kind: "key" });
  const key = storageKeyFromKey(table, keyItem);
  const expressions = prepareUpdateForTable(prepared, input, table);

  const existing = table.store.get(key.partition, key.sort);
  if (!conditionHolds(expressions, existing?.item)) {
    throw new ConditionalCheckFailedException(
      input.ReturnValuesOnConditionCheckFailure === "ALL_OLD" ? existing?.item : undefined,
    );
  }
  // An update of a missing item starts from its key, as DynamoDB's upsert does.
  const before = existing?.item ?? keyItem;
  const after = expressions.update
    ? applyUpdate(expressions.update, before, expressions.legacyUpdate)
    : before;
  checkItemKeys(table, after);
  const size = itemSize(after);
  if (size > MAX_ITEM_BYTES)
    throw new ValidationException("Item size to update has exceeded the maximum allowed size");
  const { indexUnits } = writeItem(table, key, { item: after, size });

  const output: Record<string, unknown> = {};
  const attributes = returnedAttributes(input.ReturnValues, existing?.item, after, expressions);
  if (attributes) output.Attributes = attributes;
  const capacity = consumedCapacity(input.ReturnConsumedCapacity as ReturnConsumedCapacity, {
    tableName: table.name,
    table: writeUnits(Math.max(size, existing?.size ?? 0)),
    ...unitsFromIndexes(indexUnits),
  });
  if (capacity) output.ConsumedCapacity = capacity;
  const metrics = itemCollectionMetrics(table, input.ReturnItemCollectionMetrics, keyItem, key.partition);
  if (metrics) output.ItemCollectionMetrics = metrics;
  return output;
};

/** ReturnValues; nothing is returned where the chosen image is empty. */
function returnedAttributes(
  returnValues: unknown,
  before: Item | undefined,
  after: Item,
  expressions: ItemExpressions,
): Item | undefined {
  let attributes: Item | undefined;
  switch (returnValues) {
    case "ALL_OLD":
      attributes = before;
      break;
    case "ALL_NEW":
      attributes = after;
      break;
    case "UPDATED_OLD":
      attributes = expressions.update && before ? updatedAttributes(before, expressions.update) : undefined;
      break;
    case "UPDATED_NEW":
      attributes = expressions.update ? updatedAttributes(after, expressions.update) : undefined;
      break;
  }
  if (!attributes) return undefined;
  for (const _name in attributes) return attributes;
  return undefined;
}
