import type { ConditionNode, ProjectionNode, UpdateNode } from "../ast.js";
import { parseCondition, parseProjection, parseUpdate } from "../parse.js";
import { ExpressionAttributeBinder, assertKeyAttributesUntouched } from "./bind.js";
import type { BoundCondition, BoundProjection, BoundUpdate } from "./bound.js";

/**
 * The expression members of one request. Each expression is given as text (parsed here) or as a
 * tree already built (from the legacy parameters, for example).
 */
export interface ExpressionRequest {
  UpdateExpression?: string | UpdateNode;
  ConditionExpression?: string | ConditionNode;
  FilterExpression?: string | ConditionNode;
  ProjectionExpression?: string | ProjectionNode;
  KeyConditionExpression?: string | ConditionNode;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

export interface BoundExpressions {
  update?: BoundUpdate;
  condition?: BoundCondition;
  filter?: BoundCondition;
  projection?: BoundProjection;
  keyCondition?: BoundCondition;
}

/**
 * Parses and binds every expression of a request, raising DynamoDB's first error in DynamoDB's
 * order (see bind.ts). `keyAttributeNames` (UpdateItem's table key) turns on the key check.
 */
export function bindRequestExpressions(
  request: ExpressionRequest,
  keyAttributeNames?: readonly string[],
): BoundExpressions {
  const binder = new ExpressionAttributeBinder(
    request.ExpressionAttributeNames,
    request.ExpressionAttributeValues,
  );
  const bound: BoundExpressions = {};
  const {
    UpdateExpression,
    ConditionExpression,
    FilterExpression,
    ProjectionExpression,
    KeyConditionExpression,
  } = request;
  if (UpdateExpression !== undefined) {
    const tree = typeof UpdateExpression === "string" ? parseUpdate(UpdateExpression) : UpdateExpression;
    bound.update = binder.bindUpdate(tree);
  }
  if (ConditionExpression !== undefined) {
    const tree =
      typeof ConditionExpression === "string"
        ? parseCondition(ConditionExpression, "ConditionExpression")
        : ConditionExpression;
    bound.condition = binder.bindCondition(tree, "ConditionExpression");
  }
  if (FilterExpression !== undefined) {
    const tree =
      typeof FilterExpression === "string"
        ? parseCondition(FilterExpression, "FilterExpression")
        : FilterExpression;
    bound.filter = binder.bindCondition(tree, "FilterExpression");
  }
  if (ProjectionExpression !== undefined) {
    const tree =
      typeof ProjectionExpression === "string" ? parseProjection(ProjectionExpression) : ProjectionExpression;
    bound.projection = binder.bindProjection(tree);
  }
  if (KeyConditionExpression !== undefined) {
    const tree =
      typeof KeyConditionExpression === "string"
        ? parseCondition(KeyConditionExpression, "KeyConditionExpression")
        : KeyConditionExpression;
    bound.keyCondition = binder.bindCondition(tree, "KeyConditionExpression");
  }
  binder.assertAllUsed();
  if (bound.update !== undefined && keyAttributeNames !== undefined) {
    assertKeyAttributesUntouched(bound.update, keyAttributeNames);
  }
  return bound;
}
