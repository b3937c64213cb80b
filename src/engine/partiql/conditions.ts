import { ValidationException } from "../errors/index.js";
import type { BoundCondition, BoundOperand } from "../expressions/evaluate/index.js";
import type { AttributeValue } from "../values/attribute-value.js";
import { typeOf } from "../values/attribute-value.js";
import type { KeyAttribute } from "../tables/table.js";
import type { Expr } from "./ast.js";
import { keyTypeMismatch } from "./statement-errors.js";
import { valueOf } from "./values.js";

const ORDERED_TYPES = new Set(["S", "N", "B"]);

/**
 * Translates a WHERE expression into the engine's condition tree, so PartiQL filters and
 * conditions are evaluated by exactly the code that evaluates ConditionExpression and
 * FilterExpression.
 */
export function conditionOf(expr: Expr, parameters: AttributeValue[]): BoundCondition {
  switch (expr.kind) {
    case "and":
    case "or":
      return {
        kind: expr.kind,
        left: conditionOf(expr.left, parameters),
        right: conditionOf(expr.right, parameters),
      };
    case "not":
      return { kind: "not", operand: conditionOf(expr.operand, parameters) };
    case "compare": {
      const left = operandOf(expr.left, parameters);
      const right = operandOf(expr.right, parameters);
      if (expr.operator !== "=" && expr.operator !== "<>") {
        checkOrdered(left, expr.operator);
        checkOrdered(right, expr.operator);
      }
      return { kind: "comparison", operator: expr.operator, left, right };
    }
    case "between": {
      const operand = operandOf(expr.operand, parameters);
      const lower = operandOf(expr.lower, parameters);
      const upper = operandOf(expr.upper, parameters);
      for (const side of [operand, lower, upper]) checkOrdered(side, "BETWEEN");
      return { kind: "between", operand, lower, upper };
    }
    case "in":
      return {
        kind: "in",
        operand: operandOf(expr.operand, parameters),
        candidates: expr.candidates.map((candidate) => operandOf(candidate, parameters)),
      };
    case "is": {
      const path = pathOf(expr.operand);
      const condition: BoundCondition =
        expr.test === "MISSING"
          ? { kind: "attribute_not_exists", path }
          : { kind: "attribute_type", path, type: { kind: "value", value: { S: "NULL" } } };
      return expr.negated ? { kind: "not", operand: condition } : condition;
    }
    case "call":
      return functionCondition(expr.name, expr.args, parameters);
    default:
      throw new ValidationException("Unsupported operator or function in where clause");
  }
}

function functionCondition(name: string, args: Expr[], parameters: AttributeValue[]): BoundCondition {
  const arity = (count: number) => {
    if (args.length !== count) {
      throw new ValidationException(`Incorrect number of arguments for function: ${name}`);
    }
  };
  switch (name) {
    case "attribute_exists":
    case "attribute_not_exists":
      arity(1);
      return { kind: name, path: pathOf(args[0]!) };
    case "attribute_type":
      arity(2);
      return { kind: "attribute_type", path: pathOf(args[0]!), type: operandOf(args[1]!, parameters) };
    case "begins_with":
      arity(2);
      return {
        kind: "begins_with",
        operand: operandOf(args[0]!, parameters),
        prefix: operandOf(args[1]!, parameters),
      };
    case "contains":
      arity(2);
      return {
        kind: "contains",
        operand: operandOf(args[0]!, parameters),
        member: operandOf(args[1]!, parameters),
      };
    default:
      throw new ValidationException(`Unrecognized function: ${name}`);
  }
}

export function operandOf(expr: Expr, parameters: AttributeValue[]): BoundOperand {
  if (expr.kind === "path") return { kind: "path", path: expr.steps };
  if (expr.kind === "call" && expr.name === "size" && expr.args.length === 1) {
    return { kind: "size", operand: operandOf(expr.args[0]!, parameters) };
  }
  if (expr.kind === "call") throw new ValidationException(`Unrecognized function: ${expr.name}`);
  const value = valueOf(expr, parameters);
  if (value === undefined) throw new ValidationException("Unsupported operand in where clause");
  return { kind: "value", value };
}

function pathOf(expr: Expr): (string | number)[] {
  if (expr.kind !== "path") throw new ValidationException("Unsupported operand in where clause");
  return expr.steps;
}

function checkOrdered(operand: BoundOperand, operator: string): void {
  if (operand.kind !== "value") return;
  const type = typeOf(operand.value);
  if (!ORDERED_TYPES.has(type)) {
    throw new ValidationException(
      `Incorrect operand type for operator or function; operator or function: ${operator}, operand type: ${type}`,
    );
  }
}

/** The operands of a top-level AND chain, in written order. */
export function conjunctsOf(expr: Expr | undefined): Expr[] {
  if (!expr) return [];
  if (expr.kind === "and") return [...conjunctsOf(expr.left), ...conjunctsOf(expr.right)];
  return [expr];
}

/** `name = value` (either way round) on the top-level attribute `name`: the value. */
export function equalityOn(
  expr: Expr,
  name: string,
  parameters: AttributeValue[],
): AttributeValue | undefined {
  if (expr.kind !== "compare" || expr.operator !== "=") return undefined;
  const [path, other] =
    expr.left.kind === "path"
      ? [expr.left, expr.right]
      : expr.right.kind === "path"
        ? [expr.right, expr.left]
        : [];
  if (!path || path.kind !== "path" || path.steps.length !== 1 || path.steps[0] !== name) return undefined;
  return valueOf(other!, parameters);
}

/**
 * Every literal or parameter a key condition compares the key attribute `key` with must have the
 * key's type; an empty string or binary is refused as the key checks refuse it.
 */
export function checkKeyOperands(expr: Expr, key: KeyAttribute, parameters: AttributeValue[]): void {
  const operands =
    expr.kind === "compare"
      ? [expr.left, expr.right]
      : expr.kind === "between"
        ? [expr.lower, expr.upper]
        : expr.kind === "in"
          ? expr.candidates
          : [];
  for (const operand of operands) {
    if (operand.kind === "path") continue;
    const value = valueOf(operand, parameters);
    if (value === undefined) continue;
    if (typeOf(value) !== key.type) throw keyTypeMismatch(key.name);
    if (("S" in value && value.S === "") || ("B" in value && value.B === "")) {
      throw new ValidationException(
        `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${"S" in value ? "string" : "binary"} value. Key: ${key.name}`,
      );
    }
  }
}

/** Whether the expression reads the top-level attribute `name` anywhere. */
export function mentions(expr: Expr, name: string): boolean {
  switch (expr.kind) {
    case "path":
      return expr.steps[0] === name;
    case "compare":
    case "and":
    case "or":
    case "arithmetic":
      return mentions(expr.left, name) || mentions(expr.right, name);
    case "not":
      return mentions(expr.operand, name);
    case "in":
      return mentions(expr.operand, name) || expr.candidates.some((c) => mentions(c, name));
    case "between":
      return mentions(expr.operand, name) || mentions(expr.lower, name) || mentions(expr.upper, name);
    case "is":
      return mentions(expr.operand, name);
    case "call":
      return expr.args.some((arg) => mentions(arg, name));
    default:
      return false;
  }
}

/** AND of the given conditions; undefined for none. */
export function allOf(conditions: BoundCondition[]): BoundCondition | undefined {
  let result: BoundCondition | undefined;
  for (const condition of conditions) {
    result = result ? { kind: "and", left: result, right: condition } : condition;
  }
  return result;
}
