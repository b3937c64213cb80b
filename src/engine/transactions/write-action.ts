import { ValidationException } from "../errors/index.js";
import {
  bindRequestExpressions,
  type BoundCondition,
  type BoundUpdate,
} from "../expressions/evaluate/index.js";
import { checkParameterMixing, type MixingOperation } from "../expressions/legacy/index.js";
import type { Item } from "../values/attribute-value.js";
import { normalizeItem } from "../values/normalize.js";
import { itemSize } from "../values/size.js";

export type WriteActionKind = "Put" | "Update" | "Delete" | "ConditionCheck";

/**
 * One action of a write transaction after everything DynamoDB checks without looking at a table:
 * its values are normalised and its expressions parsed and bound.
 */
export interface WriteAction {
  kind: WriteActionKind;
  tableName: string;
  /** Put's whole item. */
  item?: Item;
  /** The Key of Update, Delete and ConditionCheck. */
  key?: Item;
  condition?: BoundCondition;
  update?: BoundUpdate;
  /** ReturnValuesOnConditionCheckFailure ALL_OLD: a failed condition reports the item it saw. */
  returnItemOnFailure: boolean;
  /** What the action adds to the transaction's payload (the 4 MB limit). */
  payloadBytes: number;
}

const KINDS: readonly WriteActionKind[] = ["ConditionCheck", "Put", "Delete", "Update"];

/** The single-item operation whose rules on expression maps an action follows. */
const ITEM_OPERATION: Partial<Record<WriteActionKind, MixingOperation>> = {
  Put: "PutItem",
  Delete: "DeleteItem",
  Update: "UpdateItem",
};

/** Reads one member of TransactItems, raising DynamoDB's top-level errors for it. */
export function prepareWriteAction(member: Record<string, unknown>): WriteAction {
  const present = KINDS.filter((kind) => member[kind] !== undefined && member[kind] !== null);
  if (present.length === 0) {
    throw new ValidationException(
      "Invalid Request: TransactWriteRequest should contain Delete or Put or Update request",
    );
  }
  if (present.length > 1) {
    throw new ValidationException("TransactItems can only contain one of Check, Put, Update or Delete");
  }
  const kind = present[0]!;
  const body = member[kind] as Record<string, unknown>;
  const action: WriteAction = {
    kind,
    tableName: body.TableName as string,
    returnItemOnFailure: body.ReturnValuesOnConditionCheckFailure === "ALL_OLD",
    payloadBytes: 0,
  };
  if (kind === "Put") {
    action.item = normalizeItem(body.Item, { kind: "item" });
    action.payloadBytes = itemSize(action.item);
  } else {
    action.key = normalizeItem(body.Key, { kind: "key" });
    action.payloadBytes = itemSize(action.key);
  }
  // A Put or Delete without a condition that sends expression maps gets PutItem's and DeleteItem's
  // top-level texts ("... can only be specified when using expressions"), not the unused-value one.
  const itemOperation = ITEM_OPERATION[kind];
  if (itemOperation) checkParameterMixing(itemOperation, body);
  const bound = bindRequestExpressions({
    ConditionExpression: body.ConditionExpression as string | undefined,
    UpdateExpression: kind === "Update" ? (body.UpdateExpression as string) : undefined,
    ExpressionAttributeNames: body.ExpressionAttributeNames as Record<string, string> | undefined,
    ExpressionAttributeValues: body.ExpressionAttributeValues as Record<string, unknown> | undefined,
  });
  action.condition = bound.condition;
  action.update = bound.update;
  return action;
}
