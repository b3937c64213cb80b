import { describe, expect, it } from "vitest";
import type { AttributeValue } from "./attribute-value.js";
import { attributeValueSize, base64ByteLength, itemSize, keySize, utf8Length } from "./size.js";

describe("utf8Length", () => {
  it("counts UTF-8 bytes without encoding", () => {
    for (const text of ["", "abc", "é", "\u07FF", "\u0800", "～", "😀", "aé😀～z", "\u{10FFFF}"]) {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
    }
  });

  it("counts a lone surrogate as the three bytes of its replacement", () => {
    expect(utf8Length("\uD83D")).toBe(3);
    expect(utf8Length("\uDE00x")).toBe(4);
  });

  // Short strings are counted in a loop and long ones natively: both must give the same counts.
  it.each<[string, string, number]>([
    ["ASCII", "a".repeat(100), 100],
    ["two-byte", "é".repeat(30), 60],
    ["three-byte", "～".repeat(30), 90],
    ["surrogate pairs", "😀".repeat(20), 80],
    ["lone high surrogates", "\uD83D".repeat(30), 90],
    ["lone low surrogates", "\uDE00".repeat(30), 90],
    ["short low-high runs", "\uDE00\uD83D".repeat(3), 14],
    ["long low-high runs", "\uDE00\uD83D".repeat(15), 62],
    ["a lone surrogate ending 23 units", `${"x".repeat(22)}\uD83D`, 25],
    ["a lone surrogate ending 24 units", `${"x".repeat(23)}\uD83D`, 26],
    ["a pair ending 23 units", `${"x".repeat(21)}😀`, 25],
    ["a pair ending 24 units", `${"x".repeat(22)}😀`, 26],
    ["a mix", "aé😀～\uD83Dz".repeat(10), 140],
  ])("counts %s exactly", (_case, text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
  });
});

describe("base64ByteLength", () => {
  it("is the decoded length", () => {
    expect(base64ByteLength("")).toBe(0);
    expect(base64ByteLength("AA==")).toBe(1);
    expect(base64ByteLength("AAA=")).toBe(2);
    expect(base64ByteLength("AAEC")).toBe(3);
  });
});

describe("attributeValueSize", () => {
  // Each figure measured by bisecting the 409,600-byte item limit on DynamoDB Local.
  it.each<[AttributeValue, number]>([
    [{ S: "abc" }, 3],
    [{ S: "" }, 0],
    [{ S: "é😀" }, 6],
    [{ B: "" }, 0],
    [{ B: "AAEC" }, 3],
    [{ N: "0" }, 1],
    [{ N: "-42" }, 3],
    [{ BOOL: true }, 1],
    [{ NULL: true }, 1],
    [{ SS: ["a", "bc"] }, 3],
    [{ NS: ["1", "-42"] }, 5],
    [{ BS: ["AAEC", "AA=="] }, 4],
    [{ L: [] }, 3],
    [{ M: {} }, 3],
    [{ L: [{ S: "ab" }] }, 6],
    [{ L: [{ S: "ab" }, { N: "1" }] }, 9],
    [{ M: { k: { S: "ab" } } }, 7],
    [{ M: { kk: { S: "ab" }, z: { NULL: true } } }, 11],
    [{ L: [{ L: [] }] }, 7],
    [{ M: { x: { M: { y: { S: "" } } } } }, 10],
    [{ L: [{ SS: ["a"] }] }, 5],
  ])("%j is %i bytes", (value, bytes) => {
    expect(attributeValueSize(value)).toBe(bytes);
  });
});

describe("itemSize", () => {
  it("adds names and values with no per-attribute overhead", () => {
    // The developer guide's example: 23 bytes.
    expect(itemSize({ "shirt-color": { S: "R" }, "shirt-size": { S: "M" } })).toBe(23);
    expect(itemSize({ pk: { S: "x" }, a: { N: "120" }, é: { BOOL: true } })).toBe(2 + 1 + 1 + 3 + 2 + 1);
    expect(itemSize({})).toBe(0);
  });
});

describe("keySize", () => {
  it("counts the value alone, binaries decoded", () => {
    expect(keySize({ S: "é" })).toBe(2);
    expect(keySize({ B: "AAEC" })).toBe(3);
    expect(keySize({ N: "-42" })).toBe(3);
  });
});
