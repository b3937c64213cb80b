import { describe, expect, it } from "vitest";
import { extractRegion } from "./code-region.js";

const source = [
  "class Store {",
  "  // #region outer",
  "  // #region inner",
  "  get() {",
  "    return 1;",
  "  }",
  "  // #endregion inner",
  "",
  "  put() {}",
  "  // #endregion outer",
  "}",
].join("\n");

describe("extractRegion", () => {
  it("returns the region dedented, without nested markers", () => {
    expect(extractRegion(source, "outer")).toBe("get() {\n  return 1;\n}\n\nput() {}");
    expect(extractRegion(source, "inner")).toBe("get() {\n  return 1;\n}");
  });

  it("does not take a region whose name only starts the same", () => {
    expect(() => extractRegion(source, "out", "store.ts")).toThrow("store.ts: no '// #region out'");
  });

  it("refuses an unterminated region", () => {
    expect(() => extractRegion("// #region a\nx", "a", "f.ts")).toThrow(
      "f.ts: '// #region a' has no '// #endregion a'",
    );
  });
});
