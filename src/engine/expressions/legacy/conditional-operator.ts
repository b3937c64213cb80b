import type { ConditionNode } from "../ast.js";
import { ValidationException } from "../../errors/index.js";
import { joinConditions } from "./comparison.js";
import { isPresent } from "./legacy-values.js";

/**
 * ConditionalOperator (AND / OR) combines the entries of Expected, QueryFilter or ScanFilter.
 * DynamoDB only accepts it next to such a map with two or more entries; the map's own entries are
 * validated first, so the caller passes the already converted conditions.
 */
export function combineWithConditionalOperator(
  conditions: ConditionNode[] | undefined,
  conditionalOperator: unknown,
): ConditionNode | undefined {
  if (isPresent(conditionalOperator)) {
    if (!conditions || conditions.length === 0) {
      throw new ValidationException("ConditionalOperator cannot be used without Filter or Expected");
    }
    if (conditions.length < 2) {
      throw new ValidationException(
        "ConditionalOperator can only be used when Filter or Expected has two or more elements",
      );
    }
  }
  return joinConditions(conditions ?? [], conditionalOperator === "OR" ? "OR" : "AND");
}

/** Legacy maps are keyed by attribute name; DynamoDB rejects the empty name before anything else. */
export function checkAttributeName(name: string): void {
  if (name === "") throw new ValidationException("Empty attribute name");
}
