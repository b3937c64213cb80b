import { describe, expect, it } from "vitest";
import type { Engine } from "../engine.js";
import { createTable, errorOf, ordersEngine, put, putFiveOrders, strings } from "./fixtures.testing.js";

function orders(): Engine {
  const engine = ordersEngine();
  putFiveOrders(engine);
  return engine;
}

const P = { ":p": { S: "p" } };

function query(engine: Engine, input: Record<string, unknown>) {
  return engine.execute("Query", { TableName: "orders", ...input });
}

function queryError(engine: Engine, input: Record<string, unknown>) {
  return errorOf(() => query(engine, input));
}

describe("Query on a table", () => {
  it("returns the partition in sort-key order with Count and ScannedCount", () => {
    const output = query(orders(), { KeyConditionExpression: "pk = :p", ExpressionAttributeValues: P });
    expect(strings(output, "sk")).toEqual(["s1", "s2", "s3", "s4", "s5"]);
    expect(output.Count).toBe(5);
    expect(output.ScannedCount).toBe(5);
    expect(output.LastEvaluatedKey).toBeUndefined();
  });

  it("reads backwards with ScanIndexForward false", () => {
    const output = query(orders(), {
      KeyConditionExpression: "pk = :p AND sk <= :s",
      ExpressionAttributeValues: { ...P, ":s": { S: "s3" } },
      ScanIndexForward: false,
    });
    expect(strings(output, "sk")).toEqual(["s3", "s2", "s1"]);
  });

  it("answers an unknown partition with an empty page", () => {
    const output = query(orders(), {
      KeyConditionExpression: "pk = :p",
      ExpressionAttributeValues: { ":p": { S: "none" } },
    });
    expect(output).toEqual({ Items: [], Count: 0, ScannedCount: 0 });
  });

  it("applies the filter after Limit: Count counts matches, ScannedCount what was read", () => {
    const output = query(orders(), {
      KeyConditionExpression: "pk = :p",
      FilterExpression: "#d IN (:a, :b)",
      ExpressionAttributeNames: { "#d": "data" },
      ExpressionAttributeValues: { ...P, ":a": { S: "d1" }, ":b": { S: "d4" } },
      Limit: 3,
    });
    expect(strings(output, "sk")).toEqual(["s1"]);
    expect(output.Count).toBe(1);
    expect(output.ScannedCount).toBe(3);
    expect(output.LastEvaluatedKey).toEqual({ pk: { S: "p" }, sk: { S: "s3" } });
  });

  it("returns a LastEvaluatedKey when Limit is reached on the last item", () => {
    const output = query(orders(), {
      KeyConditionExpression: "pk = :p",
      ExpressionAttributeValues: P,
      Limit: 5,
    });
    expect(output.Count).toBe(5);
    expect(output.LastEvaluatedKey).toEqual({ pk: { S: "p" }, sk: { S: "s5" } });
    const next = query(orders(), {
      KeyConditionExpression: "pk = :p",
      ExpressionAttributeValues: P,
      ExclusiveStartKey: output.LastEvaluatedKey,
    });
    expect(next).toEqual({ Items: [], Count: 0, ScannedCount: 0 });
  });

  it("pages with ExclusiveStartKey in both directions, even from a key that does not exist", () => {
    const engine = orders();
    const page = (start: unknown, forward: boolean) =>
      query(engine, {
        KeyConditionExpression: "pk = :p",
        ExpressionAttributeValues: P,
        ExclusiveStartKey: start,
        ScanIndexForward: forward,
        Limit: 2,
      });
    expect(strings(page({ pk: { S: "p" }, sk: { S: "s2" } }, true), "sk")).toEqual(["s3", "s4"]);
    expect(strings(page({ pk: { S: "p" }, sk: { S: "s25" } }, true), "sk")).toEqual(["s3", "s4"]);
    expect(strings(page({ pk: { S: "p" }, sk: { S: "s4" } }, false), "sk")).toEqual(["s3", "s2"]);
  });

  it("projects with ProjectionExpression and with AttributesToGet", () => {
    const engine = orders();
    const projected = query(engine, {
      KeyConditionExpression: "pk = :p AND sk = :s",
      ProjectionExpression: "#d, absent",
      ExpressionAttributeNames: { "#d": "data" },
      ExpressionAttributeValues: { ...P, ":s": { S: "s2" } },
    });
    expect(projected.Items).toEqual([{ data: { S: "d2" } }]);
    const legacy = query(engine, {
      KeyConditions: {
        pk: { ComparisonOperator: "EQ", AttributeValueList: [{ S: "p" }] },
        sk: { ComparisonOperator: "BEGINS_WITH", AttributeValueList: [{ S: "s2" }] },
      },
      AttributesToGet: ["extra", "sk"],
    });
    expect(legacy.Items).toEqual([{ extra: { S: "e2" }, sk: { S: "s2" } }]);
  });

  it("supports KeyConditions with QueryFilter and ConditionalOperator", () => {
    const output = query(orders(), {
      KeyConditions: {
        pk: { ComparisonOperator: "EQ", AttributeValueList: [{ S: "p" }] },
        sk: { ComparisonOperator: "BETWEEN", AttributeValueList: [{ S: "s2" }, { S: "s5" }] },
      },
      QueryFilter: {
        extra: { ComparisonOperator: "EQ", AttributeValueList: [{ S: "e2" }] },
        data: { ComparisonOperator: "EQ", AttributeValueList: [{ S: "d5" }] },
      },
      ConditionalOperator: "OR",
      ScanIndexForward: false,
    });
    expect(strings(output, "sk")).toEqual(["s5", "s2"]);
    expect(output.ScannedCount).toBe(4);
  });

  it("lets KeyConditions go with a FilterExpression", () => {
    const output = query(orders(), {
      KeyConditions: { pk: { ComparisonOperator: "EQ", AttributeValueList: [{ S: "p" }] } },
      FilterExpression: "extra = :e",
      ExpressionAttributeValues: { ":e": { S: "e3" } },
    });
    expect(strings(output, "sk")).toEqual(["s3"]);
  });

  it("Select COUNT returns no Items", () => {
    const output = query(orders(), {
      KeyConditionExpression: "pk = :p",
      FilterExpression: "extra <> :e",
      ExpressionAttributeValues: { ...P, ":e": { S: "e3" } },
      Select: "COUNT",
    });
    expect(output).toEqual({ Count: 4, ScannedCount: 5 });
  });
});

