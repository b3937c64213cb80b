import { describe, expect, it } from "vitest";
import { DynamoDBError } from "../errors/index.js";
import { parseStatement } from "./parse-statement.js";

function parseError(text: string): { type: string; message: string } {
  try {
    parseStatement(text);
  } catch (error) {
    if (error instanceof DynamoDBError) return { type: error.type, message: error.message };
    throw error;
  }
  throw new Error(`parsed: ${text}`);
}

const NOT_WELL_FORMED = "Statement wasn't well formed, can't be processed: ";

/** The tree without source positions, which tokens.test.ts covers. */
function tree(text: string): unknown {
  return JSON.parse(
    JSON.stringify(parseStatement(text), (key, value: unknown) => (key === "position" ? undefined : value)),
  );
}

describe("parseStatement", () => {
  it("builds a SELECT with projection, index target, WHERE and ORDER BY", () => {
    expect(
      tree(`select a.b[2], "c" from "t"."i" where pk = ? and n between 1 and 2 order by sk desc`),
    ).toEqual({
      parameterCount: 1,
      statement: {
        kind: "select",
        target: { table: "t", index: "i" },
        projection: [["a", "b", 2], ["c"]],
        descending: true,
        where: {
          kind: "and",
          left: {
            kind: "compare",
            operator: "=",
            left: { kind: "path", steps: ["pk"] },
            right: { kind: "parameter", index: 0 },
          },
          right: {
            kind: "between",
            operand: { kind: "path", steps: ["n"] },
            lower: { kind: "number", text: "1" },
            upper: { kind: "number", text: "2" },
          },
        },
      },
    });
  });

  it("builds INSERT values with maps, lists, sets and literals", () => {
    const { statement, parameterCount } = tree(
      `INSERT INTO t VALUE {'pk': ?, 'l': [1, -2, TRUE, NULL], 's': <<'a'>>};`,
    ) as { statement: unknown; parameterCount: number };
    expect(parameterCount).toBe(1);
    expect(statement).toEqual({
      kind: "insert",
      target: { table: "t" },
      value: {
        kind: "tuple",
        entries: [
          { key: { kind: "string", text: "pk" }, value: { kind: "parameter", index: 0 } },
          {
            key: { kind: "string", text: "l" },
            value: {
              kind: "list",
              items: [
                { kind: "number", text: "1" },
                { kind: "number", text: "-2" },
                { kind: "boolean", value: true },
                { kind: "null" },
              ],
            },
          },
          {
            key: { kind: "string", text: "s" },
            value: { kind: "bag", items: [{ kind: "string", text: "a" }] },
          },
        ],
      },
    });
  });

  it("builds UPDATE actions in written order across SET and REMOVE clauses, with RETURNING", () => {
    const { statement } = parseStatement(
      `UPDATE t SET a = a + 1 REMOVE b, c SET d = 'x' WHERE pk = 'k' RETURNING MODIFIED NEW *`,
    );
    expect(statement).toMatchObject({
      kind: "update",
      actions: [
        { kind: "set", path: ["a"] },
        { kind: "remove", path: ["b"] },
        { kind: "remove", path: ["c"] },
        { kind: "set", path: ["d"], value: { kind: "string", text: "x" } },
      ],
      returning: "MODIFIED NEW",
    });
  });

  it("answers DynamoDB's texts for statements it cannot read", () => {
    const cases: [string, string][] = [
      [`SELECT * FROM "t" WHERE`, `${NOT_WELL_FORMED}Unexpected term`],
      [`SELECT * FROM "t" WHERE;`, `${NOT_WELL_FORMED}Unexpected term`],
      [`SELECT * FROM "t" WHERE NOT`, `${NOT_WELL_FORMED}Unexpected term`],
      [`SELECT * FROM "t" WHERE (`, `${NOT_WELL_FORMED}Unexpected term`],
      [`UPDATE "t" SET a = 1 WHERE`, `${NOT_WELL_FORMED}Unexpected term`],
      [
        `SELECT * FROM "t" WHERE pk = 'a' AND`,
        `${NOT_WELL_FORMED}Missing right-hand side expression of infix operator`,
      ],
      [
        `SELECT * FROM "t" WHERE pk = 'a' OR`,
        `${NOT_WELL_FORMED}Missing right-hand side expression of infix operator`,
      ],
      [`SELECT * FROM "t" WHERE ORDER BY pk`, `${NOT_WELL_FORMED}Unexpected keyword`],
      [`SELECT * FROM "t" WHERE IS NULL`, `${NOT_WELL_FORMED}Unexpected operator`],
      [`SELECT * FROM "t" WHERE pk = LIKE`, `${NOT_WELL_FORMED}Unexpected operator`],
      [`SELECT * FROM "t" WHERE pk = 'a' AND x IS FOO`, `${NOT_WELL_FORMED}Expected type name`],
      [`SELECT * FROM "t" WHERE pk = 1 foo`, `${NOT_WELL_FORMED}Unexpected token after expression`],
      [`SELECT * FROM "t" WHERE pk = 1 e5`, `${NOT_WELL_FORMED}Unexpected token after expression`],
      [`SELECT * FROM "t" WHERE pk = 1)`, `${NOT_WELL_FORMED}Unexpected token after expression`],
      [`DELETE FROM "t" WHERE pk = 1 ORDER BY pk`, `${NOT_WELL_FORMED}Unexpected token after expression`],
      [`INSERT INTO "t" VALUE {'pk': 1} foo`, `${NOT_WELL_FORMED}Unexpected token after expression`],
      [`INSERT INTO "t" x VALUE {'pk': 'x'}`, `${NOT_WELL_FORMED}Unexpected token after expression`],
      ["DELETE FROM", `${NOT_WELL_FORMED}Expected identifier for simple path`],
      ["DELETE FROM;", `${NOT_WELL_FORMED}Expected identifier for simple path`],
      ["DELETE FROM WHERE pk = 'a'", `${NOT_WELL_FORMED}Expected identifier for simple path`],
      [`SLECT * FROM "t" WHERE pk = 'a'`, `${NOT_WELL_FORMED}Expected data manipulation`],
      [`SELECT * FROM "t" t WHERE pk = 'x'`, "Aliasing is not supported"],
      [`SELECT * FROM "t" AS t WHERE pk = 'x'`, "Aliasing is not supported"],
      [`UPDATE "t" t SET a = 3 WHERE pk = 'x'`, "Aliasing is not supported"],
      [`DELETE FROM "t" t WHERE pk = 'x'`, "Aliasing is not supported"],
      [
        `SELECT * FROM "t"."i"."x" WHERE pk = 'p'`,
        "A path may contain at most 2 components in the FROM clause",
      ],
      [`SELECT * FROM "t"."" WHERE pk = 'p'`, "Path component cannot be an empty string"],
      [`SELECT * FROM "" WHERE pk = 'p'`, "Path component cannot be an empty string"],
      [`INSERT INTO "t" VALUE {'pk': 'a'} RETURNING ALL OLD *`, "RETURNING is not supported in INSERT"],
    ];
    for (const [text, message] of cases) {
      expect({ text, ...parseError(text) }).toEqual({ text, type: "ValidationException", message });
    }
  });

  it("counts parameters in written order and caches trees by text", () => {
    const parsed = parseStatement("UPDATE t SET a = ? WHERE pk = ? AND b IN [?, ?]");
    expect(parsed.parameterCount).toBe(4);
    expect(parseStatement("UPDATE t SET a = ? WHERE pk = ? AND b IN [?, ?]")).toBe(parsed);
  });
});
