import { describe, expect, it } from "vitest";
import { DynamoDBError } from "../errors/dynamodb-error.js";
import { parseCondition } from "./parse.js";

/** Runs the parser and returns DynamoDB's message, or "OK" when the text parses. */
function outcome(text: string, kind: Parameters<typeof parseCondition>[1] = "ConditionExpression"): string {
  try {
    parseCondition(text, kind);
    return "OK";
  } catch (error) {
    if (!(error instanceof DynamoDBError)) throw error;
    expect(error.type).toBe("ValidationException");
    return error.message.replace(/^Invalid (\w+): /, "$1: ");
  }
}

const C = "ConditionExpression: ";

describe("parseCondition syntax errors (texts observed on DynamoDB Local)", () => {
  it.each([
    ["   ", 'Syntax error; token: "<EOF>", near: "   "'],
    ["a", 'Syntax error; token: "<EOF>", near: "a"'],
    ["a = ", 'Syntax error; token: "<EOF>", near: "= "'],
    ["a == b", 'Syntax error; token: "=", near: "== b"'],
    ["a != b", 'Syntax error; token: "!", near: "a !="'],
    ["a < b <= c", 'Syntax error; token: "<=", near: "b <= c"'],
    ["a BETWEEN b", 'Syntax error; token: "<EOF>", near: "b"'],
    ["a BETWEEN b AND", 'Syntax error; token: "<EOF>", near: "AND"'],
    ["a IN b", 'Syntax error; token: "b", near: "IN b"'],
    ["a IN ()", 'Syntax error; token: ")", near: "()"'],
    ["a IN (b,)", 'Syntax error; token: ")", near: ",)"'],
    ["attribute_exists()", 'Syntax error; token: ")", near: "()"'],
    ["a + b = c", 'Syntax error; token: "+", near: "a + b"'],
    ["a = -1", 'Syntax error; token: "-", near: "= -1"'],
    ['a = "x"', 'Syntax error; token: """, near: "= "x"'],
    ["AND a = b", 'Syntax error; token: "AND", near: "AND a"'],
    ["a = b c = d", 'Syntax error; token: "c", near: "b c ="'],
    ["a< >b", 'Syntax error; token: ">", near: "< >b"'],
    ["a BETWEEN b AND c BETWEEN d AND e", 'Syntax error; token: "BETWEEN", near: "c BETWEEN d"'],
    ["a IN (b) IN (c)", 'Syntax error; token: "IN", near: ") IN ("'],
    ["(a = b", 'Syntax error; token: "<EOF>", near: "b"'],
    ["(a) ", 'Syntax error; token: "<EOF>", near: ") "'],
    ["a = b AND (c)", 'Syntax error; token: "<EOF>", near: ")"'],
    ["a = (b = c)", 'Syntax error; token: "=", near: "b = c"'],
    ["(a = b) = c", 'Syntax error; token: "=", near: ") = c"'],
    ["(a, b) = c", 'Syntax error; token: ",", near: "a, b"'],
    [":v.a = b", 'Syntax error; token: ".", near: ":v.a"'],
    ["a = :v[1]", 'Syntax error; token: "[", near: ":v[1"'],
    ["size(a)(b)", 'Syntax error; token: "(", near: ")(b"'],
    ["remove = a", 'Syntax error; token: "remove", near: "remove ="'],
    ["a = :", 'Syntax error; token: ":", near: "= :"'],
    ["a = :v AND\nb = ", 'Syntax error; token: "<EOF>", near: "= "'],
  ])("%j", (text, detail) => {
    expect(outcome(text)).toBe(C + detail);
  });
});