describe("Query request rules", () => {
  it.each([
    [{}, "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request."],
    [
      { KeyConditionExpression: "pk = :p", ExpressionAttributeValues: P, Select: "SPECIFIC_ATTRIBUTES" },
      "Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES",
    ],
    [
      {
        KeyConditionExpression: "pk = :p",
        ExpressionAttributeValues: P,
        Select: "COUNT",
        ProjectionExpression: "sk",
      },
      "Cannot specify the ProjectionExpression when choosing to get only the Count",
    ],
    [
      {
        KeyConditionExpression: "pk = :p",
        ExpressionAttributeValues: P,
        Select: "ALL_ATTRIBUTES",
        ProjectionExpression: "sk",
      },
      "Cannot specify the ProjectionExpression when choosing to get ALL_ATTRIBUTES",
    ],
    [
      {
        KeyConditions: { pk: { ComparisonOperator: "EQ", AttributeValueList: [{ S: "p" }] } },
        Select: "COUNT",
        AttributesToGet: ["sk"],
      },
      "Cannot specify the AttributesToGet when choosing to get only the Count",
    ],
    [
      { KeyConditionExpression: "pk = :p", ExpressionAttributeValues: P, Select: "ALL_PROJECTED_ATTRIBUTES" },
      "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName",
    ],
    [
      { KeyConditionExpression: "pk = :p", FilterExpression: "sk = :p", ExpressionAttributeValues: P },
      "Filter Expression can only contain non-primary key attributes: Primary key attribute: sk",
    ],
    [
      { KeyConditionExpression: "pk = :p", FilterExpression: "sk.a = :p", ExpressionAttributeValues: P },
      "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: sk",
    ],
    [
      {
        KeyConditionExpression: "pk = :p",
        ProjectionExpression: "#s[0]",
        ExpressionAttributeNames: { "#s": "status" },
        ExpressionAttributeValues: P,
      },
      "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: IndexKey: status",
    ],
    [
      { IndexName: "nope", KeyConditionExpression: "pk = :p", ExpressionAttributeValues: P },
      "The table does not have the specified index: nope",
    ],
    [
      {
        IndexName: "byRank",
        KeyConditionExpression: "#r = :r",
        ExpressionAttributeNames: { "#r": "rank" },
        ExpressionAttributeValues: { ":r": { N: "1" } },
        ConsistentRead: true,
      },
      "Consistent reads are not supported on global secondary indexes",
    ],
    [
      {
        KeyConditions: { pk: { ComparisonOperator: "EQ", AttributeValueList: [{ S: "p" }] } },
        KeyConditionExpression: "pk = :p",
        ExpressionAttributeValues: P,
      },
      "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {KeyConditions} Expression parameters: {KeyConditionExpression}",
    ],
  ])("%j", (input, message) => {
    expect(queryError(orders(), input)).toEqual({ type: "ValidationException", message });
  });

  it("answers a missing table with ResourceNotFoundException", () => {
    expect(
      errorOf(() =>
        orders().execute("Query", {
          TableName: "missing",
          KeyConditionExpression: "pk = :p",
          ExpressionAttributeValues: P,
        }),
      ),
    ).toEqual({
      type: "ResourceNotFoundException",
      message: "Requested resource not found",
    });
  });
});

