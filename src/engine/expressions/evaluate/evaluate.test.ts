import { describe, expect, it } from "vitest";
import type { DynamoDBError } from "../../errors/index.js";
import type { Item } from "../../values/attribute-value.js";
import { ExpressionAttributeBinder } from "./bind.js";
import { evaluateCondition } from "./condition.js";
import { projectItem } from "./projection.js";
import { applyUpdate, updatedAttributes } from "./update.js";
import { compare, fn, path, update, value } from "./trees.testing.js";
import type { ConditionNode, UpdateNode } from "../ast.js";

const item: Item = {
  pk: { S: "a" },
  n: { N: "5" },
  s: { S: "héllo" },
  emoji: { S: "a😀" },
  b: { B: "AAEC" },
  m: { M: { x: { N: "1" }, y: { M: { z: { S: "q" } } } } },
  l: { L: [{ S: "a" }, { N: "2" }, { M: { k: { S: "v" } } }] },
  ss: { SS: ["a", "b"] },
  ns: { NS: ["1", "2"] },
  nul: { NULL: true },
};
const values = {
  ":five": { N: "5.0" },
  ":two": { N: "2" },
  ":three": { N: "3" },
  ":one": { N: "1" },
  ":s": { S: "x" },
  ":el": { S: "él" },
  ":a": { S: "a" },
  ":byte": { B: "AQ==" },
  ":null": { S: "NULL" },
  ":list": { L: [{ S: "z" }] },
  ":set": { SS: ["b", "c"] },
  ":nset": { NS: ["2"] },
};

function holds(tree: ConditionNode, on: { item: Item | undefined } = { item }): boolean {
  return evaluateCondition(
    new ExpressionAttributeBinder(undefined, values).bindCondition(tree, "ConditionExpression"),
    on.item,
  );
}

describe("evaluateCondition", () => {
  it.each<[string, ConditionNode, boolean]>([
    ["numbers compare by value", compare(path("n"), "=", value(":five")), true],
    ["different types are unequal, not errors", compare(path("n"), "=", value(":s")), false],
    ["different types order false", compare(path("n"), "<", value(":s")), false],
    ["<> holds for a missing attribute", compare(path("nope"), "<>", value(":s")), true],
    ["= fails for a missing attribute", compare(path("nope"), "=", path("nope2")), false],
    ["< fails for a missing attribute", compare(path("nope"), "<", value(":s")), false],
    ["nested map path", compare(path("m", "y", "z"), "=", path("l", 0)), false],
    ["list element inside map", compare(path("l", 2, "k"), "<>", value(":s")), true],
    [
      "BETWEEN inclusive",
      { kind: "between", operand: path("n"), lower: value(":two"), upper: value(":five") },
      true,
    ],
    ["IN", { kind: "in", operand: path("n"), candidates: [value(":s"), value(":five")] }, true],
    ["size of S counts UTF-16 units", compare(fn("size", path("emoji")), "=", value(":three")), true],
    ["size of S with accents", compare(fn("size", path("s")), "=", value(":five")), true],
    ["size of B counts bytes", compare(fn("size", path("b")), "=", value(":three")), true],
    ["size of M counts entries", compare(fn("size", path("m")), "=", value(":two")), true],
    ["size of N is like missing", compare(fn("size", path("n")), "<>", value(":two")), true],
    ["contains substring", fn("contains", path("s"), value(":el")), true],
    ["contains set member", fn("contains", path("ss"), value(":a")), true],
    ["contains number set member by value", fn("contains", path("ns"), value(":one")), true],
    ["contains binary bytes", fn("contains", path("b"), value(":byte")), true],
    ["contains on a map is false", fn("contains", path("m"), value(":s")), false],
    ["begins_with string", fn("begins_with", path("s"), value(":s")), false],
    ["begins_with on a number attribute is false", fn("begins_with", path("n"), value(":s")), false],
    ["attribute_type", fn("attribute_type", path("nul"), value(":null")), true],
    ["attribute_exists of a list element", fn("attribute_exists", path("l", 2)), true],
    ["attribute_not_exists past the end", fn("attribute_not_exists", path("l", 3)), true],
    ["NOT", { kind: "not", operand: fn("attribute_exists", path("nope")) }, true],
    [
      "OR short-circuits",
      { kind: "or", left: fn("attribute_exists", path("n")), right: fn("attribute_exists", path("x")) },
      true,
    ],
  ])("%s", (_name, tree, expected) => {
    expect(holds(tree)).toBe(expected);
  });

  it("treats a missing item as having no attributes", () => {
    expect(holds(fn("attribute_not_exists", path("pk")), { item: undefined })).toBe(true);
    expect(holds(compare(path("pk"), "<>", value(":a")), { item: undefined })).toBe(true);
  });
});

function updated(tree: UpdateNode, on: Item | undefined = item): Item {
  return applyUpdate(new ExpressionAttributeBinder(undefined, values).bindUpdate(tree), on);
}

function failure(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return `${(error as DynamoDBError).type}: ${(error as DynamoDBError).message}`;
  }
  throw new Error("expected a failure");
}

