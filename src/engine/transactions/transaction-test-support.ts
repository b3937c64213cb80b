import { expect } from "vitest";
import { Engine } from "../engine.js";
import type { EngineOptions } from "../database.js";
import { DynamoDBError } from "../errors/index.js";

/** Tables the transaction tests share: a hash-keyed one and a composite one with a GSI and an LSI. */
export function engineWithTables(options: EngineOptions = {}): Engine {
  const engine = new Engine(options);
  engine.execute("CreateTable", {
    TableName: "accounts",
    AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
    KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
    BillingMode: "PAY_PER_REQUEST",
  });
  engine.execute("CreateTable", {
    TableName: "orders",
    AttributeDefinitions: [
      { AttributeName: "pk", AttributeType: "S" },
      { AttributeName: "sk", AttributeType: "N" },
      { AttributeName: "status", AttributeType: "S" },
      { AttributeName: "placed", AttributeType: "S" },
    ],
    KeySchema: [
      { AttributeName: "pk", KeyType: "HASH" },
      { AttributeName: "sk", KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: "by-status",
        KeySchema: [{ AttributeName: "status", KeyType: "HASH" }],
        Projection: { ProjectionType: "ALL" },
      },
    ],
    LocalSecondaryIndexes: [
      {
        IndexName: "by-placed",
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "placed", KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "KEYS_ONLY" },
      },
    ],
    BillingMode: "PAY_PER_REQUEST",
  });
  return engine;
}

/** The DynamoDBError a call raises; fails the test when it succeeds or throws anything else. */
export function failure(call: () => unknown): DynamoDBError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(DynamoDBError);
    return error as DynamoDBError;
  }
  expect.unreachable("the call should have failed");
  throw new Error("unreachable");
}

export function getItem(engine: Engine, tableName: string, key: Record<string, unknown>): unknown {
  return engine.execute("GetItem", { TableName: tableName, Key: key, ConsistentRead: true }).Item;
}

export function putItem(engine: Engine, tableName: string, item: Record<string, unknown>): void {
  engine.execute("PutItem", { TableName: tableName, Item: item });
}
