import type { ConditionNode, ValueNode } from "../ast.js";
import { invalidParameter } from "../../errors/index.js";
import { comparisonCondition, validateComparison } from "./comparison.js";
import { checkAttributeName, combineWithConditionalOperator } from "./conditional-operator.js";
import { LegacyValues, attributePath, isPresent, isRecord, normalizeLegacyValue } from "./legacy-values.js";
import type { LegacyCondition } from "./legacy-condition.js";

/**
 * Expected (PutItem, UpdateItem, DeleteItem) → the condition it stands for, or undefined when the
 * request has no Expected entries. Entries are checked one after the other in request order, each
 * completely (structure, values, operator) before the next; ConditionalOperator is checked last.
 */
export function convertExpected(input: {
  Expected?: unknown;
  ConditionalOperator?: unknown;
}): LegacyCondition | undefined {
  const values = new LegacyValues("expected");
  const conditions: ConditionNode[] = [];
  if (isRecord(input.Expected)) {
    for (const [name, entry] of Object.entries(input.Expected)) {
      checkAttributeName(name);
      conditions.push(expectedCondition(name, isRecord(entry) ? entry : {}, values));
    }
  }
  const condition = combineWithConditionalOperator(conditions, input.ConditionalOperator);
  return condition ? { condition, values: values.values } : undefined;
}

function expectedCondition(
  name: string,
  entry: Record<string, unknown>,
  values: LegacyValues,
): ConditionNode {
  const { Exists: exists, Value: value, ComparisonOperator: operator, AttributeValueList: list } = entry;
  const hasValue = isPresent(value);
  const hasList = isPresent(list);
  const hasOperator = isPresent(operator);
  const path = attributePath(name);
  const forAttribute = ` for Attribute: ${name}`;

  if (hasValue && hasList) {
    throw invalidParameter(`Value and AttributeValueList cannot be used together${forAttribute}`);
  }
  if (hasList && !hasOperator) {
    throw invalidParameter(`AttributeValueList can only be used with a ComparisonOperator${forAttribute}`);
  }
  if (isPresent(exists) && hasOperator) {
    throw invalidParameter(`Exists and ComparisonOperator cannot be used together${forAttribute}`);
  }
  if (hasOperator) {
    const takesNoArgument = operator === "NULL" || operator === "NOT_NULL";
    if (!hasValue && !hasList && !takesNoArgument) {
      throw invalidParameter(
        `Value or AttributeValueList must be used with ComparisonOperator: ${String(operator)}${forAttribute}`,
      );
    }
    // A lone Value serves as the operator's single argument.
    const args = (hasValue ? [value] : Array.isArray(list) ? list : []).map(normalizeLegacyValue);
    const checked = validateComparison(operator, args);
    return comparisonCondition(
      path,
      checked,
      args.map((arg) => values.bind(arg)),
    );
  }
  if (exists === false) {
    if (hasValue) throw invalidParameter(`Value cannot be used when Exists is false${forAttribute}`);
    return { kind: "function", name: "attribute_not_exists", args: [path] };
  }
  if (!hasValue) {
    const state = exists === true ? "true" : "null";
    throw invalidParameter(`Value must be provided when Exists is ${state}${forAttribute}`);
  }
  const expectedValue: ValueNode = values.bind(normalizeLegacyValue(value));
  return { kind: "comparison", operator: "=", left: path, right: expectedValue };
}
