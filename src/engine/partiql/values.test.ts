import { describe, expect, it } from "vitest";
import { DynamoDBError } from "../errors/index.js";
import type { Expr } from "./ast.js";
import { readParameters, requiredValue, valueOf } from "./values.js";

const messageOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof DynamoDBError) return error.message;
    throw error;
  }
  throw new Error("expected a DynamoDBError");
};

describe("readParameters", () => {
  it("normalises parameters and insists on the statement's count", () => {
    expect(readParameters([{ N: "01.50" }, { S: "x" }], 2)).toEqual([{ N: "1.5" }, { S: "x" }]);
    expect(readParameters(undefined, 0)).toEqual([]);
    expect(messageOf(() => readParameters([{ S: "x" }], 0))).toBe(
      "Number of parameters in request and statement don't match.",
    );
    expect(messageOf(() => readParameters([{ N: "x" }], 1))).toBe(
      "The parameter cannot be converted to a numeric value: x",
    );
  });
});

describe("valueOf", () => {
  it("turns literals and constructors into attribute values", () => {
    const tuple: Expr = {
      kind: "tuple",
      entries: [
        { key: { kind: "string", text: "n" }, value: { kind: "number", text: "1e3" } },
        {
          key: { kind: "parameter", index: 0 },
          value: { kind: "list", items: [{ kind: "null" }, { kind: "boolean", value: false }] },
        },
        {
          key: { kind: "string", text: "s" },
          value: {
            kind: "bag",
            items: [
              { kind: "number", text: "2" },
              { kind: "number", text: "1" },
            ],
          },
        },
      ],
    };
    expect(valueOf(tuple, [{ S: "l" }])).toEqual({
      M: { n: { N: "1000" }, l: { L: [{ NULL: true }, { BOOL: false }] }, s: { NS: ["2", "1"] } },
    });
    expect(valueOf({ kind: "path", steps: ["a"] }, [])).toBeUndefined();
    expect(messageOf(() => requiredValue({ kind: "missing" }, []))).toBe("Unsupported value in statement");
  });

  it("names where inside the value a number breaks the limits", () => {
    const list: Expr = {
      kind: "list",
      items: [
        { kind: "number", text: "1" },
        { kind: "number", text: "1e-131" },
      ],
    };
    expect(
      messageOf(() =>
        valueOf({ kind: "tuple", entries: [{ key: { kind: "string", text: "l" }, value: list }] }, []),
      ),
    ).toBe(
      "Number underflow. Attempting to store a number with magnitude smaller than supported range under root.l[1]",
    );
    expect(messageOf(() => valueOf({ kind: "number", text: "1".repeat(39) }, []))).toBe(
      "Attempting to store more than 38 significant digits in a Number under root",
    );
  });

  it("refuses bags that are empty, of mixed or unsupported types, or with duplicates", () => {
    expect(messageOf(() => valueOf({ kind: "bag", items: [], position: "1:5:2" }, []))).toBe(
      "Empty bags are not supported at 1:5:2",
    );
    const mixed: Expr = {
      kind: "bag",
      items: [
        { kind: "string", text: "a", position: "1:3:3" },
        { kind: "parameter", index: 0, position: "1:8:1" },
      ],
    };
    expect(messageOf(() => valueOf(mixed, [{ B: "AQ==" }]))).toBe(
      "Unsupported data type in Bag. DynamoDB only supports either numbers or strings in bags at 1:8:1",
    );
    expect(valueOf(mixed, [{ S: "b" }])).toEqual({ SS: ["a", "b"] });
    expect(messageOf(() => valueOf(mixed, [{ S: "a" }]))).toBe("Input collection contains duplicates");
  });
});
