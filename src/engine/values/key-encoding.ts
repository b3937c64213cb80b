// Contract only: the values work fills these in.
import type { AttributeValue } from "./attribute-value.js";
/**
 * A string whose JavaScript `<` order is DynamoDB's order for key values of one type, and whose
 * equality is DynamoDB's key equality (`1e3` and `1000` encode the same).
 */
export function encodeKeyValue(_value: AttributeValue): string {
  throw new Error("not implemented");
}
