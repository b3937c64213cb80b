import { describe, expect, it } from "vitest";
import type { DynamoDBError } from "../../errors/index.js";
import { ExpressionAttributeBinder, assertKeyAttributesUntouched } from "./bind.js";
import { bindRequestExpressions } from "./bind-request.js";
import { compare, fn, path, update, value } from "./trees.testing.js";

function failure(action: () => unknown): { type: string; message: string } {
  try {
    action();
  } catch (error) {
    const { type, message } = error as DynamoDBError;
    return { type, message };
  }
  throw new Error("expected a failure");
}

const S = (text: string) => ({ S: text });
const N = (text: string) => ({ N: text });

describe("ExpressionAttributeBinder maps", () => {
  it.each([
    [{}, { ":v": S("x") }, "ExpressionAttributeNames must not be empty"],
    [undefined, {}, "ExpressionAttributeValues must not be empty"],
    [{}, {}, "ExpressionAttributeNames must not be empty"],
    [{ n: "b" }, {}, 'ExpressionAttributeNames contains invalid key: Syntax error; key: "n"'],
    [{ "#a-b": "b" }, undefined, 'ExpressionAttributeNames contains invalid key: Syntax error; key: "#a-b"'],
    [{ "#": "b" }, undefined, 'ExpressionAttributeNames contains invalid key: Syntax error; key: "#"'],
    [{ "#n": "" }, { v: S("1") }, 'ExpressionAttributeValues contains invalid key: Syntax error; key: "v"'],
    [{ "#n": "" }, {}, "ExpressionAttributeValues must not be empty"],
    [
      { "#n": "" },
      undefined,
      "ExpressionAttributeNames contains invalid value: Empty attribute name for key #n",
    ],
  ])("names %j values %j", (names, values, message) => {
    expect(failure(() => new ExpressionAttributeBinder(names, values))).toEqual({
      type: "ValidationException",
      message,
    });
  });

  it("validates values with the expression-value context before names' contents", () => {
    const error = failure(() => new ExpressionAttributeBinder({ "#n": "" }, { ":v": { N: "x" } }));
    expect(error.type).toBe("ValidationException");
    expect(error.message).toMatch(/^ExpressionAttributeValues contains invalid value: .* for key :v$/);
  });
});

describe("ExpressionAttributeBinder placeholders", () => {
  it("reports an undefined name before an undefined value written earlier", () => {
    const binder = new ExpressionAttributeBinder(undefined, { ":w": S("1") });
    const tree = update({
      set: [
        { path: path("a"), value: value(":v") },
        { path: path("#x"), value: value(":w") },
      ],
    });
    expect(failure(() => binder.bindUpdate(tree))).toEqual({
      type: "ValidationException",
      message:
        "Invalid UpdateExpression: An expression attribute name used in the document path is not defined; attribute name: #x",
    });
  });

  it("reports an undefined value", () => {
    const binder = new ExpressionAttributeBinder(undefined, undefined);
    expect(
      failure(() => binder.bindCondition(compare(path("a"), "=", value(":v")), "FilterExpression")),
    ).toEqual({
      type: "ValidationException",
      message:
        "Invalid FilterExpression: An expression attribute value used in expression is not defined; attribute value: :v",
    });
  });

  it("lists unused names, then unused values, in DynamoDB's order", () => {
    const names = new ExpressionAttributeBinder({ "#b": "b", "#a": "a" }, { ":z": S("1") });
    expect(failure(() => names.assertAllUsed()).message).toBe(
      "Value provided in ExpressionAttributeNames unused in expressions: keys: {#a, #b}",
    );
    const values = new ExpressionAttributeBinder(undefined, { ":v": S("1"), ":z": S("1"), ":a": S("1") });
    values.bindProjection([path("x")]);
    values.bindCondition(compare(path("a"), "=", value(":v")), "ConditionExpression");
    expect(failure(() => values.assertAllUsed()).message).toBe(
      "Value provided in ExpressionAttributeValues unused in expressions: keys: {:z, :a}",
    );
  });

  it("resolves names in paths", () => {
    const binder = new ExpressionAttributeBinder({ "#m": "my map", "#i": "items" }, undefined);
    expect(binder.bindProjection([path("#m", "x", 2), path("#i")]).paths).toEqual([
      ["my map", "x", 2],
      ["items"],
    ]);
    binder.assertAllUsed();
  });
});

