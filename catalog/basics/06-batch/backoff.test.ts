import { describe, expect, it } from "vitest";
import { BatchIncompleteError, backoffDelay, chunk } from "./backoff.js";

describe("backoffDelay", () => {
  const policy = { baseDelayMs: 50, maxDelayMs: 5_000 };

  it("doubles the ceiling with each retry and draws below it", () => {
    const almostOne = () => 0.999999;
    expect([1, 2, 3, 4].map((retry) => backoffDelay(retry, { ...policy, random: almostOne }))).toEqual([
      49, 99, 199, 399,
    ]);
    expect(backoffDelay(3, { ...policy, random: () => 0.5 })).toBe(100);
    expect(backoffDelay(3, { ...policy, random: () => 0 })).toBe(0);
  });

  it("never waits longer than the cap", () => {
    expect(backoffDelay(20, { ...policy, random: () => 0.999999 })).toBe(4_999);
  });
});

describe("chunk", () => {
  it("cuts into slices of the given size, the last one shorter", () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 25)).toEqual([]);
    expect(
      chunk(
        Array.from({ length: 60 }, (_, i) => i),
        25,
      ).map((slice) => slice.length),
    ).toEqual([25, 25, 10]);
  });
});

describe("BatchIncompleteError", () => {
  it("carries the pending work and says how much is left", () => {
    const error = new BatchIncompleteError([{ a: 1 }, { a: 2 }], 8);
    expect(error.message).toBe("2 batch request(s) still unprocessed after 8 attempts");
    expect(error.pending).toEqual([{ a: 1 }, { a: 2 }]);
    expect(error.name).toBe("BatchIncompleteError");
  });
});
