import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Engine } from "../engine.js";
import type { Item } from "../values/attribute-value.js";
import { errorOf } from "./test-support.js";

type IndexDescription = Record<string, unknown>;
type Description = Record<string, unknown> & { GlobalSecondaryIndexes?: IndexDescription[] };

function ordersWithItems(engine: Engine): Engine {
  engine.execute("CreateTable", {
    TableName: "orders",
    AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
    KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
    BillingMode: "PAY_PER_REQUEST",
  });
  for (const [pk, group] of [
    ["a", "red"],
    ["b", "red"],
    ["c", "blue"],
  ]) {
    engine.execute("PutItem", { TableName: "orders", Item: { pk: { S: pk }, group: { S: group! } } });
  }
  // An item whose index key has another type than the index declares stays out of the backfill.
  engine.execute("PutItem", { TableName: "orders", Item: { pk: { S: "d" }, group: { N: "1" } } });
  return engine;
}

const createByGroup = (engine: Engine) =>
  (
    engine.execute("UpdateTable", {
      TableName: "orders",
      AttributeDefinitions: [{ AttributeName: "group", AttributeType: "S" }],
      GlobalSecondaryIndexUpdates: [
        {
          Create: {
            IndexName: "byGroup",
            KeySchema: [{ AttributeName: "group", KeyType: "HASH" }],
            Projection: { ProjectionType: "ALL" },
          },
        },
      ],
    }) as { TableDescription: Description }
  ).TableDescription;

const describeOrders = (engine: Engine) =>
  (engine.execute("DescribeTable", { TableName: "orders" }) as { Table: Description }).Table;

const queryGroup = (engine: Engine, group: string) =>
  (
    engine.execute("Query", {
      TableName: "orders",
      IndexName: "byGroup",
      KeyConditionExpression: "#g = :g",
      ExpressionAttributeNames: { "#g": "group" },
      ExpressionAttributeValues: { ":g": { S: group } },
    }) as { Items: Item[] }
  ).Items.map((item) => (item.pk as { S: string }).S);

describe("GSI creation without lifecycle delays", () => {
  it("answers CREATING while allocating, then is ACTIVE and backfilled at once", () => {
    const engine = ordersWithItems(new Engine());
    const response = createByGroup(engine);
    expect(response.TableStatus).toBe("UPDATING");
    const created = response.GlobalSecondaryIndexes![0]!;
    expect(created).toMatchObject({ IndexName: "byGroup", IndexStatus: "CREATING", Backfilling: false });
    expect(created).not.toHaveProperty("ItemCount");
    expect(created).not.toHaveProperty("IndexSizeBytes");

    const described = describeOrders(engine);
    expect(described.TableStatus).toBe("ACTIVE");
    expect(described.GlobalSecondaryIndexes![0]).toMatchObject({ IndexStatus: "ACTIVE", ItemCount: 3 });
    expect(described.GlobalSecondaryIndexes![0]).not.toHaveProperty("Backfilling");
    expect(queryGroup(engine, "red")).toEqual(["a", "b"]);
  });
});

