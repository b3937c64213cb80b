import type { AttributeValue } from "./attribute-value.js";
import { parseNumber } from "./number.js";

/**
 * Key values become strings whose JavaScript `<` order is DynamoDB's order and whose equality is
 * DynamoDB's key equality, so the store can keep them in an ordinary sorted map. Encodings are
 * only ordered against values of the same key type: a key attribute has one type.
 */

/** Any unit at or above this needs the surrogate fix-up; below it, a string encodes as itself. */
const FIRST_REORDERED_UNIT = 0xd800;

/**
 * Strings: code unit order differs from UTF-8 byte order only between surrogates and units in
 * U+E000-U+FFFF, so those two ranges swap places (surrogates move to the top). The mapping is a
 * bijection on code units, so equality is kept.
 */
function encodeString(text: string): string {
  const length = text.length;
  let index = 0;
  while (index < length && text.charCodeAt(index) < FIRST_REORDERED_UNIT) index++;
  if (index === length) return text;
  let encoded = text.slice(0, index);
  for (; index < length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < FIRST_REORDERED_UNIT) encoded += text[index];
    else encoded += String.fromCharCode(unit < 0xe000 ? unit + 0x2000 : unit - 0x800);
  }
  return encoded;
}

/** Binaries: one character per decoded byte, so code unit order is unsigned byte order. */
function encodeBinary(base64: string): string {
  return Buffer.from(base64, "base64").toString("latin1");
}

/**
 * Numbers, from their text in any valid spelling: a class character (`0` negative, `1` zero, `2` positive),
 * the exponent as three digits, then the significant digits. For negatives the exponent and the
 * digits are nine's-complemented and closed by `~` (above every digit), so a larger magnitude
 * sorts first and `-0.12` sorts after `-0.123`.
 */
function encodeNumber(text: string): string {
  const { negative, digits, exponent } = parseNumber(text);
  if (digits === "") return "1";
  // Exponents of valid numbers lie in [-129, 126]; the offset makes them three positive digits.
  const offsetExponent = exponent + 500;
  if (!negative) return `2${offsetExponent}${digits}`;
  let complemented = "";
  for (let index = 0; index < digits.length; index++) {
    complemented += String.fromCharCode(105 - digits.charCodeAt(index)); // '9' - digit + '0'
  }
  return `0${999 - offsetExponent}${complemented}~`;
}

/**
 * A string whose JavaScript `<` order is DynamoDB's order for key values of one type, and whose
 * equality is DynamoDB's key equality (`1e3` and `1000` encode the same).
 */
export function encodeKeyValue(value: AttributeValue): string {
  if ("S" in value) return encodeString(value.S);
  if ("N" in value) return encodeNumber(value.N);
  if ("B" in value) return encodeBinary(value.B);
  throw new TypeError("key values must be S, N or B");
}
