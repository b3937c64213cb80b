import { describe, expect, it } from "vitest";
import { DynamoDBError } from "../errors/dynamodb-error.js";
import { parseProjection, parseUpdate } from "./parse.js";

function outcome(parse: () => unknown): string {
  try {
    parse();
    return "OK";
  } catch (error) {
    if (!(error instanceof DynamoDBError)) throw error;
    expect(error.type).toBe("ValidationException");
    return error.message;
  }
}

const U = "Invalid UpdateExpression: ";
const P = "Invalid ProjectionExpression: ";

describe("parseUpdate errors (texts observed on DynamoDB Local)", () => {
  it.each([
    ["", "The expression can not be empty;"],
    ["INVALID SYNTAX HERE", 'Syntax error; token: "INVALID", near: "INVALID SYNTAX"'],
    ["SET", 'Syntax error; token: "<EOF>", near: "SET"'],
    ["SET a = b,", 'Syntax error; token: "<EOF>", near: ","'],
    ["SET a = b + c + d", 'Syntax error; token: "+", near: "c + d"'],
    ["SET a = b * c", 'Syntax error; token: "*", near: "b * c"'],
    ["SET (a) = b", 'Syntax error; token: "(", near: "SET (a"'],
    ["SET a = if_not_exists(b, c + d)", 'Syntax error; token: "+", near: "c + d"'],
    ["SET :v = b", 'Syntax error; token: ":v", near: "SET :v ="'],
    ["ADD a b ADD c d", 'Syntax error; token: "b", near: "a b ADD"'],
    ["ADD a if_not_exists(b, c)", 'Syntax error; token: "if_not_exists", near: "a if_not_exists("'],
    ["SET a = b, remove c", 'Syntax error; token: "remove", near: ", remove c"'],
    ["SET a[01] = b", 'Syntax error; token: "1", near: "01]"'],
    ["SET a = b SET c = d", 'The "SET" section can only be used once in an update expression;'],
    [
      "REMOVE a REMOVE b SET c = foo(d)",
      'The "REMOVE" section can only be used once in an update expression;',
    ],
    ["SET a = b SET status = c", "Attribute name is a reserved keyword; reserved keyword: status"],
    ["SET a = b SET c = d REMOVE status", 'The "SET" section can only be used once in an update expression;'],
    [
      "SET a = b SET c = d[99999999999]",
      "List index is not within the allowable range; index: [99999999999]",
    ],
    ["SET a = foo(b[99999999999])", "Invalid function name; function: foo"],
    ["SET a = size(b) + c", "The function is not allowed in an update expression; function: size"],
    [
      "SET a = attribute_exists(b)",
      "The function is not allowed in an update expression; function: attribute_exists",
    ],
    [
      "SET a = list_append(b, c) + d",
      "The function is not allowed to be used this way in an expression; function: list_append",
    ],
    ["SET a = ((b + c))", "The expression has redundant parentheses;"],
    [
      "SET a = list_append(b, c, d)",
      "Incorrect number of operands for operator or function; operator or function: list_append, number of operands: 3",
    ],
    [
      "SET a = if_not_exists(if_not_exists(b, c), d)",
      "Operator or function requires a document path; operator or function: if_not_exists",
    ],
    [
      "SET a = b SET c = " + Array.from({ length: 33 }, (_, i) => `p${i}`).join("."),
      'The "SET" section can only be used once in an update expression;',
    ],
  ])("%j", (text, detail) => {
    expect(outcome(() => parseUpdate(text))).toBe(U + detail);
  });

  it("counts + and - against the 300-operator limit; SET's = does not count", () => {
    const actions = (n: number) => Array.from({ length: n }, (_, i) => `a${i}=:v+:v`).join(",");
    expect(outcome(() => parseUpdate(`SET ${actions(300)}`))).toBe("OK");
    expect(outcome(() => parseUpdate(`SET ${actions(301)}`))).toBe(
      U + "The expression contains too many operators; operator count: 301",
    );
  });

  it("reports oversize without the measured size", () => {
    expect(outcome(() => parseUpdate("SET a=:v" + " ".repeat(4089)))).toBe(
      U + "Expression size has exceeded the maximum allowed size;",
    );
  });
});

describe("parseUpdate trees", () => {
  it("keeps every clause in any order and case, actions in written order", () => {
    const tree = parseUpdate(
      "delete s :d add n :one remove x, y[1] set a = if_not_exists(a, :z) + :one, b = (:b)",
    );
    expect(tree.set).toEqual([
      {
        path: { kind: "path", elements: [{ kind: "name", name: "a", placeholder: false }] },
        value: {
          kind: "arithmetic",
          operator: "+",
          left: {
            kind: "function",
            name: "if_not_exists",
            args: [
              { kind: "path", elements: [{ kind: "name", name: "a", placeholder: false }] },
              { kind: "value", placeholder: ":z" },
            ],
          },
          right: { kind: "value", placeholder: ":one" },
        },
      },
      {
        path: { kind: "path", elements: [{ kind: "name", name: "b", placeholder: false }] },
        value: { kind: "value", placeholder: ":b" },
      },
    ]);
    expect(tree.remove.map((p) => p.elements.length)).toEqual([1, 2]);
    expect(tree.add).toEqual([
      {
        path: { kind: "path", elements: [{ kind: "name", name: "n", placeholder: false }] },
        value: { kind: "value", placeholder: ":one" },
      },
    ]);
    expect(tree.delete[0]?.value).toEqual({ kind: "value", placeholder: ":d" });
  });
});

describe("parseProjection", () => {
  it.each([
    ["!!!", 'Syntax error; token: "!", near: "!!"'],
    ["a b c", 'Syntax error; token: "b", near: "a b c"'],
    ["a,b c d", 'Syntax error; token: "c", near: "b c d"'],
    ["  ,a", 'Syntax error; token: ",", near: "  ,a"'],
    ["a,", 'Syntax error; token: "<EOF>", near: ","'],
    ["a[-1]", 'Syntax error; token: "-", near: "[-1"'],
    ["a[1.5]", 'Syntax error; token: ".", near: "1.5"'],
    ["a#b", 'Syntax error; token: "#b", near: "a#b"'],
    ["_a", 'Syntax error; token: "_", near: "_a"'],
    [":a", 'Syntax error; token: ":a", near: ":a"'],
    ["and", 'Syntax error; token: "and", near: "and"'],
    ["(a)", 'Syntax error; token: "(", near: "(a"'],
    ["a[2147483648]", "List index is not within the allowable range; index: [2147483648]"],
    ["pk, status", "Attribute name is a reserved keyword; reserved keyword: status"],
    ["a" + ",a".repeat(2048), "Expression size has exceeded the maximum allowed size;"],
  ])("%j", (text, detail) => {
    expect(outcome(() => parseProjection(text))).toBe(P + detail);
  });

  it("returns the listed paths in order", () => {
    expect(parseProjection("a[2147483647], #n . b")).toEqual([
      {
        kind: "path",
        elements: [
          { kind: "name", name: "a", placeholder: false },
          { kind: "index", index: 2147483647 },
        ],
      },
      {
        kind: "path",
        elements: [
          { kind: "name", name: "#n", placeholder: true },
          { kind: "name", name: "b", placeholder: false },
        ],
      },
    ]);
  });
});
