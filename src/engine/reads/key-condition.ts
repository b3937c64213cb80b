import { ValidationException, invalidParameter } from "../errors/index.js";
import type { BoundCondition, BoundOperand, BoundPath } from "../expressions/evaluate/index.js";
import type { SortBound } from "../storage/item-store.js";
import { composeKey } from "../indexes/index-entry.js";
import { isCompositeKeySchema, type KeyAttribute, type KeySchema } from "../tables/table.js";
import type { AttributeValue, Item } from "../values/attribute-value.js";
import { typeOf } from "../values/attribute-value.js";
import { encodeKeyValue } from "../values/key-encoding.js";
import { composedKeyRange } from "./composed-key-range.js";

/** One condition of a key condition, normalised so the key attribute stands on the left. */
export interface KeyTerm {
  attribute: string;
  operator: "=" | "<" | "<=" | ">" | ">=" | "BETWEEN" | "begins_with";
  values: AttributeValue[];
}

/** What a key condition selects: one partition, and optionally a range of sort keys. */
export interface KeyRange {
  partitionValue: AttributeValue;
  /** The encoded partition key, as the store knows it. */
  partition: string;
  sortTerm?: KeyTerm;
  lower?: SortBound;
  upper?: SortBound;
}

const FLIPPED: Record<string, KeyTerm["operator"]> = { "=": "=", "<": ">", "<=": ">=", ">": "<", ">=": "<=" };

function invalidOperator(name: string): ValidationException {
  return new ValidationException(`Invalid operator used in KeyConditionExpression: ${name}`);
}

function invalidCondition(detail: string): ValidationException {
  return new ValidationException(`Invalid condition in KeyConditionExpression: ${detail}`);
}

/**
 * The checks DynamoDB makes on a key condition's shape before it looks at the table: only AND,
 * only comparisons, BETWEEN and begins_with, each on exactly one top-level attribute, at most one
 * condition per attribute. Returns the conditions in written order.
 */
export function keyTermsOf(
  condition: BoundCondition,
  nestedKeyError: NestedKeyError = () => undefined,
): KeyTerm[] {
  const terms: KeyTerm[] = [];
  collect(condition, terms, nestedKeyError);
  return terms;
}

/** The error for a path that reaches inside attribute `name`, when `name` is a key of the table. */
export type NestedKeyError = (name: string) => ValidationException | undefined;

function collect(condition: BoundCondition, terms: KeyTerm[], nestedKeyError: NestedKeyError): void {
  switch (condition.kind) {
    case "and":
      collect(condition.left, terms, nestedKeyError);
      collect(condition.right, terms, nestedKeyError);
      return;
    case "or":
      throw invalidOperator("OR");
    case "not":
      throw invalidOperator("NOT");
    case "in":
      throw invalidOperator("IN");
    case "attribute_exists":
    case "attribute_not_exists":
    case "attribute_type":
    case "contains":
      throw invalidOperator(condition.kind);
    case "comparison": {
      if (condition.operator === "<>") throw invalidOperator("<>");
      const operands = [condition.left, condition.right];
      const at = keyOperandIndex(operands, nestedKeyError);
      const operator = at === 0 ? condition.operator : FLIPPED[condition.operator]!;
      addTerm(terms, { attribute: keyName(operands[at]!), operator, values: [valueOf(operands[1 - at]!)] });
      return;
    }
    case "between": {
      const operands = [condition.operand, condition.lower, condition.upper];
      checkNotNested(operands);
      if (condition.operand.kind !== "path") {
        throw invalidCondition("BETWEEN operator must have the key attribute as its first operand");
      }
      keyOperandIndex(operands, nestedKeyError);
      addTerm(terms, {
        attribute: keyName(condition.operand),
        operator: "BETWEEN",
        values: [valueOf(condition.lower), valueOf(condition.upper)],
      });
      return;
    }
    case "begins_with": {
      const operands = [condition.operand, condition.prefix];
      checkNotNested(operands);
      if (condition.operand.kind !== "path") {
        throw invalidCondition("begins_with operator must have the key attribute as its first operand");
      }
      keyOperandIndex(operands, nestedKeyError);
      addTerm(terms, {
        attribute: keyName(condition.operand),
        operator: "begins_with",
        values: [valueOf(condition.prefix)],
      });
      return;
    }
  }
}

function checkNotNested(operands: BoundOperand[]): void {
  for (const operand of operands) {
    if (operand.kind !== "path" && operand.kind !== "value") {
      throw new ValidationException("KeyConditionExpressions cannot contain nested operations");
    }
  }
}

/** The position of the one attribute among the operands of a condition. */
function keyOperandIndex(operands: BoundOperand[], nestedKeyError: NestedKeyError): number {
  checkNotNested(operands);
  let found = -1;
  for (let i = 0; i < operands.length; i++) {
    const operand = operands[i]!;
    if (operand.kind !== "path") continue;
    if (found >= 0) throw invalidCondition("Multiple attribute names used in one condition");
    if (operand.path.length > 1) {
      const onKey = nestedKeyError(operand.path[0] as string);
      if (onKey) throw onKey;
      throw new ValidationException("KeyConditionExpressions cannot have conditions on nested attributes");
    }
    found = i;
  }
  if (found < 0) throw invalidCondition("No key attribute specified");
  return found;
}

