import { describe, expect, it } from "vitest";
import type { AttributeValue } from "./attribute-value.js";
import { attributeValuesEqual, compareBinaries, compareScalars, compareStrings } from "./compare.js";

function utf8Order(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

function base64Order(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "base64"), Buffer.from(b, "base64"));
}

describe("compareStrings", () => {
  it("orders by UTF-8 bytes where UTF-16 order disagrees", () => {
    // U+1F600 is a surrogate pair (0xD83D ...) and U+FF5E a single unit: JS `<` puts the emoji first.
    expect("😀" < "～").toBe(true);
    expect(compareStrings("😀", "～")).toBe(1);
    expect(compareStrings("～", "😀")).toBe(-1);
    expect(compareStrings("a\uE000", "a😀")).toBe(-1);
  });

  it("orders plain text, prefixes and equal strings", () => {
    expect(compareStrings("a", "b")).toBe(-1);
    expect(compareStrings("B", "a")).toBe(-1);
    expect(compareStrings("ab", "abc")).toBe(-1);
    expect(compareStrings("abc", "ab")).toBe(1);
    expect(compareStrings("same", "same")).toBe(0);
    expect(compareStrings("", "a")).toBe(-1);
    expect(compareStrings("é", "z")).toBe(1);
  });

  it("agrees with UTF-8 byte order on random strings", () => {
    const alphabet = [
      "a",
      "z",
      "é",
      "\u07FF",
      "\u0800",
      "\uD7FF",
      "\uE000",
      "～",
      "\uFFFF",
      "😀",
      "𐀀",
      "\u{10FFFF}",
    ];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const text = (): string => {
      let value = "";
      for (let length = random(4); length > 0; length--) value += alphabet[random(alphabet.length)];
      return value;
    };
    for (let round = 0; round < 2000; round++) {
      const a = text();
      const b = text();
      expect(compareStrings(a, b)).toBe(Math.sign(utf8Order(a, b)));
    }
  });
});

describe("compareBinaries", () => {
  it("orders by unsigned bytes, not by base64 text", () => {
    // 0x00 is "AA==" and 0xFF is "/w==": as text "/" sorts before "A".
    expect(compareBinaries("AA==", "/w==")).toBe(-1);
    expect(compareBinaries("/w==", "AA==")).toBe(1);
    expect(compareBinaries("AQ==", "AQA=")).toBe(-1);
    expect(compareBinaries("AQI=", "AQI=")).toBe(0);
    expect(compareBinaries("", "AA==")).toBe(-1);
  });

  it("agrees with byte order on random binaries", () => {
    let seed = 11;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const bytes = (): string => {
      const values = [0, 1, 127, 128, 254, 255];
      const buffer = Buffer.alloc(random(5));
      for (let index = 0; index < buffer.length; index++) buffer[index] = values[random(values.length)]!;
      return buffer.toString("base64");
    };
    for (let round = 0; round < 2000; round++) {
      const a = bytes();
      const b = bytes();
      expect(compareBinaries(a, b)).toBe(Math.sign(base64Order(a, b)));
    }
  });
});

describe("compareScalars", () => {
  it("compares values of one scalar type", () => {
    expect(compareScalars({ N: "10" }, { N: "9" })).toBe(1);
    expect(compareScalars({ N: "-10" }, { N: "9" })).toBe(-1);
    expect(compareScalars({ N: "1.5" }, { N: "1.5" })).toBe(0);
    expect(compareScalars({ S: "10" }, { S: "9" })).toBe(-1);
    expect(compareScalars({ B: "AA==" }, { B: "/w==" })).toBe(-1);
  });

  it("is undefined across types and for non-scalars", () => {
    expect(compareScalars({ S: "1" }, { N: "1" })).toBeUndefined();
    expect(compareScalars({ N: "1" }, { B: "AQ==" })).toBeUndefined();
    expect(compareScalars({ BOOL: true }, { BOOL: true })).toBeUndefined();
    expect(compareScalars({ SS: ["a"] }, { SS: ["a"] })).toBeUndefined();
    expect(compareScalars({ L: [] }, { L: [] })).toBeUndefined();
  });
});

describe("attributeValuesEqual", () => {
  const equal: Array<[AttributeValue, AttributeValue]> = [
    [{ S: "a" }, { S: "a" }],
    [{ N: "1" }, { N: "1" }],
    [{ B: "AQ==" }, { B: "AQ==" }],
    [{ BOOL: false }, { BOOL: false }],
    [{ NULL: true }, { NULL: true }],
    [{ SS: ["a", "b"] }, { SS: ["b", "a"] }],
    [{ NS: ["1", "2.5"] }, { NS: ["2.5", "1"] }],
    [{ BS: ["AQ==", "Ag=="] }, { BS: ["Ag==", "AQ=="] }],
    [{ L: [{ S: "a" }, { N: "1" }] }, { L: [{ S: "a" }, { N: "1" }] }],
    [{ M: { a: { S: "x" }, b: { L: [] } } }, { M: { b: { L: [] }, a: { S: "x" } } }],
    [{ SS: "abcdefghijk".split("") }, { SS: "kjihgfedcba".split("") }],
  ];
  it.each(equal)("%j equals %j", (a, b) => {
    expect(attributeValuesEqual(a, b)).toBe(true);
    expect(attributeValuesEqual(b, a)).toBe(true);
  });

  const different: Array<[AttributeValue, AttributeValue]> = [
    [{ S: "a" }, { S: "b" }],
    [{ S: "1" }, { N: "1" }],
    [{ N: "1" }, { N: "2" }],
    [{ B: "AQ==" }, { B: "Ag==" }],
    [{ BOOL: true }, { BOOL: false }],
    [{ NULL: true }, { BOOL: true }],
    [{ SS: ["a", "b"] }, { SS: ["a", "c"] }],
    [{ SS: ["a"] }, { SS: ["a", "b"] }],
    [{ SS: ["a"] }, { NS: ["1"] }],
    [{ L: [{ S: "a" }, { S: "b" }] }, { L: [{ S: "b" }, { S: "a" }] }],
    [{ L: [{ S: "a" }] }, { L: [{ S: "a" }, { S: "a" }] }],
    [{ M: { a: { S: "x" } } }, { M: { a: { S: "y" } } }],
    [{ M: { a: { S: "x" } } }, { M: { b: { S: "x" } } }],
    [{ M: { a: { S: "x" } } }, { M: { a: { S: "x" }, b: { S: "x" } } }],
    [{ L: [] }, { M: {} }],
    [{ SS: "abcdefghijk".split("") }, { SS: "abcdefghijz".split("") }],
  ];
  it.each(different)("%j differs from %j", (a, b) => {
    expect(attributeValuesEqual(a, b)).toBe(false);
    expect(attributeValuesEqual(b, a)).toBe(false);
  });
});
