import { Engine } from "../engine.js";
import type { EngineOptions } from "../database.js";
import { DynamoDBError } from "../errors/index.js";

/** The exception a request raises, as `{ type, message }`; fails the test if it succeeds. */
export function rejectionOf(engine: Engine, operation: string, input: Record<string, unknown>) {
  try {
    engine.execute(operation, input);
  } catch (error) {
    if (error instanceof DynamoDBError) return { type: error.type, message: error.message };
    throw error;
  }
  throw new Error(`${operation} succeeded: ${JSON.stringify(input)}`);
}

/**
 * An engine with the tables the batch tests share: `hash` (pk S), `num` (pk N) and `comp`
 * (pk S + sk S, a local index `lsi` on lsk N projecting everything, a global index `gsi` on
 * gpk S projecting keys only).
 */
export function batchTestEngine(options: EngineOptions = {}): Engine {
  const engine = new Engine(options);
  for (const [name, type] of [
    ["hash", "S"],
    ["num", "N"],
  ] as const) {
    engine.execute("CreateTable", {
      TableName: name,
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: type }],
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      BillingMode: "PAY_PER_REQUEST",
    });
  }
  engine.execute("CreateTable", {
    TableName: "comp",
    AttributeDefinitions: [
      { AttributeName: "pk", AttributeType: "S" },
      { AttributeName: "sk", AttributeType: "S" },
      { AttributeName: "lsk", AttributeType: "N" },
      { AttributeName: "gpk", AttributeType: "S" },
    ],
    KeySchema: [
      { AttributeName: "pk", KeyType: "HASH" },
      { AttributeName: "sk", KeyType: "RANGE" },
    ],
    LocalSecondaryIndexes: [
      {
        IndexName: "lsi",
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "lsk", KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: "gsi",
        KeySchema: [{ AttributeName: "gpk", KeyType: "HASH" }],
        Projection: { ProjectionType: "KEYS_ONLY" },
      },
    ],
    BillingMode: "PAY_PER_REQUEST",
  });
  return engine;
}

/** `count` keys of the `hash` table: k0, k1, ... */
export function hashKeys(count: number, prefix = "k"): { pk: { S: string } }[] {
  return Array.from({ length: count }, (_, index) => ({ pk: { S: `${prefix}${index}` } }));
}
