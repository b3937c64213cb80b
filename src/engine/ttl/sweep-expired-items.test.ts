import { describe, expect, it, vi } from "vitest";
import type { Engine } from "../engine.js";
import { START, allRecords, createStreamTable, put, testEngine } from "../streams/test-support.js";
import { TTL_IGNORE_OLDER_THAN_SECONDS } from "./sweep-expired-items.js";

const NOW = Math.floor(START / 1000);

function enableTtl(engine: Engine, table: string, attribute = "expiresAt"): void {
  engine.execute("UpdateTimeToLive", {
    TableName: table,
    TimeToLiveSpecification: { Enabled: true, AttributeName: attribute },
  });
}

function keysOf(engine: Engine, table: string): string[] {
  const output = engine.execute("Scan", { TableName: table });
  return (output.Items as { pk: { S: string } }[]).map((item) => item.pk.S).sort();
}

describe("sweepExpiredItems", () => {
  it("deletes exactly the items whose Number TTL is due, within five years, with the service identity", () => {
    const { engine } = testEngine();
    const arn = createStreamTable(engine, "sessions", "NEW_AND_OLD_IMAGES")!;
    put(engine, "sessions", { pk: { S: "due" }, expiresAt: { N: String(NOW - 10) } });
    put(engine, "sessions", { pk: { S: "now" }, expiresAt: { N: String(NOW) } });
    put(engine, "sessions", { pk: { S: "future" }, expiresAt: { N: String(NOW + 1) } });
    put(engine, "sessions", { pk: { S: "string" }, expiresAt: { S: String(NOW - 10) } });
    put(engine, "sessions", {
      pk: { S: "ancient" },
      expiresAt: { N: String(NOW - TTL_IGNORE_OLDER_THAN_SECONDS - 1) },
    });
    put(engine, "sessions", { pk: { S: "none" } });
    enableTtl(engine, "sessions");
    // Expired items stay readable until a sweep deletes them.
    expect(keysOf(engine, "sessions")).toEqual(["ancient", "due", "future", "none", "now", "string"]);

    const swept = engine.sweepExpiredItems();
    expect(swept).toEqual([
      { tableName: "sessions", key: { pk: { S: "due" } } },
      { tableName: "sessions", key: { pk: { S: "now" } } },
    ]);
    expect(keysOf(engine, "sessions")).toEqual(["ancient", "future", "none", "string"]);
    const removals = allRecords(engine, arn).filter((record) => record.eventName === "REMOVE");
    expect(removals.map((record) => record.dynamodb.Keys)).toEqual([
      { pk: { S: "due" } },
      { pk: { S: "now" } },
    ]);
    expect(removals[0]!.userIdentity).toEqual({ type: "Service", principalId: "dynamodb.amazonaws.com" });
    expect(removals[0]!.dynamodb.OldImage).toEqual({ pk: { S: "due" }, expiresAt: { N: String(NOW - 10) } });
    expect(engine.sweepExpiredItems()).toEqual([]);
  });

  it("follows writes made after the first sweep: new, changed and removed TTL values", () => {
    const { engine, clock } = testEngine();
    createStreamTable(engine, "sessions", null);
    enableTtl(engine, "sessions");
    put(engine, "sessions", { pk: { S: "a" }, expiresAt: { N: String(NOW + 60) } });
    put(engine, "sessions", { pk: { S: "b" }, expiresAt: { N: String(NOW + 60) } });
    expect(engine.sweepExpiredItems()).toEqual([]);
    engine.execute("UpdateItem", {
      TableName: "sessions",
      Key: { pk: { S: "a" } },
      UpdateExpression: "REMOVE expiresAt",
    });
    put(engine, "sessions", { pk: { S: "c" }, expiresAt: { N: String(NOW + 30.5) } });
    clock.advance(61_000);
    expect(engine.sweepExpiredItems().map((item) => item.key)).toEqual([
      { pk: { S: "c" } },
      { pk: { S: "b" } },
    ]);
    expect(keysOf(engine, "sessions")).toEqual(["a"]);
  });

  it("takes an explicit time and leaves tables without TTL alone", () => {
    const { engine } = testEngine();
    createStreamTable(engine, "plain", null);
    put(engine, "plain", { pk: { S: "a" }, expiresAt: { N: String(NOW - 10) } });
    expect(engine.sweepExpiredItems((NOW + 100) * 1000)).toEqual([]);
    createStreamTable(engine, "timed", null);
    enableTtl(engine, "timed");
    put(engine, "timed", { pk: { S: "a" }, expiresAt: { N: String(NOW + 50) } });
    expect(engine.sweepExpiredItems((NOW + 49) * 1000)).toEqual([]);
    expect(engine.sweepExpiredItems((NOW + 50) * 1000)).toEqual([
      { tableName: "timed", key: { pk: { S: "a" } } },
    ]);
  });

  it("keeps global secondary indexes in step with TTL deletions", () => {
    const { engine } = testEngine();
    engine.execute("CreateTable", {
      TableName: "sessions",
      AttributeDefinitions: [
        { AttributeName: "pk", AttributeType: "S" },
        { AttributeName: "user", AttributeType: "S" },
      ],
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      GlobalSecondaryIndexes: [
        {
          IndexName: "byUser",
          KeySchema: [{ AttributeName: "user", KeyType: "HASH" }],
          Projection: { ProjectionType: "ALL" },
        },
      ],
      BillingMode: "PAY_PER_REQUEST",
    });
    enableTtl(engine, "sessions");
    put(engine, "sessions", { pk: { S: "a" }, user: { S: "u" }, expiresAt: { N: String(NOW - 1) } });
    put(engine, "sessions", { pk: { S: "b" }, user: { S: "u" } });
    engine.sweepExpiredItems();
    const output = engine.execute("Query", {
      TableName: "sessions",
      IndexName: "byUser",
      KeyConditionExpression: "#u = :u",
      ExpressionAttributeNames: { "#u": "user" },
      ExpressionAttributeValues: { ":u": { S: "u" } },
    });
    expect(output.Items).toEqual([{ pk: { S: "b" }, user: { S: "u" } }]);
  });

  it("stops maintaining the expiry index once TTL is off, and rebuilds it when it is on again", () => {
    const { engine, clock } = testEngine();
    createStreamTable(engine, "sessions", null);
    enableTtl(engine, "sessions");
    engine.sweepExpiredItems();
    clock.advance(60 * 60 * 1000);
    engine.execute("UpdateTimeToLive", {
      TableName: "sessions",
      TimeToLiveSpecification: { Enabled: false, AttributeName: "expiresAt" },
    });
    put(engine, "sessions", { pk: { S: "a" }, other: { N: String(NOW) } });
    expect(engine.sweepExpiredItems()).toEqual([]);
    clock.advance(60 * 60 * 1000);
    enableTtl(engine, "sessions", "other");
    expect(engine.sweepExpiredItems()).toEqual([{ tableName: "sessions", key: { pk: { S: "a" } } }]);
  });
});

describe("background sweeper", () => {
  it("runs on the engine's interval until close()", () => {
    vi.useFakeTimers();
    try {
      const { engine } = testEngine({ ttlSweepIntervalMs: 5000 });
      createStreamTable(engine, "sessions", null);
      enableTtl(engine, "sessions");
      put(engine, "sessions", { pk: { S: "a" }, expiresAt: { N: String(NOW - 1) } });
      vi.advanceTimersByTime(4999);
      expect(keysOf(engine, "sessions")).toEqual(["a"]);
      vi.advanceTimersByTime(1);
      expect(keysOf(engine, "sessions")).toEqual([]);
      engine.close();
      put(engine, "sessions", { pk: { S: "b" }, expiresAt: { N: String(NOW - 1) } });
      vi.advanceTimersByTime(60_000);
      expect(keysOf(engine, "sessions")).toEqual(["b"]);
    } finally {
      vi.useRealTimers();
    }
  });
});
