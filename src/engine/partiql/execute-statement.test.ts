import { beforeEach, describe, expect, it } from "vitest";
import type { Engine } from "../engine.js";
import { engineWithTables, errorOf, statement } from "./partiql.testing.js";

let engine: Engine;
const run = (text: string, parameters?: unknown[], extra?: Record<string, unknown>) =>
  statement(engine, text, parameters, extra);
const fails = (text: string, parameters?: unknown[], extra?: Record<string, unknown>) => {
  const error = errorOf(() => run(text, parameters, extra));
  return { type: error.type, message: error.message, extra: error.extra };
};
const getItem = (key: Record<string, unknown>, table = "hashes") =>
  engine.execute("GetItem", { TableName: table, Key: key, ConsistentRead: true }).Item;

beforeEach(() => {
  engine = engineWithTables();
});

describe("ExecuteStatement INSERT", () => {
  it("stores the tuple as an item, with every literal kind and parameters", () => {
    expect(
      run(
        `INSERT INTO "hashes" VALUE {'pk': ?, 'n': 1.50, 'b': TRUE, 'z': NULL, 'l': [1, 'two'], 'ss': <<'x', 'y'>>, 'ns': <<2, 1>>, 'm': {'k': ?}}`,
        [{ S: "a" }, { B: "AQI=" }],
      ),
    ).toEqual({ Items: [] });
    expect(getItem({ pk: { S: "a" } })).toEqual({
      pk: { S: "a" },
      n: { N: "1.5" },
      b: { BOOL: true },
      z: { NULL: true },
      l: { L: [{ N: "1" }, { S: "two" }] },
      ss: { SS: ["x", "y"] },
      ns: { NS: ["2", "1"] },
      m: { M: { k: { B: "AQI=" } } },
    });
  });

  it("refuses an existing key with DuplicateItemException and leaves the item alone", () => {
    run(`INSERT INTO hashes VALUE {'pk': 'a', 'v': 'first'}`);
    expect(fails(`INSERT INTO hashes VALUE {'pk': 'a', 'v': 'second'}`)).toMatchObject({
      type: "DuplicateItemException",
      message: "Duplicate primary key exists in table",
    });
    expect(getItem({ pk: { S: "a" } })).toEqual({ pk: { S: "a" }, v: { S: "first" } });
    run(`DELETE FROM hashes WHERE pk = 'a'`);
    run(`INSERT INTO hashes VALUE {'pk': 'a', 'v': 'again'}`);
    expect(getItem({ pk: { S: "a" } })).toEqual({ pk: { S: "a" }, v: { S: "again" } });
  });

  it("checks keys and numbers with the engine's messages", () => {
    expect(fails(`INSERT INTO hashes VALUE {'v': 1}`).message).toBe(
      "Key attribute should be present in the item: Key pk",
    );
    expect(fails(`INSERT INTO composite VALUE {'pk': 'a', 'sk': 1}`).message).toBe(
      "Key attribute's data type should match its data type in table's schema: Key sk",
    );
    expect(fails(`INSERT INTO composite VALUE {'pk': 'a', 'sk': ''}`).message).toBe(
      "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: sk",
    );
    expect(fails(`INSERT INTO hashes VALUE {'pk': 'a', 'm': {'x': 1e126}}`).message).toBe(
      "Number overflow. Attempting to store a number with magnitude larger than supported range under root.m.x",
    );
    expect(fails(`SELECT * FROM hashes WHERE pk = 1e-131`).message).toBe(
      "Number underflow. Attempting to store a number with magnitude smaller than supported range under root",
    );
  });
});

