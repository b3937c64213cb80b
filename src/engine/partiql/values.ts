import { ValidationException } from "../errors/index.js";
import type { AttributeValue, Item } from "../values/attribute-value.js";
import { normalizeAttributeValue } from "../values/normalize.js";
import { NUMBER_OVERFLOW, NUMBER_PRECISION, NUMBER_UNDERFLOW, normalizeNumber } from "../values/number.js";
import type { Expr } from "./ast.js";
import { PARAMETER_COUNT } from "./statement-errors.js";

/** The request's Parameters, checked and normalised, in statement order. */
export function readParameters(raw: unknown, expected: number): AttributeValue[] {
  const list = Array.isArray(raw) ? raw : [];
  if (list.length !== expected) throw new ValidationException(PARAMETER_COUNT);
  return list.map((value) => normalizeAttributeValue(value, { kind: "item" }));
}

const UNSUPPORTED_VALUE = "Unsupported value in statement";

/**
 * The AttributeValue an expression written as a value stands for: literals, `?` parameters and
 * the `{...}` / `[...]` / `<<...>>` constructors. Undefined when the expression is not a value.
 * `where` names the position inside the value, as DynamoDB's number messages do (`root.a[1]`).
 */
export function valueOf(
  expr: Expr,
  parameters: AttributeValue[],
  where = "root",
): AttributeValue | undefined {
  switch (expr.kind) {
    case "string":
      return { S: expr.text };
    case "number":
      return { N: numberLiteral(expr.text, where) };
    case "boolean":
      return { BOOL: expr.value };
    case "null":
      return { NULL: true };
    case "parameter":
      return parameters[expr.index]!;
    case "tuple": {
      const map: Item = {};
      for (const { key, value } of expr.entries) {
        const name = valueOf(key, parameters, where);
        if (!name || !("S" in name)) throw new ValidationException(UNSUPPORTED_VALUE);
        const member = requiredValue(value, parameters, `${where}.${name.S}`);
        map[name.S] = member;
      }
      return { M: map };
    }
    case "list":
      return { L: expr.items.map((item, i) => requiredValue(item, parameters, `${where}[${i}]`)) };
    case "bag":
      return setOf(expr, parameters, where);
    default:
      return undefined;
  }
}

export function requiredValue(expr: Expr, parameters: AttributeValue[], where = "root"): AttributeValue {
  const value = valueOf(expr, parameters, where);
  if (value === undefined) throw new ValidationException(UNSUPPORTED_VALUE);
  return value;
}

function numberLiteral(text: string, where: string): string {
  try {
    return normalizeNumber(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    if (message === NUMBER_OVERFLOW || message === NUMBER_UNDERFLOW || message === NUMBER_PRECISION) {
      throw new ValidationException(`${message} under ${where}`);
    }
    throw new ValidationException("Statement wasn't well formed, can't be processed: ");
  }
}

/**
 * `<<...>>` is a set: every member a string or every member a number. The first member of
 * another type is named by its position in the statement.
 */
function setOf(bag: Expr & { kind: "bag" }, parameters: AttributeValue[], where: string): AttributeValue {
  if (bag.items.length === 0)
    throw new ValidationException(`Empty bags are not supported at ${bag.position}`);
  const members = bag.items.map((item, i) => requiredValue(item, parameters, `${where}[${i}]`));
  const type = "N" in members[0]! ? "N" : "S";
  const mismatch = members.findIndex((member) => !(type in member));
  if (mismatch >= 0) {
    throw new ValidationException(
      `Unsupported data type in Bag. DynamoDB only supports either numbers or strings in bags at ${bag.items[mismatch]!.position}`,
    );
  }
  const texts = members.map((member) =>
    type === "N" ? (member as { N: string }).N : (member as { S: string }).S,
  );
  if (new Set(texts).size !== texts.length)
    throw new ValidationException("Input collection contains duplicates");
  return type === "N" ? { NS: texts } : { SS: texts };
}
