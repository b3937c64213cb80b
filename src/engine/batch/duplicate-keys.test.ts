import { describe, expect, it } from "vitest";
import { DynamoDBError } from "../errors/index.js";
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
