import { describe, expect, it } from "vitest";
import type { DynamoDBError } from "../errors/index.js";
import { normalizeAttributeValue } from "./normalize.js";
import { checkBase64 } from "./wire-types.js";

function serializationMessage(value: unknown): string {
  try {
    normalizeAttributeValue(value, { kind: "item" });
  } catch (error) {
    expect((error as DynamoDBError).type).toBe("SerializationException");
    return (error as DynamoDBError).message;
  }
  throw new Error("expected an error");
}

describe("wire types of attribute value members", () => {
  it.each<[unknown, string]>([
    [{ S: true }, "TRUE_VALUE cannot be converted to String"],
    [{ S: false }, "FALSE_VALUE cannot be converted to String"],
    [{ S: 23 }, "NUMBER_VALUE cannot be converted to String"],
    [{ N: 2147483648 }, "NUMBER_VALUE cannot be converted to String"],
    [{ N: 34.56 }, "DECIMAL_VALUE cannot be converted to String"],
    [{ S: [] }, "Unrecognized collection type class java.lang.String"],
    [{ S: {} }, "Start of structure or map found where not expected"],
    [{ SS: ["a", 1] }, "NUMBER_VALUE cannot be converted to String"],
    [{ BOOL: "true" }, "Unexpected token received from parser"],
    [{ NULL: 23 }, "NUMBER_VALUE cannot be converted to Boolean"],
    [{ BOOL: 34.56 }, "DECIMAL_VALUE cannot be converted to Boolean"],
    [{ BOOL: [] }, "Unrecognized collection type class java.lang.Boolean"],
    [{ NULL: {} }, "Start of structure or map found where not expected"],
    [{ B: true }, "only base-64-encoded strings are convertible to bytes"],
    [{ B: 23 }, "only base-64-encoded strings are convertible to bytes"],
    [{ B: [] }, "Unrecognized collection type class java.nio.ByteBuffer"],
    [{ BS: [{}] }, "Start of structure or map found where not expected"],
    [{ SS: "a" }, "Unexpected field type"],
    [{ L: 5 }, "Unexpected field type"],
    [{ NS: {} }, "Start of structure or map found where not expected"],
    [{ L: {} }, "Start of structure or map found where not expected"],
    [{ L: ["23"] }, "Unexpected value type in payload"],
    [{ L: [[]] }, "Unrecognized collection type class com.amazonaws.dynamodb.v20120810.AttributeValue"],
    [{ M: "x" }, "Unexpected field type"],
    [
      { M: [] },
      "Unrecognized collection type java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.AttributeValue>",
    ],
    [{ M: { a: true } }, "Unexpected value type in payload"],
    ["x", "Unexpected value type in payload"],
  ])("%j", (value, message) => {
    expect(serializationMessage(value)).toBe(message);
  });
});

describe("checkBase64", () => {
  it("accepts canonical base64", () => {
    for (const text of ["", "AA==", "AAA=", "AAEC", "+/+/", "Yg=="]) expect(checkBase64(text)).toBe(text);
  });

  it.each<[string, string]>([
    ["23456", "Base64 encoded length is expected a multiple of 4 bytes but found: 5"],
    ["abc", "Base64 encoded length is expected a multiple of 4 bytes but found: 3"],
    ["=+/=", "Invalid last non-pad Base64 character dectected"],
    ["+/+=", "Invalid last non-pad Base64 character dectected"],
    ["YR==", "Invalid last non-pad Base64 character dectected"],
    ["ab$=", "Invalid Base64 character: '$'"],
    ["a=bc", "Invalid Base64 character: '='"],
    ["AA-_", "Invalid Base64 character: '-'"],
  ])("rejects %j", (text, message) => {
    expect(serializationMessage({ B: text })).toBe(message);
  });
});