describe("applyUpdate", () => {
  it("reads every right-hand side from the original item and leaves the input untouched", () => {
    const before = structuredClone(item);
    const after = updated(
      update({
        set: [
          { path: path("n"), value: value(":one") },
          { path: path("copy"), value: path("n") },
          {
            path: path("m", "x"),
            value: { kind: "arithmetic", operator: "+", left: path("m", "x"), right: value(":two") },
          },
        ],
      }),
    );
    expect(after.n).toEqual({ N: "1" });
    expect(after.copy).toEqual({ N: "5" });
    expect(after.m).toEqual({ M: { x: { N: "3" }, y: { M: { z: { S: "q" } } } } });
    expect(item).toEqual(before);
  });

  it("appends past a list's end and removes by original indexes", () => {
    const after = updated(
      update({ set: [{ path: path("l", 9), value: value(":s") }], remove: [path("l", 0), path("l", 2)] }),
    );
    expect(after.l).toEqual({ L: [{ N: "2" }, { S: "x" }] });
  });

  it("adds numbers and set members, deletes set members and drops an emptied set", () => {
    const after = updated(
      update({
        add: [
          { path: path("n"), value: value(":one") },
          { path: path("ss"), value: value(":set") },
          { path: path("fresh"), value: value(":two") },
        ],
        delete: [{ path: path("ns"), value: value(":nset") }],
      }),
    );
    expect(after.n).toEqual({ N: "6" });
    expect(after.ss).toEqual({ SS: ["a", "b", "c"] });
    expect(after.fresh).toEqual({ N: "2" });
    expect(after.ns).toEqual({ NS: ["1"] });
    const emptied = updated(update({ delete: [{ path: path("ns"), value: value(":nset") }] }), {
      ns: { NS: ["2"] },
    });
    expect(emptied).toEqual({});
  });

  it("appends lists and falls back with if_not_exists", () => {
    const after = updated(
      update({
        set: [
          {
            path: path("l2"),
            value: fn("list_append", value(":list"), fn("if_not_exists", path("nope"), value(":list"))),
          },
        ],
      }),
    );
    expect(after.l2).toEqual({ L: [{ S: "z" }, { S: "z" }] });
  });

  it.each<[string, UpdateNode, string]>([
    [
      "a missing parent",
      update({ set: [{ path: path("nope", "x"), value: value(":s") }] }),
      "ValidationException: The document path provided in the update expression is invalid for update",
    ],
    [
      "an index into a map",
      update({ remove: [path("m", 0)] }),
      "ValidationException: The document path provided in the update expression is invalid for update",
    ],
    [
      "a missing operand",
      update({
        set: [
          {
            path: path("x"),
            value: { kind: "arithmetic", operator: "-", left: path("nope"), right: value(":one") },
          },
        ],
      }),
      "ValidationException: The provided expression refers to an attribute that does not exist in the item",
    ],
    [
      "arithmetic on a string",
      update({
        set: [
          {
            path: path("x"),
            value: { kind: "arithmetic", operator: "+", left: path("s"), right: value(":one") },
          },
        ],
      }),
      "ValidationException: An operand in the update expression has an incorrect data type",
    ],
    [
      "ADD of a number to a set",
      update({ add: [{ path: path("ns"), value: value(":one") }] }),
      "ValidationException: An operand in the update expression has an incorrect data type",
    ],
  ])("refuses %s", (_name, tree, message) => {
    const before = structuredClone(item);
    expect(failure(() => updated(tree))).toBe(message);
    expect(item).toEqual(before);
  });

  it("returns only the updated nested paths for UPDATED_OLD and UPDATED_NEW", () => {
    const bound = new ExpressionAttributeBinder(undefined, values).bindUpdate(
      update({
        set: [
          { path: path("m", "y", "z"), value: value(":s") },
          { path: path("l", 7), value: value(":s") },
        ],
        remove: [path("l", 0)],
      }),
    );
    const after = applyUpdate(bound, item);
    expect(updatedAttributes(item, bound)).toEqual({
      m: { M: { y: { M: { z: { S: "q" } } } } },
      l: { L: [{ S: "a" }] },
    });
    expect(updatedAttributes(after, bound)).toEqual({
      m: { M: { y: { M: { z: { S: "x" } } } } },
      l: { L: [{ N: "2" }] },
    });
  });
});

describe("projectItem", () => {
  const project = (...paths: ReturnType<typeof path>[]) =>
    projectItem(item, new ExpressionAttributeBinder(undefined, undefined).bindProjection(paths));

  it("keeps the hierarchy and orders list elements by index", () => {
    expect(project(path("l", 2, "k"), path("l", 0), path("m", "y", "z"), path("nope"), path("l", 9))).toEqual(
      {
        l: { L: [{ S: "a" }, { M: { k: { S: "v" } } }] },
        m: { M: { y: { M: { z: { S: "q" } } } } },
      },
    );
  });

  it("returns nothing for paths through values of the wrong type", () => {
    expect(project(path("m", 0), path("l", "x"), path("s", 0))).toEqual({});
  });
});
