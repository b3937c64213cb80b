import { CreateTableCommand, PutItemCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import {
  DescribeStreamCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  ListStreamsCommand,
  ResourceNotFoundException,
} from "@aws-sdk/client-dynamodb-streams";
import { describe, expect, it } from "vitest";
import { createDynamoDB, type DynamoDB } from "../../client/create-dynamodb.js";
import { startServer } from "../../server/http-server.js";

/** The unchanged AWS SDK Streams client against the engine, in process and over HTTP. */
const adapters: [string, () => Promise<{ db: DynamoDB; stop: () => Promise<void> }>][] = [
  [
    "in process",
    async () => {
      const db = createDynamoDB({ env: {} });
      return { db, stop: () => db.close() };
    },
  ],
  [
    "over HTTP",
    async () => {
      const server = await startServer();
      const db = createDynamoDB({ endpoint: server.endpoint });
      return {
        db,
        stop: async () => {
          await db.close();
          await server.close();
        },
      };
    },
  ],
];

describe.each(adapters)("DynamoDB Streams through the SDK, %s", (_name, start) => {
  it("lists, describes and reads a table's stream", async () => {
    const { db, stop } = await start();
    try {
      const created = await db.client.send(
        new CreateTableCommand({
          TableName: "orders",
          AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
          KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
          BillingMode: "PAY_PER_REQUEST",
          StreamSpecification: { StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" },
        }),
      );
      const streamArn = created.TableDescription!.LatestStreamArn!;
      await db.client.send(
        new PutItemCommand({ TableName: "orders", Item: { pk: { S: "a" }, n: { N: "1" } } }),
      );
      await db.client.send(
        new UpdateItemCommand({
          TableName: "orders",
          Key: { pk: { S: "a" } },
          UpdateExpression: "SET n = n + :one",
          ExpressionAttributeValues: { ":one": { N: "1" } },
        }),
      );

      const listed = await db.streamsClient.send(new ListStreamsCommand({ TableName: "orders" }));
      expect(listed.Streams).toEqual([
        { StreamArn: streamArn, TableName: "orders", StreamLabel: streamArn.split("/stream/")[1] },
      ]);
      const described = await db.streamsClient.send(new DescribeStreamCommand({ StreamArn: streamArn }));
      expect(described.StreamDescription!.StreamStatus).toBe("ENABLED");
      expect(described.StreamDescription!.CreationRequestDateTime).toBeInstanceOf(Date);
      const shardId = described.StreamDescription!.Shards![0]!.ShardId!;
      const { ShardIterator } = await db.streamsClient.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ShardIteratorType: "TRIM_HORIZON",
        }),
      );
      const page = await db.streamsClient.send(new GetRecordsCommand({ ShardIterator }));
      expect(page.Records!.map((record) => record.eventName)).toEqual(["INSERT", "MODIFY"]);
      const modify = page.Records![1]!;
      expect(modify.dynamodb!.OldImage).toEqual({ pk: { S: "a" }, n: { N: "1" } });
      expect(modify.dynamodb!.NewImage).toEqual({ pk: { S: "a" }, n: { N: "2" } });
      expect(modify.dynamodb!.ApproximateCreationDateTime).toBeInstanceOf(Date);
      expect(page.NextShardIterator).toEqual(expect.any(String));

      const missing = `${streamArn.slice(0, -3)}999`;
      const error = await db.streamsClient
        .send(new DescribeStreamCommand({ StreamArn: missing }))
        .catch((e) => e);
      expect(error).toBeInstanceOf(ResourceNotFoundException);
      expect(error.message).toBe(`Requested resource not found: Stream: ${missing} not found`);
    } finally {
      await stop();
    }
  });
});
