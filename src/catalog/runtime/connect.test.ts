import { DescribeTableCommand, DescribeTimeToLiveCommand, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { QueryCommand, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { afterEach, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/http-server.js";
import { sampleModel } from "../testing/sample-model.js";
import {
  batchWriteAll,
  connect,
  createModelTables,
  dropModelTables,
  seedModel,
  type CatalogConnection,
} from "./connect.js";

const opened: CatalogConnection[] = [];
let server: RunningServer | undefined;

afterEach(async () => {
  for (const connection of opened.splice(0)) await connection.close();
  await server?.close();
  server = undefined;
});

async function open(...args: Parameters<typeof connect>) {
  const connection = await connect(...args);
  opened.push(connection);
  return connection;
}

describe("connect", () => {
  it("is in-process by default, keeping model table names", async () => {
    const connection = await open({ env: {} });
    expect(connection.backend).toBe("in-process");
    expect(connection.engine).toBeDefined();
    expect(connection.tableName("Orders")).toBe("Orders");
    expect(await connection.client.send(new ListTablesCommand({}))).toMatchObject({ TableNames: [] });
  });

  it("uses DYNAMODB_ENDPOINT when it is set", async () => {
    server = await startServer();
    const connection = await open({ env: { DYNAMODB_ENDPOINT: server.endpoint } });
    expect(connection).toMatchObject({ backend: "endpoint", endpoint: server.endpoint, tablePrefix: "" });
    await createModelTables(connection, sampleModel);
    expect(server.engine.execute("ListTables", {})).toEqual({
      TableNames: ["SampleCounters", "SampleOrders"],
    });
  });

  it("puts AWS tables under a fresh dp-<hex>- prefix, only when opted in", async () => {
    const first = await open({ env: { DYNAMODB_PATTERNS_AWS: "1", AWS_REGION: "us-east-1" } });
    const second = await open({ env: { DYNAMODB_PATTERNS_AWS: "1" } });
    expect(first.backend).toBe("aws");
    expect(first.tablePrefix).toMatch(/^dp-[0-9a-f]{6}-$/);
    expect(first.tableName("Orders")).toBe(`${first.tablePrefix}Orders`);
    expect(second.tablePrefix).not.toBe(first.tablePrefix);
    expect((await open({ env: { DYNAMODB_PATTERNS_AWS: "0" } })).backend).toBe("in-process");
  });

  it("refuses to guess between AWS and an endpoint", async () => {
    await expect(
      connect({ env: { DYNAMODB_PATTERNS_AWS: "1", DYNAMODB_ENDPOINT: "http://127.0.0.1:1" } }),
    ).rejects.toThrow(
      "connect: both DYNAMODB_PATTERNS_AWS=1 and an endpoint (http://127.0.0.1:1) are set; unset one of them",
    );
  });
});

describe("createModelTables, seedModel, dropModelTables", () => {
  it("creates each table as the model declares it, with TTL on", async () => {
    const connection = await open({ env: {} });
    await createModelTables(connection, sampleModel);
    const { Table } = await connection.client.send(new DescribeTableCommand({ TableName: "SampleOrders" }));
    expect(Table).toMatchObject({
      TableStatus: "ACTIVE",
      KeySchema: [
        { AttributeName: "PK", KeyType: "HASH" },
        { AttributeName: "SK", KeyType: "RANGE" },
      ],
      GlobalSecondaryIndexes: [{ IndexName: "ByStatus", IndexStatus: "ACTIVE" }],
      LocalSecondaryIndexes: [{ IndexName: "ByTotal" }],
      StreamSpecification: { StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" },
    });
    const ttl = await connection.client.send(new DescribeTimeToLiveCommand({ TableName: "SampleOrders" }));
    expect(ttl.TimeToLiveDescription).toEqual({ TimeToLiveStatus: "ENABLED", AttributeName: "expiresAt" });
  });

  it("seeds every example as stored and reports the count", async () => {
    const connection = await open({ env: {} });
    await createModelTables(connection, sampleModel);
    expect(await seedModel(connection, sampleModel)).toBe(4);
    const orders = await connection.documentClient.send(
      new QueryCommand({
        TableName: "SampleOrders",
        KeyConditionExpression: "PK = :pk",
        ExpressionAttributeValues: { ":pk": "CUSTOMER#c1" },
      }),
    );
    expect(orders.Items).toEqual([
      {
        PK: "CUSTOMER#c1",
        SK: "ORDER#2026-01-02",
        GSI1PK: "STATUS#OPEN",
        GSI1SK: "2026-01-02",
        customerId: "c1",
        createdAt: "2026-01-02",
        total: 30,
        openStatus: "OPEN",
        tags: new Set(["gift"]),
      },
      {
        PK: "CUSTOMER#c1",
        SK: "ORDER#2026-01-05",
        GSI1SK: "2026-01-05",
        customerId: "c1",
        createdAt: "2026-01-05",
        total: 12.5,
      },
      { PK: "CUSTOMER#c1", SK: "PROFILE", customerId: "c1", name: "Ada" },
    ]);
    const open_ = await connection.documentClient.send(
      new QueryCommand({
        TableName: "SampleOrders",
        IndexName: "ByStatus",
        KeyConditionExpression: "GSI1PK = :pk",
        ExpressionAttributeValues: { ":pk": "STATUS#OPEN" },
      }),
    );
    expect(open_.Items).toEqual([
      { PK: "CUSTOMER#c1", SK: "ORDER#2026-01-02", GSI1PK: "STATUS#OPEN", GSI1SK: "2026-01-02", total: 30 },
    ]);
  });

  it("retries unprocessed items until every one is written", async () => {
    const connection = await open({
      env: {},
      engineOptions: { faults: { unprocessedFraction: 0.6, seed: 3 } },
    });
    await createModelTables(connection, sampleModel);
    const items = Array.from({ length: 60 }, (_, n) => ({ counter: `c${n}`, value: n }));
    await batchWriteAll(connection.documentClient, "SampleCounters", items, { maxAttempts: 30 });
    const { Count } = await connection.documentClient.send(
      new ScanCommand({ TableName: "SampleCounters", Select: "COUNT" }),
    );
    expect(Count).toBe(60);
  });

  it("gives up with the count of items still unprocessed when attempts run out", async () => {
    const connection = await open({ env: {}, engineOptions: { faults: { unprocessedFraction: 1 } } });
    await createModelTables(connection, sampleModel);
    await expect(
      batchWriteAll(connection.documentClient, "SampleCounters", [{ counter: "a" }, { counter: "b" }], {
        maxAttempts: 2,
      }),
    ).rejects.toThrow("2 items of SampleCounters still unprocessed after 2 attempts");
  });

  it("drops the model's tables and tolerates ones already gone", async () => {
    const connection = await open({ env: {} });
    await createModelTables(connection, sampleModel);
    await connection.client.send(
      new (await import("@aws-sdk/client-dynamodb")).DeleteTableCommand({ TableName: "SampleCounters" }),
    );
    await dropModelTables(connection, sampleModel);
    expect(await connection.client.send(new ListTablesCommand({}))).toMatchObject({ TableNames: [] });
  });
});
