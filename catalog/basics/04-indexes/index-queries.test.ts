import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { expect, it } from "vitest";
import { forEachBackend } from "../../../src/catalog/testing/backends.js";
import { customerOrdersByTotal, sellerOrders } from "./index-queries.js";
import { model } from "./model.js";
import { placeOrder } from "./orders.js";
import { seededOrder } from "./test-support.js";

/** What BySeller projects of a seeded order: table keys, index keys and the INCLUDE list. */
function sellerSummary(orderId: string) {
  const { PK, SK, sellerId, placedAt, customerId, status, total } = seededOrder(orderId);
  return { PK, SK, sellerId, placedAt, orderId, customerId, status, total };
}

forEachBackend(model, (backend) => {
  const table = () => backend.tableName("MarketplaceOrders");

  it("lists a seller's orders newest first, with only the projected attributes", async () => {
    expect(await sellerOrders(backend.documentClient, table(), "books")).toEqual(
      ["o-1010", "o-1009", "o-1008", "o-1002", "o-1001"].map(sellerSummary),
    );
    expect(await sellerOrders(backend.documentClient, table(), "games")).toEqual(
      ["o-1006", "o-1004", "o-1003"].map(sellerSummary),
    );
  });

  it("narrows a seller's orders by date with the index sort key", async () => {
    const recent = await sellerOrders(backend.documentClient, table(), "books", {
      placedSince: "2026-03-04",
    });
    expect(recent.map((order) => order.orderId)).toEqual(["o-1010", "o-1009", "o-1008"]);
  });

  it("lists a customer's orders by amount, largest first, as whole items", async () => {
    expect(await customerOrdersByTotal(backend.documentClient, table(), "ada")).toEqual(
      ["o-1004", "o-1001", "o-1009"].map(seededOrder),
    );
    const large = await customerOrdersByTotal(backend.documentClient, table(), "grace", { minTotal: 40 });
    expect(large.map((order) => order.orderId)).toEqual(["o-1002", "o-1010"]);
  });

  it("sees a new order in the local index on the very next strongly consistent read", async () => {
    await placeOrder(backend.documentClient, table(), {
      customerId: "ada",
      orderId: "o-1012",
      sellerId: "games",
      placedAt: "2026-03-06T12:00:00Z",
      total: 45,
      lines: ["Punched Card Puzzle"],
      warehouse: "FRA1",
    });
    const orders = await customerOrdersByTotal(backend.documentClient, table(), "ada");
    expect(orders.map((order) => [order.orderId, order.total])).toEqual([
      ["o-1004", 59.99],
      ["o-1012", 45],
      ["o-1001", 42.5],
      ["o-1009", 18],
    ]);
  });

  it("refuses a strongly consistent read of a global index", async () => {
    await expect(
      backend.documentClient.send(
        new QueryCommand({
          TableName: table(),
          IndexName: "BySeller",
          KeyConditionExpression: "sellerId = :seller",
          ExpressionAttributeValues: { ":seller": "books" },
          ConsistentRead: true,
        }),
      ),
    ).rejects.toMatchObject({
      name: "ValidationException",
      // DynamoDB's text; DynamoDB Local 1.25.1 words it "Consistent read cannot be true when querying a GSI".
      message:
        backend.kind === "in-process"
          ? "Consistent reads are not supported on global secondary indexes"
          : "Consistent read cannot be true when querying a GSI",
    });
  });

  it("refuses to return whole items from a global index that does not project them all", async () => {
    await expect(
      backend.documentClient.send(
        new QueryCommand({
          TableName: table(),
          IndexName: "BySeller",
          KeyConditionExpression: "sellerId = :seller",
          ExpressionAttributeValues: { ":seller": "books" },
          Select: "ALL_ATTRIBUTES",
        }),
      ),
    ).rejects.toMatchObject({
      name: "ValidationException",
      message:
        "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index BySeller because its projection type is not ALL",
    });
  });
});
