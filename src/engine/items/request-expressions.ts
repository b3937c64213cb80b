import {
  ExpressionAttributeBinder,
  assertKeyAttributesUntouched,
  bindRequestExpressions,
  evaluateCondition,
  projectItem,
  type BoundCondition,
  type BoundProjection,
  type BoundUpdate,
} from "../expressions/evaluate/index.js";
import {
  checkParameterMixing,
  convertAttributeUpdates,
  convertAttributesToGet,
  convertExpected,
  type LegacyUpdate,
} from "../expressions/legacy/index.js";
import type { Table } from "../tables/table.js";
import type { Item } from "../values/attribute-value.js";

type ItemOperation = "PutItem" | "GetItem" | "UpdateItem" | "DeleteItem";

/**
 * The expressions of one single-item request, parsed and bound once, whether the request used
 * expressions or the legacy parameters (which are translated into the same trees).
 */
export interface ItemExpressions {
  condition: BoundCondition | undefined;
  update: BoundUpdate | undefined;
  projection: BoundProjection | undefined;
  /** True when the update came from AttributeUpdates (a few legacy rules differ). */
  legacyUpdate: boolean;
}

/**
 * Everything DynamoDB checks about a request's expressions before it looks at the table: the
 * mixing rules, the legacy translations that need no table, parsing and binding.
 */
export function prepareItemExpressions(
  operation: ItemOperation,
  input: Record<string, unknown>,
): ItemExpressions {
  checkParameterMixing(operation, input);
  if (!sendsExpressions(input)) return NO_EXPRESSIONS;
  const expected = operation === "GetItem" ? undefined : convertExpected(input);
  const attributesToGet = operation === "GetItem" ? convertAttributesToGet(input, "GetItem") : undefined;
  const bound = bindRequestExpressions({
    ConditionExpression: input.ConditionExpression as string | undefined,
    UpdateExpression: input.UpdateExpression as string | undefined,
    ProjectionExpression: input.ProjectionExpression as string | undefined,
    ExpressionAttributeNames: input.ExpressionAttributeNames as Record<string, string> | undefined,
    ExpressionAttributeValues: input.ExpressionAttributeValues as Record<string, unknown> | undefined,
  });
  let condition = bound.condition;
  let projection = bound.projection;
  if (expected || attributesToGet) {
    const binder = ExpressionAttributeBinder.forLegacyValues(expected?.values ?? {});
    if (expected) condition = binder.bindCondition(expected.condition, "ConditionExpression");
    if (attributesToGet) projection = binder.bindProjection(attributesToGet);
  }
  return { condition, update: bound.update, projection, legacyUpdate: false };
}

/** What a request without any expression or legacy condition, update or projection has. */
const NO_EXPRESSIONS: ItemExpressions = Object.freeze({
  condition: undefined,
  update: undefined,
  projection: undefined,
  legacyUpdate: false,
});

/** The members that bring expressions, or the legacy parameters translated into them. */
const EXPRESSION_MEMBERS = [
  "ConditionExpression",
  "UpdateExpression",
  "ProjectionExpression",
  "ExpressionAttributeNames",
  "ExpressionAttributeValues",
  "Expected",
  "ConditionalOperator",
  "AttributesToGet",
];

function sendsExpressions(input: Record<string, unknown>): boolean {
  for (const member of EXPRESSION_MEMBERS) {
    if (input[member] !== undefined && input[member] !== null) return true;
  }
  return false;
}

/**
 * UpdateItem's checks that need the table: AttributeUpdates (its key rule needs the key schema)
 * and no expression may touch a key attribute.
 */
export function prepareUpdateForTable(
  expressions: ItemExpressions,
  input: Record<string, unknown>,
  table: Table,
): ItemExpressions {
  if (expressions.update) {
    assertKeyAttributesUntouched(expressions.update, table.keyAttributeNames);
    return expressions;
  }
  if (input.AttributeUpdates === undefined || input.AttributeUpdates === null) return expressions;
  const legacy: LegacyUpdate = convertAttributeUpdates(input, table.keySchema);
  const update = ExpressionAttributeBinder.forLegacyValues(legacy.values).bindUpdate(legacy.update);
  return { ...expressions, update, legacyUpdate: true };
}

export function conditionHolds(expressions: ItemExpressions, item: Item | undefined): boolean {
  return expressions.condition === undefined || evaluateCondition(expressions.condition, item);
}

export function projected(expressions: ItemExpressions, item: Item): Item {
  return expressions.projection === undefined ? item : projectItem(item, expressions.projection);
}
