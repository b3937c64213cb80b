import { GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { dynamoDBLocalUnavailable, forEachBackend } from "./backends.js";
import { sampleModel } from "./sample-model.js";

describe("forEachBackend", () => {
  forEachBackend(sampleModel, (backend) => {
    it("starts every test from the seeded model", async () => {
      const { Item } = await backend.documentClient.send(
        new GetCommand({ TableName: backend.tableName("SampleCounters"), Key: { counter: "visits" } }),
      );
      expect(Item).toEqual({ counter: "visits", value: 41 });
      await backend.documentClient.send(
        new PutCommand({ TableName: backend.tableName("SampleCounters"), Item: { counter: "extra" } }),
      );
    });

    it("does not see the writes of an earlier test", async () => {
      const { Item } = await backend.documentClient.send(
        new GetCommand({ TableName: backend.tableName("SampleCounters"), Key: { counter: "extra" } }),
      );
      expect(Item).toBeUndefined();
    });

    it("answers index queries and conditional writes the same way on every backend", async () => {
      const open = await backend.documentClient.send(
        new QueryCommand({
          TableName: backend.tableName("SampleOrders"),
          IndexName: "ByStatus",
          KeyConditionExpression: "GSI1PK = :status",
          ExpressionAttributeValues: { ":status": "STATUS#OPEN" },
        }),
      );
      expect(open.Items?.map((item) => item.SK)).toEqual(["ORDER#2026-01-02"]);
      await expect(
        backend.documentClient.send(
          new PutCommand({
            TableName: backend.tableName("SampleCounters"),
            Item: { counter: "visits" },
            ConditionExpression: "attribute_not_exists(#counter)",
            ExpressionAttributeNames: { "#counter": "counter" },
          }),
        ),
      ).rejects.toBeInstanceOf(ConditionalCheckFailedException);
      expect(backend.kind === "in-process" ? backend.engine : undefined).toEqual(
        backend.kind === "in-process" ? expect.anything() : undefined,
      );
    });
  });
});

describe("dynamoDBLocalUnavailable", () => {
  it("says why DynamoDB Local is skipped when switched off", () => {
    expect(dynamoDBLocalUnavailable({ DYNAMODB_PATTERNS_LOCAL: "0" })).toBe("DYNAMODB_PATTERNS_LOCAL=0");
  });
});
