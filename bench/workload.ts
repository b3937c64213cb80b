import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  CreateTableCommand,
  GetItemCommand,
  paginateScan,
  PutItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from "@aws-sdk/client-dynamodb";
import type { Item as EngineItem } from "../src/engine/values/attribute-value.js";
import { itemSize } from "../src/engine/values/size.js";

/**
 * The fixed workload: ~1 KB items in two tables. READ_TABLE holds PARTITIONS × ITEMS_PER_PARTITION
 * items and is never written while measuring, so Query and Scan always see the same data;
 * writes go to WRITE_TABLE over a bounded ring of keys so the table does not grow.
 */
export const READ_TABLE = "bench_read";
export const WRITE_TABLE = "bench_write";
export const PARTITIONS = 100;
export const ITEMS_PER_PARTITION = 100;
export const READ_ITEMS = PARTITIONS * ITEMS_PER_PARTITION;
export const WRITE_KEYS = 1000;
/** DynamoDB's item size (attribute names plus values) of every benchmark item. */
export const ITEM_BYTES = 1024;
/** Query with a filter: items with `n < FILTER_BELOW` of each 100-item partition pass. */
export const FILTER_BELOW = 10;

type Item = Record<string, AttributeValue>;

const partitionKey = (partition: number) => `p${String(partition).padStart(3, "0")}`;
const sortKey = (position: number) => `s${String(position).padStart(3, "0")}`;
const writeKey = (slot: number) => `w${String(slot % WRITE_KEYS).padStart(4, "0")}`;

/** A ~1 KB item: exactly ITEM_BYTES by DynamoDB's size rules. */
export function benchItem(pk: string, sk: string, n: number): Item {
  const item: Item = {
    pk: { S: pk },
    sk: { S: sk },
    n: { N: String(n) },
    counter: { N: "0" },
    tag: { S: "new" },
    payload: { S: "" },
  };
  item.payload = { S: "x".repeat(ITEM_BYTES - itemSize(item as EngineItem)) };
  return item;
}

export function readItem(partition: number, position: number): Item {
  return benchItem(partitionKey(partition), sortKey(position), position);
}

const keySchema = [
  { AttributeName: "pk", KeyType: "HASH" as const },
  { AttributeName: "sk", KeyType: "RANGE" as const },
];
const attributeDefinitions = [
  { AttributeName: "pk", AttributeType: "S" as const },
  { AttributeName: "sk", AttributeType: "S" as const },
];

export function createTableCommand(name: string): CreateTableCommand {
  return new CreateTableCommand({
    TableName: name,
    KeySchema: keySchema,
    AttributeDefinitions: attributeDefinitions,
    BillingMode: "PAY_PER_REQUEST",
  });
}

/** Every item of both tables, in load order. */
export function* seedItems(): Generator<{ table: string; item: Item }> {
  for (let partition = 0; partition < PARTITIONS; partition++) {
    for (let position = 0; position < ITEMS_PER_PARTITION; position++) {
      yield { table: READ_TABLE, item: readItem(partition, position) };
    }
  }
  for (let slot = 0; slot < WRITE_KEYS; slot++) {
    yield { table: WRITE_TABLE, item: benchItem(writeKey(slot), "s", slot) };
  }
}

/** One measured operation; `sequence` is unique per call across workers. */
export type OperationRun = (client: DynamoDBClient, sequence: number) => Promise<void>;

export interface WorkloadOperation {
  name: string;
  /** Single-item operations are held to a stricter share of the ceiling than Query and Scan. */
  kind: "single-item" | "query-scan" | "multi-item";
  run: OperationRun;
  /** Throws unless one call's output is what DynamoDB would answer for the seeded data. */
  check: OperationRun;
}

const getInput = (sequence: number) => {
  const spread = (sequence * 7919) % READ_ITEMS;
  return {
    TableName: READ_TABLE,
    Key: {
      pk: { S: partitionKey(spread % PARTITIONS) },
      sk: { S: sortKey(Math.floor(spread / PARTITIONS)) },
    },
  };
};

const updateInput = (sequence: number) => ({
  TableName: WRITE_TABLE,
  Key: { pk: { S: writeKey(sequence) }, sk: { S: "s" } },
  UpdateExpression: "SET tag = :tag ADD #counter :one",
  ExpressionAttributeNames: { "#counter": "counter" },
  ExpressionAttributeValues: { ":tag": { S: "upd" }, ":one": { N: "1" } },
});

const queryInput = (sequence: number, filtered: boolean) => ({
  TableName: READ_TABLE,
  KeyConditionExpression: "pk = :pk",
  ExpressionAttributeValues: {
    ":pk": { S: partitionKey(sequence % PARTITIONS) },
    ...(filtered ? { ":below": { N: String(FILTER_BELOW) } } : {}),
  },
  ...(filtered ? { FilterExpression: "n < :below" } : {}),
});

async function scanAll(client: DynamoDBClient): Promise<number> {
  let count = 0;
  for await (const page of paginateScan({ client }, { TableName: READ_TABLE })) count += page.Count ?? 0;
  return count;
}

