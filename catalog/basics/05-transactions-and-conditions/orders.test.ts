import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { forEachBackend } from "../../../src/catalog/testing/backends.js";
import { model } from "./entry.js";
import { customerKey, explainCancellation, getOrderWithProduct, placeOrder } from "./orders.js";
import { getProduct, productKey } from "./products.js";
import { openInProcess } from "../../../src/catalog/testing/in-process.js";

/**
 * Tokens are remembered per account for ten minutes, whatever the table: every test needs its
 * own, or a run against a shared endpoint sees the previous run's tokens.
 */
let token: (label: string) => string;

beforeEach(() => {
  const run = randomUUID().slice(0, 8);
  token = (label) => `${label}-${run}`;
});
const newOrder = { orderId: "o-1001", customerId: "c-42", sku: "KB-01", quantity: 2 };

forEachBackend(model, (backend) => {
  let documentClient: DynamoDBDocumentClient;
  let tableName: string;
  beforeEach(() => {
    documentClient = backend.documentClient;
    tableName = backend.tableName("OrdersAndStock");
  });

  const stockOf = async (sku: string) => (await getProduct(documentClient, tableName, sku))?.stock;
  const orderOf = async (orderId: string) =>
    (await getOrderWithProduct(documentClient, tableName, orderId, "KB-01")).order;

  describe("placeOrder", () => {
    it("takes the stock and creates the order together", async () => {
      expect(await placeOrder(documentClient, tableName, newOrder, token("token-1001"))).toEqual({
        placed: true,
        order: { ...newOrder, status: "PLACED" },
      });
      expect(await stockOf("KB-01")).toBe(3);
      expect(await orderOf("o-1001")).toEqual({ ...newOrder, status: "PLACED" });
    });

    it("refuses more than the stock on hand, reporting what is available, and writes nothing", async () => {
      const order = { ...newOrder, sku: "MS-02" };
      expect(await placeOrder(documentClient, tableName, order, token("token-1001"))).toEqual({
        placed: false,
        reason: "insufficient-stock",
        available: 1,
      });
      expect(await stockOf("MS-02")).toBe(1);
      expect(await orderOf("o-1001")).toBeUndefined();
    });

    it("sells the last unit exactly once: stock never goes below zero", async () => {
      const first = { ...newOrder, sku: "MS-02", quantity: 1 };
      const second = { ...first, orderId: "o-1002" };
      expect(await placeOrder(documentClient, tableName, first, token("t-1"))).toMatchObject({
        placed: true,
      });
      expect(await placeOrder(documentClient, tableName, second, token("t-2"))).toEqual({
        placed: false,
        reason: "insufficient-stock",
        available: 0,
      });
      expect(await stockOf("MS-02")).toBe(0);
    });

    it("refuses an unknown product without creating a stock item for it", async () => {
      const order = { ...newOrder, sku: "NOPE" };
      expect(await placeOrder(documentClient, tableName, order, token("token-1001"))).toEqual({
        placed: false,
        reason: "unknown-product",
      });
      expect(await getProduct(documentClient, tableName, "NOPE")).toBeUndefined();
      expect(await orderOf("o-1001")).toBeUndefined();
    });

    it("refuses a suspended customer and leaves the stock alone", async () => {
      const order = { ...newOrder, customerId: "c-77" };
      expect(await placeOrder(documentClient, tableName, order, token("token-1001"))).toEqual({
        placed: false,
        reason: "customer-not-active",
      });
      expect(await stockOf("KB-01")).toBe(5);
    });

    it("refuses an order id that exists, returning the stored order, and gives the stock back untouched", async () => {
      const duplicate = { ...newOrder, orderId: "o-1000" };
      expect(await placeOrder(documentClient, tableName, duplicate, token("token-other"))).toEqual({
        placed: false,
        reason: "duplicate-order",
        existing: { orderId: "o-1000", customerId: "c-42", sku: "KB-01", quantity: 1, status: "PLACED" },
      });
      expect(await stockOf("KB-01")).toBe(5);
    });

    it("retried with the same token, succeeds again without taking the stock twice", async () => {
      await placeOrder(documentClient, tableName, newOrder, token("token-1001"));
      expect(await placeOrder(documentClient, tableName, newOrder, token("token-1001"))).toEqual({
        placed: true,
        order: { ...newOrder, status: "PLACED" },
      });
      expect(await stockOf("KB-01")).toBe(3);
    });

    it("retried with a new token, is refused as a duplicate order: the token is what makes a retry safe", async () => {
      await placeOrder(documentClient, tableName, newOrder, token("token-1001"));
      expect(await placeOrder(documentClient, tableName, newOrder, token("token-fresh"))).toMatchObject({
        placed: false,
        reason: "duplicate-order",
      });
      expect(await stockOf("KB-01")).toBe(3);
    });

    it("refuses a token reused for a different request and changes nothing", async () => {
      await placeOrder(documentClient, tableName, newOrder, token("token-1001"));
      const changed = { ...newOrder, quantity: 3 };
      expect(await placeOrder(documentClient, tableName, changed, token("token-1001"))).toEqual({
        placed: false,
        reason: "request-token-reused",
      });
      expect(await stockOf("KB-01")).toBe(3);
    });
  });

  describe("CancellationReasons", () => {
    it("has one positional reason per action, with the old item of the failed one", async () => {
      const send = documentClient.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              ConditionCheck: {
                TableName: tableName,
                Key: customerKey("c-42"),
                ConditionExpression: "accountStatus = :active",
                ExpressionAttributeValues: { ":active": "ACTIVE" },
              },
            },
            {
              Update: {
                TableName: tableName,
                Key: productKey("MS-02"),
                UpdateExpression: "SET stock = stock - :quantity",
                ConditionExpression: "stock >= :quantity",
                ExpressionAttributeValues: { ":quantity": 5 },
                ReturnValuesOnConditionCheckFailure: "ALL_OLD",
              },
            },
          ],
        }),
      );
      const error = await send.catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TransactionCanceledException);
      const cancelled = error as TransactionCanceledException;
      expect(cancelled.message).toBe(
        "Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]",
      );
      expect(cancelled.CancellationReasons?.map((reason) => reason.Code)).toEqual([
        "None",
        "ConditionalCheckFailed",
      ]);
      expect(explainCancellation(cancelled.CancellationReasons!)).toEqual([
        {
          action: "reserve stock",
          code: "ConditionalCheckFailed",
          item: {
            PK: "PRODUCT#MS-02",
            SK: "PRODUCT",
            sku: "MS-02",
            name: "Wireless mouse",
            price: 25,
            stock: 1,
            version: 1,
          },
        },
      ]);
    });

    it("maps each code to its action and skips the actions that passed", () => {
      expect(
        explainCancellation([
          { Code: "TransactionConflict" },
          { Code: "None" },
          { Code: "ConditionalCheckFailed" },
        ]),
      ).toEqual([
        { action: "check customer", code: "TransactionConflict" },
        { action: "create order", code: "ConditionalCheckFailed" },
      ]);
    });
  });

  describe("getOrderWithProduct", () => {
    it("returns the order and its product from one snapshot", async () => {
      expect(await getOrderWithProduct(documentClient, tableName, "o-1000", "KB-01")).toEqual({
        order: { orderId: "o-1000", customerId: "c-42", sku: "KB-01", quantity: 1, status: "PLACED" },
        product: { sku: "KB-01", name: "Mechanical keyboard", price: 89, stock: 5, version: 1 },
      });
    });

    it("leaves out an item that does not exist", async () => {
      expect(await getOrderWithProduct(documentClient, tableName, "o-404", "MS-02")).toEqual({
        product: { sku: "MS-02", name: "Wireless mouse", price: 25, stock: 1, version: 1 },
      });
    });
  });
});

// The conflict switch is the engine's own, so this runs in process only.
describe("placeOrder under a transaction conflict", () => {
  it("reports a conflict with the failed actions and writes nothing", async () => {
    const conflicted = await openInProcess(model, { faults: { transactionConflictFraction: 1, seed: 1 } });
    try {
      const name = conflicted.tableName("OrdersAndStock");
      const result = await placeOrder(conflicted.documentClient, name, newOrder, token("token-1001"));
      expect(result).toMatchObject({ placed: false, reason: "conflict" });
      const failed = result.placed === false && result.reason === "conflict" ? result.failed : [];
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.every((f) => f.code === "TransactionConflict")).toBe(true);
      expect((await getProduct(conflicted.documentClient, name, "KB-01"))?.stock).toBe(5);
    } finally {
      await conflicted.close();
    }
  });
});