describe("condition checks after binding", () => {
  const binder = () =>
    new ExpressionAttributeBinder(
      { "#n": "n" },
      {
        ":n": N("1"),
        ":s": S("x"),
        ":hi": N("10"),
        ":lo": N("2"),
        ":b": { BOOL: true },
        ":ss": { SS: ["a"] },
      },
    );
  const cases: [string, Parameters<ExpressionAttributeBinder["bindCondition"]>[0], string][] = [
    [
      "begins_with on a number",
      fn("begins_with", path("a"), value(":n")),
      "Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
    ],
    [
      "BETWEEN bounds in the wrong order",
      { kind: "between", operand: path("a"), lower: value(":hi"), upper: value(":lo") },
      "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:10}, upper bound operand: AttributeValue: {N:2}",
    ],
    [
      "BETWEEN bounds of two types",
      { kind: "between", operand: path("a"), lower: value(":hi"), upper: value(":s") },
      "The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:10}, upper bound operand: AttributeValue: {S:x}",
    ],
    [
      "BETWEEN on booleans",
      { kind: "between", operand: path("a"), lower: value(":b"), upper: value(":b") },
      "Incorrect operand type for operator or function; operator or function: BETWEEN, operand type: BOOL",
    ],
    [
      "< on a set",
      compare(path("a"), "<", value(":ss")),
      "Incorrect operand type for operator or function; operator or function: <, operand type: SS",
    ],
    [
      "attribute_type with an unknown type",
      fn("attribute_type", path("a"), value(":s")),
      "Invalid attribute type name found; type: x, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}",
    ],
    [
      "attribute_type with a number",
      fn("attribute_type", path("a"), value(":n")),
      "Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N",
    ],
    [
      "size of a number value",
      compare(fn("size", value(":n")), ">", value(":n")),
      "Incorrect operand type for operator or function; operator or function: size, operand type: N",
    ],
    [
      "the same path on both sides once names resolve",
      compare(path("#n"), "=", path("n")),
      "The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [n]",
    ],
    [
      "the same list element in IN",
      { kind: "in", operand: path("l", 1), candidates: [value(":n"), path("l", 1)] },
      "The first operand must be distinct from the remaining operands for this operator or function; operator: IN, first operand: [l, [1]]",
    ],
  ];
  it.each(cases)("%s", (_name, tree, message) => {
    expect(failure(() => binder().bindCondition(tree, "ConditionExpression"))).toEqual({
      type: "ValidationException",
      message: `Invalid ConditionExpression: ${message}`,
    });
  });

  it("reports the first problem in text order", () => {
    const tree = {
      kind: "and" as const,
      left: compare(path("x"), "=", path("x")),
      right: fn("begins_with", path("x"), value(":n")),
    };
    expect(failure(() => binder().bindCondition(tree, "ConditionExpression")).message).toContain(
      "must be distinct",
    );
  });

  it("accepts comparisons of any types with = and <>", () => {
    expect(() =>
      binder().bindCondition(compare(path("a"), "<>", value(":ss")), "ConditionExpression"),
    ).not.toThrow();
  });
});

describe("update checks after binding", () => {
  const values = { ":v": S("1"), ":n": N("1"), ":m": { M: {} }, ":l": { L: [] } };
  const bind = (tree: ReturnType<typeof update>) =>
    new ExpressionAttributeBinder(undefined, values).bindUpdate(tree);

  it.each([
    [
      update({
        set: [
          { path: path("a"), value: value(":v") },
          { path: path("a", "b"), value: value(":v") },
        ],
      }),
      "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]",
    ],
    [
      update({
        set: [
          { path: path("a", "b"), value: value(":v") },
          { path: path("a", 1), value: value(":v") },
        ],
      }),
      "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [1]]",
    ],
    [
      update({ set: [{ path: path("a"), value: value(":v") }], remove: [path("a")] }),
      "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]",
    ],
    [
      update({ add: [{ path: path("a"), value: value(":v") }] }),
      "Incorrect operand type for operator or function; operator: ADD, operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND",
    ],
    [
      update({ add: [{ path: path("a"), value: value(":m") }] }),
      "Incorrect operand type for operator or function; operator: ADD, operand type: MAP, typeSet: ALLOWED_FOR_ADD_OPERAND",
    ],
    [
      update({ delete: [{ path: path("a"), value: value(":n") }] }),
      "Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND",
    ],
    [
      update({ set: [{ path: path("a"), value: fn("list_append", path("a"), value(":v")) }] }),
      "Incorrect operand type for operator or function; operator or function: list_append, operand type: S",
    ],
    [
      update({
        add: [{ path: path("b"), value: value(":v") }],
        set: [
          {
            path: path("a"),
            value: { kind: "arithmetic", operator: "+", left: path("a"), right: value(":v") },
          },
        ],
      }),
      "Incorrect operand type for operator or function; operator or function: +, operand type: S",
    ],
  ])("%#", (tree, message) => {
    expect(failure(() => bind(tree))).toEqual({
      type: "ValidationException",
      message: `Invalid UpdateExpression: ${message}`,
    });
  });

  it("refuses updates to key attributes, even nested", () => {
    const bound = bind(update({ set: [{ path: path("pk", "x"), value: value(":v") }] }));
    expect(failure(() => assertKeyAttributesUntouched(bound, ["pk", "sk"]))).toEqual({
      type: "ValidationException",
      message:
        "One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key",
    });
  });
});

describe("bindRequestExpressions order", () => {
  it("binds the update before the condition and checks unused keys before key attributes", () => {
    const request = {
      UpdateExpression: update({ set: [{ path: path("pk"), value: value(":v") }] }),
      ConditionExpression: compare(path("#c"), "=", value(":v")),
      ExpressionAttributeValues: { ":v": S("1") },
    };
    expect(failure(() => bindRequestExpressions(request, ["pk"])).message).toBe(
      "Invalid ConditionExpression: An expression attribute name used in the document path is not defined; attribute name: #c",
    );
    const unused = {
      ...request,
      ConditionExpression: undefined,
      ExpressionAttributeValues: { ":v": S("1"), ":q": N("1") },
    };
    expect(failure(() => bindRequestExpressions(unused, ["pk"])).message).toBe(
      "Value provided in ExpressionAttributeValues unused in expressions: keys: {:q}",
    );
    expect(
      failure(() => bindRequestExpressions({ ...request, ConditionExpression: undefined }, ["pk"])).message,
    ).toBe(
      "One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key",
    );
  });

  it("binds the filter before the projection", () => {
    const request = {
      FilterExpression: compare(path("#f"), "=", value(":v")),
      ProjectionExpression: [path("#q")],
      ExpressionAttributeValues: { ":v": S("1") },
    };
    expect(failure(() => bindRequestExpressions(request)).message).toBe(
      "Invalid FilterExpression: An expression attribute name used in the document path is not defined; attribute name: #f",
    );
  });

  it("refuses overlapping projection paths", () => {
    expect(
      failure(() => bindRequestExpressions({ ProjectionExpression: [path("m"), path("m", "x")] })).message,
    ).toBe(
      "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [m], path two: [m, x]",
    );
  });
});
