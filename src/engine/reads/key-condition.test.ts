import { describe, expect, it } from "vitest";
import { Engine } from "../engine.js";
import { prefixSuccessor } from "./key-condition.js";
import { createTable, errorOf, put, strings } from "./fixtures.testing.js";

function composite(sortType: "S" | "N" | "B" = "S"): Engine {
  const engine = new Engine();
  createTable(engine, "composite", "S", sortType);
  createTable(engine, "simple", "S");
  return engine;
}

const X = { ":v": { S: "x" } };

function keyConditionError(expression: string, values: Record<string, unknown> | undefined = X) {
  return errorOf(() =>
    composite().execute("Query", {
      TableName: "composite",
      KeyConditionExpression: expression,
      ...(values && Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
    }),
  );
}

describe("key condition shape", () => {
  it.each([
    ["pk = :v OR sk = :v", "Invalid operator used in KeyConditionExpression: OR"],
    ["NOT pk = :v", "Invalid operator used in KeyConditionExpression: NOT"],
    ["pk IN (:v)", "Invalid operator used in KeyConditionExpression: IN"],
    ["pk = :v AND sk <> :v", "Invalid operator used in KeyConditionExpression: <>"],
    ["pk = :v AND contains(sk, :v)", "Invalid operator used in KeyConditionExpression: contains"],
    ["pk = :v AND attribute_exists(sk)", "Invalid operator used in KeyConditionExpression: attribute_exists"],
    ["pk = :v AND pk = :v", "KeyConditionExpressions must only contain one condition per key"],
    ["pk = :v AND sk = :v AND sk > :v", "KeyConditionExpressions must only contain one condition per key"],
    ["pk = :v AND sk = :v AND foo = :v", "Conditions can be of length 1 or 2 only"],
    [
      "pk = sk",
      "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition",
    ],
    [":v = :v", "Invalid condition in KeyConditionExpression: No key attribute specified"],
    ["pk = :v AND foo.a = :v", "KeyConditionExpressions cannot have conditions on nested attributes"],
    [
      "pk.a = :v",
      "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: pk",
    ],
    [
      "pk = :v AND sk[1] = :v",
      "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: sk",
    ],
    [
      "pk = :v AND :v BETWEEN sk AND :v",
      "Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand",
    ],
  ])("%s → %s", (expression, message) => {
    expect(keyConditionError(expression, expression === "pk = sk" ? {} : X)).toEqual({
      type: "ValidationException",
      message,
    });
  });

  it("size() is a nested operation", () => {
    expect(keyConditionError("size(pk) = :n", { ":n": { N: "1" } }).message).toBe(
      "KeyConditionExpressions cannot contain nested operations",
    );
  });
});

describe("key condition against the key schema", () => {
  it.each([
    ["sk = :v", "Query condition missed key schema element: pk"],
    ["foo = :v", "Query condition missed key schema element: pk"],
    ["pk = :v AND foo = :v", "Query condition missed key schema element: sk"],
    ["pk < :v", "Query key condition not supported"],
    ["begins_with(pk, :v)", "Query key condition not supported"],
    ["pk < :v AND sk = :v", "Query key condition not supported"],
  ])("%s → %s", (expression, message) => {
    expect(keyConditionError(expression)).toEqual({ type: "ValidationException", message });
  });

  it("a second condition on a table without a sort key is not supported", () => {
    const error = errorOf(() =>
      composite().execute("Query", {
        TableName: "simple",
        KeyConditionExpression: "pk = :v AND foo > :v",
        ExpressionAttributeValues: { ":v": { S: "x" } },
      }),
    );
    expect(error.message).toBe("Query key condition not supported");
  });

  it.each([
    ["pk = :n", { ":n": { N: "1" } }],
    ["pk = :v AND sk = :n", { ":v": { S: "x" }, ":n": { N: "1" } }],
    ["pk = :v AND sk BETWEEN :a AND :b", { ":v": { S: "x" }, ":a": { N: "1" }, ":b": { N: "2" } }],
    ["pk = :v AND begins_with(sk, :b)", { ":v": { S: "x" }, ":b": { B: "AQ==" } }],
    ["pk = :v AND sk = :b", { ":v": { S: "x" }, ":b": { BOOL: true } }],
  ])("%s with mismatched types", (expression, values) => {
    expect(keyConditionError(expression, values)).toEqual({
      type: "ValidationException",
      message:
        "One or more parameter values were invalid: Condition parameter type does not match schema type",
    });
  });

  it("empty key values are refused with the key named", () => {
    expect(keyConditionError("pk = :e", { ":e": { S: "" } }).message).toBe(
      "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk",
    );
    expect(
      keyConditionError("pk = :v AND begins_with(sk, :e)", { ":v": { S: "x" }, ":e": { S: "" } }).message,
    ).toBe(
      "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: sk",
    );
  });

  it("begins_with on a number sort key is an operand type error", () => {
    const engine = composite("N");
    const error = errorOf(() =>
      engine.execute("Query", {
        TableName: "composite",
        KeyConditionExpression: "pk = :v AND begins_with(sk, :n)",
        ExpressionAttributeValues: { ":v": { S: "x" }, ":n": { N: "1" } },
      }),
    );
    expect(error.message).toBe(
      "Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
    );
  });
});

describe("sort key ranges", () => {
  function withSortKeys(type: "S" | "N" | "B", values: string[]): Engine {
    const engine = composite(type);
    for (const value of values) {
      put(engine, "composite", { pk: { S: "p" }, sk: { [type]: value } as never, label: { S: value } });
    }
    return engine;
  }

  function labels(engine: Engine, expression: string, values: Record<string, unknown>, forward = true) {
    const output = engine.execute("Query", {
      TableName: "composite",
      KeyConditionExpression: expression,
      ExpressionAttributeValues: { ":p": { S: "p" }, ...values },
      ScanIndexForward: forward,
    });
    return strings(output, "label");
  }

  const numbers = ["-100", "-5", "-1.5", "0", "1", "5", "10", "100", "1e3"];

  it("orders numbers numerically, both ways", () => {
    const engine = withSortKeys("N", [...numbers].reverse());
    expect(labels(engine, "pk = :p", {})).toEqual(numbers);
    expect(labels(engine, "pk = :p", {}, false)).toEqual([...numbers].reverse());
  });

  it.each([
    ["sk < :a", { ":a": { N: "0" } }, ["-100", "-5", "-1.5"]],
    ["sk <= :a", { ":a": { N: "0" } }, ["-100", "-5", "-1.5", "0"]],
    ["sk > :a", { ":a": { N: "10" } }, ["100", "1e3"]],
    ["sk >= :a", { ":a": { N: "10" } }, ["10", "100", "1e3"]],
    ["sk = :a", { ":a": { N: "1000" } }, ["1e3"]],
    ["sk BETWEEN :a AND :b", { ":a": { N: "-5" }, ":b": { N: "5" } }, ["-5", "-1.5", "0", "1", "5"]],
  ])("numbers: %s", (condition, values, expected) => {
    const engine = withSortKeys("N", numbers);
    expect(labels(engine, `pk = :p AND ${condition}`, values)).toEqual(expected);
    expect(labels(engine, `pk = :p AND ${condition}`, values, false)).toEqual([...expected].reverse());
  });

  it("orders strings by UTF-8 bytes: U+E000..U+FFFF before code points above U+FFFF", () => {
    const values = ["a", "ab", "b", "é", "\u{E000}", "\u{FFFD}", "\u{10000}", "\u{1F600}"];
    const engine = withSortKeys("S", [...values].reverse());
    expect(labels(engine, "pk = :p", {})).toEqual(values);
    expect(labels(engine, "pk = :p AND sk > :a", { ":a": { S: "\u{FFFF}" } })).toEqual([
      "\u{10000}",
      "\u{1F600}",
    ]);
  });

  it("begins_with takes exactly the strings with the prefix, both ways", () => {
    const engine = withSortKeys("S", ["a", "ab", "abc", "abd", "ac", "b", "ab\u{1F600}"]);
    expect(labels(engine, "pk = :p AND begins_with(sk, :a)", { ":a": { S: "ab" } })).toEqual([
      "ab",
      "abc",
      "abd",
      "ab\u{1F600}",
    ]);
    expect(labels(engine, "pk = :p AND begins_with(sk, :a)", { ":a": { S: "ab" } }, false)).toEqual([
      "ab\u{1F600}",
      "abd",
      "abc",
      "ab",
    ]);
  });

  it("orders binaries by unsigned bytes and supports begins_with on them", () => {
    const hex = ["01", "0102", "02", "7f", "80", "ff", "ff00"];
    const engine = composite("B");
    for (const h of hex) {
      put(engine, "composite", {
        pk: { S: "p" },
        sk: { B: Buffer.from(h, "hex").toString("base64") },
        label: { S: h },
      });
    }
    expect(labels(engine, "pk = :p", {})).toEqual(hex);
    const prefix = { ":a": { B: Buffer.from("ff", "hex").toString("base64") } };
    expect(labels(engine, "pk = :p AND begins_with(sk, :a)", prefix)).toEqual(["ff", "ff00"]);
    const above = { ":a": { B: Buffer.from("02", "hex").toString("base64") } };
    expect(labels(engine, "pk = :p AND sk > :a", above)).toEqual(["7f", "80", "ff", "ff00"]);
  });

  it("a condition may name the value first", () => {
    const engine = withSortKeys("N", numbers);
    expect(labels(engine, "pk = :p AND :a < sk", { ":a": { N: "10" } })).toEqual(["100", "1e3"]);
    expect(labels(engine, ":p = pk", {})).toHaveLength(numbers.length);
  });
});

describe("prefixSuccessor", () => {
  it("increments the last unit, dropping trailing maximal units", () => {
    expect(prefixSuccessor("ab")).toBe("ac");
    expect(prefixSuccessor("a\uffff")).toBe("b");
    expect(prefixSuccessor("\uffff\uffff")).toBeUndefined();
  });
});
