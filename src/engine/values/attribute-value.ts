/**
 * Attribute values in DynamoDB's JSON wire form. The engine keeps items in exactly this shape
 * (numbers normalised, binaries as base64 text) so a request body becomes a stored item and a
 * stored item becomes a response body with no conversion.
 */
export type AttributeValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] }
  | { M: Record<string, AttributeValue> }
  | { L: AttributeValue[] }
  | { NULL: true }
  | { BOOL: boolean };

export type Item = Record<string, AttributeValue>;

/** The ten type descriptors, in the order DynamoDB lists them in `attribute_type` errors. */
export const ATTRIBUTE_TYPES = ["B", "NULL", "SS", "BOOL", "L", "BS", "N", "NS", "S", "M"] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

/** Key attributes may only be scalars of these types. */
export type ScalarKeyType = "S" | "N" | "B";

export function typeOf(value: AttributeValue): AttributeType {
  for (const key in value) return key as AttributeType;
  throw new Error("empty attribute value");
}
