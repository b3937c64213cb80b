import { Engine } from "../engine.js";
import { DynamoDBError } from "../errors/index.js";

/** An engine with `hashes` (key pk:S) and `composite` (pk:S, sk:S; GSI `by-group` on g:S). */
export function engineWithTables(): Engine {
  const engine = new Engine();
  engine.execute("CreateTable", {
    TableName: "hashes",
    AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
    KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
    BillingMode: "PAY_PER_REQUEST",
  });
  engine.execute("CreateTable", {
    TableName: "composite",
    AttributeDefinitions: [
      { AttributeName: "pk", AttributeType: "S" },
      { AttributeName: "sk", AttributeType: "S" },
      { AttributeName: "g", AttributeType: "S" },
    ],
    KeySchema: [
      { AttributeName: "pk", KeyType: "HASH" },
      { AttributeName: "sk", KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: "by-group",
        KeySchema: [{ AttributeName: "g", KeyType: "HASH" }],
        Projection: { ProjectionType: "ALL" },
      },
    ],
    BillingMode: "PAY_PER_REQUEST",
  });
  return engine;
}

export function errorOf(run: () => unknown): DynamoDBError {
  try {
    run();
  } catch (error) {
    if (error instanceof DynamoDBError) return error;
    throw error;
  }
  throw new Error("expected a DynamoDBError");
}

/** ExecuteStatement with optional Parameters and extra members. */
export function statement(
  engine: Engine,
  text: string,
  parameters?: unknown[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const input: Record<string, unknown> = { Statement: text, ...extra };
  if (parameters) input.Parameters = parameters;
  return engine.execute("ExecuteStatement", input);
}