function keyName(operand: BoundOperand): string {
  return (operand as { path: BoundPath }).path[0] as string;
}

function valueOf(operand: BoundOperand): AttributeValue {
  return (operand as { value: AttributeValue }).value;
}

function addTerm(terms: KeyTerm[], term: KeyTerm): void {
  if (terms.some((other) => other.attribute === term.attribute)) {
    throw new ValidationException("KeyConditionExpressions must only contain one condition per key");
  }
  terms.push(term);
}

/**
 * Matches the conditions against the key schema of the table or index read, in DynamoDB's order:
 * the partition key first (present, of the key's type, an equality), then the sort key.
 */
export function keyRangeOf(terms: KeyTerm[], keySchema: KeySchema): KeyRange {
  if (isCompositeKeySchema(keySchema)) return composedKeyRange(terms, keySchema);
  if (terms.length > 2) throw new ValidationException("Conditions can be of length 1 or 2 only");
  const { partition, sort } = keySchema;
  if (!sort && terms.length > 1) throw new ValidationException("Query key condition not supported");
  const partitionTerm = terms.find((term) => term.attribute === partition.name);
  if (!partitionTerm) {
    throw new ValidationException(`Query condition missed key schema element: ${partition.name}`);
  }
  checkTermValues(partitionTerm, partition);
  if (partitionTerm.operator !== "=") throw new ValidationException("Query key condition not supported");

  const partitionValue = partitionTerm.values[0]!;
  const range: KeyRange = { partitionValue, partition: encodeKeyValue(partitionValue) };
  if (terms.length === 1) return range;
  const sortTerm = terms.find((term) => term !== partitionTerm)!;
  if (sortTerm.attribute !== sort!.name) {
    throw new ValidationException(`Query condition missed key schema element: ${sort!.name}`);
  }
  checkTermValues(sortTerm, sort!);
  range.sortTerm = sortTerm;
  Object.assign(range, sortBounds(sortTerm));
  return range;
}

/** The sort key a query range is expressed over, for an item or key holding the read's key attributes. */
export function encodedSortKeyOf(keySchema: KeySchema, item: Item): string {
  if (isCompositeKeySchema(keySchema)) return composeKey(keySchema.sortAttributes, item) ?? "";
  return keySchema.sort ? encodeKeyValue(item[keySchema.sort.name]!) : "";
}

export function checkTermValues(term: KeyTerm, key: KeyAttribute): void {
  for (const value of term.values) {
    if (typeOf(value) !== key.type) {
      throw invalidParameter("Condition parameter type does not match schema type");
    }
  }
  for (const value of term.values) {
    const empty = ("S" in value && value.S === "") || ("B" in value && value.B === "");
    if (empty) {
      const kind = "S" in value ? "string" : "binary";
      throw new ValidationException(
        `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${kind} value. Key: ${key.name}`,
      );
    }
  }
}

function sortBounds(term: KeyTerm): { lower?: SortBound; upper?: SortBound } {
  const first = encodeKeyValue(term.values[0]!);
  switch (term.operator) {
    case "=":
      return { lower: { key: first, inclusive: true }, upper: { key: first, inclusive: true } };
    case "<":
      return { upper: { key: first, inclusive: false } };
    case "<=":
      return { upper: { key: first, inclusive: true } };
    case ">":
      return { lower: { key: first, inclusive: false } };
    case ">=":
      return { lower: { key: first, inclusive: true } };
    case "BETWEEN":
      return {
        lower: { key: first, inclusive: true },
        upper: { key: encodeKeyValue(term.values[1]!), inclusive: true },
      };
    case "begins_with": {
      // Encodings map each code unit (or byte) to one code unit, so a prefix of the value is a
      // prefix of its encoding: the range is [prefix, the first string above every extension).
      const above = prefixSuccessor(first);
      return {
        lower: { key: first, inclusive: true },
        ...(above === undefined ? {} : { upper: { key: above, inclusive: false } }),
      };
    }
  }
}

/** The smallest string greater than every string that starts with `prefix`, if there is one. */
export function prefixSuccessor(prefix: string): string | undefined {
  let end = prefix.length;
  while (end > 0 && prefix.charCodeAt(end - 1) === 0xffff) end--;
  if (end === 0) return undefined;
  return prefix.slice(0, end - 1) + String.fromCharCode(prefix.charCodeAt(end - 1) + 1);
}

/** Whether an encoded sort key lies inside the range (used to vet an ExclusiveStartKey). */
export function sortKeyInRange(range: KeyRange, sort: string): boolean {
  const { lower, upper } = range;
  if (lower && (sort < lower.key || (!lower.inclusive && sort === lower.key))) return false;
  if (upper && (sort > upper.key || (!upper.inclusive && sort === upper.key))) return false;
  return true;
}
