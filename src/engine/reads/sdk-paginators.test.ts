import {
  CreateTableCommand,
  DynamoDBServiceException,
  PutItemCommand,
  QueryCommand,
  paginateQuery,
  paginateScan,
} from "@aws-sdk/client-dynamodb";
import { QueryCommand as DocumentQueryCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDynamoDB, type DynamoDB } from "../../client/create-dynamodb.js";
import { Engine } from "../engine.js";

/** Query and Scan through the AWS SDK v3, whose paginators must work unchanged. */
describe("Query and Scan through the SDK", () => {
  let dynamodb: DynamoDB;

  beforeAll(async () => {
    dynamodb = createDynamoDB({ engine: new Engine() });
    await dynamodb.client.send(
      new CreateTableCommand({
        TableName: "events",
        AttributeDefinitions: [
          { AttributeName: "pk", AttributeType: "S" },
          { AttributeName: "at", AttributeType: "N" },
        ],
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "at", KeyType: "RANGE" },
        ],
        BillingMode: "PAY_PER_REQUEST",
      }),
    );
    for (let i = 0; i < 25; i++) {
      await dynamodb.client.send(
        new PutItemCommand({
          TableName: "events",
          Item: {
            pk: { S: i % 2 === 0 ? "even" : "odd" },
            at: { N: String(i) },
            kind: { S: i % 3 === 0 ? "x" : "y" },
          },
        }),
      );
    }
  });

  afterAll(async () => {
    await dynamodb.close();
  });

  it("paginateQuery walks every page in order", async () => {
    const seen: number[] = [];
    let pages = 0;
    const paginator = paginateQuery(
      { client: dynamodb.client, pageSize: 4 },
      {
        TableName: "events",
        KeyConditionExpression: "pk = :p",
        ExpressionAttributeValues: { ":p": { S: "even" } },
      },
    );
    for await (const page of paginator) {
      pages++;
      for (const item of page.Items ?? []) seen.push(Number(item.at!.N));
    }
    expect(seen).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24]);
    expect(pages).toBe(4);
  });

  it("a page that stops on Limit at the last item is followed by an empty one", async () => {
    const sizes: number[] = [];
    const paginator = paginateQuery(
      { client: dynamodb.client, pageSize: 13 },
      {
        TableName: "events",
        KeyConditionExpression: "pk = :p",
        ExpressionAttributeValues: { ":p": { S: "even" } },
      },
    );
    for await (const page of paginator) sizes.push(page.Count ?? -1);
    expect(sizes).toEqual([13, 0]);
  });

  it("paginateScan with a filter returns every match exactly once", async () => {
    const seen: number[] = [];
    const paginator = paginateScan(
      { client: dynamodb.client, pageSize: 5 },
      { TableName: "events", FilterExpression: "kind = :k", ExpressionAttributeValues: { ":k": { S: "x" } } },
    );
    for await (const page of paginator) for (const item of page.Items ?? []) seen.push(Number(item.at!.N));
    expect(seen.sort((a, b) => a - b)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24]);
  });

  it("the document client queries with plain values", async () => {
    const output = await dynamodb.documentClient.send(
      new DocumentQueryCommand({
        TableName: "events",
        KeyConditionExpression: "pk = :p AND #at BETWEEN :a AND :b",
        ExpressionAttributeNames: { "#at": "at" },
        ExpressionAttributeValues: { ":p": "odd", ":a": 3, ":b": 7 },
        ScanIndexForward: false,
      }),
    );
    expect(output.Items).toEqual([
      { pk: "odd", at: 7, kind: "y" },
      { pk: "odd", at: 5, kind: "y" },
      { pk: "odd", at: 3, kind: "x" },
    ]);
  });

  it("errors arrive as the SDK's service exceptions", async () => {
    const failure = await dynamodb.client
      .send(
        new QueryCommand({
          TableName: "events",
          KeyConditionExpression: "#at = :a",
          ExpressionAttributeNames: { "#at": "at" },
          ExpressionAttributeValues: { ":a": { N: "1" } },
        }),
      )
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DynamoDBServiceException);
    expect((failure as DynamoDBServiceException).name).toBe("ValidationException");
    expect((failure as DynamoDBServiceException).message).toBe(
      "Query condition missed key schema element: pk",
    );
  });
});
