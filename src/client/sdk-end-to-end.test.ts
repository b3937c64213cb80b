import {
  ConditionalCheckFailedException,
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DynamoDBServiceException,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
  ResourceInUseException,
  ResourceNotFoundException,
} from "@aws-sdk/client-dynamodb";
import {
  DescribeStreamCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  ListStreamsCommand,
} from "@aws-sdk/client-dynamodb-streams";
import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Engine } from "../engine/engine.js";
import { startServer, type RunningServer } from "../server/http-server.js";
import { createDynamoDB, type DynamoDB } from "./create-dynamodb.js";

/**
 * The same conversation with the real engine, once through the in-process handler and once over
 * HTTP: both adapters must give the SDK identical answers.
 */
const adapters: [string, () => Promise<{ db: DynamoDB; stop: () => Promise<void> }>][] = [
  [
    "in process",
    async () => {
      const db = createDynamoDB({ env: {} });
      return { db, stop: () => db.close() };
    },
  ],
  [
    "over HTTP",
    async () => {
      const server: RunningServer = await startServer();
      const db = createDynamoDB({ endpoint: server.endpoint });
      return {
        db,
        stop: async () => {
          await db.close();
          await server.close();
        },
      };
    },
  ],
];

describe.each(adapters)("AWS SDK v3 %s", (_label, setUp) => {
  let db: DynamoDB;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ db, stop } = await setUp());
    await db.client.send(
      new CreateTableCommand({
        TableName: "Orders",
        AttributeDefinitions: [
          { AttributeName: "pk", AttributeType: "S" },
          { AttributeName: "sk", AttributeType: "N" },
        ],
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "sk", KeyType: "RANGE" },
        ],
        BillingMode: "PAY_PER_REQUEST",
      }),
    );
  });

  afterAll(async () => {
    await stop();
  });

  it("lists the table it created", async () => {
    const output = await db.client.send(new ListTablesCommand({}));
    expect(output.TableNames).toEqual(["Orders"]);
  });

  it("describes the table as ACTIVE with its key schema", async () => {
    const { Table } = await db.client.send(new DescribeTableCommand({ TableName: "Orders" }));
    expect(Table?.TableStatus).toBe("ACTIVE");
    expect(Table?.KeySchema).toEqual([
      { AttributeName: "pk", KeyType: "HASH" },
      { AttributeName: "sk", KeyType: "RANGE" },
    ]);
    expect(Table?.TableArn).toBe("arn:aws:dynamodb:us-east-1:000000000000:table/Orders");
  });

  it("puts and gets an item with every attribute type, numbers canonical", async () => {
    const item = {
      pk: { S: "customer#1" },
      sk: { N: "0042" },
      total: { N: "19.90" },
      paid: { BOOL: true },
      note: { NULL: true },
      tags: { SS: ["a", "b"] },
      blob: { B: new Uint8Array([1, 2, 3]) },
      lines: { L: [{ M: { sku: { S: "x" }, qty: { N: "2" } } }] },
    };
    await db.client.send(new PutItemCommand({ TableName: "Orders", Item: item }));
    const output = await db.client.send(
      new GetItemCommand({ TableName: "Orders", Key: { pk: { S: "customer#1" }, sk: { N: "42" } } }),
    );
    expect(output.Item).toEqual({ ...item, sk: { N: "42" }, total: { N: "19.9" } });
  });

  it("round-trips plain values through the document client", async () => {
    await db.documentClient.send(
      new PutCommand({ TableName: "Orders", Item: { pk: "customer#2", sk: 1, status: "NEW", count: 1 } }),
    );
    const updated = await db.documentClient.send(
      new UpdateCommand({
        TableName: "Orders",
        Key: { pk: "customer#2", sk: 1 },
        UpdateExpression: "SET #s = :s ADD #c :one",
        ExpressionAttributeNames: { "#s": "status", "#c": "count" },
        ExpressionAttributeValues: { ":s": "SHIPPED", ":one": 1 },
        ReturnValues: "ALL_NEW",
      }),
    );
    expect(updated.Attributes).toEqual({ pk: "customer#2", sk: 1, status: "SHIPPED", count: 2 });
    const read = await db.documentClient.send(
      new GetCommand({ TableName: "Orders", Key: { pk: "customer#2", sk: 1 } }),
    );
    expect(read.Item).toEqual({ pk: "customer#2", sk: 1, status: "SHIPPED", count: 2 });
  });

  it("raises ResourceNotFoundException, typed, for a missing table", async () => {
    const error = await db.client
      .send(new GetItemCommand({ TableName: "Nope", Key: { pk: { S: "a" } } }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({
      name: "ResourceNotFoundException",
      message: "Requested resource not found",
      $fault: "client",
      $metadata: { httpStatusCode: 400 },
    });
  });

  it("raises ResourceInUseException when the table already exists", async () => {
    const error = await db.client
      .send(
        new CreateTableCommand({
          TableName: "Orders",
          AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
          KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
          BillingMode: "PAY_PER_REQUEST",
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceInUseException);
    expect((error as Error).message).toBe("Table already exists: Orders");
  });

  it("raises ConditionalCheckFailedException with the item when asked for it", async () => {
    const error = await db.client
      .send(
        new PutItemCommand({
          TableName: "Orders",
          Item: { pk: { S: "customer#2" }, sk: { N: "1" } },
          ConditionExpression: "attribute_not_exists(pk)",
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConditionalCheckFailedException);
    expect((error as ConditionalCheckFailedException).message).toBe("The conditional request failed");
    expect((error as ConditionalCheckFailedException).Item).toEqual({
      pk: { S: "customer#2" },
      sk: { N: "1" },
      status: { S: "SHIPPED" },
      count: { N: "2" },
    });
  });

  it("raises ValidationException with DynamoDB's message for a bad key", async () => {
    const error = await db.client
      .send(new GetItemCommand({ TableName: "Orders", Key: { pk: { S: "a" } } }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DynamoDBServiceException);
    expect((error as Error).name).toBe("ValidationException");
    expect((error as Error).message).toBe("The provided key element does not match the schema");
  });

  it("deletes the table", async () => {
    await db.client.send(
      new CreateTableCommand({
        TableName: "Scratch",
        AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
        KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
        BillingMode: "PAY_PER_REQUEST",
      }),
    );
    await db.client.send(new DeleteTableCommand({ TableName: "Scratch" }));
    const output = await db.client.send(new ListTablesCommand({}));
    expect(output.TableNames).toEqual(["Orders"]);
  });
});

describe("one engine behind several clients", () => {
  it("shares tables between in-process clients and the HTTP server", async () => {
    const engine = new Engine();
    const server = await startServer({ engine });
    const local = createDynamoDB({ engine });
    const remote = createDynamoDB({ endpoint: server.endpoint });
    try {
      await local.client.send(
        new CreateTableCommand({
          TableName: "Shared",
          AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
          KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
          BillingMode: "PAY_PER_REQUEST",
        }),
      );
      await remote.documentClient.send(new PutCommand({ TableName: "Shared", Item: { pk: "a", v: 1 } }));
      const read = await local.documentClient.send(new GetCommand({ TableName: "Shared", Key: { pk: "a" } }));
      expect(read.Item).toEqual({ pk: "a", v: 1 });
    } finally {
      await local.close();
      await remote.close();
      await server.close();
    }
  });
});

describe.each(adapters)("AWS SDK v3 Streams %s", (_label, setUp) => {
  it("reads an item's INSERT record through the four Streams operations", async () => {
    const { db, stop } = await setUp();
    try {
      const created = await db.client.send(
        new CreateTableCommand({
          TableName: "Events",
          AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
          KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
          BillingMode: "PAY_PER_REQUEST",
          StreamSpecification: { StreamEnabled: true, StreamViewType: "NEW_IMAGE" },
        }),
      );
      const streamArn = created.TableDescription?.LatestStreamArn;
      expect(streamArn).toMatch(/^arn:aws:dynamodb:us-east-1:000000000000:table\/Events\/stream\//);
      await db.client.send(new PutItemCommand({ TableName: "Events", Item: { pk: { S: "e1" } } }));

      const streams = db.streamsClient;
      const listed = await streams.send(new ListStreamsCommand({ TableName: "Events" }));
      expect(listed.Streams?.map((stream) => stream.StreamArn)).toEqual([streamArn]);
      const described = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
      const shardId = described.StreamDescription?.Shards?.[0]?.ShardId;
      expect(shardId).toBeDefined();
      const iterator = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ShardIteratorType: "TRIM_HORIZON",
        }),
      );
      const records = await streams.send(new GetRecordsCommand({ ShardIterator: iterator.ShardIterator }));
      expect(records.Records?.map((record) => [record.eventName, record.dynamodb?.NewImage])).toEqual([
        ["INSERT", { pk: { S: "e1" } }],
      ]);
    } finally {
      await stop();
    }
  });
});
