import type { ConditionNode, OperandNode, PathNode, ValueNode } from "../ast.js";
import { typeOf } from "../../values/attribute-value.js";
import type { AttributeType, AttributeValue } from "../../values/attribute-value.js";
import { compareScalars } from "../../values/compare.js";
import { ValidationException, invalidParameter } from "../../errors/index.js";

/**
 * The ComparisonOperator family shared by Expected, KeyConditions, QueryFilter and ScanFilter:
 * the checks DynamoDB applies to an operator and its AttributeValueList, and the syntax tree each
 * operator stands for.
 */

export const COMPARISON_OPERATORS = [
  "EQ",
  "NE",
  "LE",
  "LT",
  "GE",
  "GT",
  "NOT_NULL",
  "NULL",
  "CONTAINS",
  "NOT_CONTAINS",
  "BEGINS_WITH",
  "IN",
  "BETWEEN",
] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

const SCALARS: readonly AttributeType[] = ["S", "N", "B"];
const SCALARS_BOOL_NULL: readonly AttributeType[] = ["S", "N", "B", "BOOL", "NULL"];

interface OperatorRule {
  /** Accepted AttributeValueList lengths: [min, max]. */
  arity: [number, number];
  /** Accepted argument types; undefined accepts every type. */
  types?: readonly AttributeType[];
}

// Verified against DynamoDB Local 1.25.1 for every operator and all ten types. CONTAINS and
// NOT_CONTAINS accept BOOL and NULL arguments although the documentation lists only S, N and B.
const RULES: Record<ComparisonOperator, OperatorRule> = {
  EQ: { arity: [1, 1] },
  NE: { arity: [1, 1] },
  LE: { arity: [1, 1], types: SCALARS },
  LT: { arity: [1, 1], types: SCALARS },
  GE: { arity: [1, 1], types: SCALARS },
  GT: { arity: [1, 1], types: SCALARS },
  NOT_NULL: { arity: [0, 0] },
  NULL: { arity: [0, 0] },
  CONTAINS: { arity: [1, 1], types: SCALARS_BOOL_NULL },
  NOT_CONTAINS: { arity: [1, 1], types: SCALARS_BOOL_NULL },
  BEGINS_WITH: { arity: [1, 1], types: ["S", "B"] },
  IN: { arity: [1, Infinity], types: SCALARS },
  BETWEEN: { arity: [2, 2], types: SCALARS },
};

export function isComparisonOperator(value: unknown): value is ComparisonOperator {
  return typeof value === "string" && (COMPARISON_OPERATORS as readonly string[]).includes(value);
}

/**
 * Checks an operator against its (already normalised) arguments, in DynamoDB's order: the operator
 * exists, the number of arguments, each argument's type, one type throughout, BETWEEN's bounds.
 */
export function validateComparison(operator: unknown, args: AttributeValue[]): ComparisonOperator {
  if (!isComparisonOperator(operator)) {
    // Reached only when the request validator let an unknown enum value through; the text is the
    // one DynamoDB Local answers with at this point.
    throw new ValidationException("Comparison type does not exist in DynamoDB");
  }
  const rule = RULES[operator];
  if (args.length < rule.arity[0] || args.length > rule.arity[1]) {
    throw invalidParameter(`Invalid number of argument(s) for the ${operator} ComparisonOperator`);
  }
  for (const arg of args) {
    const type = typeOf(arg);
    if (rule.types && !rule.types.includes(type)) {
      throw invalidParameter(`ComparisonOperator ${operator} is not valid for ${type} AttributeValue type`);
    }
  }
  const first = args[0];
  if (first && args.some((arg) => typeOf(arg) !== typeOf(first))) {
    throw invalidParameter("AttributeValues inside AttributeValueList must be of same type");
  }
  if (operator === "BETWEEN") {
    const [lower, upper] = args as [AttributeValue, AttributeValue];
    if ((compareScalars(lower, upper) ?? 0) > 0) {
      throw new ValidationException(
        "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound",
      );
    }
  }
  return operator;
}

const COMPARATORS = { EQ: "=", NE: "<>", LE: "<=", LT: "<", GE: ">=", GT: ">" } as const;

function call(name: string, args: OperandNode[]): ConditionNode {
  return { kind: "function", name, args };
}

/**
 * The condition tree for one validated comparison. Every operator maps onto an expression whose
 * evaluation matches the legacy operator exactly (verified against DynamoDB Local), including on
 * a missing attribute: NE is true there, as `<>` is; NOT_CONTAINS is false there while
 * `NOT contains(...)` is true, hence the attribute_exists guard.
 */
export function comparisonCondition(
  path: PathNode,
  operator: ComparisonOperator,
  args: ValueNode[],
): ConditionNode {
  switch (operator) {
    case "EQ":
    case "NE":
    case "LE":
    case "LT":
    case "GE":
    case "GT":
      return { kind: "comparison", operator: COMPARATORS[operator], left: path, right: args[0]! };
    case "NOT_NULL":
      return call("attribute_exists", [path]);
    case "NULL":
      return call("attribute_not_exists", [path]);
    case "CONTAINS":
      return call("contains", [path, args[0]!]);
    case "NOT_CONTAINS":
      return {
        kind: "and",
        left: call("attribute_exists", [path]),
        right: { kind: "not", operand: call("contains", [path, args[0]!]) },
      };
    case "BEGINS_WITH":
      return call("begins_with", [path, args[0]!]);
    case "IN":
      return { kind: "in", operand: path, candidates: args };
    case "BETWEEN":
      return { kind: "between", operand: path, lower: args[0]!, upper: args[1]! };
  }
}

/** Joins conditions left to right with the request's ConditionalOperator (AND by default). */
export function joinConditions(
  conditions: ConditionNode[],
  operator: "AND" | "OR",
): ConditionNode | undefined {
  const kind = operator === "OR" ? "or" : "and";
  let joined: ConditionNode | undefined;
  for (const condition of conditions) {
    joined = joined ? { kind, left: joined, right: condition } : condition;
  }
  return joined;
}
