import { NumberValue } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { renderFlat, renderValue } from "./render-value.js";

describe("renderFlat", () => {
  it("marks sets by type, binaries by size and keeps big numbers exact", () => {
    expect(
      renderFlat({
        names: new Set(["a"]),
        scores: new Set([1, 2]),
        blobs: new Set([new Uint8Array([1])]),
        raw: new Uint8Array([104, 105]),
        big: NumberValue.from("12345678901234567890"),
        nothing: null,
        "odd key": [true, {}],
        skipped: undefined,
      }),
    ).toBe(
      '{ names: SS{"a"}, scores: NS{1, 2}, blobs: BS{<binary 1 B: AQ==>}, raw: <binary 2 B: aGk=>, big: 12345678901234567890, nothing: null, "odd key": [true, {}] }',
    );
  });
});

describe("renderValue", () => {
  it("keeps a value on one line within the width, and breaks it past the width", () => {
    expect(renderValue({ a: [1, 2] }, { width: 20 })).toBe("{ a: [1, 2] }");
    expect(renderValue({ a: [1, 2], b: "long text here" }, { width: 20 })).toBe(
      '{\n  a: [1, 2],\n  b: "long text here"\n}',
    );
  });
});