describe("parseCondition semantic errors", () => {
  it.each([
    ["", "The expression can not be empty;"],
    ["((a = b))", "The expression has redundant parentheses;"],
    ["((a)) = b", "The expression has redundant parentheses;"],
    ["a = ((b))", "The expression has redundant parentheses;"],
    ["NOT ((a = b))", "The expression has redundant parentheses;"],
    ["size(((a))) = b", "The expression has redundant parentheses;"],
    // Redundant parentheses are reported as they close, before a later syntax error.
    ["((a = b)) AND", "The expression has redundant parentheses;"],
    ["foo(a) AND ((a = b))", "The expression has redundant parentheses;"],
    ["status = :v", "Attribute name is a reserved keyword; reserved keyword: status"],
    ["a.Status = :v", "Attribute name is a reserved keyword; reserved keyword: Status"],
    ["a = true", "Attribute name is a reserved keyword; reserved keyword: true"],
    ["Attribute_exists(a)", "Invalid function name; function: Attribute_exists"],
    ["foo(a) = b", "Invalid function name; function: foo"],
    ["size(a)", "The function is not allowed to be used this way in an expression; function: size"],
    ["NOT size(a)", "The function is not allowed to be used this way in an expression; function: size"],
    [
      "a = attribute_exists(b)",
      "The function is not allowed to be used this way in an expression; function: attribute_exists",
    ],
    [
      "attribute_exists(attribute_exists(a))",
      "The function is not allowed to be used this way in an expression; function: attribute_exists",
    ],
    ["if_not_exists(a, b)", "The function is not allowed in a condition expression; function: if_not_exists"],
    [
      "list_append(a, :v) = :v",
      "The function is not allowed in a condition expression; function: list_append",
    ],
    ["a[99999999999] = b", "List index is not within the allowable range; index: [99999999999]"],
    [
      "attribute_exists(a, b)",
      "Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2",
    ],
    [
      "begins_with(a)",
      "Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 1",
    ],
    [
      "attribute_exists(size(a))",
      "Operator or function requires a document path; operator or function: attribute_exists",
    ],
    [
      "size(size(a)) = :v",
      "Incorrect operand type for operator or function; operator or function: size, operand type: N",
    ],
    [
      "begins_with(a, size(b))",
      "Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
    ],
    [
      "attribute_type(a, b)",
      "Incorrect operand type for operator or function; operator or function: attribute_type, operand type: {S,L,DOUBLE,DOUBLESET,INT,FS,DICT,B,BS,NULL,DECIMALSET,BOOL,DECIMAL,M,SS,HDS,INTSET,N,FLOAT,HD,NS}",
    ],
  ])("%j", (text, detail) => {
    expect(outcome(text)).toBe(C + detail);
  });

  it("reports the problem DynamoDB meets first while building the tree", () => {
    expect(outcome("size(a) AND status = b")).toBe(
      C + "The function is not allowed to be used this way in an expression; function: size",
    );
    expect(outcome("status = b AND size(a)")).toBe(
      C + "Attribute name is a reserved keyword; reserved keyword: status",
    );
    expect(outcome("foo(status)")).toBe(C + "Invalid function name; function: foo");
    expect(outcome("status = a[99999999999]")).toBe(
      C + "Attribute name is a reserved keyword; reserved keyword: status",
    );
    expect(outcome("a[99999999999] = status")).toBe(
      C + "List index is not within the allowable range; index: [99999999999]",
    );
    expect(outcome("size(a, b) = c AND foo(a)")).toBe(C + "Invalid function name; function: foo");
    expect(outcome("a a AND status = b")).toBe(C + 'Syntax error; token: "a", near: "a a AND"');
  });

  it("limits path depth to 32 elements, list indexes included", () => {
    const deep = Array.from({ length: 33 }, (_, i) => `p${i}`).join(".");
    expect(outcome(`${deep} = :v`)).toBe(
      C + "The document path has too many nesting levels; nesting levels: 33",
    );
    expect(outcome(`a${"[0]".repeat(32)} = :v`)).toBe(
      C + "The document path has too many nesting levels; nesting levels: 33",
    );
    expect(outcome(`a${"[0]".repeat(31)} = :v`)).toBe("OK");
  });

  it("limits IN to 100 candidates", () => {
    const candidates = (n: number) => Array.from({ length: n }, () => ":v").join(",");
    expect(outcome(`a IN (${candidates(100)})`)).toBe("OK");
    expect(outcome(`a IN (${candidates(101)})`)).toBe(
      C + "The IN operator is provided with too many operands; number of operands: 101",
    );
  });

  it("limits the operator count to 300 and always reports 301", () => {
    const joined = (n: number, term: string) => Array.from({ length: n }, () => term).join(" AND ");
    expect(outcome(joined(150, "a=:v"))).toBe("OK");
    expect(outcome(joined(151, "a=:v"))).toBe(
      C + "The expression contains too many operators; operator count: 301",
    );
    expect(outcome(joined(101, "size(a)=:v"))).toBe(
      C + "The expression contains too many operators; operator count: 301",
    );
    expect(outcome(joined(150, "a BETWEEN :v AND :v"))).toBe("OK");
  });

  it("limits the text to 4096 characters and names the kind", () => {
    expect(outcome("a=:v" + " ".repeat(4092))).toBe("OK");
    expect(outcome("a=:v" + " ".repeat(4093), "FilterExpression")).toBe(
      "FilterExpression: Expression size has exceeded the maximum allowed size; expression size: 4097",
    );
    expect(outcome("a=:v" + " ".repeat(4091) + "é", "KeyConditionExpression")).toBe(
      'KeyConditionExpression: Syntax error; token: "é", near: ":v' + " ".repeat(4091) + 'é"',
    );
  });
});

