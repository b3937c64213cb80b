import { describe, expect, it } from "vitest";
import type { DynamoDBError } from "../errors/index.js";
import { normalizeAttributeValue, normalizeItem } from "./normalize.js";
import type { ValueContext } from "./normalize.js";

const ITEM: ValueContext = { kind: "item" };
const KEY: ValueContext = { kind: "key" };
const EXPRESSION: ValueContext = { kind: "expressionValue", placeholder: ":v" };

function errorOf(action: () => unknown): DynamoDBError {
  try {
    action();
  } catch (error) {
    return error as DynamoDBError;
  }
  throw new Error("expected an error");
}

function nested(depth: number, container: "L" | "M", inner: unknown): unknown {
  let value = inner;
  for (let level = 0; level < depth; level++)
    value = container === "L" ? { L: [value] } : { M: { k: value } };
  return value;
}

describe("normalizeAttributeValue", () => {
  it("returns an already normal value itself", () => {
    const value = { M: { a: { L: [{ S: "x" }, { N: "1.5" }, { NS: ["1", "2"] }] }, b: { B: "AQ==" } } };
    expect(normalizeAttributeValue(value, ITEM)).toBe(value);
  });

  it("makes numbers canonical everywhere, copying only what changes", () => {
    const untouched = { S: "keep" };
    const value = { M: { a: { N: "1.50" }, b: untouched, c: { L: [{ NS: ["1e3", "2"] }] } } };
    const normal = normalizeAttributeValue(value, ITEM);
    expect(normal).toEqual({ M: { a: { N: "1.5" }, b: { S: "keep" }, c: { L: [{ NS: ["1000", "2"] }] } } });
    expect((normal as { M: Record<string, unknown> }).M.b).toBe(untouched);
    expect(value.M.a.N).toBe("1.50");
  });

  it("ignores unknown and null members", () => {
    expect(normalizeAttributeValue({ S: "a", X: "b" }, ITEM)).toEqual({ S: "a" });
    expect(normalizeAttributeValue({ S: null, N: "01" }, ITEM)).toEqual({ N: "1" });
  });

  it("keeps a map key named __proto__ as data", () => {
    const value = JSON.parse('{"M":{"__proto__":{"N":"1.0"}}}') as unknown;
    const normal = normalizeAttributeValue(value, ITEM) as { M: Record<string, unknown> };
    expect(Object.keys(normal.M)).toEqual(["__proto__"]);
    expect(Object.getOwnPropertyDescriptor(normal.M, "__proto__")?.value).toEqual({ N: "1" });
  });

  it("accepts empty strings and binaries outside keys, and in the key context too", () => {
    expect(normalizeAttributeValue({ S: "" }, ITEM)).toEqual({ S: "" });
    expect(normalizeAttributeValue({ B: "" }, KEY)).toEqual({ B: "" });
    expect(normalizeAttributeValue({ SS: [""] }, ITEM)).toEqual({ SS: [""] });
  });

  it.each<[unknown, string]>([
    [{}, "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"],
    [{ X: "a" }, "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"],
    [{ S: null }, "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"],
    [
      { M: { a: {} } },
      "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
    ],
    [{ L: [{}] }, "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"],
    [
      { S: "a", N: "1" },
      "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes",
    ],
    [{ S: "a", N: "b" }, "The parameter cannot be converted to a numeric value: b"],
    [{ S: "a", N: "" }, "The parameter cannot be converted to a numeric value"],
    [
      { S: "a", NULL: false },
      "One or more parameter values were invalid: Null attribute value types must have the value of true",
    ],
    [
      { NULL: false },
      "One or more parameter values were invalid: Null attribute value types must have the value of true",
    ],
    [{ SS: [] }, "One or more parameter values were invalid: An string set  may not be empty"],
    [{ NS: [] }, "One or more parameter values were invalid: An number set  may not be empty"],
    [{ BS: [] }, "One or more parameter values were invalid: Binary sets should not be empty"],
    [
      { SS: ["a", "a"] },
      "One or more parameter values were invalid: Input collection [a, a] contains duplicates.",
    ],
    [
      { SS: ["a", "b", "a"] },
      "One or more parameter values were invalid: Input collection [a, b, a] contains duplicates.",
    ],
    [{ NS: ["1", "1.0"] }, "Input collection contains duplicates"],
    [{ NS: ["1", "b"] }, "The parameter cannot be converted to a numeric value: b"],
    [{ NS: ["1", ""] }, "The parameter cannot be converted to a numeric value"],
    [{ NS: ["1", null] }, "The parameter cannot be converted to a numeric value"],
    [
      { NS: ["1e126"] },
      "Number overflow. Attempting to store a number with magnitude larger than supported range",
    ],
    [
      { BS: ["Yg==", "Yg=="] },
      "One or more parameter values were invalid: Input collection [Yg==, Yg==]of type BS contains duplicates.",
    ],
    [
      { SS: ["a", null] },
      "One or more parameter values were invalid: An string set may not have a null string as a member",
    ],
    [{ BS: [null] }, "The supplied Item contains a null AttributeValue"],
    [{ L: [null] }, "The supplied Item contains a null AttributeValue"],
    [{ M: { b: null } }, "The supplied Item contains a null AttributeValue: b is null"],
    [{ L: [{ SS: [] }] }, "One or more parameter values were invalid: An string set  may not be empty"],
    [{ M: { "": { S: "a" } } }, "Empty attribute name"],
    [
      { M: { ["a".repeat(65536)]: { S: "a" } } },
      "Attribute name is too large, must be less than 65536 bytes",
    ],
    [
      { M: { ["é".repeat(32768)]: { S: "a" } } },
      "Attribute name is too large, must be less than 65536 bytes",
    ],
  ])("rejects %j", (value, message) => {
    const error = errorOf(() => normalizeAttributeValue(value, ITEM));
    expect(error.type).toBe("ValidationException");
    expect(error.message).toBe(message);
  });

  it("accepts names of 65535 bytes", () => {
    const name = "a".repeat(65535);
    expect(normalizeAttributeValue({ M: { [name]: { S: "a" } } }, ITEM)).toEqual({
      M: { [name]: { S: "a" } },
    });
  });

  it("allows containers 31 levels deep and no deeper", () => {
    const message =
      "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit";
    for (const container of ["L", "M"] as const) {
      expect(() => normalizeAttributeValue(nested(31, container, { S: "x" }), ITEM)).not.toThrow();
      expect(() => normalizeAttributeValue(nested(30, container, { L: [] }), ITEM)).not.toThrow();
      expect(errorOf(() => normalizeAttributeValue(nested(32, container, { S: "x" }), ITEM)).message).toBe(
        message,
      );
      expect(errorOf(() => normalizeAttributeValue(nested(31, container, { M: {} }), ITEM)).message).toBe(
        message,
      );
    }
  });

  it("wraps errors of expression values with the placeholder", () => {
    const cases: Array<[unknown, string]> = [
      [{}, "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"],
      [{ SS: [] }, "One or more parameter values were invalid: An string set  may not be empty"],
      [{ NS: ["1", "1"] }, "Input collection contains duplicates"],
      [{ N: "b" }, "The parameter cannot be converted to a numeric value: b"],
      [
        { N: "1e126" },
        "Number overflow. Attempting to store a number with magnitude larger than supported range",
      ],
      [
        nested(32, "L", { S: "x" }),
        "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit",
      ],
    ];
    for (const [value, message] of cases) {
      const error = errorOf(() => normalizeAttributeValue(value, EXPRESSION));
      expect(error.type).toBe("ValidationException");
      expect(error.message).toBe(`ExpressionAttributeValues contains invalid value: ${message} for key :v`);
    }
  });

  it("reports JSON of the wrong kind as a SerializationException, unwrapped", () => {
    const error = errorOf(() => normalizeAttributeValue({ S: 5 }, EXPRESSION));
    expect(error.type).toBe("SerializationException");
    expect(error.message).toBe("NUMBER_VALUE cannot be converted to String");
  });

  it("lets a serialization problem anywhere win over an earlier validation problem", () => {
    const error = errorOf(() => normalizeAttributeValue({ L: [{ SS: [] }, { BOOL: "yes" }] }, ITEM));
    expect(error.type).toBe("SerializationException");
    expect(error.message).toBe("Unexpected token received from parser");
  });
});

describe("normalizeItem", () => {
  it("returns an already normal item itself", () => {
    const item = { pk: { S: "a" }, n: { N: "12" } };
    expect(normalizeItem(item, ITEM)).toBe(item);
  });

  it("normalises every attribute", () => {
    expect(normalizeItem({ pk: { S: "a" }, n: { N: "012.50" }, s: { NS: ["-0"] } }, KEY)).toEqual({
      pk: { S: "a" },
      n: { N: "12.5" },
      s: { NS: ["0"] },
    });
  });

  it.each<[unknown, string]>([
    [{ "": { S: "a" } }, "Empty attribute name"],
    [{ a: null }, "The supplied Item contains a null AttributeValue: a is null"],
    [{ a: {} }, "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"],
  ])("rejects %j", (item, message) => {
    const error = errorOf(() => normalizeItem(item, ITEM));
    expect(error.type).toBe("ValidationException");
    expect(error.message).toBe(message);
  });

  it("rejects an item that is not a map", () => {
    expect(errorOf(() => normalizeItem([], ITEM)).message).toBe(
      "Unrecognized collection type java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.AttributeValue>",
    );
    expect(errorOf(() => normalizeItem("x", ITEM)).type).toBe("SerializationException");
  });
});
