import { beforeEach, describe, expect, it } from "vitest";
import type { Engine } from "../engine.js";
import { engineWithTables, failure, putItem } from "./transaction-test-support.js";

const S = (value: string) => ({ S: value });
const N = (value: string) => ({ N: value });

let engine: Engine;
const get = (TransactItems: unknown[], extra: Record<string, unknown> = {}) =>
  engine.execute("TransactGetItems", { TransactItems, ...extra });

beforeEach(() => {
  engine = engineWithTables();
  putItem(engine, "accounts", { pk: S("alice"), balance: N("100"), notes: S("x".repeat(5000)) });
  putItem(engine, "orders", { pk: S("alice"), sk: N("1"), status: S("open"), amount: N("12.5") });
});

describe("TransactGetItems", () => {
  it("answers in request order across tables, {} for a missing item, projections applied", () => {
    const output = get([
      {
        Get: {
          TableName: "orders",
          Key: { pk: S("alice"), sk: N("1") },
          ProjectionExpression: "#s, amount",
          ExpressionAttributeNames: { "#s": "status" },
        },
      },
      { Get: { TableName: "accounts", Key: { pk: S("nobody") } } },
      { Get: { TableName: "accounts", Key: { pk: S("alice") }, ProjectionExpression: "balance" } },
    ]);
    expect(output).toEqual({
      Responses: [{ Item: { status: S("open"), amount: N("12.5") } }, {}, { Item: { balance: N("100") } }],
    });
  });

  it("charges two strongly consistent reads per item, a missing one included, read units per table", () => {
    const items = [
      { Get: { TableName: "accounts", Key: { pk: S("alice") }, ProjectionExpression: "pk" } },
      { Get: { TableName: "orders", Key: { pk: S("alice"), sk: N("1") } } },
      { Get: { TableName: "accounts", Key: { pk: S("nobody") } } },
    ];
    expect(get(items, { ReturnConsumedCapacity: "TOTAL" }).ConsumedCapacity).toEqual([
      { TableName: "accounts", CapacityUnits: 6, ReadCapacityUnits: 6 },
      { TableName: "orders", CapacityUnits: 2, ReadCapacityUnits: 2 },
    ]);
    expect(get(items, { ReturnConsumedCapacity: "INDEXES" }).ConsumedCapacity).toEqual([
      {
        TableName: "accounts",
        CapacityUnits: 6,
        ReadCapacityUnits: 6,
        Table: { CapacityUnits: 6, ReadCapacityUnits: 6 },
      },
      {
        TableName: "orders",
        CapacityUnits: 2,
        ReadCapacityUnits: 2,
        Table: { CapacityUnits: 2, ReadCapacityUnits: 2 },
      },
    ]);
    expect(get(items, { ReturnConsumedCapacity: "NONE" })).not.toHaveProperty("ConsumedCapacity");
  });

  it("cancels with a ValidationError for a key that does not fit, on the first such Get only", () => {
    const error = failure(() =>
      get([
        { Get: { TableName: "accounts", Key: { pk: S("alice") } } },
        { Get: { TableName: "accounts", Key: {} } },
        { Get: { TableName: "orders", Key: { pk: S("alice") } } },
      ]),
    );
    expect(error.toWireBody()).toEqual({
      __type: "com.amazonaws.dynamodb.v20120810#TransactionCanceledException",
      Message:
        "Transaction cancelled, please refer cancellation reasons for specific reasons [None, ValidationError, None]",
      CancellationReasons: [
        { Code: "None" },
        { Code: "ValidationError", Message: "The provided key element does not match the schema" },
        { Code: "None" },
      ],
    });
  });

  it("refuses an empty key string outright", () => {
    const error = failure(() => get([{ Get: { TableName: "accounts", Key: { pk: S("") } } }]));
    expect([error.type, error.message]).toEqual([
      "ValidationException",
      "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk",
    ]);
  });

  it("refuses two Gets of one item", () => {
    const error = failure(() =>
      get([
        { Get: { TableName: "accounts", Key: { pk: S("alice") } } },
        { Get: { TableName: "accounts", Key: { pk: S("alice") }, ProjectionExpression: "pk" } },
      ]),
    );
    expect([error.type, error.message]).toEqual([
      "ValidationException",
      "Transaction request cannot include multiple operations on one item",
    ]);
  });

  it("answers a missing table with ResourceNotFoundException", () => {
    const error = failure(() => get([{ Get: { TableName: "missing", Key: { pk: S("x") } } }]));
    expect([error.type, error.message]).toEqual([
      "ResourceNotFoundException",
      "Requested resource not found",
    ]);
  });

  it("refuses a malformed projection before looking at tables", () => {
    const error = failure(() =>
      get([
        { Get: { TableName: "missing", Key: { pk: S("x") } } },
        { Get: { TableName: "accounts", Key: { pk: S("a") }, ProjectionExpression: "!!!" } },
      ]),
    );
    expect(error.message).toBe('Invalid ProjectionExpression: Syntax error; token: "!", near: "!!"');
  });

  it("refuses an unused attribute name", () => {
    const error = failure(() =>
      get([
        {
          Get: {
            TableName: "accounts",
            Key: { pk: S("a") },
            ProjectionExpression: "#a",
            ExpressionAttributeNames: { "#a": "balance", "#b": "notes" },
          },
        },
      ]),
    );
    expect(error.message).toBe(
      "Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}",
    );
  });

  it("reads 100 items", () => {
    for (let i = 0; i < 100; i++) putItem(engine, "accounts", { pk: S(`k${i}`), i: N(String(i)) });
    const output = get(
      Array.from({ length: 100 }, (_, i) => ({ Get: { TableName: "accounts", Key: { pk: S(`k${i}`) } } })),
    );
    const responses = output.Responses as { Item: { i: { N: string } } }[];
    expect(responses.map((response) => response.Item.i.N)).toEqual(
      Array.from({ length: 100 }, (_, i) => String(i)),
    );
  });
});