describe("Query paging by size", () => {
  function bigPartition(count: number): Engine {
    const engine = orders();
    createTable(engine, "big", "S", "S");
    for (let i = 0; i < count; i++) {
      put(engine, "big", {
        pk: { S: "big" },
        sk: { S: `sk-${String(i).padStart(3, "0")}` },
        payload: { S: "x".repeat(60_000) },
      });
    }
    return engine;
  }

  it("stops once the items read reach 1 MB, counting the one that crosses it, and resumes", () => {
    const engine = bigPartition(20);
    const input = {
      TableName: "big",
      KeyConditionExpression: "pk = :p",
      ExpressionAttributeValues: { ":p": { S: "big" } },
      ProjectionExpression: "sk",
      ReturnConsumedCapacity: "TOTAL",
    };
    const first = engine.execute("Query", input);
    expect(first.Count).toBe(18);
    expect(first.LastEvaluatedKey).toEqual({ pk: { S: "big" }, sk: { S: "sk-017" } });
    // 18 items of 60,016 bytes, rounded up to 4 KB once and halved: eventually consistent.
    expect(first.ConsumedCapacity).toEqual({ TableName: "big", CapacityUnits: 132 });
    const second = engine.execute("Query", { ...input, ExclusiveStartKey: first.LastEvaluatedKey });
    expect(strings(second, "sk")).toEqual(["sk-018", "sk-019"]);
    expect(second.LastEvaluatedKey).toBeUndefined();
  });

  it("counts filtered-out items against the 1 MB limit", () => {
    const engine = bigPartition(20);
    const output = engine.execute("Query", {
      TableName: "big",
      KeyConditionExpression: "pk = :p",
      FilterExpression: "attribute_not_exists(payload)",
      ExpressionAttributeValues: { ":p": { S: "big" } },
    });
    expect(output.Count).toBe(0);
    expect(output.ScannedCount).toBe(18);
    expect(output.LastEvaluatedKey).toEqual({ pk: { S: "big" }, sk: { S: "sk-017" } });
  });
});

describe("Query capacity", () => {
  it("charges the summed size once; strong reads cost double; an empty read costs the minimum", () => {
    const engine = orders();
    const consistent = query(engine, {
      KeyConditionExpression: "pk = :p",
      ExpressionAttributeValues: P,
      ConsistentRead: true,
      Select: "COUNT",
      ReturnConsumedCapacity: "INDEXES",
    });
    expect(consistent.ConsumedCapacity).toEqual({
      TableName: "orders",
      CapacityUnits: 1,
      Table: { CapacityUnits: 1 },
    });
    const empty = query(engine, {
      KeyConditionExpression: "pk = :p",
      ExpressionAttributeValues: { ":p": { S: "none" } },
      ReturnConsumedCapacity: "TOTAL",
    });
    // DynamoDB Local reports 0 here; DynamoDB charges a read that finds nothing like a small one.
    expect(empty.ConsumedCapacity).toEqual({ TableName: "orders", CapacityUnits: 0.5 });
  });
});
