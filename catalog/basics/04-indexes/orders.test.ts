import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { expect, it } from "vitest";
import { forEachBackend } from "../../../src/catalog/testing/backends.js";
import { sellerOrders } from "./index-queries.js";
import { model } from "./model.js";
import { markShipped, orderKey, OrderAlreadyExistsError, placeOrder, type NewOrder } from "./orders.js";
import { ordersAwaitingShipment } from "./sparse-index.js";
import { seededOrder } from "./test-support.js";

const newOrder: NewOrder = {
  customerId: "alan",
  orderId: "o-1011",
  sellerId: "books",
  placedAt: "2026-03-06T08:00:00Z",
  total: 31.4,
  lines: ["Intelligent Machinery"],
  warehouse: "DUB1",
};

forEachBackend(model, (backend) => {
  const table = () => backend.tableName("MarketplaceOrders");
  const read = async (customerId: string, orderId: string) =>
    (
      await backend.documentClient.send(
        new GetCommand({ TableName: table(), Key: orderKey(customerId, orderId) }),
      )
    ).Item;

  it("places an order, writing the table and each of the three indexes once", async () => {
    const placed = await placeOrder(backend.documentClient, table(), newOrder);
    const stored = {
      PK: "CUSTOMER#alan",
      SK: "ORDER#o-1011",
      customerId: "alan",
      orderId: "o-1011",
      sellerId: "books",
      placedAt: "2026-03-06T08:00:00Z",
      total: 31.4,
      lines: ["Intelligent Machinery"],
      status: "PLACED",
      awaitingShipmentFrom: "DUB1",
    };
    expect(placed.order).toEqual(stored);
    expect(await read("alan", "o-1011")).toEqual(stored);
    expect(placed.consumedCapacity).toEqual({
      TableName: table(),
      CapacityUnits: 4,
      Table: { CapacityUnits: 1 },
      GlobalSecondaryIndexes: { BySeller: { CapacityUnits: 1 }, AwaitingShipment: { CapacityUnits: 1 } },
      LocalSecondaryIndexes: { ByTotal: { CapacityUnits: 1 } },
    });
    // DynamoDB reports ItemCollectionMetrics for writes to a table with a local index; DynamoDB
    // Local 1.25.1 leaves them out.
    if (backend.kind === "in-process") expect(placed.itemCollectionSizeGB).toEqual([0, 1]);
  });

  it("refuses to overwrite an existing order", async () => {
    await expect(
      placeOrder(backend.documentClient, table(), { ...newOrder, customerId: "ada", orderId: "o-1001" }),
    ).rejects.toThrow(new OrderAlreadyExistsError("o-1001"));
    expect(await read("ada", "o-1001")).toEqual(seededOrder("o-1001"));
  });

  it("ships an order: it leaves the pick queue but stays in the table and the seller index", async () => {
    const shipped = await markShipped(backend.documentClient, table(), "ada", "o-1009");
    expect(shipped.outcome).toBe("shipped");
    const { awaitingShipmentFrom: _gone, ...rest } = seededOrder("o-1009");
    expect(await read("ada", "o-1009")).toEqual({ ...rest, status: "SHIPPED", shippedFrom: "DUB1" });
    const queue = await ordersAwaitingShipment(backend.documentClient, table(), "DUB1");
    expect(queue.orders.map((order) => order.orderId)).toEqual(["o-1008", "o-1010"]);
    const books = await sellerOrders(backend.documentClient, table(), "books");
    expect(books.find((order) => order.orderId === "o-1009")?.status).toBe("SHIPPED");
  });

  it("charges the table and every index whose entry changes when an order ships", async () => {
    const shipped = await markShipped(backend.documentClient, table(), "grace", "o-1006");
    expect(shipped).toEqual({
      outcome: "shipped",
      consumedCapacity: {
        TableName: table(),
        CapacityUnits: 4,
        Table: { CapacityUnits: 1 },
        // BySeller: a projected attribute (status) changed; AwaitingShipment: the entry is deleted.
        GlobalSecondaryIndexes: { BySeller: { CapacityUnits: 1 }, AwaitingShipment: { CapacityUnits: 1 } },
        LocalSecondaryIndexes: { ByTotal: { CapacityUnits: 1 } },
      },
    });
  });

  it("ships an order once, and tells an already shipped order from a missing one", async () => {
    expect((await markShipped(backend.documentClient, table(), "ada", "o-1009")).outcome).toBe("shipped");
    expect(await markShipped(backend.documentClient, table(), "ada", "o-1009")).toEqual({
      outcome: "already-shipped",
    });
    expect(await markShipped(backend.documentClient, table(), "ada", "o-1001")).toEqual({
      outcome: "already-shipped",
    });
    expect(await markShipped(backend.documentClient, table(), "ada", "o-9999")).toEqual({
      outcome: "not-found",
    });
    expect(await read("ada", "o-9999")).toBeUndefined();
  });
});
