import type { AttributeValue } from "./attribute-value.js";
import { compareNumbers } from "./number.js";

/**
 * DynamoDB orders strings by their UTF-8 bytes, unsigned. UTF-8 byte order is code point order,
 * and UTF-16 code unit order agrees with it except where a surrogate (U+D800-U+DFFF, half of a
 * code point >= U+10000) meets a unit in U+E000-U+FFFF. Moving surrogates above that range fixes
 * the order without decoding anything.
 */
function codePointOrderUnit(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit < 0xe000 ? unit + 0x2000 : unit - 0x800;
}

/** Orders two strings by their UTF-8 bytes: -1, 0 or 1. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const length = a.length < b.length ? a.length : b.length;
  for (let index = 0; index < length; index++) {
    const unitA = a.charCodeAt(index);
    const unitB = b.charCodeAt(index);
    if (unitA !== unitB) {
      return codePointOrderUnit(unitA) < codePointOrderUnit(unitB) ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

const SEXTET_OF = new Int8Array(128).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
  .split("")
  .forEach((char, value) => (SEXTET_OF[char.charCodeAt(0)] = value));

function sextetAt(base64: string, index: number): number {
  const unit = base64.charCodeAt(index);
  return unit < 128 ? SEXTET_OF[unit]! : -1;
}

/**
 * Orders two base64 binaries by their decoded bytes, unsigned: -1, 0 or 1.
 *
 * The 6-bit groups of base64 are the same bit stream as the bytes, and canonical base64 pads
 * with zero bits, so comparing group values in turn (padding `=` ends the stream) gives the byte
 * order without decoding.
 */
export function compareBinaries(a: string, b: string): number {
  if (a === b) return 0;
  const lengthA = dataLength(a);
  const lengthB = dataLength(b);
  const length = lengthA < lengthB ? lengthA : lengthB;
  for (let index = 0; index < length; index++) {
    const sextetA = sextetAt(a, index);
    const sextetB = sextetAt(b, index);
    if (sextetA !== sextetB) return sextetA < sextetB ? -1 : 1;
  }
  return lengthA < lengthB ? -1 : lengthA > lengthB ? 1 : 0;
}

function dataLength(base64: string): number {
  let end = base64.length;
  while (end > 0 && base64.charCodeAt(end - 1) === 61 /* = */) end--;
  return end;
}

/** Orders two values of the same scalar type (S by UTF-8 bytes, N numerically, B by bytes); undefined when not comparable. */
export function compareScalars(a: AttributeValue, b: AttributeValue): number | undefined {
  if ("S" in a) return "S" in b ? compareStrings(a.S, b.S) : undefined;
  if ("N" in a) return "N" in b ? sign(compareNumbers(a.N, b.N)) : undefined;
  if ("B" in a) return "B" in b ? compareBinaries(a.B, b.B) : undefined;
  return undefined;
}

function sign(value: number): number {
  return value < 0 ? -1 : value > 0 ? 1 : 0;
}

/** Set members are compared as text: normalised numbers and binaries have one spelling each. */
function sameMembers(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  if (a.length <= 8) {
    for (const member of a) if (!b.includes(member)) return false;
    return true;
  }
  const members = new Set(b);
  for (const member of a) if (!members.has(member)) return false;
  return true;
}

/**
 * DynamoDB equality: same type and same value; sets compare as sets, numbers by value.
 * Both values are expected normalised (see normalize.ts), as stored items and checked
 * expression values are.
 */
export function attributeValuesEqual(a: AttributeValue, b: AttributeValue): boolean {
  if ("S" in a) return "S" in b && a.S === b.S;
  if ("N" in a) return "N" in b && (a.N === b.N || compareNumbers(a.N, b.N) === 0);
  if ("B" in a) return "B" in b && compareBinaries(a.B, b.B) === 0;
  if ("BOOL" in a) return "BOOL" in b && a.BOOL === b.BOOL;
  if ("NULL" in a) return "NULL" in b;
  if ("SS" in a) return "SS" in b && sameMembers(a.SS, b.SS);
  if ("NS" in a) return "NS" in b && sameMembers(a.NS, b.NS);
  if ("BS" in a) return "BS" in b && sameMembers(a.BS, b.BS);
  if ("L" in a) {
    if (!("L" in b) || a.L.length !== b.L.length) return false;
    for (let index = 0; index < a.L.length; index++) {
      if (!attributeValuesEqual(a.L[index]!, b.L[index]!)) return false;
    }
    return true;
  }
  if ("M" in a) {
    if (!("M" in b)) return false;
    const keysA = Object.keys(a.M);
    if (keysA.length !== Object.keys(b.M).length) return false;
    for (const key of keysA) {
      if (!Object.prototype.hasOwnProperty.call(b.M, key)) return false;
      if (!attributeValuesEqual(a.M[key]!, b.M[key]!)) return false;
    }
    return true;
  }
  return false;
}
