import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { connect, createModelTables, dropModelTables, seedModel } from "../runtime/connect.js";
import type { EngineOptions } from "../../engine/database.js";
import type { DataModel } from "../../modeling/model.js";

export interface SeededTables {
  documentClient: DynamoDBDocumentClient;
  tableName(modelTableName: string): string;
  close(): Promise<void>;
}

/**
 * The model's tables, seeded unless told not to, on an in-process engine with the given options: fault switches are
 * the engine's own, so tests that need them run here whatever backend the other tests use.
 */
export async function openInProcess(
  model: DataModel,
  engineOptions: EngineOptions,
  { seed = true }: { seed?: boolean } = {},
): Promise<SeededTables> {
  const connection = await connect({ engineOptions, env: {} });
  await createModelTables(connection, model);
  if (seed) await seedModel(connection, model);
  return {
    documentClient: connection.documentClient,
    tableName: (name) => connection.tableName(name),
    close: async () => {
      await dropModelTables(connection, model);
      await connection.close();
    },
  };
}