describe("ExecuteStatement UPDATE and DELETE", () => {
  beforeEach(() => {
    engine.execute("PutItem", {
      TableName: "hashes",
      Item: { pk: { S: "a" }, n: { N: "5" }, gone: { S: "x" }, tags: { SS: ["p"] } },
    });
  });

  it("applies SET, arithmetic, REMOVE and set_add, returning what RETURNING asks for", () => {
    expect(
      run(
        `UPDATE hashes SET n = n + 1, s = ? REMOVE gone SET tags = set_add(tags, <<'q'>>) WHERE pk = 'a' RETURNING MODIFIED NEW *`,
        [{ S: "new" }],
      ),
    ).toEqual({ Items: [{ n: { N: "6" }, s: { S: "new" }, tags: { SS: ["p", "q"] } }] });
    expect(getItem({ pk: { S: "a" } })).toEqual({
      pk: { S: "a" },
      n: { N: "6" },
      s: { S: "new" },
      tags: { SS: ["p", "q"] },
    });
    expect(run(`UPDATE hashes SET n = 7 WHERE pk = 'a' RETURNING ALL OLD *`).Items).toEqual([
      { pk: { S: "a" }, n: { N: "6" }, s: { S: "new" }, tags: { SS: ["p", "q"] } },
    ]);
  });

  it("fails the condition on a missing item or an unmet WHERE, and returns the old item on request", () => {
    expect(fails(`UPDATE hashes SET n = 1 WHERE pk = 'missing'`)).toMatchObject({
      type: "ConditionalCheckFailedException",
      message: "The conditional request failed",
      extra: undefined,
    });
    expect(
      fails(`UPDATE hashes SET n = 1 WHERE pk = 'a' AND n > 9`, undefined, {
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      }),
    ).toMatchObject({
      type: "ConditionalCheckFailedException",
      extra: { Item: { pk: { S: "a" }, n: { N: "5" }, gone: { S: "x" }, tags: { SS: ["p"] } } },
    });
    expect((getItem({ pk: { S: "a" } }) as Record<string, unknown>).n).toEqual({ N: "5" });
  });

  it("needs exactly one equality on every key attribute", () => {
    const missing = "Where clause does not contain a mandatory equality on all key attributes";
    expect(fails(`UPDATE hashes SET n = 1`).message).toBe(missing);
    expect(fails(`UPDATE hashes SET n = 1 WHERE n = 5`).message).toBe(missing);
    expect(fails(`UPDATE hashes SET n = 1 WHERE pk = 'a' OR n = 5`).message).toBe(missing);
    expect(fails(`DELETE FROM hashes WHERE pk > 'a'`).message).toBe(missing);
    expect(fails(`UPDATE composite SET n = 1 WHERE pk = 'a'`).message).toBe(missing);
    expect(fails(`UPDATE hashes SET n = 1 WHERE pk = 'a' AND pk = 'b'`).message).toBe(
      "Multiple conditions on same key pk. Only single item Update/Insert/Delete are supported",
    );
    expect(fails(`UPDATE hashes SET pk = 'b' WHERE pk = 'a'`).message).toBe(
      "One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key",
    );
    expect(fails(`UPDATE nowhere SET n = 1 WHERE pk = 'a'`)).toMatchObject({
      type: "ResourceNotFoundException",
      message: "Requested resource not found",
    });
  });

  it("deletes by key (a missing item is no error) unless the WHERE's condition fails", () => {
    expect(run(`DELETE FROM hashes WHERE pk = 'missing'`)).toEqual({ Items: [] });
    expect(fails(`DELETE FROM hashes WHERE pk = 'a' AND n = 4`).type).toBe("ConditionalCheckFailedException");
    expect(run(`DELETE FROM hashes WHERE pk = ? AND n = 5 RETURNING ALL OLD *`, [{ S: "a" }]).Items).toEqual([
      { pk: { S: "a" }, n: { N: "5" }, gone: { S: "x" }, tags: { SS: ["p"] } },
    ]);
    expect(getItem({ pk: { S: "a" } })).toBeUndefined();
  });

  it("allows only RETURNING ALL OLD * on DELETE", () => {
    for (const returning of ["MODIFIED OLD", "ALL NEW", "MODIFIED NEW"]) {
      expect(fails(`DELETE FROM hashes WHERE pk = 'a' RETURNING ${returning} *`).message).toBe(
        `Invalid returning clause: RETURNING ${returning} *. Only RETURNING ALL OLD * is allowed in DELETE statements.`,
      );
    }
  });

  it("reports write capacity when asked", () => {
    expect(
      run(`UPDATE hashes SET n = 1 WHERE pk = 'a'`, undefined, { ReturnConsumedCapacity: "TOTAL" })
        .ConsumedCapacity,
    ).toEqual({ TableName: "hashes", CapacityUnits: 1 });
  });
});

