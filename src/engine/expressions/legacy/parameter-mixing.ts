import { ValidationException } from "../../errors/index.js";
import { isPresent, isRecord } from "./legacy-values.js";

export type MixingOperation =
  "PutItem" | "DeleteItem" | "UpdateItem" | "GetItem" | "BatchGetItem" | "Query" | "Scan";

interface ParameterFamilies {
  /** Every member any of the rules looks at. */
  all: string[];
  /** Expression parameters, in the order DynamoDB lists them. */
  expression: string[];
  /** Their legacy counterparts, in the order DynamoDB lists them. */
  legacy: string[];
  /** The expressions that can use ExpressionAttributeValues; empty when the operation has none. */
  valueExpressions: string[];
}

// Orders verified against DynamoDB Local 1.25.1 with every parameter present at once.
const FAMILY_LISTS: Record<MixingOperation, Omit<ParameterFamilies, "all">> = {
  PutItem: {
    expression: ["ConditionExpression"],
    legacy: ["Expected", "ConditionalOperator"],
    valueExpressions: ["ConditionExpression"],
  },
  DeleteItem: {
    expression: ["ConditionExpression"],
    legacy: ["Expected", "ConditionalOperator"],
    valueExpressions: ["ConditionExpression"],
  },
  UpdateItem: {
    expression: ["UpdateExpression", "ConditionExpression"],
    legacy: ["AttributeUpdates", "Expected", "ConditionalOperator"],
    valueExpressions: ["UpdateExpression", "ConditionExpression"],
  },
  GetItem: { expression: ["ProjectionExpression"], legacy: ["AttributesToGet"], valueExpressions: [] },
  BatchGetItem: { expression: ["ProjectionExpression"], legacy: ["AttributesToGet"], valueExpressions: [] },
  Query: {
    expression: ["ProjectionExpression", "FilterExpression", "KeyConditionExpression"],
    legacy: ["AttributesToGet", "QueryFilter", "ConditionalOperator", "KeyConditions"],
    valueExpressions: ["FilterExpression", "KeyConditionExpression"],
  },
  Scan: {
    expression: ["ProjectionExpression", "FilterExpression"],
    legacy: ["AttributesToGet", "ScanFilter", "ConditionalOperator"],
    valueExpressions: ["FilterExpression"],
  },
};

const FAMILIES = Object.fromEntries(
  Object.entries(FAMILY_LISTS).map(([operation, families]) => [
    operation,
    {
      ...families,
      all: [
        ...families.expression,
        ...families.legacy,
        "ExpressionAttributeNames",
        "ExpressionAttributeValues",
      ],
    },
  ]),
) as Record<MixingOperation, ParameterFamilies>;

/**
 * The rules tying legacy parameters, expressions and the expression attribute maps together; the
 * operations call it before looking at either family. For BatchGetItem pass one table's
 * KeysAndAttributes. A member counts as sent when it is present and not null, even when empty.
 *
 * Checks, in DynamoDB's order:
 * 1. no legacy parameter beside an expression (`Can not use both expression and non-expression
 *    parameters ...`, naming every member sent of each family). Query makes one exception:
 *    KeyConditions may go with FilterExpression and ProjectionExpression when no
 *    KeyConditionExpression is sent.
 * 2. ExpressionAttributeNames only with an expression.
 * 3. ExpressionAttributeValues only with an expression that can use values (GetItem and
 *    BatchGetItem have no such member, so it is ignored there).
 * 4. neither map empty.
 */
export function checkParameterMixing(operation: MixingOperation, input: Record<string, unknown>): void {
  const families = FAMILIES[operation];
  // Most requests send no expression and no legacy parameter: nothing below can fail for them.
  if (!anySent(input, families.all)) return;
  const expressions = sentMembers(input, families.expression);

  if (expressions.length > 0) {
    const keyConditionsAllowed = operation === "Query" && !isPresent(input.KeyConditionExpression);
    const legacy = sentMembers(input, families.legacy).filter(
      (member) => !(keyConditionsAllowed && member === "KeyConditions"),
    );
    if (legacy.length > 0) {
      throw new ValidationException(
        "Can not use both expression and non-expression parameters in the same request: " +
          `Non-expression parameters: {${legacy.join(", ")}} Expression parameters: {${expressions.join(", ")}}`,
      );
    }
  }
  if (isPresent(input.ExpressionAttributeNames) && expressions.length === 0) {
    throw new ValidationException("ExpressionAttributeNames can only be specified when using expressions");
  }
  const valueExpressions = families.valueExpressions;
  if (
    isPresent(input.ExpressionAttributeValues) &&
    valueExpressions.length > 0 &&
    !anySent(input, valueExpressions)
  ) {
    const verb = valueExpressions.length > 1 ? "are" : "is";
    throw new ValidationException(
      `ExpressionAttributeValues can only be specified when using expressions: ${valueExpressions.join(" and ")} ${verb} null`,
    );
  }
  if (isEmptyMap(input.ExpressionAttributeNames)) {
    throw new ValidationException("ExpressionAttributeNames must not be empty");
  }
  if (valueExpressions.length > 0 && isEmptyMap(input.ExpressionAttributeValues)) {
    throw new ValidationException("ExpressionAttributeValues must not be empty");
  }
}

function anySent(input: Record<string, unknown>, members: readonly string[]): boolean {
  for (const member of members) if (isPresent(input[member])) return true;
  return false;
}

function sentMembers(input: Record<string, unknown>, members: readonly string[]): string[] {
  const sent: string[] = [];
  for (const member of members) if (isPresent(input[member])) sent.push(member);
  return sent;
}

function isEmptyMap(value: unknown): boolean {
  return isRecord(value) && Object.keys(value).length === 0;
}
