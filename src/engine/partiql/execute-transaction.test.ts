import { beforeEach, describe, expect, it } from "vitest";
import { Engine } from "../engine.js";
import { engineWithTables, errorOf } from "./partiql.testing.js";

let engine: Engine;
const transact = (statements: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
  engine.execute("ExecuteTransaction", { TransactStatements: statements, ...extra });
const item = (pk: string) => engine.execute("GetItem", { TableName: "hashes", Key: { pk: { S: pk } } }).Item;

beforeEach(() => {
  engine = engineWithTables();
  engine.execute("PutItem", { TableName: "hashes", Item: { pk: { S: "a" }, v: { N: "1" } } });
});

describe("ExecuteTransaction writes", () => {
  it("applies every write together", () => {
    engine.execute("PutItem", { TableName: "composite", Item: { pk: { S: "p" }, sk: { S: "s" } } });
    expect(
      transact([
        { Statement: `INSERT INTO hashes VALUE {'pk': 'b', 'v': 2}` },
        { Statement: `UPDATE hashes SET v = v + 10 WHERE pk = 'a'` },
        { Statement: `EXISTS(SELECT * FROM composite WHERE pk = 'p' AND sk = 's' AND v IS MISSING)` },
      ]),
    ).toEqual({ Responses: [] });
    expect(item("a")).toEqual({ pk: { S: "a" }, v: { N: "11" } });
    expect(item("b")).toEqual({ pk: { S: "b" }, v: { N: "2" } });
  });

  it("reports transactional write capacity as TransactWriteItems does", () => {
    expect(
      transact(
        [
          { Statement: `INSERT INTO hashes VALUE {'pk': 'b'}` },
          { Statement: `UPDATE hashes SET v = 2 WHERE pk = 'a'` },
        ],
        { ReturnConsumedCapacity: "INDEXES" },
      ),
    ).toEqual({
      Responses: [],
      ConsumedCapacity: [
        {
          TableName: "hashes",
          CapacityUnits: 4,
          WriteCapacityUnits: 4,
          Table: { CapacityUnits: 4, WriteCapacityUnits: 4 },
        },
      ],
    });
  });

  it("cancels everything with a reason per statement when one fails", () => {
    const error = errorOf(() =>
      transact([
        { Statement: `INSERT INTO hashes VALUE {'pk': 'c'}` },
        { Statement: `INSERT INTO hashes VALUE {'pk': 'a'}` },
        {
          Statement: `UPDATE hashes SET v = 5 WHERE pk = 'nope'`,
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        },
      ]),
    );
    expect(error.type).toBe("TransactionCanceledException");
    expect(error.message).toBe(
      "Transaction cancelled, please refer cancellation reasons for specific reasons [None, DuplicateItem, ConditionalCheckFailed]",
    );
    expect(error.toWireBody().CancellationReasons).toEqual([
      { Code: "None" },
      { Code: "DuplicateItem", Message: "Duplicate primary key exists in table" },
      { Code: "ConditionalCheckFailed", Message: "The conditional request failed" },
    ]);
    expect(item("c")).toBeUndefined();
  });

  it("hands back the current item of a failed condition when asked", () => {
    const error = errorOf(() =>
      transact([
        {
          Statement: `UPDATE hashes SET v = 5 WHERE pk = 'a' AND v = 3`,
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        },
        { Statement: `EXISTS(SELECT * FROM hashes WHERE pk = 'z' AND v = 1)` },
      ]),
    );
    expect(error.toWireBody().CancellationReasons).toEqual([
      {
        Code: "ConditionalCheckFailed",
        Message: "The conditional request failed",
        Item: { pk: { S: "a" }, v: { N: "1" } },
      },
      { Code: "ConditionalCheckFailed", Message: "The conditional request failed" },
    ]);
    expect(item("a")).toEqual({ pk: { S: "a" }, v: { N: "1" } });
  });

  it("names the failing member in validation messages", () => {
    const message = (statements: Record<string, unknown>[]) => errorOf(() => transact(statements)).message;
    expect(message([{ Statement: `SELECT * FROM hashes WHERE` }])).toBe(
      "Validation failed in TransactStatements[0]: Statement wasn't well formed, can't be processed: Unexpected term",
    );
    expect(
      message([
        { Statement: `DELETE FROM hashes WHERE pk = 'a'` },
        { Statement: `UPDATE hashes SET v = 1 WHERE pk = 'b' RETURNING ALL NEW *` },
      ]),
    ).toBe(
      "Validation failed in TransactStatements[1]: RETURNING clause is not supported in ExecuteTransaction.",
    );
    expect(message([{ Statement: `EXISTS(SELECT * FROM hashes WHERE pk = 'a')` }])).toBe(
      "Validation failed in TransactStatements[0]: EXISTS() must contain a single item read with additional condition",
    );
    expect(message([{ Statement: `SELECT * FROM hashes WHERE v = 1` }])).toBe(
      "Validation failed in TransactStatements[0]: Select statements within ExecuteTransaction must specify the primary key in the where clause.",
    );
    expect(message([{ Statement: `SELECT * FROM "composite"."by-group" WHERE g = 'x'` }])).toBe(
      "Validation failed in TransactStatements[0]: Reads on indices are not supported within transactions.",
    );
  });

  it("refuses reads mixed with writes and two statements on one item", () => {
    expect(
      errorOf(() =>
        transact([
          { Statement: `SELECT * FROM hashes WHERE pk = 'a'` },
          { Statement: `DELETE FROM hashes WHERE pk = 'b'` },
        ]),
      ).message,
    ).toBe("ExecuteTransaction API does not support both read and write operations in the same request.");
    expect(
      errorOf(() =>
        transact([
          { Statement: `DELETE FROM hashes WHERE pk = 'a'` },
          { Statement: `DELETE FROM hashes WHERE pk = 'a'` },
        ]),
      ).message,
    ).toBe("Transaction request cannot include multiple operations on one item");
    expect(errorOf(() => transact([{ Statement: `DELETE FROM missing_table WHERE pk = 'a'` }])).type).toBe(
      "ResourceNotFoundException",
    );
    expect(item("a")).toEqual({ pk: { S: "a" }, v: { N: "1" } });
  });
});

describe("ExecuteTransaction faults", () => {
  it("takes injected conflicts from the engine's options, changing nothing", () => {
    engine = new Engine({ faults: { transactionConflictFraction: 1, seed: 7 } });
    engine.execute("CreateTable", {
      TableName: "hashes",
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      BillingMode: "PAY_PER_REQUEST",
    });
    const error = errorOf(() => transact([{ Statement: `INSERT INTO hashes VALUE {'pk': 'b'}` }]));
    expect(error.toWireBody().CancellationReasons).toEqual([
      { Code: "TransactionConflict", Message: "Transaction is ongoing for the item" },
    ]);
    expect(item("b")).toBeUndefined();
  });
});

describe("ExecuteTransaction reads", () => {
  it("reads each item by full key, in order, with projections", () => {
    expect(
      transact(
        [
          { Statement: `SELECT v FROM hashes WHERE pk = ?`, Parameters: [{ S: "a" }] },
          { Statement: `SELECT * FROM hashes WHERE pk = 'x'` },
        ],
        { ReturnConsumedCapacity: "TOTAL" },
      ),
    ).toEqual({
      Responses: [{ Item: { v: { N: "1" } } }, {}],
      ConsumedCapacity: [{ TableName: "hashes", CapacityUnits: 4, ReadCapacityUnits: 4 }],
    });
  });
});