describe("ExecuteStatement SELECT", () => {
  beforeEach(() => {
    for (let i = 1; i <= 4; i++) {
      run(
        `INSERT INTO composite VALUE {'pk': 'p', 'sk': 's${i}', 'g': '${i % 2 ? "odd" : "even"}', 'v': ${i}}`,
      );
    }
    run(`INSERT INTO composite VALUE {'pk': 'q', 'sk': 's1', 'v': 9, 'm': {'n': [10, 'x']}}`);
  });

  const sks = (output: Record<string, unknown>) =>
    (output.Items as { pk: { S: string }; sk: { S: string } }[]).map((item) => `${item.pk.S}/${item.sk.S}`);

  it("queries one partition in sort order, bounded by sort-key conditions, forwards or backwards", () => {
    expect(sks(run(`SELECT * FROM composite WHERE pk = 'p'`))).toEqual(["p/s1", "p/s2", "p/s3", "p/s4"]);
    expect(sks(run(`SELECT * FROM composite WHERE pk = 'p' AND sk >= 's2' AND sk < 's4'`))).toEqual([
      "p/s2",
      "p/s3",
    ]);
    expect(
      sks(run(`SELECT * FROM composite WHERE pk = ? AND begins_with(sk, ?)`, [{ S: "p" }, { S: "s3" }])),
    ).toEqual(["p/s3"]);
    expect(sks(run(`SELECT * FROM composite WHERE pk = 'p' ORDER BY sk DESC`))).toEqual([
      "p/s4",
      "p/s3",
      "p/s2",
      "p/s1",
    ]);
    expect(run(`SELECT * FROM composite WHERE pk = 'none'`)).toEqual({ Items: [] });
  });

  it("filters with comparisons, IN, BETWEEN, functions, MISSING and NOT", () => {
    expect(sks(run(`SELECT * FROM composite WHERE pk = 'p' AND v > 2`))).toEqual(["p/s3", "p/s4"]);
    expect(sks(run(`SELECT * FROM composite WHERE v IN [1, 9]`)).sort()).toEqual(["p/s1", "q/s1"]);
    expect(sks(run(`SELECT * FROM composite WHERE pk = 'p' AND v BETWEEN 2 AND 3`))).toEqual([
      "p/s2",
      "p/s3",
    ]);
    expect(sks(run(`SELECT * FROM composite WHERE g IS MISSING`))).toEqual(["q/s1"]);
    expect(sks(run(`SELECT * FROM composite WHERE pk = 'p' AND NOT contains(g, 'dd')`))).toEqual([
      "p/s2",
      "p/s4",
    ]);
    expect(sks(run(`SELECT * FROM composite WHERE attribute_exists(m.n[1]) AND size(m.n) = 2`))).toEqual([
      "q/s1",
    ]);
    expect(sks(run(`SELECT * FROM composite WHERE pk = 'p' AND (v = 1 OR g = 'even') AND v <> 4`))).toEqual([
      "p/s1",
      "p/s2",
    ]);
  });

  it("projects paths under their last name, as DynamoDB Local does", () => {
    expect(run(`SELECT m.n[1], v, absent FROM composite WHERE pk = 'q' AND sk = 's1'`).Items).toEqual([
      { "n[1]": { S: "x" }, v: { N: "9" } },
    ]);
    expect(fails(`SELECT m.n, v, m.n[1] FROM composite WHERE pk = 'q'`).message).toBe(
      "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [m, n, [1]], path two: [m, n]",
    );
    expect(fails(`SELECT m.n, m[0] FROM composite WHERE pk = 'q'`).message).toBe(
      "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [m, [0]], path two: [m, n]",
    );
  });

  it("pages with Limit and NextToken, counting items read rather than items returned", () => {
    const first = run(`SELECT * FROM composite WHERE pk = 'p' AND v > 1`, undefined, { Limit: 2 });
    expect(sks(first)).toEqual(["p/s2"]);
    expect(typeof first.NextToken).toBe("string");
    const second = run(`SELECT * FROM composite WHERE pk = 'p' AND v > 1`, undefined, {
      Limit: 2,
      NextToken: first.NextToken,
    });
    expect(sks(second)).toEqual(["p/s3", "p/s4"]);
    expect(second.NextToken).toBeDefined();
    const last = run(`SELECT * FROM composite WHERE pk = 'p' AND v > 1`, undefined, {
      NextToken: second.NextToken,
    });
    expect(last).toEqual({ Items: [] });
    const scanned: string[] = [];
    let token: unknown;
    do {
      const page = run(
        `SELECT * FROM composite`,
        undefined,
        token ? { Limit: 2, NextToken: token } : { Limit: 2 },
      );
      scanned.push(...sks(page));
      token = page.NextToken;
    } while (token);
    expect(scanned.sort()).toEqual(["p/s1", "p/s2", "p/s3", "p/s4", "q/s1"]);
    expect(fails(`SELECT * FROM composite`, undefined, { NextToken: "garbage" }).message).toBe(
      "Invalid NextToken",
    );
  });

  it("reads an index named after the table, and refuses unknown indexes and consistent GSI reads", () => {
    expect(sks(run(`SELECT * FROM "composite"."by-group" WHERE g = 'even'`)).sort()).toEqual([
      "p/s2",
      "p/s4",
    ]);
    expect(fails(`SELECT * FROM "composite"."nope" WHERE g = 'x'`).message).toBe(
      "The table does not have the specified index",
    );
    expect(
      fails(`SELECT * FROM "composite"."by-group" WHERE g = 'x'`, undefined, { ConsistentRead: true })
        .message,
    ).toBe("Strongly consistent read is not supported on Global Secondary Indexes");
  });

  it("refuses attributes a global index does not project, in projections and filters", () => {
    engine.execute("CreateTable", {
      TableName: "narrow",
      AttributeDefinitions: [
        { AttributeName: "pk", AttributeType: "S" },
        { AttributeName: "g", AttributeType: "S" },
      ],
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      GlobalSecondaryIndexes: [
        {
          IndexName: "g-include",
          KeySchema: [{ AttributeName: "g", KeyType: "HASH" }],
          Projection: { ProjectionType: "INCLUDE", NonKeyAttributes: ["kept"] },
        },
      ],
      BillingMode: "PAY_PER_REQUEST",
    });
    run(`INSERT INTO narrow VALUE {'pk': 'a', 'g': 'x', 'kept': 1, 'dropped': 2}`);
    expect(run(`SELECT * FROM "narrow"."g-include" WHERE g = 'x' AND kept = 1`).Items).toEqual([
      { pk: { S: "a" }, g: { S: "x" }, kept: { N: "1" } },
    ]);
    expect(fails(`SELECT pk, dropped, other FROM "narrow"."g-include" WHERE g = 'x'`).message).toBe(
      "One or more parameter values were invalid: Global secondary index g-include does not project [dropped, other]",
    );
    expect(fails(`SELECT pk FROM "narrow"."g-include" WHERE g = 'x' AND dropped = 2`).message).toBe(
      "One or more parameter values were invalid: Secondary index g-include does not project one or more filter attributes: [dropped]",
    );
  });

  it("reports read capacity for the bytes read", () => {
    expect(
      run(`SELECT * FROM composite WHERE pk = 'p'`, undefined, {
        ReturnConsumedCapacity: "TOTAL",
        ConsistentRead: true,
      }).ConsumedCapacity,
    ).toEqual({ TableName: "composite", CapacityUnits: 1 });
    expect(
      run(`SELECT * FROM "composite"."by-group" WHERE g = 'odd'`, undefined, {
        ReturnConsumedCapacity: "INDEXES",
      }).ConsumedCapacity,
    ).toEqual({
      TableName: "composite",
      CapacityUnits: 0.5,
      Table: { CapacityUnits: 0 },
      GlobalSecondaryIndexes: { "by-group": { CapacityUnits: 0.5 } },
    });
  });
});

