import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";

export interface Product {
  sku: string;
  name: string;
  price: number;
  stock: number;
  /** Bumped by every edit of the product record; writers send the version they read. */
  version: number;
}

export function productKey(sku: string): { PK: string; SK: string } {
  return { PK: `PRODUCT#${sku}`, SK: "PRODUCT" };
}

/** The product without its key attributes, as the application sees it. */
export function toProduct(stored: Record<string, unknown>): Product {
  const { sku, name, price, stock, version } = stored as unknown as Product;
  return { sku, name, price, stock, version };
}

// #region registerProduct
export type RegisterProductResult =
  { created: true; product: Product } | { created: false; existing: Product };

/**
 * Creates a product only if its SKU is new. Without the condition a second registration would
 * silently replace the first, stock and all; with it, DynamoDB refuses and hands back the item
 * that is already there (ReturnValuesOnConditionCheckFailure), at no extra read.
 */
export async function registerProduct(
  client: DynamoDBDocumentClient,
  tableName: string,
  product: Omit<Product, "version">,
): Promise<RegisterProductResult> {
  const item = { ...productKey(product.sku), ...product, version: 1 };
  try {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: item,
        ConditionExpression: "attribute_not_exists(PK)",
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      }),
    );
    return { created: true, product: toProduct(item) };
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException && error.Item) {
      // Exceptions are not translated by the document client: the old item is in wire form.
      return { created: false, existing: toProduct(unmarshall(error.Item)) };
    }
    throw error;
  }
}
// #endregion registerProduct

// #region getProduct
/** A strongly consistent read: the version it returns is the latest, so an edit based on it can succeed. */
export async function getProduct(
  client: DynamoDBDocumentClient,
  tableName: string,
  sku: string,
): Promise<Product | undefined> {
  const { Item } = await client.send(
    new GetCommand({ TableName: tableName, Key: productKey(sku), ConsistentRead: true }),
  );
  return Item ? toProduct(Item) : undefined;
}
// #endregion getProduct

// #region updateProductPrice
export type UpdatePriceResult =
  | { updated: true; product: Product }
  | { updated: false; reason: "stale-version"; current: Product }
  | { updated: false; reason: "not-found" };

/**
 * Optimistic concurrency: the write succeeds only if nobody changed the product since the caller
 * read `expectedVersion`. A refused write returns the current item so the caller can show the
 * newer data, merge, or retry on top of it, instead of overwriting someone else's edit.
 */
export async function updateProductPrice(
  client: DynamoDBDocumentClient,
  tableName: string,
  sku: string,
  price: number,
  expectedVersion: number,
): Promise<UpdatePriceResult> {
  try {
    const { Attributes } = await client.send(
      new UpdateCommand({
        TableName: tableName,
        Key: productKey(sku),
        UpdateExpression: "SET price = :price, version = version + :one",
        ConditionExpression: "version = :expected",
        ExpressionAttributeValues: { ":price": price, ":one": 1, ":expected": expectedVersion },
        ReturnValues: "ALL_NEW",
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      }),
    );
    return { updated: true, product: toProduct(Attributes!) };
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) {
      // A missing item also fails `version = :expected`; it comes back without an old item.
      if (!error.Item) return { updated: false, reason: "not-found" };
      return { updated: false, reason: "stale-version", current: toProduct(unmarshall(error.Item)) };
    }
    throw error;
  }
}
// #endregion updateProductPrice
