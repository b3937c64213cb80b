import type { PathNode, ValueNode } from "../ast.js";
import type { AttributeValue } from "../../values/attribute-value.js";
import { normalizeAttributeValue } from "../../values/normalize.js";

/**
 * Collects the values a legacy parameter carries and hands out the placeholders that stand for
 * them in the syntax tree. Each legacy parameter gets its own prefix so that, for example, the
 * values of Expected and of AttributeUpdates in one UpdateItem never collide.
 *
 * The placeholders contain a `.`, which an expression token can never contain: a request's own
 * ExpressionAttributeValues can hold such a key, but no expression text can refer to it, so the
 * two maps cannot be confused as long as the caller binds them separately (or merges them after
 * the request's unused-value check).
 */
export class LegacyValues {
  readonly values: Record<string, AttributeValue> = {};
  private count = 0;

  constructor(private readonly prefix: LegacyValuePrefix) {}

  /** Registers an already normalised value and returns the node that refers to it. */
  bind(value: AttributeValue): ValueNode {
    const placeholder = `:${this.prefix}.${this.count++}`;
    this.values[placeholder] = value;
    return { kind: "value", placeholder };
  }
}

export type LegacyValuePrefix = "expected" | "update" | "key" | "filter";

/**
 * Legacy values are checked like the values of an item: DynamoDB words their errors without the
 * `ExpressionAttributeValues contains invalid value` preamble that expression values get.
 */
export function normalizeLegacyValue(value: unknown): AttributeValue {
  return normalizeAttributeValue(value, { kind: "item" });
}

/**
 * Legacy parameters name top-level attributes only: `a.b` is the attribute called `a.b`, not a
 * map lookup, and reserved words need no escaping. A literal (non-placeholder) name element
 * carries exactly that meaning.
 */
export function attributePath(name: string): PathNode {
  return { kind: "path", elements: [{ kind: "name", name, placeholder: false }] };
}

export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
