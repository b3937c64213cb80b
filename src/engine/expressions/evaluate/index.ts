/**
 * Expression binding and evaluation.
 *
 * Per request: build one `ExpressionAttributeBinder` from ExpressionAttributeNames / Values (this
 * validates the maps), bind each parsed expression in DynamoDB's order (Update, Condition,
 * Filter, Projection, KeyCondition; or use `bindRequestExpressions`), call `assertAllUsed()`, and
 * for UpdateItem `assertKeyAttributesUntouched`. The bound trees are then evaluated per item:
 * `evaluateCondition`, `applyUpdate` (+ `updatedAttributes` for ReturnValues UPDATED_*),
 * `projectItem`.
 */
export type {
  BoundCondition,
  BoundOperand,
  BoundPath,
  BoundProjection,
  BoundUpdate,
  ProjectionTrie,
} from "./bound.js";
export { ExpressionAttributeBinder, assertKeyAttributesUntouched, type ConditionKind } from "./bind.js";
export { bindRequestExpressions, type BoundExpressions, type ExpressionRequest } from "./bind-request.js";
export { evaluateCondition, operandValue } from "./condition.js";
export { applyUpdate, updatedAttributes } from "./update.js";
export { compileProjection, projectItem } from "./projection.js";
export { formatPath, resolvePath } from "./paths.js";
