import { describe, expect, it } from "vitest";
import {
  allRecords,
  createStreamTable,
  errorOf,
  iteratorFor,
  pkOf,
  put,
  remove,
  scalarOf,
  testEngine,
} from "./test-support.js";

const DAY = 24 * 60 * 60 * 1000;

describe("stream lifecycle and record writing", () => {
  it("names the stream in CreateTable and DescribeTable with its ISO-8601 label", () => {
    const { engine } = testEngine();
    const arn = createStreamTable(engine, "orders");
    expect(arn).toBe("arn:aws:dynamodb:us-east-1:000000000000:table/orders/stream/2026-01-01T12:00:00.000");
    const table = engine.execute("DescribeTable", { TableName: "orders" }).Table as Record<string, unknown>;
    expect(table.LatestStreamArn).toBe(arn);
    expect(table.LatestStreamLabel).toBe("2026-01-01T12:00:00.000");
    expect(table.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" });
  });

  it("writes no record for a put of an identical item or a delete of a missing one", () => {
    const { engine } = testEngine();
    const arn = createStreamTable(engine, "orders")!;
    put(engine, "orders", { pk: { S: "a" }, tags: { SS: ["x", "y"] }, n: { N: "1.0" } });
    put(engine, "orders", { pk: { S: "a" }, n: { N: "1" }, tags: { SS: ["y", "x"] } });
    remove(engine, "orders", { pk: { S: "missing" } });
    engine.execute("UpdateItem", {
      TableName: "orders",
      Key: { pk: { S: "a" } },
      UpdateExpression: "SET n = :n",
      ExpressionAttributeValues: { ":n": { N: "1" } },
    });
    expect(allRecords(engine, arn).map((record) => record.eventName)).toEqual(["INSERT"]);
  });

  it("writes nothing for a write whose condition fails", () => {
    const { engine } = testEngine();
    const arn = createStreamTable(engine, "orders")!;
    put(engine, "orders", { pk: { S: "a" } });
    const error = errorOf(() =>
      engine.execute("PutItem", {
        TableName: "orders",
        Item: { pk: { S: "a" }, v: { S: "new" } },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
    expect(error.type).toBe("ConditionalCheckFailedException");
    expect(allRecords(engine, arn)).toHaveLength(1);
  });

  it("keeps every item's changes in write order with increasing sequence numbers", () => {
    const { engine } = testEngine();
    const arn = createStreamTable(engine, "orders")!;
    for (let round = 0; round < 3; round++) {
      for (const pk of ["a", "b"]) put(engine, "orders", { pk: { S: pk }, round: { N: String(round) } });
    }
    remove(engine, "orders", { pk: { S: "a" } });
    const records = allRecords(engine, arn);
    const sequences = records.map((record) => record.dynamodb.SequenceNumber);
    expect(sequences).toEqual([...sequences].sort());
    expect(new Set(sequences).size).toBe(7);
    const forA = records.filter((record) => pkOf(record) === "a");
    expect(
      forA.map((record) => `${record.eventName}:${scalarOf(record.dynamodb.OldImage?.round) ?? "-"}`),
    ).toEqual(["INSERT:-", "MODIFY:0", "MODIFY:1", "REMOVE:2"]);
  });

  it("closes the stream on disable and opens a new ARN on re-enable; the old one stays readable", () => {
    const { engine, clock } = testEngine();
    const first = createStreamTable(engine, "orders")!;
    put(engine, "orders", { pk: { S: "a" } });
    engine.execute("UpdateTable", { TableName: "orders", StreamSpecification: { StreamEnabled: false } });
    put(engine, "orders", { pk: { S: "b" } });
    const described = engine.execute("DescribeTable", { TableName: "orders" }).Table as Record<
      string,
      unknown
    >;
    expect(described.StreamSpecification).toBeUndefined();
    expect(described.LatestStreamArn).toBe(first);

    clock.advance(1000);
    const updated = engine.execute("UpdateTable", {
      TableName: "orders",
      StreamSpecification: { StreamEnabled: true, StreamViewType: "KEYS_ONLY" },
    }).TableDescription as Record<string, unknown>;
    const second = updated.LatestStreamArn as string;
    expect(second).toBe(
      "arn:aws:dynamodb:us-east-1:000000000000:table/orders/stream/2026-01-01T12:00:01.000",
    );
    put(engine, "orders", { pk: { S: "c" } });

    expect(allRecords(engine, first).map((record) => pkOf(record))).toEqual(["a"]);
    expect(allRecords(engine, second).map((record) => pkOf(record))).toEqual(["c"]);
    const old = engine.executeStreams("DescribeStream", { StreamArn: first }).StreamDescription as Record<
      string,
      unknown
    >;
    expect(old.StreamStatus).toBe("DISABLED");
    expect(old.Shards).toEqual([
      {
        ShardId: expect.stringMatching(/^shardId-00000001767268800000-[0-9a-f]{8}$/),
        SequenceNumberRange: {
          StartingSequenceNumber: "000000000000000000001",
          EndingSequenceNumber: "000000000000000000001",
        },
      },
    ]);
    // A closed shard read to its end hands out no further iterator.
    const read = engine.executeStreams("GetRecords", {
      ShardIterator: iteratorFor(engine, first, "TRIM_HORIZON"),
    });
    expect(read.NextShardIterator).toBeUndefined();
  });

  it("gives distinct ARNs to streams enabled within the same millisecond", () => {
    const { engine } = testEngine();
    const first = createStreamTable(engine, "orders")!;
    engine.execute("UpdateTable", { TableName: "orders", StreamSpecification: { StreamEnabled: false } });
    const second = (
      engine.execute("UpdateTable", {
        TableName: "orders",
        StreamSpecification: { StreamEnabled: true, StreamViewType: "NEW_IMAGE" },
      }).TableDescription as Record<string, unknown>
    ).LatestStreamArn;
    expect(second).not.toBe(first);
    expect(second).toBe(
      "arn:aws:dynamodb:us-east-1:000000000000:table/orders/stream/2026-01-01T12:00:00.001",
    );
  });

  it("keeps a deleted table's stream readable for 24 hours, then forgets it", () => {
    const { engine, clock } = testEngine();
    const arn = createStreamTable(engine, "orders")!;
    put(engine, "orders", { pk: { S: "a" } });
    engine.execute("DeleteTable", { TableName: "orders" });
    expect(allRecords(engine, arn)).toHaveLength(1);
    clock.advance(DAY);
    const error = errorOf(() => engine.executeStreams("DescribeStream", { StreamArn: arn }));
    expect(error.type).toBe("ResourceNotFoundException");
    expect(error.message).toBe(`Requested resource not found: Stream: ${arn} not found`);
    expect(engine.executeStreams("ListStreams", {})).toEqual({ Streams: [] });
  });

  it("trims records older than 24 hours", () => {
    const { engine, clock } = testEngine();
    const arn = createStreamTable(engine, "orders")!;
    put(engine, "orders", { pk: { S: "old" } });
    clock.advance(DAY - 1);
    put(engine, "orders", { pk: { S: "new" } });
    expect(allRecords(engine, arn)).toHaveLength(2);
    clock.advance(1);
    expect(allRecords(engine, arn).map((record) => pkOf(record))).toEqual(["new"]);
  });
});
