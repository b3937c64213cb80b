import { describe, expect, it } from "vitest";
import { START, allRecords, createStreamTable, put, remove, testEngine } from "./test-support.js";

const SECONDS = Math.floor(START / 1000);

function recordsFor(viewType: string) {
  const { engine } = testEngine({ region: "eu-west-1" });
  const arn = createStreamTable(engine, "orders", viewType, true)!;
  put(engine, "orders", { pk: { S: "a" }, sk: { N: "1" }, x: { S: "hello" } });
  engine.execute("UpdateItem", {
    TableName: "orders",
    Key: { pk: { S: "a" }, sk: { N: "1" } },
    UpdateExpression: "SET x = :v",
    ExpressionAttributeValues: { ":v": { S: "bye" } },
  });
  remove(engine, "orders", { pk: { S: "a" }, sk: { N: "1" } });
  return allRecords(engine, arn);
}

const keys = { pk: { S: "a" }, sk: { N: "1" } };
const hello = { pk: { S: "a" }, sk: { N: "1" }, x: { S: "hello" } };
const bye = { pk: { S: "a" }, sk: { N: "1" }, x: { S: "bye" } };

describe("stream records", () => {
  it("NEW_AND_OLD_IMAGES: INSERT, MODIFY and REMOVE in DynamoDB Streams' shape", () => {
    const records = recordsFor("NEW_AND_OLD_IMAGES");
    expect(records.map((record) => record.eventName)).toEqual(["INSERT", "MODIFY", "REMOVE"]);
    const [insert, modify, removal] = records;
    expect(insert).toEqual({
      eventID: insert!.eventID,
      eventName: "INSERT",
      eventVersion: "1.1",
      eventSource: "aws:dynamodb",
      awsRegion: "eu-west-1",
      dynamodb: {
        ApproximateCreationDateTime: SECONDS,
        Keys: keys,
        NewImage: hello,
        SequenceNumber: "000000000000000000001",
        SizeBytes: 20,
        StreamViewType: "NEW_AND_OLD_IMAGES",
      },
    });
    expect(insert!.eventID).toMatch(/^[0-9a-f]{32}$/);
    expect(Object.keys(insert!)).toEqual([
      "eventID",
      "eventName",
      "eventVersion",
      "eventSource",
      "awsRegion",
      "dynamodb",
    ]);
    // Sizes as DynamoDB Local reports them: keys plus each image carried.
    expect(modify!.dynamodb).toEqual({
      ApproximateCreationDateTime: SECONDS,
      Keys: keys,
      NewImage: bye,
      OldImage: hello,
      SequenceNumber: "000000000000000000002",
      SizeBytes: 31,
      StreamViewType: "NEW_AND_OLD_IMAGES",
    });
    expect(removal!.dynamodb).toEqual({
      ApproximateCreationDateTime: SECONDS,
      Keys: keys,
      OldImage: bye,
      SequenceNumber: "000000000000000000003",
      SizeBytes: 18,
      StreamViewType: "NEW_AND_OLD_IMAGES",
    });
    expect(removal!.userIdentity).toBeUndefined();
  });

  it("KEYS_ONLY: keys and no images", () => {
    const records = recordsFor("KEYS_ONLY");
    for (const record of records) {
      expect(record.dynamodb.NewImage).toBeUndefined();
      expect(record.dynamodb.OldImage).toBeUndefined();
      expect(record.dynamodb.Keys).toEqual(keys);
      expect(record.dynamodb.SizeBytes).toBe(7);
      expect(record.dynamodb.StreamViewType).toBe("KEYS_ONLY");
    }
  });

  it("NEW_IMAGE: the image after the change, none on REMOVE", () => {
    const [insert, modify, removal] = recordsFor("NEW_IMAGE");
    expect(insert!.dynamodb.NewImage).toEqual(hello);
    expect(modify!.dynamodb.NewImage).toEqual(bye);
    expect(modify!.dynamodb.OldImage).toBeUndefined();
    expect(removal!.dynamodb.NewImage).toBeUndefined();
    expect(removal!.dynamodb.OldImage).toBeUndefined();
    expect([insert, modify, removal].map((r) => r!.dynamodb.SizeBytes)).toEqual([20, 18, 7]);
  });

  it("OLD_IMAGE: the image before the change, none on INSERT", () => {
    const [insert, modify, removal] = recordsFor("OLD_IMAGE");
    expect(insert!.dynamodb.NewImage).toBeUndefined();
    expect(insert!.dynamodb.OldImage).toBeUndefined();
    expect(modify!.dynamodb.OldImage).toEqual(hello);
    expect(modify!.dynamodb.NewImage).toBeUndefined();
    expect(removal!.dynamodb.OldImage).toEqual(bye);
    expect([insert, modify, removal].map((r) => r!.dynamodb.StreamViewType)).toEqual([
      "OLD_IMAGE",
      "OLD_IMAGE",
      "OLD_IMAGE",
    ]);
  });

  it("rounds ApproximateCreationDateTime down to the second", () => {
    const { engine, clock } = testEngine();
    const arn = createStreamTable(engine, "orders")!;
    clock.advance(1999);
    put(engine, "orders", { pk: { S: "a" } });
    expect(allRecords(engine, arn)[0]!.dynamodb.ApproximateCreationDateTime).toBe(SECONDS + 1);
  });
});
