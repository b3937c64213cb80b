import type { AttributeValue, Item } from "./attribute-value.js";
import { numberSize } from "./number.js";

/**
 * DynamoDB's size accounting, measured against the 409,600-byte item limit on DynamoDB Local
 * and matching the rules in the developer guide: S is its UTF-8 length, B its decoded length,
 * N its base-100 size (see numberSize), BOOL and NULL one byte, a set the sum of its members, and
 * L or M three bytes plus, per element, one byte and the element's size (and, in M, the UTF-8
 * length of its name). Attribute names count at the top level with no per-attribute overhead.
 */

export const MAX_ITEM_SIZE = 409_600;
export const MAX_PARTITION_KEY_SIZE = 2048;
export const MAX_SORT_KEY_SIZE = 1024;

/**
 * Below this many UTF-16 units a JavaScript loop beats the call into the native counter; above it
 * the native counter wins by far (about 15x on a 1 KB attribute).
 */
const NATIVE_COUNT_FROM_LENGTH = 24;

/**
 * UTF-8 length of a JavaScript string without encoding it. A lone surrogate counts three bytes:
 * it is sent as U+FFFD. Both paths agree on that, so the threshold changes no result.
 */
export function utf8Length(text: string): number {
  const length = text.length;
  if (length >= NATIVE_COUNT_FROM_LENGTH) return Buffer.byteLength(text, "utf8");
  let bytes = length;
  for (let index = 0; index < length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) continue;
    if (unit < 0x800) {
      bytes += 1;
    } else if (unit >= 0xd800 && unit < 0xdc00 && index + 1 < length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next < 0xe000) {
        // A surrogate pair is one four-byte code point spread over two units.
        bytes += 2;
        index++;
        continue;
      }
      bytes += 2;
    } else {
      bytes += 2;
    }
  }
  return bytes;
}

/** Decoded length of canonical base64 text. */
export function base64ByteLength(base64: string): number {
  const length = base64.length;
  if (length === 0) return 0;
  let padding = 0;
  if (base64.charCodeAt(length - 1) === 61) padding++;
  if (base64.charCodeAt(length - 2) === 61) padding++;
  return (length / 4) * 3 - padding;
}

/** DynamoDB's size of one attribute value in bytes (without its name). */
export function attributeValueSize(value: AttributeValue): number {
  for (const type in value) {
    switch (type) {
      case "S":
        return utf8Length((value as { S: string }).S);
      case "N":
        return numberSize((value as { N: string }).N);
      case "B":
        return base64ByteLength((value as { B: string }).B);
      case "BOOL":
      case "NULL":
        return 1;
      case "SS":
        return sumOf((value as { SS: string[] }).SS, utf8Length);
      case "NS":
        return sumOf((value as { NS: string[] }).NS, numberSize);
      case "BS":
        return sumOf((value as { BS: string[] }).BS, base64ByteLength);
      case "L": {
        let total = 3;
        for (const element of (value as { L: AttributeValue[] }).L) total += 1 + attributeValueSize(element);
        return total;
      }
      case "M": {
        let total = 3;
        const map = (value as { M: Record<string, AttributeValue> }).M;
        for (const name in map) total += 1 + utf8Length(name) + attributeValueSize(map[name]!);
        return total;
      }
    }
  }
  return 0;
}

function sumOf(members: string[], sizeOf: (member: string) => number): number {
  let total = 0;
  for (const member of members) total += sizeOf(member);
  return total;
}

/** DynamoDB's size of an item in bytes: every name's UTF-8 length plus every value's size. */
export function itemSize(item: Item): number {
  let total = 0;
  for (const name in item) total += utf8Length(name) + attributeValueSize(item[name]!);
  return total;
}

/**
 * Size of a key attribute's value as the key-size limits count it (partition key at most
 * 2048 bytes, sort key at most 1024): the value alone, binaries decoded, without the name.
 */
export function keySize(value: AttributeValue): number {
  return attributeValueSize(value);
}
