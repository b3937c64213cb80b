import type { ConditionNode } from "../ast.js";
import type { AttributeValue } from "../../values/attribute-value.js";

/**
 * A legacy parameter translated into a condition: the tree, and the values its private
 * placeholders stand for. The evaluator binds `values` alongside the request's
 * ExpressionAttributeValues (legacy placeholders contain a `.`, so no expression can name them).
 */
export interface LegacyCondition {
  condition: ConditionNode;
  values: Record<string, AttributeValue>;
}
