import { Engine } from "../engine.js";
import { DynamoDBError } from "../errors/index.js";

/** Helpers the control-plane tests share. */
export function errorOf(run: () => unknown): DynamoDBError {
  try {
    run();
  } catch (error) {
    if (error instanceof DynamoDBError) return error;
    throw error;
  }
  throw new Error("expected a DynamoDBError");
}

export function engineWithTables(names: string[], clock: () => number = () => 1_700_000_000_000): Engine {
  const engine = new Engine({ clock });
  for (const name of names) {
    engine.execute("CreateTable", {
      TableName: name,
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      BillingMode: "PAY_PER_REQUEST",
    });
  }
  return engine;
}
