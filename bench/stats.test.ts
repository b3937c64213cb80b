import { describe, expect, it } from "vitest";
import { geometricMean, median, percentile, percentileOfSorted, summarizeLatencies } from "./stats.js";

describe("median", () => {
  it("takes the middle of an odd count regardless of input order", () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it("averages the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("is NaN for no samples and leaves its input unsorted", () => {
    expect(median([])).toBeNaN();
    const input = [3, 1, 2];
    median(input);
    expect(input).toEqual([3, 1, 2]);
  });
});

describe("percentile", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);

  it("uses the nearest rank, so p99 of 1..100 is 99 and p100 is the maximum", () => {
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 50)).toBe(50);
  });

  it("answers the smallest sample for p0 and a single sample for any p", () => {
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile([7], 99)).toBe(7);
  });

  it("rounds the rank up: p99 of ten samples is the largest", () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
  });

  it("rejects a percentile outside 0..100 and is NaN when empty", () => {
    expect(() => percentileOfSorted([1], 101)).toThrow(RangeError);
    expect(() => percentileOfSorted([1], Number.NaN)).toThrow("percentile must be within 0..100, got NaN");
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("geometricMean", () => {
  it("averages ratios multiplicatively", () => {
    expect(geometricMean([2, 8])).toBeCloseTo(4, 12);
    expect(geometricMean([0.5, 2])).toBeCloseTo(1, 12);
  });

  it("is NaN when empty or when a value is not positive", () => {
    expect(geometricMean([])).toBeNaN();
    expect(geometricMean([1, 0])).toBeNaN();
    expect(geometricMean([1, Number.NaN])).toBeNaN();
  });
});

describe("summarizeLatencies", () => {
  it("reports count, p50 and p99 of unsorted samples", () => {
    const samples = Array.from({ length: 200 }, (_, i) => (i * 37) % 200);
    expect(summarizeLatencies(samples)).toEqual({ count: 200, p50: 99, p99: 197 });
  });
});
