import { randomBytes } from "node:crypto";
import {
  CreateTableCommand,
  DeleteTableCommand,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  waitUntilTableNotExists,
  type DynamoDBClient,
} from "@aws-sdk/client-dynamodb";
import { BatchWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createDynamoDB, ENDPOINT_ENVIRONMENT_VARIABLE } from "../../client/create-dynamodb.js";
import type { Engine } from "../../engine/engine.js";
import type { EngineOptions } from "../../engine/database.js";
import { createTableInput } from "../../modeling/create-table-input.js";
import type { DataModel, ExampleItem } from "../../modeling/model.js";
import { storedItemsOfTable } from "../../modeling/stored-items.js";
import { backoffDelayMs, sleep } from "./retry.js";

/** Where an example or test runs: the in-process engine (default), an endpoint, or AWS itself. */
export type Backend = "in-process" | "endpoint" | "aws";

/** Set to `1` to run examples against Amazon DynamoDB itself (never implied). */
export const AWS_OPT_IN_VARIABLE = "DYNAMODB_PATTERNS_AWS";

export interface CatalogConnection {
  backend: Backend;
  client: DynamoDBClient;
  documentClient: DynamoDBDocumentClient;
  /** The physical name of a model table: unchanged locally, under a unique prefix on AWS. */
  tableName(modelTableName: string): string;
  close(): Promise<void>;
  /** The engine answering requests, for the in-process backend (fault switches, clock). */
  engine?: Engine;
  /** The endpoint requests go to, for the endpoint backend. */
  endpoint?: string;
  /** The prefix put before every table name (`dp-1a2b3c-` on AWS, empty locally). */
  tablePrefix: string;
}

export interface ConnectOptions {
  /** An endpoint to use; default `DYNAMODB_ENDPOINT`. */
  endpoint?: string;
  /** Use AWS; default true when `DYNAMODB_PATTERNS_AWS=1`. */
  aws?: boolean;
  /** For the in-process backend: options of the fresh engine (fault injection, clock...). */
  engineOptions?: EngineOptions;
  /** Serve from an existing engine instead of a fresh one. */
  engine?: Engine;
  /** Where to read the variables. Default `process.env`. */
  env?: Record<string, string | undefined>;
}

/**
 * Connects the way the environment says: `DYNAMODB_ENDPOINT` set → that endpoint (our HTTP server,
 * DynamoDB Local); `DYNAMODB_PATTERNS_AWS=1` → AWS with the default credential chain, tables under
 * a unique prefix; otherwise a fresh in-process engine.
 */
export async function connect(options: ConnectOptions = {}): Promise<CatalogConnection> {
  const env = options.env ?? process.env;
  const aws = options.aws ?? env[AWS_OPT_IN_VARIABLE] === "1";
  const endpoint = options.endpoint ?? nonEmpty(env[ENDPOINT_ENVIRONMENT_VARIABLE]);
  if (aws && endpoint !== undefined) {
    // Both asked for: guessing could send a run meant for a laptop to a paid account, or back.
    throw new TypeError(
      `connect: both ${AWS_OPT_IN_VARIABLE}=1 and an endpoint (${endpoint}) are set; unset one of them`,
    );
  }
  if (aws) {
    // A fresh prefix per run: two runs, or a run and a crashed one, never touch each other's tables.
    const prefix = `dp-${randomBytes(3).toString("hex")}-`;
    const db = createDynamoDB({ aws: true });
    return connection("aws", db, prefix);
  }
  if (endpoint !== undefined && options.engine === undefined) {
    return connection("endpoint", createDynamoDB({ endpoint, env: {} }), "");
  }
  const db = createDynamoDB({ engine: options.engine, engineOptions: options.engineOptions, env: {} });
  return connection("in-process", db, "");
}

function connection(
  backend: Backend,
  db: ReturnType<typeof createDynamoDB>,
  tablePrefix: string,
): CatalogConnection {
  return {
    backend,
    client: db.client,
    documentClient: db.documentClient,
    tableName: (modelTableName) => `${tablePrefix}${modelTableName}`,
    close: () => db.close(),
    tablePrefix,
    ...(db.engine ? { engine: db.engine } : {}),
    ...(db.endpoint ? { endpoint: db.endpoint } : {}),
  };
}

/** Waiter pacing: DynamoDB's defaults poll every 20 s; a catalog table is ready in seconds. */
function waiterOptions(connection: CatalogConnection) {
  return { client: connection.client, minDelay: 1, maxDelay: 5, maxWaitTime: 300 };
}

/** Creates the model's tables (and TTL), waits until they are ACTIVE. */
export async function createModelTables(connection: CatalogConnection, model: DataModel): Promise<void> {
  for (const table of model.tables) {
    const TableName = connection.tableName(table.name);
    await connection.client.send(new CreateTableCommand(createTableInput(table, TableName)));
  }
  for (const table of model.tables) {
    const TableName = connection.tableName(table.name);
    await waitUntilTableExists(waiterOptions(connection), { TableName });
    if (table.timeToLiveAttribute !== undefined) {
      await connection.client.send(
        new UpdateTimeToLiveCommand({
          TableName,
          TimeToLiveSpecification: { Enabled: true, AttributeName: table.timeToLiveAttribute },
        }),
      );
    }
  }
}

/** The most items one BatchWriteItem request may carry. */
export const BATCH_WRITE_LIMIT = 25;

/** Writes every entity's example items, as stored, with BatchWriteItem and retries. */
export async function seedModel(connection: CatalogConnection, model: DataModel): Promise<number> {
  let written = 0;
  for (const table of model.tables) {
    const items = storedItemsOfTable(model, table.name).map(({ item }) => item);
    await batchWriteAll(connection.documentClient, connection.tableName(table.name), items);
    written += items.length;
  }
  return written;
}

/**
 * Puts items in BatchWriteItem requests of 25, handing back UnprocessedItems to the next attempt
 * after an exponential, jittered pause, until all are written or the attempts run out.
 */
export async function batchWriteAll(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  items: ExampleItem[],
  { maxAttempts = 10 }: { maxAttempts?: number } = {},
): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH_WRITE_LIMIT) {
    let requests = items
      .slice(start, start + BATCH_WRITE_LIMIT)
      .map((Item) => ({ PutRequest: { Item } }) as { PutRequest?: { Item: ExampleItem } });
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt === maxAttempts) {
        throw new Error(
          `${requests.length} items of ${tableName} still unprocessed after ${maxAttempts} attempts`,
        );
      }
      if (attempt > 0) await sleep(backoffDelayMs(attempt));
      const response = await documentClient.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
      );
      requests = (response.UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  }
}

/** Deletes the model's tables (on AWS: the prefixed ones this connection created). */
export async function dropModelTables(connection: CatalogConnection, model: DataModel): Promise<void> {
  const deleted: string[] = [];
  for (const table of model.tables) {
    const TableName = connection.tableName(table.name);
    try {
      await connection.client.send(new DeleteTableCommand({ TableName }));
      deleted.push(TableName);
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
  }
  for (const TableName of deleted) await waitUntilTableNotExists(waiterOptions(connection), { TableName });
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}
