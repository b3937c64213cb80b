import { describe, expect, it } from "vitest";
import type { Engine } from "../engine.js";
import type { Item } from "../values/attribute-value.js";
import { errorOf, ordersEngine, put, putFiveOrders, strings } from "./fixtures.testing.js";

function orders(): Engine {
  const engine = ordersEngine();
  putFiveOrders(engine);
  return engine;
}

const OPEN = { ":s": { S: "open" } };
const P = { ":p": { S: "p" } };

function query(engine: Engine, input: Record<string, unknown>) {
  return engine.execute("Query", { TableName: "orders", ...input });
}

function queryError(engine: Engine, input: Record<string, unknown>) {
  return errorOf(() => query(engine, input));
}

describe("Query on indexes", () => {
  const byStatus = {
    IndexName: "byStatus",
    KeyConditionExpression: "#s = :s",
    ExpressionAttributeNames: { "#s": "status" },
    ExpressionAttributeValues: OPEN,
  };

  it("returns a GSI's projected attributes and a LastEvaluatedKey of index and table keys", () => {
    const output = query(orders(), { ...byStatus, Limit: 2, ReturnConsumedCapacity: "INDEXES" });
    expect((output.Items as Item[])[0]).toEqual({
      pk: { S: "p" },
      sk: { S: "s1" },
      status: { S: "open" },
      rank: { N: "1" },
      data: { S: "d1" },
    });
    expect(output.LastEvaluatedKey).toEqual({
      status: { S: "open" },
      rank: { N: "2" },
      pk: { S: "p" },
      sk: { S: "s2" },
    });
    expect(output.ConsumedCapacity).toEqual({
      TableName: "orders",
      CapacityUnits: 0.5,
      Table: { CapacityUnits: 0 },
      GlobalSecondaryIndexes: { byStatus: { CapacityUnits: 0.5 } },
    });
  });

  it("bounds an index sort key and resumes from a LastEvaluatedKey", () => {
    const engine = orders();
    const input = {
      ...byStatus,
      KeyConditionExpression: "#s = :s AND #r BETWEEN :a AND :b",
      ExpressionAttributeNames: { "#s": "status", "#r": "rank" },
      ExpressionAttributeValues: { ...OPEN, ":a": { N: "2" }, ":b": { N: "4" } },
      ScanIndexForward: false,
      Limit: 2,
    };
    const first = query(engine, input);
    expect(strings(first, "sk")).toEqual(["s4", "s3"]);
    const second = query(engine, { ...input, ExclusiveStartKey: first.LastEvaluatedKey });
    expect(strings(second, "sk")).toEqual(["s2"]);
  });

  it("leaves items without the index key out of a sparse index", () => {
    const engine = orders();
    put(engine, "orders", { pk: { S: "p" }, sk: { S: "s6" }, status: { S: "open" } });
    const output = query(engine, { ...byStatus, ProjectionExpression: "sk" });
    expect(strings(output, "sk")).toEqual(["s1", "s2", "s3", "s4", "s5"]);
    const keysOnly = query(engine, { ...byStatus, IndexName: "byStatusKeys", Select: "COUNT" });
    expect(keysOnly.Count).toBe(6);
  });

  it("refuses what a GSI does not hold", () => {
    const engine = orders();
    expect(queryError(engine, { ...byStatus, Select: "ALL_ATTRIBUTES" }).message).toBe(
      "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index byStatus because its projection type is not ALL",
    );
    expect(queryError(engine, { ...byStatus, ProjectionExpression: "extra, zed, pk, info.x" }).message).toBe(
      "One or more parameter values were invalid: Global secondary index byStatus does not project [extra, info, zed]",
    );
    expect(
      queryError(engine, {
        ...byStatus,
        FilterExpression: "extra = :s",
      }).message,
    ).toBe(
      "One or more parameter values were invalid: Secondary index byStatus does not project one or more filter attributes: [extra]",
    );
    expect(
      queryError(engine, {
        ...byStatus,
        KeyConditionExpression: "#s = :s",
        FilterExpression: "#r = :r",
        ExpressionAttributeNames: { "#s": "status", "#r": "rank" },
        ExpressionAttributeValues: { ...OPEN, ":r": { N: "1" } },
      }).message,
    ).toBe("Filter Expression can only contain non-primary key attributes: Primary key attribute: rank");
  });

  it("fetches what an LSI does not hold from the table, charging the table per item", () => {
    const engine = orders();
    const output = query(engine, {
      IndexName: "byCode",
      KeyConditionExpression: "pk = :p AND code >= :c",
      ExpressionAttributeValues: { ...P, ":c": { S: "C4" } },
      Select: "ALL_ATTRIBUTES",
      ConsistentRead: true,
      ReturnConsumedCapacity: "INDEXES",
    });
    expect(strings(output, "extra")).toEqual(["e4", "e5"]);
    expect(output.ConsumedCapacity).toEqual({
      TableName: "orders",
      CapacityUnits: 3,
      Table: { CapacityUnits: 2 },
      LocalSecondaryIndexes: { byCode: { CapacityUnits: 1 } },
    });
    const specific = query(engine, {
      IndexName: "byCode",
      KeyConditionExpression: "pk = :p",
      ExpressionAttributeValues: P,
      ProjectionExpression: "extra",
      Limit: 1,
    });
    expect(specific.Items).toEqual([{ extra: { S: "e1" } }]);
    expect(specific.LastEvaluatedKey).toEqual({ pk: { S: "p" }, code: { S: "C1" }, sk: { S: "s1" } });
  });

  it("reads an LSI in its own sort order; its default Select is the projection", () => {
    const engine = orders();
    const byLabel = query(engine, {
      IndexName: "byLabel",
      KeyConditionExpression: "pk = :p",
      ExpressionAttributeValues: P,
    });
    expect(strings(byLabel, "label")).toEqual(["L1", "L2", "L3", "L4", "L5"]);
    const byCode = query(engine, {
      IndexName: "byCode",
      KeyConditionExpression: "pk = :p",
      ExpressionAttributeValues: P,
      Limit: 1,
    });
    expect(byCode.Items).toEqual([{ pk: { S: "p" }, sk: { S: "s1" }, code: { S: "C1" } }]);
  });

  it("measures the 1 MB page on the index's own entries", () => {
    const engine = ordersEngine();
    for (let i = 0; i < 20; i++) {
      const sk = `s${String(i).padStart(2, "0")}`;
      put(engine, "orders", {
        pk: { S: "big" },
        sk: { S: sk },
        status: { S: "open" },
        rank: { N: "1" },
        payload: { S: "x".repeat(60_000) },
      });
    }
    const keysOnly = query(engine, { ...byStatus, IndexName: "byStatusKeys", Select: "COUNT" });
    expect(keysOnly).toEqual({ Count: 20, ScannedCount: 20 });
    const all = query(engine, {
      IndexName: "byRank",
      KeyConditionExpression: "#r = :r",
      ExpressionAttributeNames: { "#r": "rank" },
      ExpressionAttributeValues: { ":r": { N: "1" } },
      Select: "COUNT",
    });
    expect(all.Count).toBe(18);
    expect(all.LastEvaluatedKey).toEqual({ rank: { N: "1" }, pk: { S: "big" }, sk: { S: "s17" } });
  });
});
