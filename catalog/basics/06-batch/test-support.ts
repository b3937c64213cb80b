import { randomUUID } from "node:crypto";
import { CreateTableCommand, DeleteTableCommand } from "@aws-sdk/client-dynamodb";
import { PutCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createDynamoDB, type CreateDynamoDBOptions } from "../../../src/client/create-dynamodb.js";
import { createTableInput } from "../../../src/modeling/create-table-input.js";
import type { DataModel } from "../../../src/modeling/model.js";
import { storedItemsOfTable } from "../../../src/modeling/stored-items.js";

export interface SeededTables {
  documentClient: DynamoDBDocumentClient;
  tableName(modelTableName: string): string;
  close(): Promise<void>;
}

/**
 * The model's tables under unique names, seeded with its examples. In process by default; with
 * DYNAMODB_ENDPOINT set the same tests run against that endpoint (DynamoDB Local, our server).
 */
export async function openSeededTables(
  model: DataModel,
  options: CreateDynamoDBOptions = {},
): Promise<SeededTables> {
  const db = createDynamoDB(options);
  const suffix = randomUUID().slice(0, 8);
  const names = new Map(model.tables.map((table) => [table.name, `${table.name}-${suffix}`]));
  const tableName = (modelTableName: string) => names.get(modelTableName)!;
  for (const table of model.tables) {
    await db.client.send(new CreateTableCommand(createTableInput(table, tableName(table.name))));
    for (const { item } of storedItemsOfTable(model, table.name)) {
      await db.documentClient.send(new PutCommand({ TableName: tableName(table.name), Item: item }));
    }
  }
  return {
    documentClient: db.documentClient,
    tableName,
    close: async () => {
      for (const name of names.values()) await db.client.send(new DeleteTableCommand({ TableName: name }));
      await db.close();
    },
  };
}
