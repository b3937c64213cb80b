import { describe, expect, it } from "vitest";
import { checkDistinctPaths, projectPaths, projectedName } from "./projection.js";

describe("projectedName", () => {
  it("is the last name with the list indexes after it", () => {
    expect(projectedName(["a"])).toBe("a");
    expect(projectedName(["m", "n"])).toBe("n");
    expect(projectedName(["m", "n", 1, 0])).toBe("n[1][0]");
    expect(projectedName(["l", 2])).toBe("l[2]");
  });
});

describe("projectPaths", () => {
  it("keeps the paths that exist, flattened under their names", () => {
    const item = { pk: { S: "a" }, m: { M: { n: { L: [{ N: "1" }, { S: "x" }] } } } };
    expect(projectPaths(item, [["m", "n", 1], ["pk"], ["absent"], ["m", "zz"]])).toEqual({
      "n[1]": { S: "x" },
      pk: { S: "a" },
    });
  });
});

describe("checkDistinctPaths", () => {
  it("accepts siblings and refuses overlaps and conflicts, later path first", () => {
    expect(() =>
      checkDistinctPaths([
        ["a", "b"],
        ["a", "c"],
        ["l", 0],
        ["l", 1],
      ]),
    ).not.toThrow();
    expect(() => checkDistinctPaths([["a"], ["b"], ["a", "b"]])).toThrow(
      "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a]",
    );
    expect(() =>
      checkDistinctPaths([
        ["a", 0],
        ["a", "x"],
      ]),
    ).toThrow(
      "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, x], path two: [a, [0]]",
    );
  });
});
