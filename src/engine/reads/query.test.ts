import { describe, expect, it } from "vitest";
import type { Engine } from "../engine.js";
import type { Item } from "../values/attribute-value.js";
import { createTable, errorOf, ordersEngine, put, putFiveOrders, strings } from "./fixtures.testing.js";

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

describe("Query ExclusiveStartKey", () => {
  const base = {
    KeyConditionExpression: "pk = :p AND sk > :s",
    ExpressionAttributeValues: { ...P, ":s": { S: "s2" } },
  };

  it.each([
    [{ pk: { S: "p" } }, "The provided starting key is invalid"],
    [{ pk: { S: "p" }, sk: { S: "s3" }, x: { S: "1" } }, "The provided starting key is invalid"],
    [{ pk: { S: "p" }, other: { S: "s3" } }, "The provided starting key is invalid"],
    [{ pk: { S: "p" }, sk: { N: "3" } }, "The provided key element does not match the schema"],
    [
      { pk: { S: "p" }, sk: { S: "" } },
      "The provided starting key is invalid: One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: sk",
    ],
    [{ pk: { S: "p" }, sk: { S: "s1" } }, "The provided starting key does not match the range key predicate"],
    [{ pk: { S: "q" }, sk: { S: "s3" } }, "The query can return at most one row and cannot be restarted"],
  ])("%j", (start, message) => {
    expect(queryError(orders(), { ...base, ExclusiveStartKey: start })).toEqual({
      type: "ValidationException",
      message,
    });
  });

  it("must stay in the queried partition when there is no sort condition", () => {
    const error = queryError(orders(), {
      KeyConditionExpression: "pk = :p",
      ExpressionAttributeValues: P,
      ExclusiveStartKey: { pk: { S: "q" }, sk: { S: "s1" } },
    });
    expect(error.message).toBe(
      "The provided starting key is outside query boundaries based on provided conditions",
    );
  });

  it("on an index needs the index key and the table key", () => {
    const error = queryError(orders(), {
      IndexName: "byStatus",
      KeyConditionExpression: "#s = :s",
      ExpressionAttributeNames: { "#s": "status" },
      ExpressionAttributeValues: OPEN,
      ExclusiveStartKey: { pk: { S: "p" }, sk: { S: "s1" } },
    });
    expect(error.message).toBe("The provided starting key is invalid");
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
});
