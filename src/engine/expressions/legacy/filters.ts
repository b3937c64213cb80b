import { ValidationException } from "../../errors/index.js";
import { keyAttributesOf, type KeySchema } from "../../tables/table.js";
import { comparisonCondition, validateComparison } from "./comparison.js";
import type { ComparisonOperator } from "./comparison.js";
import { checkAttributeName, combineWithConditionalOperator } from "./conditional-operator.js";
import { LegacyValues, attributePath, isRecord, normalizeLegacyValue } from "./legacy-values.js";
import type { LegacyValuePrefix } from "./legacy-values.js";
import type { LegacyCondition } from "./legacy-condition.js";

/** One entry of a Condition map (KeyConditions, QueryFilter, ScanFilter), checked but not yet bound. */
export interface CheckedCondition {
  name: string;
  operator: ComparisonOperator;
  args: ReturnType<typeof normalizeLegacyValue>[];
}

/**
 * Checks every entry of a Condition map in request order: its name, its values, then its operator
 * against them. Condition entries have no Exists or Value member, so those are ignored if sent.
 */
export function checkConditionMap(map: unknown): CheckedCondition[] {
  if (!isRecord(map)) return [];
  return Object.entries(map).map(([name, entry]) => {
    checkAttributeName(name);
    const fields = isRecord(entry) ? entry : {};
    const list = Array.isArray(fields.AttributeValueList) ? fields.AttributeValueList : [];
    const args = list.map(normalizeLegacyValue);
    return { name, operator: validateComparison(fields.ComparisonOperator, args), args };
  });
}

export function bindConditions(checked: CheckedCondition[], prefix: LegacyValuePrefix) {
  const values = new LegacyValues(prefix);
  const conditions = checked.map(({ name, operator, args }) =>
    comparisonCondition(
      attributePath(name),
      operator,
      args.map((arg) => values.bind(arg)),
    ),
  );
  return { conditions, values: values.values };
}

function convertFilter(map: unknown, conditionalOperator: unknown, keySchema?: KeySchema) {
  const checked = checkConditionMap(map);
  if (keySchema) {
    const keyNames = keyAttributesOf(keySchema).map((attribute) => attribute.name);
    const onKey = checked.find(({ name }) => keyNames.includes(name));
    if (onKey) {
      throw new ValidationException(
        `QueryFilter can only contain non-primary key attributes: Primary key attribute: ${onKey.name}`,
      );
    }
  }
  const { conditions, values } = bindConditions(checked, "filter");
  const condition = combineWithConditionalOperator(conditions, conditionalOperator);
  return condition ? { condition, values } : undefined;
}

/**
 * ScanFilter (+ ConditionalOperator) → the filter condition, or undefined when there is none.
 * Unlike QueryFilter it may name key attributes.
 */
export function convertScanFilter(input: {
  ScanFilter?: unknown;
  ConditionalOperator?: unknown;
}): LegacyCondition | undefined {
  return convertFilter(input.ScanFilter, input.ConditionalOperator);
}

/**
 * QueryFilter (+ ConditionalOperator) → the filter condition, or undefined when there is none.
 * `keySchema` is the key of the table or index being queried: a filter on one of its attributes
 * is rejected once every entry has passed its own checks.
 */
export function convertQueryFilter(
  input: { QueryFilter?: unknown; ConditionalOperator?: unknown },
  keySchema: KeySchema,
): LegacyCondition | undefined {
  return convertFilter(input.QueryFilter, input.ConditionalOperator, keySchema);
}
