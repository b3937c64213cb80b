import type { ExpressionKind } from "./ast.js";
import { functionMisused, functionNotAllowedIn, invalidFunctionName } from "./expression-error.js";

/** What a function call is used as, where it is written. */
export type FunctionPlacement = "condition" | "operand" | "arithmetic-operand";

interface FunctionRule {
  arity: number;
  /** True for functions that are themselves conditions; false for those that yield a value. */
  isCondition: boolean;
  allowedInUpdate: boolean;
}

/** DynamoDB's functions; names are case-sensitive. */
export const FUNCTIONS: ReadonlyMap<string, FunctionRule> = new Map([
  ["attribute_exists", { arity: 1, isCondition: true, allowedInUpdate: false }],
  ["attribute_not_exists", { arity: 1, isCondition: true, allowedInUpdate: false }],
  ["attribute_type", { arity: 2, isCondition: true, allowedInUpdate: false }],
  ["begins_with", { arity: 2, isCondition: true, allowedInUpdate: false }],
  ["contains", { arity: 2, isCondition: true, allowedInUpdate: false }],
  ["size", { arity: 1, isCondition: false, allowedInUpdate: false }],
  ["if_not_exists", { arity: 2, isCondition: false, allowedInUpdate: true }],
  ["list_append", { arity: 2, isCondition: false, allowedInUpdate: true }],
]);

/**
 * Why a call may not stand where it is written, or undefined when it may. The checks run in
 * DynamoDB's order: the name, then whether the expression kind allows it, then the placement.
 */
export function functionPlacementProblem(
  kind: ExpressionKind,
  name: string,
  placement: FunctionPlacement,
): string | undefined {
  const rule = FUNCTIONS.get(name);
  if (!rule) return invalidFunctionName(name);
  if (kind === "UpdateExpression") {
    if (!rule.allowedInUpdate) return functionNotAllowedIn("an update", name);
    // if_not_exists may be added to or subtracted from; list_append may not.
    if (placement === "arithmetic-operand" && name === "list_append") return functionMisused(name);
    return undefined;
  }
  if (rule.allowedInUpdate) return functionNotAllowedIn("a condition", name);
  if (rule.isCondition !== (placement === "condition")) return functionMisused(name);
  return undefined;
}
