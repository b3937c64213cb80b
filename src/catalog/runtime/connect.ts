// Contract only: the catalog runtime work fills these in.
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { DataModel } from "../../modeling/model.js";

/** Where an example or test runs: the in-process engine (default), an endpoint, or AWS itself. */
export type Backend = "in-process" | "endpoint" | "aws";

export interface CatalogConnection {
  backend: Backend;
  client: DynamoDBClient;
  documentClient: DynamoDBDocumentClient;
  /** The physical name of a model table: unchanged locally, under a unique prefix on AWS. */
  tableName(modelTableName: string): string;
  close(): Promise<void>;
}

/**
 * Connects the way the environment says: `DYNAMODB_ENDPOINT` set → that endpoint (our HTTP server,
 * DynamoDB Local); `DYNAMODB_PATTERNS_AWS=1` → AWS with the default credential chain, tables under
 * a unique prefix; otherwise a fresh in-process engine.
 */
export async function connect(
  _options: { endpoint?: string; aws?: boolean } = {},
): Promise<CatalogConnection> {
  throw new Error("not implemented");
}

/** Creates the model's tables (and TTL), waits until they are ACTIVE. */
export async function createModelTables(_connection: CatalogConnection, _model: DataModel): Promise<void> {
  throw new Error("not implemented");
}

/** Writes every entity's example items, as stored, with BatchWriteItem and retries. */
export async function seedModel(_connection: CatalogConnection, _model: DataModel): Promise<number> {
  throw new Error("not implemented");
}

/** Deletes the model's tables (on AWS: the prefixed ones this connection created). */
export async function dropModelTables(_connection: CatalogConnection, _model: DataModel): Promise<void> {
  throw new Error("not implemented");
}
