import { describe, expect, it } from "vitest";
import { Engine } from "../engine.js";
import { DynamoDBError } from "../errors/index.js";
import { encodeKeyValue } from "../values/key-encoding.js";

const NOW = 1_700_000_000_000;
const HASH = (name: string) => ({ AttributeName: name, KeyType: "HASH" });
const PT = (read: number, write: number) => ({ ReadCapacityUnits: read, WriteCapacityUnits: write });

function errorOf(run: () => unknown): DynamoDBError {
  try {
    run();
  } catch (error) {
    if (error instanceof DynamoDBError) return error;
    throw error;
  }
  throw new Error("expected a DynamoDBError");
}

function setup(billing: "PROVISIONED" | "PAY_PER_REQUEST" = "PROVISIONED"): Engine {
  const engine = new Engine({ clock: () => NOW });
  engine.execute("CreateTable", {
    TableName: "orders",
    AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
    KeySchema: [HASH("pk")],
    ...(billing === "PROVISIONED" ? { ProvisionedThroughput: PT(5, 5) } : { BillingMode: "PAY_PER_REQUEST" }),
  });
  return engine;
}

type Description = Record<string, unknown> & { GlobalSecondaryIndexes?: Record<string, unknown>[] };
const describeOrders = (engine: Engine) =>
  (engine.execute("DescribeTable", { TableName: "orders" }) as { Table: Description }).Table;
const update = (engine: Engine, input: Record<string, unknown>) =>
  (engine.execute("UpdateTable", { TableName: "orders", ...input }) as { TableDescription: Description })
    .TableDescription;

function expectError(run: () => unknown, type: string, message: string): void {
  const error = errorOf(run);
  expect(error.type).toBe(type);
  expect(error.message).toBe(message);
}

