import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { beforeEach, describe, expect, it } from "vitest";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { forEachBackend } from "../../../src/catalog/testing/backends.js";
import { model } from "./entry.js";
import { getProduct, productKey, registerProduct, updateProductPrice } from "./products.js";

forEachBackend(model, (backend) => {
  let documentClient: DynamoDBDocumentClient;
  let tableName: string;
  beforeEach(() => {
    documentClient = backend.documentClient;
    tableName = backend.tableName("OrdersAndStock");
  });

  describe("registerProduct", () => {
    it("creates a product with a new SKU at version 1", async () => {
      const result = await registerProduct(documentClient, tableName, {
        sku: "HS-03",
        name: "Headset",
        price: 59,
        stock: 10,
      });
      expect(result).toEqual({
        created: true,
        product: { sku: "HS-03", name: "Headset", price: 59, stock: 10, version: 1 },
      });
      expect(await getProduct(documentClient, tableName, "HS-03")).toEqual(result.created && result.product);
    });

    it("refuses an existing SKU, returns the stored product and leaves it unchanged", async () => {
      const result = await registerProduct(documentClient, tableName, {
        sku: "KB-01",
        name: "Keyboard (duplicate)",
        price: 1,
        stock: 999,
      });
      const seeded = { sku: "KB-01", name: "Mechanical keyboard", price: 89, stock: 5, version: 1 };
      expect(result).toEqual({ created: false, existing: seeded });
      expect(await getProduct(documentClient, tableName, "KB-01")).toEqual(seeded);
    });
  });

  describe("getProduct", () => {
    it("returns the product without its key attributes, or undefined", async () => {
      expect(await getProduct(documentClient, tableName, "MS-02")).toEqual({
        sku: "MS-02",
        name: "Wireless mouse",
        price: 25,
        stock: 1,
        version: 1,
      });
      expect(await getProduct(documentClient, tableName, "NOPE")).toBeUndefined();
    });
  });

  describe("updateProductPrice", () => {
    it("updates the price and bumps the version when the expected version is current", async () => {
      const result = await updateProductPrice(documentClient, tableName, "KB-01", 79, 1);
      expect(result).toEqual({
        updated: true,
        product: { sku: "KB-01", name: "Mechanical keyboard", price: 79, stock: 5, version: 2 },
      });
    });

    it("prevents a lost update: the second writer of the same version is refused with the current item", async () => {
      const first = await getProduct(documentClient, tableName, "KB-01");
      const second = await getProduct(documentClient, tableName, "KB-01");
      await updateProductPrice(documentClient, tableName, "KB-01", 79, first!.version);
      const late = await updateProductPrice(documentClient, tableName, "KB-01", 85, second!.version);
      expect(late).toEqual({
        updated: false,
        reason: "stale-version",
        current: { sku: "KB-01", name: "Mechanical keyboard", price: 79, stock: 5, version: 2 },
      });
      expect((await getProduct(documentClient, tableName, "KB-01"))!.price).toBe(79);

      const retried = await updateProductPrice(documentClient, tableName, "KB-01", 85, 2);
      expect(retried).toMatchObject({ updated: true, product: { price: 85, version: 3 } });
    });

    it("reports a missing product as not-found and creates nothing", async () => {
      expect(await updateProductPrice(documentClient, tableName, "NOPE", 10, 1)).toEqual({
        updated: false,
        reason: "not-found",
      });
      expect(await getProduct(documentClient, tableName, "NOPE")).toBeUndefined();
    });

    it("is refused by DynamoDB itself, not by the client: the raw exception type and message", async () => {
      const write = documentClient.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...productKey("KB-01"), sku: "KB-01" },
          ConditionExpression: "attribute_not_exists(PK)",
        }),
      );
      await expect(write).rejects.toBeInstanceOf(ConditionalCheckFailedException);
      await expect(write).rejects.toMatchObject({
        name: "ConditionalCheckFailedException",
        message: "The conditional request failed",
      });
    });
  });
});
