import { describe, expect, it } from "vitest";
import { DynamoDBError } from "../errors/index.js";
import { evaluateCondition } from "../expressions/evaluate/index.js";
import type { Expr } from "./ast.js";
import { checkKeyOperands, conditionOf, conjunctsOf, equalityOn } from "./conditions.js";
import { parseStatement } from "./parse-statement.js";

/** The WHERE of `SELECT * FROM t WHERE <text>`. */
function where(text: string): Expr {
  const { statement } = parseStatement(`SELECT * FROM t WHERE ${text}`);
  return (statement as { where: Expr }).where;
}

const item = {
  pk: { S: "a" },
  n: { N: "5" },
  s: { S: "hello" },
  z: { NULL: true as const },
  tags: { SS: ["x", "y"] },
  m: { M: { l: { L: [{ N: "1" }, { S: "two" }] } } },
};
const holds = (text: string, parameters = []) =>
  evaluateCondition(conditionOf(where(text), parameters), item);

describe("conditionOf", () => {
  it("evaluates PartiQL predicates with the engine's condition semantics", () => {
    expect(holds("n = 5 AND s <> 'x'")).toBe(true);
    expect(holds("n != 5 OR n > 4")).toBe(true);
    expect(holds("n BETWEEN 1 AND 4")).toBe(false);
    expect(holds("n NOT BETWEEN 1 AND 4")).toBe(true);
    expect(holds("s IN ['a', 'hello']")).toBe(true);
    expect(holds("s NOT IN ('a', 'hello')")).toBe(false);
    expect(holds("begins_with(s, 'he') AND contains(tags, 'y') AND contains(m.l, 'two')")).toBe(true);
    expect(holds("size(m.l) = 2 AND size(s) > 4")).toBe(true);
    expect(holds("gone IS MISSING AND s IS NOT MISSING")).toBe(true);
    expect(holds("z IS NULL AND s IS NOT NULL")).toBe(true);
    expect(
      holds("attribute_exists(m.l[1]) AND attribute_not_exists(m.l[2]) AND attribute_type(tags, 'SS')"),
    ).toBe(true);
    expect(holds("NOT (n = 5)")).toBe(false);
  });

  it("refuses unordered literals in ordering comparisons and unknown functions", () => {
    const message = (text: string) => {
      try {
        conditionOf(where(text), []);
      } catch (error) {
        if (error instanceof DynamoDBError) return error.message;
      }
      return "no error";
    };
    expect(message("n < TRUE")).toBe(
      "Incorrect operand type for operator or function; operator or function: <, operand type: BOOL",
    );
    expect(message("n BETWEEN [1] AND 2")).toBe(
      "Incorrect operand type for operator or function; operator or function: BETWEEN, operand type: L",
    );
    expect(message("lower(s) = 'a'")).toBe("Unrecognized function: lower");
    expect(message("n = MISSING")).toBe("Unsupported operand in where clause");
    expect(message("lower(s)")).toBe("Unrecognized function: lower");
    expect(message("begins_with(s)")).toBe("Incorrect number of arguments for function: begins_with");
  });
});

describe("key helpers", () => {
  it("finds top-level equalities on an attribute, either way round", () => {
    const conjuncts = conjunctsOf(where("pk = 'a' AND 'b' = sk AND (x = 1 OR pk = 'c') AND m.pk = 'd'"));
    expect(conjuncts).toHaveLength(4);
    expect(conjuncts.map((c) => equalityOn(c, "pk", []))).toEqual([
      { S: "a" },
      undefined,
      undefined,
      undefined,
    ]);
    expect(conjuncts.map((c) => equalityOn(c, "sk", []))).toEqual([
      undefined,
      { S: "b" },
      undefined,
      undefined,
    ]);
  });

  it("checks the values compared with a key against its type", () => {
    expect(() => checkKeyOperands(where("sk BETWEEN 'a' AND 2"), { name: "sk", type: "S" }, [])).toThrow(
      "Key attribute's data type should match its data type in table's schema: Key sk",
    );
    expect(() => checkKeyOperands(where("pk = ?"), { name: "pk", type: "B" }, [{ B: "" } as never])).toThrow(
      "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty binary value. Key: pk",
    );
    expect(() => checkKeyOperands(where("pk = 'a'"), { name: "pk", type: "S" }, [])).not.toThrow();
  });
});
