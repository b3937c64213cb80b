import { describe, expect, it } from "vitest";
import { DynamoDBError } from "../errors/index.js";
import type { Item } from "../values/attribute-value.js";
import { assertNoDuplicateKeys, assertNoDuplicateStorageKeys } from "./duplicate-keys.js";

function messageOf(run: () => void): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DynamoDBError) return `${error.type}: ${error.message}`;
    throw error;
  }
  return undefined;
}

const DUPLICATES = "ValidationException: Provided list of item keys contains duplicates";

describe("assertNoDuplicateKeys", () => {
  it("compares whole keys whatever the attribute order", () => {
    const keys = [
      { pk: { S: "a" }, sk: { N: "1" } },
      { sk: { N: "1" }, pk: { S: "a" } },
    ];
    expect(messageOf(() => assertNoDuplicateKeys(keys))).toBe(DUPLICATES);
  });

  it("tells apart keys that differ in one attribute, in type, or swap values", () => {
    const keys = [
      { pk: { S: "a" }, sk: { S: "b" } },
      { pk: { S: "b" }, sk: { S: "a" } },
      { pk: { S: "a" }, sk: { N: "1" } },
      { pk: { S: "a" }, sk: { S: "1" } },
    ];
    expect(messageOf(() => assertNoDuplicateKeys(keys))).toBeUndefined();
  });

  it("compares numbers by value, whatever their spelling", () => {
    expect(messageOf(() => assertNoDuplicateKeys([{ pk: { N: "1" } }, { pk: { N: "1.0" } }]))).toBe(
      DUPLICATES,
    );
    expect(
      messageOf(() =>
        assertNoDuplicateKeys([
          { pk: { S: "a" }, sk: { N: "1000" } },
          { sk: { N: "1E3" }, pk: { S: "a" } },
        ]),
      ),
    ).toBe(DUPLICATES);
    expect(messageOf(() => assertNoDuplicateKeys([{ pk: { N: "1" } }, { pk: { N: "10" } }]))).toBeUndefined();
  });

  it("tells apart keys whose names and values would run together", () => {
    const keys: Item[] = [
      { a: { S: "bc" } },
      { ab: { S: "c" } },
      { a: { S: "b" }, c: { S: "d" } },
      { a: { S: "bc" }, d: { S: "" } },
      { a: { B: "YQ==" } },
      { a: { S: "YQ==" } },
    ];
    expect(messageOf(() => assertNoDuplicateKeys(keys))).toBeUndefined();
  });

  it("compares values no key may hold, and keys of more than two attributes", () => {
    expect(
      messageOf(() => assertNoDuplicateKeys([{ pk: { BOOL: true } }, { pk: { BOOL: false } }])),
    ).toBeUndefined();
    expect(messageOf(() => assertNoDuplicateKeys([{ pk: { BOOL: true } }, { pk: { BOOL: true } }]))).toBe(
      DUPLICATES,
    );
    expect(
      messageOf(() =>
        assertNoDuplicateKeys([
          { c: { S: "3" }, a: { S: "1" }, b: { S: "2" } },
          { b: { S: "2" }, c: { S: "3" }, a: { S: "1" } },
        ]),
      ),
    ).toBe(DUPLICATES);
  });
});

describe("assertNoDuplicateStorageKeys", () => {
  it("rejects a repeated partition and sort pair only", () => {
    expect(
      messageOf(() =>
        assertNoDuplicateStorageKeys([
          { partition: "a", sort: "b" },
          { partition: "ab", sort: "" },
          { partition: "a", sort: "" },
        ]),
      ),
    ).toBeUndefined();
    expect(
      messageOf(() =>
        assertNoDuplicateStorageKeys([
          { partition: "a", sort: "b" },
          { partition: "a", sort: "b" },
        ]),
      ),
    ).toBe(DUPLICATES);
  });
});
