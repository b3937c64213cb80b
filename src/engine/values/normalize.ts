// Contract only: the values work fills these in.
import type { AttributeValue, Item } from "./attribute-value.js";

/** Where a value came from: DynamoDB words its errors differently for each. */
export type ValueContext =
  { kind: "item" } | { kind: "key" } | { kind: "expressionValue"; placeholder: string };

/**
 * Checks a value from a request against DynamoDB's rules (one type member, well-formed numbers,
 * non-empty sets without duplicates, NULL true, ...) and returns it normalised (numbers canonical).
 * Throws DynamoDB's exception and message for the first problem.
 */
export function normalizeAttributeValue(_value: unknown, _context: ValueContext): AttributeValue {
  throw new Error("not implemented");
}

/** normalizeAttributeValue over every attribute of an item. */
export function normalizeItem(_item: unknown, _context: ValueContext): Item {
  throw new Error("not implemented");
}