describe("ExecuteStatement value and key rules", () => {
  it("places bag and INSERT shape errors at their line, column and length", () => {
    expect(fails(`INSERT INTO hashes VALUE 'x'`).message).toBe(
      "Unsupported format in item expression. Please use struct format {...} to express item values for insert statement. at 1:26:3",
    );
    expect(fails(`INSERT INTO hashes VALUE {'pk': 'a', 'e': <<>>}`).message).toBe(
      "Empty bags are not supported at 1:43:2",
    );
    expect(fails(`INSERT INTO hashes VALUE {'pk': 'a',\n 'e': <<'x', 1>>}`).message).toBe(
      "Unsupported data type in Bag. DynamoDB only supports either numbers or strings in bags at 2:14:1",
    );
    expect(fails(`INSERT INTO hashes VALUE {'pk': 'a', 'e': <<1, 1.0>>}`).message).toBe(
      "Input collection contains duplicates",
    );
  });

  it("refuses key values of the wrong type or empty, wherever the key is compared", () => {
    const mismatch = (name: string) =>
      `Key attribute's data type should match its data type in table's schema: Key ${name}`;
    expect(fails(`SELECT * FROM hashes WHERE pk = 5`).message).toBe(mismatch("pk"));
    expect(fails(`UPDATE hashes SET a = 1 WHERE pk = 5`).message).toBe(mismatch("pk"));
    expect(fails(`DELETE FROM hashes WHERE pk = ?`, [{ N: "5" }]).message).toBe(mismatch("pk"));
    expect(fails(`SELECT * FROM composite WHERE pk = 'p' AND sk > 5`).message).toBe(mismatch("sk"));
    expect(fails(`SELECT * FROM hashes WHERE pk = ''`).message).toBe(
      "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk",
    );
  });

  it("refuses overlapping UPDATE paths and unknown functions", () => {
    expect(fails(`UPDATE hashes SET a = 1, a.b = 2 WHERE pk = 'x'`).message).toBe(
      "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a]",
    );
    expect(fails(`SELECT * FROM hashes WHERE pk = 'x' AND foo(a)`).message).toBe(
      "Unrecognized function: foo",
    );
  });
});

