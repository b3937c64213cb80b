import { describe, expect, it } from "vitest";
import { createStreamTable, errorOf, iteratorFor, pkOf, put, shardIdOf, testEngine } from "./test-support.js";
import type { StreamRecord } from "./stream-record.js";

function keysOf(records: unknown): (string | undefined)[] {
  return (records as StreamRecord[]).map((record) => pkOf(record));
}

function setup() {
  const { engine, clock } = testEngine();
  const arn = createStreamTable(engine, "orders")!;
  for (const pk of ["a", "b", "c"]) put(engine, "orders", { pk: { S: pk } });
  return { engine, clock, arn };
}

describe("GetShardIterator and GetRecords", () => {
  it("reads from TRIM_HORIZON, LATEST, AT_ and AFTER_SEQUENCE_NUMBER", () => {
    const { engine, arn } = setup();
    const read = (iterator: string) => engine.executeStreams("GetRecords", { ShardIterator: iterator });
    expect(keysOf(read(iteratorFor(engine, arn, "TRIM_HORIZON")).Records)).toEqual(["a", "b", "c"]);
    expect(
      keysOf(read(iteratorFor(engine, arn, "AT_SEQUENCE_NUMBER", "000000000000000000002")).Records),
    ).toEqual(["b", "c"]);
    expect(
      keysOf(read(iteratorFor(engine, arn, "AFTER_SEQUENCE_NUMBER", "000000000000000000002")).Records),
    ).toEqual(["c"]);
    const latest = read(iteratorFor(engine, arn, "LATEST"));
    expect(latest.Records).toEqual([]);
    put(engine, "orders", { pk: { S: "d" } });
    expect(keysOf(read(latest.NextShardIterator as string).Records)).toEqual(["d"]);
  });

  it("pages with Limit and NextShardIterator, and keeps an open shard's iterator when caught up", () => {
    const { engine, arn } = setup();
    const first = engine.executeStreams("GetRecords", {
      ShardIterator: iteratorFor(engine, arn, "TRIM_HORIZON"),
      Limit: 2,
    });
    expect(keysOf(first.Records)).toEqual(["a", "b"]);
    const second = engine.executeStreams("GetRecords", { ShardIterator: first.NextShardIterator, Limit: 2 });
    expect(keysOf(second.Records)).toEqual(["c"]);
    const third = engine.executeStreams("GetRecords", { ShardIterator: second.NextShardIterator });
    expect(third.Records).toEqual([]);
    expect(typeof third.NextShardIterator).toBe("string");
  });

  it("stops a page at 1 MB of records", () => {
    const { engine } = testEngine();
    const arn = createStreamTable(engine, "big", "NEW_IMAGE")!;
    const payload = "x".repeat(300 * 1024);
    for (const pk of ["a", "b", "c", "d"]) put(engine, "big", { pk: { S: pk }, payload: { S: payload } });
    const page = engine.executeStreams("GetRecords", {
      ShardIterator: iteratorFor(engine, arn, "TRIM_HORIZON"),
    });
    expect(keysOf(page.Records)).toEqual(["a", "b", "c"]);
  });

  it("expires iterators after 15 minutes", () => {
    const { engine, clock, arn } = setup();
    const iterator = iteratorFor(engine, arn, "TRIM_HORIZON");
    clock.advance(15 * 60 * 1000);
    expect(keysOf(engine.executeStreams("GetRecords", { ShardIterator: iterator }).Records)).toHaveLength(3);
    clock.advance(1);
    const error = errorOf(() => engine.executeStreams("GetRecords", { ShardIterator: iterator }));
    expect(error.type).toBe("ExpiredIteratorException");
    expect(error.wireType).toBe("com.amazonaws.dynamodb.v20120810#ExpiredIteratorException");
  });

  it("reports TrimmedDataAccessException for a position whose records have aged out", () => {
    const { engine, clock, arn } = setup();
    clock.advance(24 * 60 * 60 * 1000 - 60_000);
    const iterator = iteratorFor(engine, arn, "TRIM_HORIZON");
    clock.advance(60_000);
    put(engine, "orders", { pk: { S: "d" } });
    const error = errorOf(() => engine.executeStreams("GetRecords", { ShardIterator: iterator }));
    expect(error.type).toBe("TrimmedDataAccessException");
    expect(error.message).toBe("The operation attempted to read past the oldest stream record in a shard.");
    const atTrimmed = errorOf(() => iteratorFor(engine, arn, "AT_SEQUENCE_NUMBER", "000000000000000000001"));
    expect(atTrimmed.type).toBe("TrimmedDataAccessException");
    const fresh = engine.executeStreams("GetRecords", {
      ShardIterator: iteratorFor(engine, arn, "TRIM_HORIZON"),
    });
    expect(keysOf(fresh.Records)).toEqual(["d"]);
  });

  it("answers DynamoDB Streams' validation errors", () => {
    const { engine, arn } = setup();
    const shardId = shardIdOf(engine, arn);
    const cases: [string, Record<string, unknown>, string, string][] = [
      ["GetRecords", { ShardIterator: "garbage" }, "ValidationException", "Invalid ShardIterator"],
      [
        "GetRecords",
        {},
        "ValidationException",
        "1 validation error detected: Value null at 'shardIterator' failed to satisfy constraint: Member must not be null",
      ],
      [
        "GetRecords",
        { ShardIterator: iteratorFor(engine, arn, "LATEST"), Limit: 0 },
        "ValidationException",
        "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
      ],
      [
        "GetRecords",
        { ShardIterator: iteratorFor(engine, arn, "LATEST"), Limit: 1001 },
        "ValidationException",
        "One or more parameter values were invalid: Limit should be less than or equal to 1000",
      ],
      [
        "GetShardIterator",
        { StreamArn: arn, ShardId: shardId, ShardIteratorType: "BAD" },
        "ValidationException",
        "1 validation error detected: Value 'BAD' at 'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value set: [TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER]",
      ],
      [
        "GetShardIterator",
        { StreamArn: arn, ShardId: shardId, ShardIteratorType: "AT_SEQUENCE_NUMBER" },
        "ValidationException",
        "One or more parameter values were invalid: Invalid SequenceNumber",
      ],
      [
        "GetShardIterator",
        {
          StreamArn: arn,
          ShardId: shardId,
          ShardIteratorType: "LATEST",
          SequenceNumber: "000000000000000000002",
        },
        "ValidationException",
        "One or more parameter values were invalid: SequenceNumber should not be passed for this iterator type",
      ],
      [
        "GetShardIterator",
        { StreamArn: arn, ShardId: shardId, ShardIteratorType: "AT_SEQUENCE_NUMBER", SequenceNumber: "5" },
        "ValidationException",
        "1 validation error detected: Value '5' at 'sequenceNumber' failed to satisfy constraint: Member must have length greater than or equal to 21",
      ],
      [
        "GetShardIterator",
        { StreamArn: arn, ShardId: "shardId-00000000000000000000-00000000", ShardIteratorType: "LATEST" },
        "ResourceNotFoundException",
        "Requested resource not found: Shard does not exist",
      ],
      [
        "GetShardIterator",
        { StreamArn: `${arn.slice(0, -3)}999`, ShardId: shardId, ShardIteratorType: "LATEST" },
        "ResourceNotFoundException",
        `Requested resource not found: Stream: ${arn.slice(0, -3)}999 not found`,
      ],
    ];
    for (const [operation, input, type, message] of cases) {
      const error = errorOf(() => engine.executeStreams(operation, input));
      expect({ operation, type: error.type, message: error.message }).toEqual({ operation, type, message });
    }
  });
});
