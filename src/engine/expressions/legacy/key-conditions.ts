import type { ConditionNode } from "../ast.js";
import { ValidationException, invalidParameter } from "../../errors/index.js";
import { typeOf } from "../../values/attribute-value.js";
import {
  isCompositeKeySchema,
  type IndexKeySchema,
  type KeyAttribute,
  type KeySchema,
} from "../../tables/table.js";
import type { ComparisonOperator } from "./comparison.js";
import { bindConditions, checkConditionMap } from "./filters.js";
import type { CheckedCondition } from "./filters.js";
import type { LegacyCondition } from "./legacy-condition.js";

const SORT_KEY_OPERATORS: readonly ComparisonOperator[] = [
  "EQ",
  "LE",
  "LT",
  "GE",
  "GT",
  "BEGINS_WITH",
  "BETWEEN",
];

/**
 * KeyConditions → the key condition, shaped as a KeyConditionExpression parses: the partition key
 * equality, joined by AND to the sort key condition when there is one. `keySchema` is the key of
 * the table or index being queried.
 *
 * Order of checks (DynamoDB Local 1.25.1): every entry on its own (values, operator, arguments),
 * then the number of entries, then the partition key condition, then the other entry.
 */
export function convertKeyConditions(
  input: { KeyConditions?: unknown },
  keySchema: KeySchema,
): LegacyCondition {
  const checked = checkConditionMap(input.KeyConditions);
  if (isCompositeKeySchema(keySchema)) return composedKeyConditions(checked, keySchema);
  if (checked.length < 1 || checked.length > 2) {
    throw new ValidationException("Conditions can be of length 1 or 2 only");
  }
  const partition = checked.find(({ name }) => name === keySchema.partition.name);
  if (!partition) throw missedKeySchemaElement(keySchema.partition.name);
  checkKeyCondition(partition, keySchema.partition, "Hash");
  if (partition.operator !== "EQ") throw new ValidationException("Query key condition not supported");

  const ordered: CheckedCondition[] = [partition];
  const other = checked.find((condition) => condition !== partition);
  if (other) {
    const sort = keySchema.sort;
    // A second entry on a table without a sort key is refused as a whole, not as a missed element.
    if (!sort) throw new ValidationException("Query key condition not supported");
    if (other.name !== sort.name) throw missedKeySchemaElement(sort.name);
    checkKeyCondition(other, sort, "Range");
    if (!SORT_KEY_OPERATORS.includes(other.operator)) {
      // DynamoDB Local answers NE here with an InternalFailure; every other operator that cannot
      // bound a key range gets this message, so NE gets it too.
      throw new ValidationException("Attempted conditional constraint is not an indexable operation");
    }
    ordered.push(other);
  }
  const { conditions, values } = bindConditions(ordered, "key");
  const [first, second] = conditions as [ConditionNode, ConditionNode | undefined];
  const condition: ConditionNode = second ? { kind: "and", left: first, right: second } : first;
  return { condition, values };
}

/**
 * KeyConditions on an index whose key is composed of several attributes: each entry is checked
 * against its key attribute here, and the set as a whole (every partition attribute with EQ, sort
 * attributes left to right) where the key range is built, as for a KeyConditionExpression.
 */
function composedKeyConditions(checked: CheckedCondition[], keySchema: IndexKeySchema): LegacyCondition {
  if (checked.length === 0) throw new ValidationException("Conditions can be of length 1 or 2 only");
  for (const condition of checked) {
    const partition = keySchema.partitionAttributes.find(({ name }) => name === condition.name);
    const sort = keySchema.sortAttributes.find(({ name }) => name === condition.name);
    if (partition) checkKeyCondition(condition, partition, "Hash");
    if (sort) checkKeyCondition(condition, sort, "Range");
    if (!SORT_KEY_OPERATORS.includes(condition.operator)) {
      throw new ValidationException("Attempted conditional constraint is not an indexable operation");
    }
  }
  const { conditions, values } = bindConditions(checked, "key");
  const condition = (conditions as ConditionNode[]).reduce((left, right) => ({ kind: "and", left, right }));
  return { condition, values };
}

// DynamoDB names the element (as it does for KeyConditionExpression); DynamoDB Local leaves it out.
function missedKeySchemaElement(name: string): ValidationException {
  return new ValidationException(`Query condition missed key schema element: ${name}`);
}

function checkKeyCondition(condition: CheckedCondition, key: KeyAttribute, role: "Hash" | "Range"): void {
  if (condition.args.length === 0) {
    throw new ValidationException(`Only scalar types can be used as ${role} Key values`);
  }
  if (condition.args.some((arg) => typeOf(arg) !== key.type)) {
    throw invalidParameter("Condition parameter type does not match schema type");
  }
}