describe("parseCondition trees", () => {
  it("binds AND tighter than OR and NOT tighter than AND", () => {
    expect(parseCondition("a = :x OR NOT b < :y AND c <> :z", "FilterExpression")).toEqual({
      kind: "or",
      left: {
        kind: "comparison",
        operator: "=",
        left: { kind: "path", elements: [{ kind: "name", name: "a", placeholder: false }] },
        right: { kind: "value", placeholder: ":x" },
      },
      right: {
        kind: "and",
        left: {
          kind: "not",
          operand: {
            kind: "comparison",
            operator: "<",
            left: { kind: "path", elements: [{ kind: "name", name: "b", placeholder: false }] },
            right: { kind: "value", placeholder: ":y" },
          },
        },
        right: {
          kind: "comparison",
          operator: "<>",
          left: { kind: "path", elements: [{ kind: "name", name: "c", placeholder: false }] },
          right: { kind: "value", placeholder: ":z" },
        },
      },
    });
  });

  it("parses paths with placeholders, indexes and `:name` after a dot", () => {
    expect(parseCondition("attribute_exists(#a.b[2] [ 0 ].:c)", "ConditionExpression")).toEqual({
      kind: "function",
      name: "attribute_exists",
      args: [
        {
          kind: "path",
          elements: [
            { kind: "name", name: "#a", placeholder: true },
            { kind: "name", name: "b", placeholder: false },
            { kind: "index", index: 2 },
            { kind: "index", index: 0 },
            { kind: "name", name: ":c", placeholder: true },
          ],
        },
      ],
    });
  });

  it("parses BETWEEN, IN and parenthesised operands and conditions", () => {
    const tree = parseCondition("(size(a) between :lo and :hi) and (b) in (:x, (c))", "ConditionExpression");
    expect(tree).toMatchObject({
      kind: "and",
      left: { kind: "between", operand: { kind: "function", name: "size" } },
      right: { kind: "in", operand: { kind: "path" }, candidates: [{ kind: "value" }, { kind: "path" }] },
    });
  });

  it("returns the cached tree for a repeated text", () => {
    const first = parseCondition("begins_with(sk, :p)", "KeyConditionExpression");
    expect(parseCondition("begins_with(sk, :p)", "KeyConditionExpression")).toBe(first);
  });

  it("re-raises a cached failure as a fresh exception each time", () => {
    const errors = [0, 1].map(() => {
      try {
        parseCondition("a ==", "ConditionExpression");
      } catch (error) {
        return error;
      }
      return undefined;
    });
    expect(errors[0]).toBeInstanceOf(DynamoDBError);
    expect(errors[0]).not.toBe(errors[1]);
    expect((errors[1] as Error).message).toBe((errors[0] as Error).message);
  });
});
