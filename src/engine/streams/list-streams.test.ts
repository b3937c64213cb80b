import { describe, expect, it } from "vitest";
import { createStreamTable, errorOf, testEngine } from "./test-support.js";

describe("ListStreams and DescribeStream", () => {
  it("lists streams oldest first, filtered by table and paged by Limit", () => {
    const { engine, clock } = testEngine();
    const arns = ["alpha", "beta", "gamma"].map((name) => {
      clock.advance(1);
      return createStreamTable(engine, name)!;
    });
    createStreamTable(engine, "plain", null);
    const first = engine.executeStreams("ListStreams", { Limit: 2 });
    expect(first).toEqual({
      Streams: [
        { StreamArn: arns[0], TableName: "alpha", StreamLabel: "2026-01-01T12:00:00.001" },
        { StreamArn: arns[1], TableName: "beta", StreamLabel: "2026-01-01T12:00:00.002" },
      ],
      LastEvaluatedStreamArn: arns[1],
    });
    const rest = engine.executeStreams("ListStreams", { Limit: 2, ExclusiveStartStreamArn: arns[1] });
    expect(rest).toEqual({
      Streams: [{ StreamArn: arns[2], TableName: "gamma", StreamLabel: "2026-01-01T12:00:00.003" }],
    });
    expect(engine.executeStreams("ListStreams", { TableName: "beta" }).Streams).toHaveLength(1);
    expect(engine.executeStreams("ListStreams", { TableName: "plain" })).toEqual({ Streams: [] });
  });

  it("describes a stream with its key schema and one open shard", () => {
    const { engine } = testEngine();
    const arn = createStreamTable(engine, "orders", "KEYS_ONLY", true)!;
    const description = engine.executeStreams("DescribeStream", { StreamArn: arn })
      .StreamDescription as Record<string, unknown>;
    expect(description).toEqual({
      StreamArn: arn,
      StreamLabel: "2026-01-01T12:00:00.000",
      StreamStatus: "ENABLED",
      StreamViewType: "KEYS_ONLY",
      CreationRequestDateTime: 1767268800,
      TableName: "orders",
      KeySchema: [
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
      ],
      Shards: [
        {
          ShardId: expect.stringMatching(/^shardId-00000001767268800000-[0-9a-f]{8}$/),
          SequenceNumberRange: { StartingSequenceNumber: "000000000000000000001" },
        },
      ],
    });
    const shardId = (description.Shards as { ShardId: string }[])[0]!.ShardId;
    const after = engine.executeStreams("DescribeStream", { StreamArn: arn, ExclusiveStartShardId: shardId });
    expect((after.StreamDescription as Record<string, unknown>).Shards).toEqual([]);
  });

  it("answers DynamoDB Streams' errors", () => {
    const { engine } = testEngine();
    const arn = createStreamTable(engine, "orders")!;
    const cases: [string, Record<string, unknown>, string, string][] = [
      [
        "DescribeStream",
        {},
        "ValidationException",
        "1 validation error detected: Value null at 'streamArn' failed to satisfy constraint: Member must not be null",
      ],
      [
        "DescribeStream",
        { StreamArn: "x" },
        "ValidationException",
        "1 validation error detected: Value 'x' at 'streamArn' failed to satisfy constraint: Member must have length greater than or equal to 37",
      ],
      [
        "DescribeStream",
        { StreamArn: "not-an-arn-but-long-enough-to-pass-the-length-check" },
        "ValidationException",
        "Invalid StreamArn",
      ],
      [
        "DescribeStream",
        { StreamArn: arn, Limit: 101 },
        "ValidationException",
        "One or more parameter values were invalid: Limit cannot be greater than the maximum: 100",
      ],
      [
        "DescribeStream",
        { StreamArn: arn.replace("orders", "other") },
        "ResourceNotFoundException",
        `Requested resource not found: Stream: ${arn.replace("orders", "other")} not found`,
      ],
      [
        "ListStreams",
        { Limit: 0 },
        "ValidationException",
        "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
      ],
      [
        "ListStreams",
        { Limit: 101 },
        "ValidationException",
        "One or more parameter values were invalid: Limit cannot be greater than the maximum allowed size: 100",
      ],
      [
        "ListStreams",
        { TableName: "x" },
        "ValidationException",
        "1 validation error detected: Value 'x' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
      ],
      [
        "ListStreams",
        { ExclusiveStartStreamArn: "not-an-arn-but-long-enough-to-pass-the-length-check" },
        "ValidationException",
        "Invalid StreamArn",
      ],
      ["ListStreams", { Limit: "a" }, "SerializationException", expect.any(String) as unknown as string],
    ];
    for (const [operation, input, type, message] of cases) {
      const error = errorOf(() => engine.executeStreams(operation, input));
      expect({ operation, type: error.type, message: error.message }).toEqual({ operation, type, message });
    }
  });
});
