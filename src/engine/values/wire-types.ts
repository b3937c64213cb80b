import { SerializationException } from "../errors/index.js";

/**
 * DynamoDB reads a request body into typed members before validating anything; a JSON value of
 * the wrong kind fails that step with a SerializationException whose text names the JSON token
 * and the expected type (`NUMBER_VALUE cannot be converted to String`). These texts are
 * DynamoDB's; DynamoDB Local instead coerces many of them (`{"S": 5}` is stored as "5") or
 * answers InternalFailure.
 *
 * A JSON number that parsed to an integral JavaScript number is reported as NUMBER_VALUE and
 * any other as DECIMAL_VALUE; the JSON text `1.0` therefore reads as NUMBER_VALUE here where
 * DynamoDB would say DECIMAL_VALUE.
 */

const ATTRIBUTE_VALUE_CLASS = "com.amazonaws.dynamodb.v20120810.AttributeValue";
const STRUCTURE_NOT_EXPECTED = "Start of structure or map found where not expected";

function scalarToken(value: unknown): string {
  if (value === true) return "TRUE_VALUE";
  if (value === false) return "FALSE_VALUE";
  return Number.isInteger(value) ? "NUMBER_VALUE" : "DECIMAL_VALUE";
}

function isStructure(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A String member (S, N, and members of SS and NS). */
export function expectString(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value))
    throw new SerializationException("Unrecognized collection type class java.lang.String");
  if (typeof value === "object") throw new SerializationException(STRUCTURE_NOT_EXPECTED);
  throw new SerializationException(`${scalarToken(value)} cannot be converted to String`);
}

/** A Boolean member (BOOL, NULL). */
export function expectBoolean(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") throw new SerializationException("Unexpected token received from parser");
  if (Array.isArray(value))
    throw new SerializationException("Unrecognized collection type class java.lang.Boolean");
  if (typeof value === "object") throw new SerializationException(STRUCTURE_NOT_EXPECTED);
  throw new SerializationException(`${scalarToken(value)} cannot be converted to Boolean`);
}

/** A Blob member (B, members of BS): base64 text, checked by checkBase64. */
export function expectBlob(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value))
    throw new SerializationException("Unrecognized collection type class java.nio.ByteBuffer");
  if (typeof value === "object") throw new SerializationException(STRUCTURE_NOT_EXPECTED);
  throw new SerializationException("only base-64-encoded strings are convertible to bytes");
}

/** A List member (SS, NS, BS, L). */
export function expectList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === "object") throw new SerializationException(STRUCTURE_NOT_EXPECTED);
  throw new SerializationException("Unexpected field type");
}

/** A map of attribute values (an item, a key, an M). */
export function expectMap(value: unknown): Record<string, unknown> {
  if (isStructure(value)) return value;
  if (Array.isArray(value)) {
    throw new SerializationException(
      `Unrecognized collection type java.util.Map<java.lang.String, ${ATTRIBUTE_VALUE_CLASS}>`,
    );
  }
  throw new SerializationException("Unexpected field type");
}

/** One AttributeValue structure (an item's value, an element of L, a value of M). */
export function expectValueStruct(value: unknown): Record<string, unknown> {
  if (isStructure(value)) return value;
  if (Array.isArray(value))
    throw new SerializationException(`Unrecognized collection type class ${ATTRIBUTE_VALUE_CLASS}`);
  throw new SerializationException("Unexpected value type in payload");
}

const BASE64_VALUE = new Int8Array(128).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
  .split("")
  .forEach((char, value) => (BASE64_VALUE[char.charCodeAt(0)] = value));

/**
 * Strict base64 as DynamoDB decodes it: length a multiple of four, at most two `=` at the end,
 * and unused low bits of the last character zero (so every byte string has one spelling, which
 * lets the engine compare binaries as text).
 */
export function checkBase64(text: string): string {
  const length = text.length;
  if (length % 4 !== 0) {
    throw new SerializationException(
      `Base64 encoded length is expected a multiple of 4 bytes but found: ${length}`,
    );
  }
  if (length === 0) return text;
  let padding = 0;
  if (text.charCodeAt(length - 1) === 61) padding = text.charCodeAt(length - 2) === 61 ? 2 : 1;
  const dataEnd = length - padding;
  // DynamoDB reports unused bits in the last character before stray characters elsewhere
  // (`=+/=` is a last-character error).
  if (padding > 0) {
    const lastUnit = text.charCodeAt(dataEnd - 1);
    const last = lastUnit < 128 ? BASE64_VALUE[lastUnit]! : -1;
    const unusedBits = padding === 1 ? 0b11 : 0b1111;
    if (last >= 0 && (last & unusedBits) !== 0) {
      throw new SerializationException("Invalid last non-pad Base64 character dectected");
    }
  }
  for (let index = 0; index < dataEnd; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 128 || BASE64_VALUE[unit]! < 0) {
      throw new SerializationException(`Invalid Base64 character: '${text[index]}'`);
    }
  }
  return text;
}

/** Walks a value for wire-type problems only; throws the first SerializationException. */
export function checkAttributeValueWireTypes(value: unknown): void {
  if (value === null || value === undefined) return;
  const struct = expectValueStruct(value);
  for (const type in struct) {
    const member = struct[type];
    if (member === null || member === undefined) continue;
    switch (type) {
      case "S":
      case "N":
        expectString(member);
        break;
      case "B":
        checkBase64(expectBlob(member));
        break;
      case "BOOL":
      case "NULL":
        expectBoolean(member);
        break;
      case "SS":
      case "NS":
        for (const element of expectList(member)) if (element !== null) expectString(element);
        break;
      case "BS":
        for (const element of expectList(member)) if (element !== null) checkBase64(expectBlob(element));
        break;
      case "L":
        for (const element of expectList(member)) checkAttributeValueWireTypes(element);
        break;
      case "M":
        checkItemWireTypes(member);
        break;
    }
  }
}

/** checkAttributeValueWireTypes over an item, a key or an M. */
export function checkItemWireTypes(item: unknown): void {
  const map = expectMap(item);
  for (const name in map) checkAttributeValueWireTypes(map[name]);
}
