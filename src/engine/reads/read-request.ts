import { ValidationException } from "../errors/index.js";
import {
  ExpressionAttributeBinder,
  bindRequestExpressions,
  type BoundCondition,
  type BoundProjection,
} from "../expressions/evaluate/index.js";
import {
  checkParameterMixing,
  convertAttributesToGet,
  convertScanFilter,
  type LegacyCondition,
} from "../expressions/legacy/index.js";
import type { ReadOperation } from "./read-target.js";

export type Select = "ALL_ATTRIBUTES" | "ALL_PROJECTED_ATTRIBUTES" | "SPECIFIC_ATTRIBUTES" | "COUNT";

/** The expressions of a Query or Scan, parsed and bound once for the whole request. */
export interface ReadExpressions {
  filter: BoundCondition | undefined;
  projection: BoundProjection | undefined;
  keyCondition: BoundCondition | undefined;
  select: Select;
  /** Which member carries the projection, for error texts. */
  projectionMember: "ProjectionExpression" | "AttributesToGet" | undefined;
}

/**
 * Everything about a Query or Scan request's expressions that DynamoDB checks before it looks at
 * the table: the mixing rules, the table-free legacy members, parsing and binding, and the
 * Select rules. QueryFilter and KeyConditions need the key schema and are bound later.
 */
export function prepareReadExpressions(
  operation: ReadOperation,
  input: Record<string, unknown>,
): ReadExpressions {
  checkParameterMixing(operation, input);
  if (operation === "Query" && !isSent(input.KeyConditions) && !isSent(input.KeyConditionExpression)) {
    throw new ValidationException(
      "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.",
    );
  }
  const attributesToGet = convertAttributesToGet(input, operation);
  const scanFilter = operation === "Scan" ? convertScanFilter(input) : undefined;
  const bound = bindRequestExpressions({
    FilterExpression: input.FilterExpression as string | undefined,
    ProjectionExpression: input.ProjectionExpression as string | undefined,
    KeyConditionExpression: input.KeyConditionExpression as string | undefined,
    ExpressionAttributeNames: input.ExpressionAttributeNames as Record<string, string> | undefined,
    ExpressionAttributeValues: input.ExpressionAttributeValues as Record<string, unknown> | undefined,
  });
  let { filter, projection } = bound;
  if (attributesToGet || scanFilter) {
    const binder = ExpressionAttributeBinder.forLegacyValues(scanFilter?.values ?? {});
    if (scanFilter) filter = binder.bindCondition(scanFilter.condition, "FilterExpression");
    if (attributesToGet) projection = binder.bindProjection(attributesToGet);
  }
  const projectionMember = isSent(input.ProjectionExpression)
    ? "ProjectionExpression"
    : attributesToGet
      ? "AttributesToGet"
      : undefined;
  const select = selectOf(input, projectionMember);
  return { filter, projection, keyCondition: bound.keyCondition, select, projectionMember };
}

/** Binds a legacy condition (QueryFilter, KeyConditions) translated once the key schema is known. */
export function bindLegacyCondition(
  legacy: LegacyCondition,
  kind: "FilterExpression" | "KeyConditionExpression",
) {
  return ExpressionAttributeBinder.forLegacyValues(legacy.values).bindCondition(legacy.condition, kind);
}

function selectOf(
  input: Record<string, unknown>,
  projectionMember: ReadExpressions["projectionMember"],
): Select {
  const requested = input.Select as Select | undefined | null;
  if (requested === undefined || requested === null) {
    return projectionMember ? "SPECIFIC_ATTRIBUTES" : defaultSelect(input);
  }
  if (requested === "SPECIFIC_ATTRIBUTES") {
    if (!projectionMember) {
      throw new ValidationException(
        "Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES",
      );
    }
    return requested;
  }
  if (projectionMember) {
    const choice =
      requested === "COUNT"
        ? "only the Count"
        : requested === "ALL_ATTRIBUTES"
          ? "ALL_ATTRIBUTES"
          : requested;
    throw new ValidationException(`Cannot specify the ${projectionMember} when choosing to get ${choice}`);
  }
  if (requested === "ALL_PROJECTED_ATTRIBUTES" && !isSent(input.IndexName)) {
    // DynamoDB says "Querying" on Scan too.
    throw new ValidationException(
      "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName",
    );
  }
  return requested;
}

function defaultSelect(input: Record<string, unknown>): Select {
  return isSent(input.IndexName) ? "ALL_PROJECTED_ATTRIBUTES" : "ALL_ATTRIBUTES";
}

function isSent(value: unknown): boolean {
  return value !== undefined && value !== null;
}
