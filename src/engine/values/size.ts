// Contract only: the values work fills these in.
import type { AttributeValue, Item } from "./attribute-value.js";
/** DynamoDB's size of one attribute value in bytes (without its name). */
export function attributeValueSize(_value: AttributeValue): number {
  throw new Error("not implemented");
}
/** DynamoDB's size of an item in bytes: every name's UTF-8 length plus every value's size. */
export function itemSize(_item: Item): number {
  throw new Error("not implemented");
}