const batchWriteInput = (sequence: number) => ({
  RequestItems: {
    [WRITE_TABLE]: Array.from({ length: 25 }, (_, i) => ({
      PutRequest: { Item: benchItem(writeKey(sequence * 25 + i), "s", i) },
    })),
  },
});

const batchGetInput = (sequence: number) => {
  const pk = partitionKey(sequence % PARTITIONS);
  return {
    RequestItems: {
      [READ_TABLE]: {
        Keys: Array.from({ length: ITEMS_PER_PARTITION }, (_, i) => ({
          pk: { S: pk },
          sk: { S: sortKey(i) },
        })),
      },
    },
  };
};

const transactWriteInput = (sequence: number) => ({
  TransactItems: Array.from({ length: 4 }, (_, i) => ({
    Put: { TableName: WRITE_TABLE, Item: benchItem(writeKey(sequence * 4 + i), "s", i) },
  })),
});

function expect(condition: boolean, what: string): void {
  if (!condition) throw new Error(`wrong answer: ${what}`);
}

export const OPERATIONS: readonly WorkloadOperation[] = [
  {
    name: "PutItem",
    kind: "single-item",
    run: async (client, sequence) => {
      await client.send(
        new PutItemCommand({ TableName: WRITE_TABLE, Item: benchItem(writeKey(sequence), "s", 1) }),
      );
    },
    check: async (client, sequence) => {
      const output = await client.send(
        new PutItemCommand({ TableName: WRITE_TABLE, Item: benchItem(writeKey(sequence), "s", 1) }),
      );
      expect(output.Attributes === undefined, "PutItem returned attributes");
    },
  },
  {
    name: "GetItem",
    kind: "single-item",
    run: async (client, sequence) => {
      await client.send(new GetItemCommand(getInput(sequence)));
    },
    check: async (client, sequence) => {
      const output = await client.send(new GetItemCommand(getInput(sequence)));
      expect(output.Item?.payload?.S?.length === readItem(0, 0).payload!.S!.length, "GetItem item");
    },
  },
  {
    name: "UpdateItem (SET+ADD)",
    kind: "single-item",
    run: async (client, sequence) => {
      await client.send(new UpdateItemCommand(updateInput(sequence)));
    },
    check: async (client, sequence) => {
      const output = await client.send(
        new UpdateItemCommand({ ...updateInput(sequence), ReturnValues: "UPDATED_NEW" }),
      );
      expect(output.Attributes?.tag?.S === "upd" && output.Attributes.counter?.N !== undefined, "UpdateItem");
    },
  },
  {
    name: "Query (100 items)",
    kind: "query-scan",
    run: async (client, sequence) => {
      await client.send(new QueryCommand(queryInput(sequence, false)));
    },
    check: async (client, sequence) => {
      const output = await client.send(new QueryCommand(queryInput(sequence, false)));
      expect(output.Count === ITEMS_PER_PARTITION && output.LastEvaluatedKey === undefined, "Query count");
    },
  },
  {
    name: "Query + filter (10 of 100)",
    kind: "query-scan",
    run: async (client, sequence) => {
      await client.send(new QueryCommand(queryInput(sequence, true)));
    },
    check: async (client, sequence) => {
      const output = await client.send(new QueryCommand(queryInput(sequence, true)));
      expect(output.Count === FILTER_BELOW && output.ScannedCount === ITEMS_PER_PARTITION, "filtered Query");
    },
  },
  {
    name: `Scan (${READ_ITEMS / 1000}k items, paged)`,
    kind: "query-scan",
    run: async (client) => {
      await scanAll(client);
    },
    check: async (client) => {
      expect((await scanAll(client)) === READ_ITEMS, "Scan count");
    },
  },
  {
    name: "BatchWriteItem (25)",
    kind: "multi-item",
    run: async (client, sequence) => {
      await client.send(new BatchWriteItemCommand(batchWriteInput(sequence)));
    },
    check: async (client, sequence) => {
      const output = await client.send(new BatchWriteItemCommand(batchWriteInput(sequence)));
      expect(Object.keys(output.UnprocessedItems ?? {}).length === 0, "BatchWriteItem unprocessed items");
    },
  },
  {
    name: "BatchGetItem (100)",
    kind: "multi-item",
    run: async (client, sequence) => {
      await client.send(new BatchGetItemCommand(batchGetInput(sequence)));
    },
    check: async (client, sequence) => {
      const output = await client.send(new BatchGetItemCommand(batchGetInput(sequence)));
      expect(
        output.Responses?.[READ_TABLE]?.length === ITEMS_PER_PARTITION &&
          Object.keys(output.UnprocessedKeys ?? {}).length === 0,
        "BatchGetItem responses",
      );
    },
  },
  {
    name: "TransactWriteItems (4)",
    kind: "multi-item",
    run: async (client, sequence) => {
      await client.send(new TransactWriteItemsCommand(transactWriteInput(sequence)));
    },
    check: async (client, sequence) => {
      await client.send(new TransactWriteItemsCommand(transactWriteInput(sequence)));
    },
  },
];