describe("UpdateTable", () => {
  it("changes provisioned throughput and records the increase", () => {
    const engine = setup();
    const response = update(engine, { ProvisionedThroughput: PT(10, 4) });
    expect(response.TableStatus).toBe("UPDATING");
    expect(describeOrders(engine).ProvisionedThroughput).toEqual({
      LastIncreaseDateTime: 1_700_000_000,
      LastDecreaseDateTime: 1_700_000_000,
      NumberOfDecreasesToday: 1,
      ReadCapacityUnits: 10,
      WriteCapacityUnits: 4,
    });
    expect(describeOrders(engine).TableStatus).toBe("ACTIVE");
  });

  it("refuses throughput that would not change", () => {
    expectError(
      () => update(setup(), { BillingMode: "PROVISIONED", ProvisionedThroughput: PT(5, 5) }),
      "ValidationException",
      "The provisioned throughput for the table will not change. The requested value equals the current value. Current ReadCapacityUnits provisioned for the table: 5. Requested ReadCapacityUnits: 5. Current WriteCapacityUnits provisioned for the table: 5. Requested WriteCapacityUnits: 5. Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.",
    );
  });

  it("switches billing modes both ways", () => {
    const engine = setup();
    update(engine, { BillingMode: "PAY_PER_REQUEST" });
    expect(describeOrders(engine).BillingModeSummary).toEqual({
      BillingMode: "PAY_PER_REQUEST",
      LastUpdateToPayPerRequestDateTime: 1_700_000_000,
    });
    update(engine, { BillingMode: "PAY_PER_REQUEST" });
    update(engine, { BillingMode: "PROVISIONED", ProvisionedThroughput: PT(7, 3) });
    const table = describeOrders(engine);
    expect(table.BillingModeSummary).toEqual({
      BillingMode: "PROVISIONED",
      LastUpdateToPayPerRequestDateTime: 1_700_000_000,
    });
    expect(table.ProvisionedThroughput).toMatchObject({ ReadCapacityUnits: 7, WriteCapacityUnits: 3 });
  });

  it("applies the billing-mode rules", () => {
    expectError(
      () => update(setup(), { BillingMode: "PAY_PER_REQUEST", ProvisionedThroughput: PT(5, 6) }),
      "ValidationException",
      "One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST",
    );
    expectError(
      () => update(setup("PAY_PER_REQUEST"), { BillingMode: "PROVISIONED" }),
      "ValidationException",
      "One or more parameter values were invalid: ProvisionedThroughput must be specified when BillingMode is PROVISIONED",
    );
  });

  it("needs something to update and an existing table", () => {
    expectError(
      () => update(setup(), {}),
      "ValidationException",
      "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates, MultiAccountReplicaReady, ReplicaTransitRoleArn, MultiRegionConsistency, DeletionProtectionEnabled, OnDemandThroughput, WarmThroughput or TableClass is required",
    );
    expectError(
      () => setup().execute("UpdateTable", { TableName: "missing", ProvisionedThroughput: PT(1, 1) }),
      "ResourceNotFoundException",
      "Requested resource not found: Table: missing not found",
    );
  });

  it("enables and disables streams once each", () => {
    const engine = setup();
    update(engine, { StreamSpecification: { StreamEnabled: true, StreamViewType: "KEYS_ONLY" } });
    expect(describeOrders(engine).StreamSpecification).toEqual({
      StreamEnabled: true,
      StreamViewType: "KEYS_ONLY",
    });
    expectError(
      () => update(engine, { StreamSpecification: { StreamEnabled: true, StreamViewType: "KEYS_ONLY" } }),
      "ValidationException",
      "Table already has an enabled stream: TableName: orders",
    );
    update(engine, { StreamSpecification: { StreamEnabled: false } });
    const table = describeOrders(engine);
    expect(table.StreamSpecification).toBeUndefined();
    expect(table.LatestStreamArn).toBe(
      "arn:aws:dynamodb:us-east-1:000000000000:table/orders/stream/2023-11-14T22:13:20.000",
    );
    expectError(
      () => update(engine, { StreamSpecification: { StreamEnabled: false } }),
      "ValidationException",
      "Table has no stream to disable: TableName: orders",
    );
  });

  it("keeps deletion protection and table class changes alone in a request", () => {
    const engine = setup();
    expectError(
      () => update(engine, { DeletionProtectionEnabled: true, ProvisionedThroughput: PT(9, 9) }),
      "ValidationException",
      "One or more parameter values were invalid: DeletionProtection modification must be the only operation in the request",
    );
    expect(update(engine, { DeletionProtectionEnabled: true }).TableStatus).toBe("ACTIVE");
    expect(update(engine, { TableClass: "STANDARD_INFREQUENT_ACCESS" }).TableClassSummary).toEqual({
      TableClass: "STANDARD_INFREQUENT_ACCESS",
      LastUpdateDateTime: 1_700_000_000,
    });
  });

  it("creates a global index, filled from the items already stored", () => {
    const engine = setup("PAY_PER_REQUEST");
    const table = engine.db.tables.get("orders")!;
    const put = (pk: string, group: Record<string, unknown> | undefined) => {
      const item = { pk: { S: pk }, ...(group ? { group } : {}) } as unknown as Record<string, { S: string }>;
      table.store.put(encodeKeyValue({ S: pk }), "", { item, size: 10 });
    };
    put("a", { S: "g1" });
    put("b", { S: "g1" });
    put("c", { N: "1" });
    put("d", undefined);
    const response = update(engine, {
      AttributeDefinitions: [{ AttributeName: "group", AttributeType: "S" }],
      GlobalSecondaryIndexUpdates: [
        {
          Create: {
            IndexName: "byGroup",
            KeySchema: [HASH("group")],
            Projection: { ProjectionType: "KEYS_ONLY" },
          },
        },
      ],
    });
    expect(response.GlobalSecondaryIndexes![0]).toMatchObject({
      IndexStatus: "CREATING",
      Backfilling: false,
    });
    const described = describeOrders(engine);
    expect(described.AttributeDefinitions).toEqual([
      { AttributeName: "group", AttributeType: "S" },
      { AttributeName: "pk", AttributeType: "S" },
    ]);
    expect(described.GlobalSecondaryIndexes![0]).toMatchObject({
      IndexName: "byGroup",
      IndexStatus: "ACTIVE",
      ItemCount: 2,
    });
    expect(described.GlobalSecondaryIndexes![0]!.Backfilling).toBeUndefined();

    update(engine, { GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: "byGroup" } }] });
    const after = describeOrders(engine);
    expect(after.GlobalSecondaryIndexes).toBeUndefined();
    expect(after.AttributeDefinitions).toEqual([{ AttributeName: "pk", AttributeType: "S" }]);
  });

  it("applies the global index update rules", () => {
    const engine = setup("PAY_PER_REQUEST");
    const create = (name: string, attribute = "g") => ({
      Create: { IndexName: name, KeySchema: [HASH(attribute)], Projection: { ProjectionType: "ALL" } },
    });
    expectError(
      () => update(engine, { GlobalSecondaryIndexUpdates: [create("byG")] }),
      "ValidationException",
      "One or more parameter values were invalid: AttributeDefinitions is not specified for index: byG",
    );
    const definitions = [{ AttributeName: "g", AttributeType: "S" }];
    expectError(
      () =>
        update(engine, {
          AttributeDefinitions: definitions,
          GlobalSecondaryIndexUpdates: [create("first"), create("second")],
        }),
      "LimitExceededException",
      "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table",
    );
    expectError(
      () => update(engine, { GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: "nothing" } }] }),
      "ResourceNotFoundException",
      "Requested resource not found: Index nothing for table orders not found",
    );
    update(engine, { AttributeDefinitions: definitions, GlobalSecondaryIndexUpdates: [create("byG")] });
    expectError(
      () =>
        update(engine, { AttributeDefinitions: definitions, GlobalSecondaryIndexUpdates: [create("byG")] }),
      "ValidationException",
      "Attempting to create an index which already exists",
    );
    expectError(
      () => update(engine, { GlobalSecondaryIndexUpdates: [{}] }),
      "ValidationException",
      "One or more parameter values were invalid: One of GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null",
    );
  });

  it("stays UPDATING for the configured delay", async () => {
    const engine = new Engine({ lifecycleDelays: { createMs: 0, deleteMs: 0, updateMs: 20 } });
    engine.execute("CreateTable", {
      TableName: "orders",
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
      KeySchema: [HASH("pk")],
      BillingMode: "PAY_PER_REQUEST",
    });
    update(engine, { BillingMode: "PROVISIONED", ProvisionedThroughput: PT(1, 1) });
    expect(describeOrders(engine).TableStatus).toBe("UPDATING");
    expectError(
      () => update(engine, { ProvisionedThroughput: PT(2, 2) }),
      "ResourceInUseException",
      "Attempt to change a resource which is still in use: Table is being updated: orders",
    );
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(describeOrders(engine).TableStatus).toBe("ACTIVE");
  });
});
