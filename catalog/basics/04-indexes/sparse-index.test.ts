import { DeleteCommand, QueryCommand, ScanCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { expect, it } from "vitest";
import { forEachBackend } from "../../../src/catalog/testing/backends.js";
import { model } from "./model.js";
import { markShipped, orderKey } from "./orders.js";
import { batchGetOrders, ordersAwaitingShipment } from "./sparse-index.js";
import { seededOrder } from "./test-support.js";

forEachBackend(model, (backend) => {
  const table = () => backend.tableName("MarketplaceOrders");

  it("returns a warehouse's pick queue, oldest first, as whole orders", async () => {
    const dublin = await ordersAwaitingShipment(backend.documentClient, table(), "DUB1");
    expect(dublin.orders).toEqual(["o-1008", "o-1009", "o-1010"].map(seededOrder));
    expect(dublin.staleEntries).toBe(0);
    const frankfurt = await ordersAwaitingShipment(backend.documentClient, table(), "FRA1");
    expect(frankfurt.orders).toEqual([seededOrder("o-1006")]);
    const nowhere = await ordersAwaitingShipment(backend.documentClient, table(), "LHR9");
    expect(nowhere.orders).toEqual([]);
    // No index entries: no BatchGetItem is sent, so the table is not read at all.
    expect(nowhere.capacityUnits.table).toBe(0);
  });

  it("holds only the orders that carry the index key: four of the eight", async () => {
    const index = await backend.documentClient.send(
      new ScanCommand({ TableName: table(), IndexName: "AwaitingShipment" }),
    );
    const entries = (index.Items ?? []).map((entry) => entry.SK as string).sort();
    expect(entries).toEqual(["ORDER#o-1006", "ORDER#o-1008", "ORDER#o-1009", "ORDER#o-1010"]);
    // KEYS_ONLY: an entry is the table key plus the index key, nothing else.
    expect(Object.keys(index.Items![0]!).sort()).toEqual(["PK", "SK", "awaitingShipmentFrom", "placedAt"]);
    const all = await backend.documentClient.send(new ScanCommand({ TableName: table(), Select: "COUNT" }));
    expect(all.Count).toBe(8);
  });

  it("drops index entries whose order has shipped or vanished since the index was read", async () => {
    const staleEntries = [
      { ...orderKey("alan", "o-1008"), awaitingShipmentFrom: "DUB1", placedAt: "2026-03-04T20:10:00Z" },
      { ...orderKey("ada", "o-1009"), awaitingShipmentFrom: "DUB1", placedAt: "2026-03-05T07:05:00Z" },
      { ...orderKey("grace", "o-1010"), awaitingShipmentFrom: "DUB1", placedAt: "2026-03-05T09:45:00Z" },
    ];
    await markShipped(backend.documentClient, table(), "ada", "o-1009");
    await backend.documentClient.send(
      new DeleteCommand({ TableName: table(), Key: orderKey("grace", "o-1010") }),
    );
    // A client whose index reads still return the entries as they were before the two writes,
    // as a global index may for a moment in DynamoDB.
    const lagging: DynamoDBDocumentClient = Object.create(backend.documentClient);
    lagging.send = (async (command: unknown) =>
      command instanceof QueryCommand
        ? { Items: staleEntries, Count: 3, ScannedCount: 3, $metadata: {} }
        : backend.documentClient.send(command as never)) as DynamoDBDocumentClient["send"];
    const queue = await ordersAwaitingShipment(lagging, table(), "DUB1");
    expect(queue.orders).toEqual([seededOrder("o-1008")]);
    expect(queue.staleEntries).toBe(2);
  });

  it("fetches more than 100 keys in several batches, skipping keys that have no item", async () => {
    const missing = Array.from({ length: 120 }, (_, n) => orderKey("nobody", `o-${5000 + n}`));
    const wanted = [orderKey("ada", "o-1001"), ...missing, orderKey("alan", "o-1003")];
    const { items } = await batchGetOrders(backend.documentClient, table(), wanted);
    expect(items.map((order) => order.orderId).sort()).toEqual(["o-1001", "o-1003"]);
  });
});

forEachBackend(
  model,
  (backend) => {
    it("retries the keys DynamoDB hands back unprocessed until every order is fetched", async () => {
      const table = backend.tableName("MarketplaceOrders");
      const keys = ["o-1001", "o-1002", "o-1003", "o-1004", "o-1006", "o-1008", "o-1009", "o-1010"].map(
        (id) => {
          const { PK, SK } = seededOrder(id);
          return { PK, SK };
        },
      );
      const { items } = await batchGetOrders(backend.documentClient, table, keys, { maxAttempts: 20 });
      expect(items.map((order) => order.orderId).sort()).toEqual(keys.map((key) => key.SK.slice(6)));
      const queue = await ordersAwaitingShipment(backend.documentClient, table, "DUB1");
      expect(queue.orders).toEqual(["o-1008", "o-1009", "o-1010"].map(seededOrder));
    });
  },
  { engineOptions: { faults: { unprocessedFraction: 0.6, seed: 11 } } },
);
