// Contract only: the values work fills these in.
import type { AttributeValue } from "./attribute-value.js";
/** Orders two values of the same scalar type (S by UTF-8 bytes, N numerically, B by bytes); undefined when not comparable. */
export function compareScalars(_a: AttributeValue, _b: AttributeValue): number | undefined {
  throw new Error("not implemented");
}
/** DynamoDB equality: same type and same value; sets compare as sets, numbers by value. */
export function attributeValuesEqual(_a: AttributeValue, _b: AttributeValue): boolean {
  throw new Error("not implemented");
}