describe("ExecuteStatement request rules", () => {
  it("needs exactly as many Parameters as the statement has placeholders", () => {
    const message = "Number of parameters in request and statement don't match.";
    expect(fails(`SELECT * FROM hashes WHERE pk = ?`).message).toBe(message);
    expect(fails(`SELECT * FROM hashes WHERE pk = ?`, []).message).toBe(
      "1 validation error detected: Value '[]' at 'parameters' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    expect(fails(`SELECT * FROM hashes WHERE pk = ?`, [{ S: "a" }, { S: "b" }]).message).toBe(message);
  });

  it("refuses unknown tables, EXISTS outside transactions and unordered operands of ordering comparisons", () => {
    expect(fails(`SELECT * FROM "missing_table" WHERE pk = 'x'`)).toMatchObject({
      type: "ResourceNotFoundException",
      message: "Requested resource not found",
    });
    expect(fails(`EXISTS(SELECT * FROM hashes WHERE pk = 'a' AND v = 1)`).message).toBe(
      "EXISTS can only be used in ExecuteTransaction write requests.",
    );
    expect(fails(`SELECT pk FROM hashes WHERE pk = 'x' AND val < ?`, [{ BOOL: true }]).message).toBe(
      "Incorrect operand type for operator or function; operator or function: <, operand type: BOOL",
    );
  });
});
