import { describe, expect, it } from "vitest";
import { RESERVED_WORDS, isReservedWord } from "./reserved-words.js";

describe("reserved words", () => {
  it("holds the 573 documented words, upper-cased", () => {
    expect(RESERVED_WORDS.size).toBe(573);
    for (const word of RESERVED_WORDS) expect(word).toBe(word.toUpperCase());
  });

  it("matches in any letter case", () => {
    expect(isReservedWord("status")).toBe(true);
    expect(isReservedWord("Status")).toBe(true);
    expect(isReservedWord("ZONE")).toBe(true);
    expect(isReservedWord("ABORT")).toBe(true);
  });

  it("does not reserve function names or ordinary words", () => {
    expect(isReservedWord("attribute_exists")).toBe(false);
    expect(isReservedWord("begins_with")).toBe(false);
    expect(isReservedWord("pk")).toBe(false);
    expect(isReservedWord("statuses")).toBe(false);
  });
});