describe("GSI lifecycle with delays", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const delayedEngine = () =>
    ordersWithItems(new Engine({ lifecycleDelays: { createMs: 0, deleteMs: 0, updateMs: 1000 } }));

  it("allocates while the table is UPDATING, then backfills with the table ACTIVE, then is ACTIVE", () => {
    const engine = delayedEngine();
    createByGroup(engine);
    const allocating = describeOrders(engine);
    expect(allocating.TableStatus).toBe("UPDATING");
    expect(allocating.GlobalSecondaryIndexes![0]).toMatchObject({
      IndexStatus: "CREATING",
      Backfilling: false,
    });
    expect(allocating.GlobalSecondaryIndexes![0]).not.toHaveProperty("ItemCount");
    expect(errorOf(() => queryGroup(engine, "red"))).toMatchObject({
      type: "ValidationException",
      message: "Cannot read from backfilling global secondary index: byGroup",
    });

    vi.advanceTimersByTime(1000);
    const backfilling = describeOrders(engine);
    expect(backfilling.TableStatus).toBe("ACTIVE");
    expect(backfilling.GlobalSecondaryIndexes![0]).toMatchObject({
      IndexStatus: "CREATING",
      Backfilling: true,
    });
    expect(errorOf(() => engine.execute("Scan", { TableName: "orders", IndexName: "byGroup" })).message).toBe(
      "Cannot read from backfilling global secondary index: byGroup",
    );

    // Writes during the backfill: a new item, a moved item, a deleted item.
    engine.execute("PutItem", { TableName: "orders", Item: { pk: { S: "e" }, group: { S: "red" } } });
    engine.execute("UpdateItem", {
      TableName: "orders",
      Key: { pk: { S: "a" } },
      UpdateExpression: "SET #g = :g",
      ExpressionAttributeNames: { "#g": "group" },
      ExpressionAttributeValues: { ":g": { S: "blue" } },
    });
    engine.execute("DeleteItem", { TableName: "orders", Key: { pk: { S: "b" } } });

    vi.advanceTimersByTime(999);
    expect(describeOrders(engine).GlobalSecondaryIndexes![0]!.IndexStatus).toBe("CREATING");
    vi.advanceTimersByTime(1);
    const after = describeOrders(engine);
    expect(after.TableStatus).toBe("ACTIVE");
    expect(after.GlobalSecondaryIndexes![0]).toMatchObject({ IndexStatus: "ACTIVE", ItemCount: 3 });
    expect(after.GlobalSecondaryIndexes![0]).not.toHaveProperty("Backfilling");
    expect(queryGroup(engine, "red")).toEqual(["e"]);
    expect(queryGroup(engine, "blue").sort()).toEqual(["a", "c"]);
  });

  it("refuses table changes while the new index is allocated", () => {
    const engine = delayedEngine();
    createByGroup(engine);
    expect(
      errorOf(() =>
        engine.execute("UpdateTable", {
          TableName: "orders",
          GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: "byGroup" } }],
        }),
      ),
    ).toMatchObject({
      type: "ResourceInUseException",
      message: "Attempt to change a resource which is still in use: Table is being updated: orders",
    });
  });

  it("deletes an index while it backfills, and the backfill never completes", () => {
    const engine = delayedEngine();
    createByGroup(engine);
    vi.advanceTimersByTime(1000);
    engine.execute("UpdateTable", {
      TableName: "orders",
      GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: "byGroup" } }],
    });
    expect(describeOrders(engine).GlobalSecondaryIndexes![0]!.IndexStatus).toBe("DELETING");
    vi.advanceTimersByTime(5000);
    const after = describeOrders(engine);
    expect(after.TableStatus).toBe("ACTIVE");
    expect(after.GlobalSecondaryIndexes).toBeUndefined();
  });

  it("shows a deleted index DELETING, unreadable, until the delay ends", () => {
    const engine = delayedEngine();
    createByGroup(engine);
    vi.advanceTimersByTime(2000);
    const response = engine.execute("UpdateTable", {
      TableName: "orders",
      GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: "byGroup" } }],
    }) as { TableDescription: Description };
    expect(response.TableDescription.GlobalSecondaryIndexes![0]!.IndexStatus).toBe("DELETING");
    expect(response.TableDescription.GlobalSecondaryIndexes![0]).not.toHaveProperty("ItemCount");
    const during = describeOrders(engine);
    expect(during.TableStatus).toBe("UPDATING");
    expect(during.GlobalSecondaryIndexes![0]!.IndexStatus).toBe("DELETING");
    expect(errorOf(() => queryGroup(engine, "red")).message).toBe(
      "The table does not have the specified index: byGroup",
    );
    vi.advanceTimersByTime(1000);
    const after = describeOrders(engine);
    expect(after.TableStatus).toBe("ACTIVE");
    expect(after.GlobalSecondaryIndexes).toBeUndefined();
    expect(after.AttributeDefinitions).toEqual([{ AttributeName: "pk", AttributeType: "S" }]);
  });
});
