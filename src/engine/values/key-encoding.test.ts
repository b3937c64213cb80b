import { describe, expect, it } from "vitest";
import type { AttributeValue } from "./attribute-value.js";
import { compareScalars } from "./compare.js";
import { encodeKeyValue } from "./key-encoding.js";
import { normalizeNumber } from "./number.js";

let seed = 12345;
function random(n: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}

function randomString(): AttributeValue {
  const alphabet = ["a", "b", "z", "é", "\u0800", "\uD7FF", "\uE000", "～", "\uFFFF", "😀", "𐀀"];
  let text = "";
  for (let length = random(5); length > 0; length--) text += alphabet[random(alphabet.length)];
  return { S: text };
}

function randomBinary(): AttributeValue {
  const values = [0, 1, 2, 127, 128, 200, 255];
  const bytes = Buffer.alloc(random(5));
  for (let index = 0; index < bytes.length; index++) bytes[index] = values[random(values.length)]!;
  return { B: bytes.toString("base64") };
}

function randomNumber(): AttributeValue {
  const digits = "0123456789";
  let mantissa = "";
  for (let length = 1 + random(6); length > 0; length--) mantissa += digits[random(10)];
  const exponent = random(2) === 0 ? random(3) - 1 : random(250) - 125;
  const text = `${random(2) === 0 ? "-" : ""}${mantissa}e${exponent}`;
  return { N: normalizeNumber(text) };
}

function checkOrder(make: () => AttributeValue): void {
  const values = Array.from({ length: 400 }, make);
  for (let round = 0; round < 4000; round++) {
    const a = values[random(values.length)]!;
    const b = values[random(values.length)]!;
    const encodedA = encodeKeyValue(a);
    const encodedB = encodeKeyValue(b);
    const byEncoding = encodedA < encodedB ? -1 : encodedA > encodedB ? 1 : 0;
    expect(byEncoding, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(compareScalars(a, b));
  }
}

describe("encodeKeyValue", () => {
  it("orders strings like DynamoDB", () => checkOrder(randomString));
  it("orders binaries like DynamoDB", () => checkOrder(randomBinary));
  it("orders numbers like DynamoDB", () => checkOrder(randomNumber));

  it("keeps strings below U+D800 as they are", () => {
    const text = "plain ascii and é";
    expect(encodeKeyValue({ S: text })).toBe(text);
  });

  it("puts supplementary characters after U+E000-U+FFFF", () => {
    expect(encodeKeyValue({ S: "😀" }) > encodeKeyValue({ S: "～" })).toBe(true);
  });

  it("encodes equal numbers identically whatever their spelling", () => {
    expect(encodeKeyValue({ N: "1e3" })).toBe(encodeKeyValue({ N: "1000" }));
    expect(encodeKeyValue({ N: "-0" })).toBe(encodeKeyValue({ N: "0" }));
    expect(encodeKeyValue({ N: "1.50" })).toBe(encodeKeyValue({ N: "1.5" }));
    expect(encodeKeyValue({ N: "1.5" })).not.toBe(encodeKeyValue({ N: "15" }));
  });

  it("orders the extremes of the number range", () => {
    const ordered = [
      "-9.9999999999999999999999999999999999999E+125",
      "-1",
      "-0.123",
      "-0.12",
      "-1E-130",
      "0",
      "1E-130",
      "0.12",
      "0.123",
      "1",
      "99999999999999999999999999999999999999",
      "9.9999999999999999999999999999999999999E+125",
    ].map((text) => encodeKeyValue({ N: text }));
    expect([...ordered].sort()).toEqual(ordered);
  });

  it("maps each byte of a binary to one character", () => {
    expect(encodeKeyValue({ B: "AP8=" })).toBe("\u0000\u00FF");
  });

  it("rejects non-key types", () => {
    expect(() => encodeKeyValue({ BOOL: true })).toThrow(TypeError);
  });
});
