/**
 * Evaluates a bound ConditionExpression / FilterExpression against an item (undefined when the
 * item does not exist). Data never raises an error here: a missing attribute or a value of another
 * type makes a comparison false — except `<>`, which is true whenever either side is missing.
 */
import type { AttributeValue, Item } from "../../values/attribute-value.js";
import { typeOf } from "../../values/attribute-value.js";
import { attributeValuesEqual, compareScalars } from "../../values/compare.js";
import type { BoundCondition, BoundOperand } from "./bound.js";
import { resolvePath } from "./paths.js";

export function evaluateCondition(condition: BoundCondition, item: Item | undefined): boolean {
  switch (condition.kind) {
    case "and":
      return evaluateCondition(condition.left, item) && evaluateCondition(condition.right, item);
    case "or":
      return evaluateCondition(condition.left, item) || evaluateCondition(condition.right, item);
    case "not":
      return !evaluateCondition(condition.operand, item);
    case "comparison": {
      const left = operandValue(condition.left, item);
      const right = operandValue(condition.right, item);
      if (left === undefined || right === undefined) return condition.operator === "<>";
      switch (condition.operator) {
        case "=":
          return attributeValuesEqual(left, right);
        case "<>":
          return !attributeValuesEqual(left, right);
        default:
          return ordered(compareScalars(left, right), condition.operator);
      }
    }
    case "between": {
      const value = operandValue(condition.operand, item);
      const lower = operandValue(condition.lower, item);
      const upper = operandValue(condition.upper, item);
      if (value === undefined || lower === undefined || upper === undefined) return false;
      return ordered(compareScalars(value, lower), ">=") && ordered(compareScalars(value, upper), "<=");
    }
    case "in": {
      const value = operandValue(condition.operand, item);
      if (value === undefined) return false;
      for (const candidate of condition.candidates) {
        const other = operandValue(candidate, item);
        if (other !== undefined && attributeValuesEqual(value, other)) return true;
      }
      return false;
    }
    case "attribute_exists":
      return resolvePath(item, condition.path) !== undefined;
    case "attribute_not_exists":
      return resolvePath(item, condition.path) === undefined;
    case "attribute_type": {
      const value = resolvePath(item, condition.path);
      const type = condition.type.kind === "value" ? condition.type.value : undefined;
      return value !== undefined && type !== undefined && "S" in type && typeOf(value) === type.S;
    }
    case "begins_with": {
      const value = operandValue(condition.operand, item);
      const prefix = operandValue(condition.prefix, item);
      if (value === undefined || prefix === undefined) return false;
      if ("S" in value && "S" in prefix) return value.S.startsWith(prefix.S);
      if ("B" in value && "B" in prefix) {
        const bytes = Buffer.from(value.B, "base64");
        const start = Buffer.from(prefix.B, "base64");
        return start.length <= bytes.length && bytes.subarray(0, start.length).equals(start);
      }
      return false;
    }
    case "contains": {
      const value = operandValue(condition.operand, item);
      const member = operandValue(condition.member, item);
      return value !== undefined && member !== undefined && contains(value, member);
    }
  }
}

function ordered(order: number | undefined, operator: string): boolean {
  if (order === undefined) return false;
  switch (operator) {
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    default:
      return order >= 0;
  }
}

function contains(value: AttributeValue, member: AttributeValue): boolean {
  if ("S" in value) return "S" in member && value.S.includes(member.S);
  if ("B" in value) {
    return "B" in member && Buffer.from(value.B, "base64").includes(Buffer.from(member.B, "base64"));
  }
  // Set members are stored canonical (numbers normalised), so membership is text equality.
  if ("SS" in value) return "S" in member && value.SS.includes(member.S);
  if ("NS" in value) return "N" in member && value.NS.some((n) => attributeValuesEqual({ N: n }, member));
  if ("BS" in value) return "B" in member && value.BS.some((b) => attributeValuesEqual({ B: b }, member));
  if ("L" in value) return value.L.some((element) => attributeValuesEqual(element, member));
  return false;
}

/** The value an operand stands for in a condition; undefined when it does not exist. */
export function operandValue(operand: BoundOperand, item: Item | undefined): AttributeValue | undefined {
  switch (operand.kind) {
    case "path":
      return resolvePath(item, operand.path);
    case "value":
      return operand.value;
    case "size": {
      const value = operandValue(operand.operand, item);
      const size = value === undefined ? undefined : sizeOf(value);
      return size === undefined ? undefined : { N: String(size) };
    }
    default:
      // Update-only operands never reach a condition: the parser keeps them out.
      return undefined;
  }
}

/**
 * size(): S counts UTF-16 code units (as DynamoDB Local measures it: `size("a😀")` is 3), B its
 * bytes, sets and lists their elements, maps their entries. Other types have no size, which
 * behaves like a missing attribute.
 */
function sizeOf(value: AttributeValue): number | undefined {
  if ("S" in value) return value.S.length;
  if ("B" in value) return Buffer.from(value.B, "base64").length;
  if ("SS" in value) return value.SS.length;
  if ("NS" in value) return value.NS.length;
  if ("BS" in value) return value.BS.length;
  if ("L" in value) return value.L.length;
  if ("M" in value) return Object.keys(value.M).length;
  return undefined;
}
