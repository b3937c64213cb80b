import { consumedCapacity, writeUnits, type ReturnConsumedCapacity } from "../capacity/consumed-capacity.js";
import { ConditionalCheckFailedException, ValidationException, type DynamoDBError } from "../errors/index.js";
import { applyUpdate, evaluateCondition, updatedAttributes } from "../expressions/evaluate/index.js";
import type { IndexWriteUnits } from "../indexes/maintain-indexes.js";
import { checkItemKeys } from "../items/item-keys.js";
import { MAX_ITEM_BYTES } from "../items/put-item.js";
import { unitsFromIndexes } from "../items/write-capacity.js";
import { writeItem } from "../items/write-item.js";
import type { StoredItem } from "../storage/item-store.js";
import type { Item } from "../values/attribute-value.js";
import { itemSize } from "../values/size.js";
import type { WritePlan } from "./plan-write.js";
import { DuplicateItemException } from "./statement-errors.js";

/**
 * A write checked against the current item and ready to apply: either the error it ends in, or
 * the item it leaves (`next` undefined: removed; `unchanged`: nothing to do). Preparing never
 * changes anything, so a transaction prepares every write before it applies any.
 */
export type PreparedWrite =
  | { plan: WritePlan; error: DynamoDBError }
  | {
      plan: WritePlan;
      error?: undefined;
      existing: StoredItem | undefined;
      next: StoredItem | undefined;
      unchanged: boolean;
    };

export function prepareWrite(plan: WritePlan, returnOldOnFailure: boolean): PreparedWrite {
  const existing = plan.table.store.get(plan.key.partition, plan.key.sort);
  const failed = () => ({
    plan,
    error: new ConditionalCheckFailedException(returnOldOnFailure ? existing?.item : undefined),
  });
  switch (plan.kind) {
    case "insert": {
      if (existing) return { plan, error: new DuplicateItemException() };
      const size = itemSize(plan.item);
      if (size > MAX_ITEM_BYTES)
        throw new ValidationException("Item size has exceeded the maximum allowed size");
      return { plan, existing, next: { item: plan.item, size }, unchanged: false };
    }
    case "update": {
      if (!evaluateCondition(plan.condition, existing?.item)) return failed();
      const after = applyUpdate(plan.update, existing!.item);
      checkItemKeys(plan.table, after);
      const size = itemSize(after);
      if (size > MAX_ITEM_BYTES) {
        throw new ValidationException("Item size to update has exceeded the maximum allowed size");
      }
      return { plan, existing, next: { item: after, size }, unchanged: false };
    }
    case "delete":
      if (plan.condition && !evaluateCondition(plan.condition, existing?.item)) return failed();
      return { plan, existing, next: undefined, unchanged: existing === undefined };
    case "check":
      if (plan.condition && !evaluateCondition(plan.condition, existing?.item)) return failed();
      return { plan, existing, next: existing, unchanged: true };
  }
}

export interface AppliedWrite {
  /** What RETURNING asked for, if anything. */
  returned: Item | undefined;
  tableUnits: number;
  indexUnits: IndexWriteUnits;
}

export function applyWrite(prepared: PreparedWrite & { error?: undefined }): AppliedWrite {
  const { plan, existing, next } = prepared;
  const indexUnits = prepared.unchanged ? {} : writeItem(plan.table, plan.key, next).indexUnits;
  const tableUnits = writeUnits(Math.max(next?.size ?? 0, existing?.size ?? 0));
  return { returned: returnedImage(prepared), tableUnits, indexUnits };
}

function returnedImage(prepared: PreparedWrite & { error?: undefined }): Item | undefined {
  const { plan, existing, next } = prepared;
  if (plan.kind === "delete") return plan.returning === "ALL OLD" ? existing?.item : undefined;
  if (plan.kind !== "update") return undefined;
  switch (plan.returning) {
    case "ALL OLD":
      return existing?.item;
    case "ALL NEW":
      return next?.item;
    case "MODIFIED OLD":
      return updatedAttributes(existing?.item, plan.update);
    case "MODIFIED NEW":
      return updatedAttributes(next?.item, plan.update);
    default:
      return undefined;
  }
}

/** A write statement run on its own: ExecuteStatement's and BatchExecuteStatement's path. */
export function runWrite(
  plan: WritePlan,
  options: { returnOldOnFailure: boolean; returnConsumedCapacity: unknown },
): { items: Item[]; consumedCapacity: ReturnType<typeof consumedCapacity> } {
  const prepared = prepareWrite(plan, options.returnOldOnFailure);
  if (prepared.error) throw prepared.error;
  const applied = applyWrite(prepared);
  const items = applied.returned && Object.keys(applied.returned).length > 0 ? [applied.returned] : [];
  return {
    items,
    consumedCapacity: consumedCapacity(options.returnConsumedCapacity as ReturnConsumedCapacity, {
      tableName: plan.table.name,
      table: applied.tableUnits,
      ...unitsFromIndexes(applied.indexUnits),
    }),
  };
}
