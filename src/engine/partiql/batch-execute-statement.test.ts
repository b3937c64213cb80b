import { beforeEach, describe, expect, it } from "vitest";
import type { Engine } from "../engine.js";
import { engineWithTables, errorOf } from "./partiql.testing.js";

let engine: Engine;
const batch = (statements: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
  engine.execute("BatchExecuteStatement", { Statements: statements, ...extra });

beforeEach(() => {
  engine = engineWithTables();
  engine.execute("PutItem", { TableName: "hashes", Item: { pk: { S: "a" }, v: { N: "1" } } });
});

describe("BatchExecuteStatement reads", () => {
  it("answers each statement in its position: the item, no item, or its own error", () => {
    engine.execute("PutItem", { TableName: "hashes", Item: { pk: { S: "b" }, v: { N: "2" } } });
    expect(
      batch([
        { Statement: `SELECT * FROM hashes WHERE pk = 'a'` },
        { Statement: `SELECT v FROM hashes WHERE pk = ?`, Parameters: [{ S: "b" }] },
        { Statement: `SELECT * FROM hashes WHERE pk = 'none'` },
        { Statement: `SELECT * FROM "missing_table" WHERE pk = 'x'` },
        { Statement: `SLECT * FROM hashes WHERE pk = 'a'` },
        { Statement: `SELECT * FROM hashes WHERE v = 1` },
        { Statement: `SELECT * FROM hashes WHERE pk = 'a' AND v = 1` },
        { Statement: `SELECT * FROM "composite"."by-group" WHERE g = 'x'` },
      ]),
    ).toEqual({
      Responses: [
        { TableName: "hashes", Item: { pk: { S: "a" }, v: { N: "1" } } },
        { TableName: "hashes", Item: { v: { N: "2" } } },
        { TableName: "hashes" },
        { Error: { Code: "ResourceNotFound", Message: "Requested resource not found" } },
        {
          Error: {
            Code: "ValidationError",
            Message: "Statement wasn't well formed, can't be processed: Expected data manipulation",
          },
        },
        { Error: { Code: "ValidationError", Message: "Only single item select is supported" } },
        { Error: { Code: "ValidationError", Message: "Only single item select is supported" } },
        { Error: { Code: "ValidationError", Message: "Only single item select is supported" } },
      ],
    });
  });

  it("reports read capacity per table when asked", () => {
    expect(
      batch(
        [
          { Statement: `SELECT * FROM hashes WHERE pk = 'a'`, ConsistentRead: true },
          { Statement: `SELECT * FROM hashes WHERE pk = 'b'` },
        ],
        { ReturnConsumedCapacity: "TOTAL" },
      ).ConsumedCapacity,
    ).toEqual([{ TableName: "hashes", CapacityUnits: 1.5 }]);
  });
});

describe("BatchExecuteStatement writes", () => {
  it("runs each write on its own: failures do not stop the others", () => {
    expect(
      batch([
        { Statement: `INSERT INTO hashes VALUE {'pk': 'new'}` },
        { Statement: `INSERT INTO hashes VALUE {'pk': 'a'}` },
        { Statement: `UPDATE hashes SET v = 2 WHERE pk = 'missing'` },
        {
          Statement: `UPDATE hashes SET w = 1 WHERE pk = 'x' AND v = 1`,
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        },
        { Statement: `DELETE FROM hashes WHERE pk = 'gone' RETURNING ALL OLD *` },
        { Statement: `DELETE FROM hashes WHERE pk = 'z' RETURNING ALL NEW *` },
      ]),
    ).toEqual({
      Responses: [
        { TableName: "hashes" },
        {
          TableName: "hashes",
          Error: { Code: "DuplicateItem", Message: "Duplicate primary key exists in table" },
        },
        {
          TableName: "hashes",
          Error: { Code: "ConditionalCheckFailed", Message: "The conditional request failed" },
        },
        {
          TableName: "hashes",
          Error: { Code: "ConditionalCheckFailed", Message: "The conditional request failed" },
        },
        { TableName: "hashes" },
        {
          Error: {
            Code: "ValidationError",
            Message:
              "Invalid returning clause: RETURNING ALL NEW *. Only RETURNING ALL OLD * is allowed in DELETE statements.",
          },
        },
      ],
    });
    expect(engine.execute("GetItem", { TableName: "hashes", Key: { pk: { S: "new" } } }).Item).toEqual({
      pk: { S: "new" },
    });
  });

  it("returns the old item with a failed condition when asked, and honours RETURNING", () => {
    expect(
      batch([
        {
          Statement: `UPDATE hashes SET v = 2 WHERE pk = 'a' AND v = 5`,
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        },
      ]).Responses,
    ).toEqual([
      {
        TableName: "hashes",
        Error: {
          Code: "ConditionalCheckFailed",
          Message: "The conditional request failed",
          Item: { pk: { S: "a" }, v: { N: "1" } },
        },
      },
    ]);
    expect(
      batch([{ Statement: `UPDATE hashes SET v = 3 WHERE pk = 'a' RETURNING ALL NEW *` }]).Responses,
    ).toEqual([{ TableName: "hashes", Item: { pk: { S: "a" }, v: { N: "3" } } }]);
  });

  it("refuses reads mixed with writes, and two statements on one item, changing nothing", () => {
    expect(
      errorOf(() =>
        batch([
          { Statement: `SELECT * FROM hashes WHERE pk = 'a'` },
          { Statement: `DELETE FROM hashes WHERE pk = 'a'` },
        ]),
      ).message,
    ).toBe("Read and write requests together in the same batch is not supported.");
    expect(
      errorOf(() =>
        batch([
          { Statement: `INSERT INTO hashes VALUE {'pk': 'b'}` },
          { Statement: `UPDATE hashes SET v = 1 WHERE pk = 'b'` },
        ]),
      ).message,
    ).toBe("Provided list of item keys contains duplicates");
    expect(engine.execute("GetItem", { TableName: "hashes", Key: { pk: { S: "b" } } })).toEqual({});
    expect(
      errorOf(() =>
        batch([
          { Statement: `SELECT * FROM hashes WHERE pk = 'a'` },
          { Statement: `SELECT pk FROM hashes WHERE pk = 'a'` },
        ]),
      ).message,
    ).toBe("Provided list of item keys contains duplicates");
  });
});
