import { describe, expect, it } from "vitest";
import { Engine } from "../engine.js";
import type { Item } from "../values/attribute-value.js";
import { createTable, errorOf, ordersEngine, put, putFiveOrders, strings } from "./fixtures.testing.js";

function hashTable(count: number): Engine {
  const engine = new Engine();
  createTable(engine, "things", "S");
  for (let i = 0; i < count; i++) put(engine, "things", { pk: { S: `k${i}` }, n: { N: String(i) } });
  return engine;
}

function scan(engine: Engine, input: Record<string, unknown>) {
  return engine.execute("Scan", { TableName: "things", ...input });
}

function allPages(engine: Engine, input: Record<string, unknown>): { items: Item[]; pages: number } {
  const items: Item[] = [];
  let pages = 0;
  let start: unknown;
  do {
    const output = scan(engine, { ...input, ...(start ? { ExclusiveStartKey: start } : {}) });
    items.push(...(output.Items as Item[]));
    start = output.LastEvaluatedKey;
    pages++;
  } while (start);
  return { items, pages };
}

const keysOf = (items: Item[]) => items.map((item) => (item.pk as { S: string }).S);

describe("Scan", () => {
  it("returns every item once, in a stable order that is not key order", () => {
    const engine = hashTable(50);
    const first = keysOf(scan(engine, {}).Items as Item[]);
    expect(new Set(first).size).toBe(50);
    expect(first).not.toEqual([...first].sort());
    expect(keysOf(scan(engine, {}).Items as Item[])).toEqual(first);
  });

  it("pages by Limit with a LastEvaluatedKey, and Count 0 pages are possible under a filter", () => {
    const engine = hashTable(10);
    const { items, pages } = allPages(engine, { Limit: 3 });
    expect(new Set(keysOf(items)).size).toBe(10);
    expect(pages).toBe(4);
    const filtered = scan(engine, {
      Limit: 2,
      FilterExpression: "n > :big",
      ExpressionAttributeValues: { ":big": { N: "100" } },
    });
    expect(filtered.Count).toBe(0);
    expect(filtered.ScannedCount).toBe(2);
    expect(filtered.LastEvaluatedKey).toBeDefined();
  });

  it("filters with FilterExpression and with the legacy ScanFilter, which may name keys", () => {
    const engine = hashTable(10);
    const expression = scan(engine, {
      FilterExpression: "pk = :k",
      ExpressionAttributeValues: { ":k": { S: "k3" } },
    });
    expect(expression.Items).toEqual([{ pk: { S: "k3" }, n: { N: "3" } }]);
    expect(expression.ScannedCount).toBe(10);
    const legacy = scan(engine, {
      ScanFilter: { n: { ComparisonOperator: "BETWEEN", AttributeValueList: [{ N: "2" }, { N: "4" }] } },
      AttributesToGet: ["n"],
      Select: "SPECIFIC_ATTRIBUTES",
    });
    expect(
      (legacy.Items as Item[])
        .map((item) => item.n)
        .sort((a, b) => Number((a as { N: string }).N) - Number((b as { N: string }).N)),
    ).toEqual([{ N: "2" }, { N: "3" }, { N: "4" }]);
  });

  it("Select COUNT omits Items and charges the whole read", () => {
    const output = scan(hashTable(10), { Select: "COUNT", ReturnConsumedCapacity: "TOTAL" });
    expect(output).toEqual({
      Count: 10,
      ScannedCount: 10,
      ConsumedCapacity: { TableName: "things", CapacityUnits: 0.5 },
    });
  });

  it("pages at 1 MB of items read and resumes to the end", () => {
    const engine = new Engine();
    createTable(engine, "things", "S");
    for (let i = 0; i < 20; i++)
      put(engine, "things", { pk: { S: `big-${i}` }, payload: { S: "y".repeat(60_000) } });
    const first = scan(engine, { ProjectionExpression: "pk" });
    expect(first.Count).toBe(18);
    const { items, pages } = allPages(engine, { ProjectionExpression: "pk" });
    expect(new Set(keysOf(items)).size).toBe(20);
    expect(pages).toBe(2);
  });

  it("reads a sort key's items in order within a partition", () => {
    const engine = new Engine();
    createTable(engine, "things", "S", "N");
    for (const sk of ["10", "2", "-1", "3.5"]) put(engine, "things", { pk: { S: "a" }, sk: { N: sk } });
    const output = scan(engine, {});
    expect((output.Items as Item[]).map((item) => (item.sk as { N: string }).N)).toEqual([
      "-1",
      "2",
      "3.5",
      "10",
    ]);
  });
});

describe("parallel Scan", () => {
  it("segments are disjoint and together complete, at every split", () => {
    const engine = hashTable(200);
    for (const total of [1, 2, 3, 7, 16]) {
      const seen: string[] = [];
      for (let segment = 0; segment < total; segment++) {
        seen.push(...keysOf(allPages(engine, { Segment: segment, TotalSegments: total, Limit: 11 }).items));
      }
      expect(seen).toHaveLength(200);
      expect(new Set(seen).size).toBe(200);
    }
  });

  it("a segment keeps its items when others are deleted", () => {
    const engine = hashTable(60);
    const before = keysOf(scan(engine, { Segment: 1, TotalSegments: 4 }).Items as Item[]);
    for (const key of keysOf(scan(engine, { Segment: 0, TotalSegments: 4 }).Items as Item[])) {
      engine.execute("DeleteItem", { TableName: "things", Key: { pk: { S: key } } });
    }
    expect(keysOf(scan(engine, { Segment: 1, TotalSegments: 4 }).Items as Item[])).toEqual(before);
  });

  it("refuses a start key from another segment", () => {
    const engine = hashTable(60);
    const other = scan(engine, { Segment: 0, TotalSegments: 4, Limit: 1 }).LastEvaluatedKey;
    expect(errorOf(() => scan(engine, { Segment: 2, TotalSegments: 4, ExclusiveStartKey: other }))).toEqual({
      type: "ValidationException",
      message:
        "The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct Segment. TotalSegments: 4 Segment: 2",
    });
  });

  it.each([
    [
      { Segment: 0 },
      "The TotalSegments parameter is required but was not present in the request when Segment parameter is present",
    ],
    [
      { TotalSegments: 2 },
      "The Segment parameter is required but was not present in the request when parameter TotalSegments is present",
    ],
    [
      { Segment: 3, TotalSegments: 3 },
      "The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 3 is not less than TotalSegments: 3",
    ],
  ])("%j", (input, message) => {
    expect(errorOf(() => scan(hashTable(1), input))).toEqual({ type: "ValidationException", message });
  });
});

describe("Scan ExclusiveStartKey", () => {
  it.each([
    [
      { pk: { S: "p" } },
      "The provided starting key is invalid: The provided key element does not match the schema",
    ],
    [
      { pk: { S: "p" }, sk: { N: "1" } },
      "The provided starting key is invalid: The provided key element does not match the schema",
    ],
    [
      { pk: { S: "p" }, sk: { S: "a" }, x: { S: "a" } },
      "The provided starting key is invalid: The provided key element does not match the schema",
    ],
  ])("on a table: %j", (start, message) => {
    const error = errorOf(() =>
      ordersEngine().execute("Scan", { TableName: "orders", ExclusiveStartKey: start }),
    );
    expect(error).toEqual({ type: "ValidationException", message });
  });

  it("on an index needs the index key too", () => {
    const error = errorOf(() =>
      ordersEngine().execute("Scan", {
        TableName: "orders",
        IndexName: "byStatus",
        ExclusiveStartKey: { pk: { S: "p" }, sk: { S: "a" } },
      }),
    );
    expect(error.message).toBe("The provided starting key is invalid");
  });
});

describe("Scan on indexes", () => {
  function orders(): Engine {
    const engine = ordersEngine();
    putFiveOrders(engine);
    put(engine, "orders", { pk: { S: "q" }, sk: { S: "t1" } });
    return engine;
  }

  it("reads a GSI's projected entries, skipping items without its key, and pages through it", () => {
    const engine = orders();
    const first = engine.execute("Scan", {
      TableName: "orders",
      IndexName: "byStatus",
      Limit: 3,
      ReturnConsumedCapacity: "INDEXES",
    });
    expect(strings(first, "sk")).toEqual(["s1", "s2", "s3"]);
    expect((first.Items as Item[])[0]).toEqual({
      pk: { S: "p" },
      sk: { S: "s1" },
      status: { S: "open" },
      rank: { N: "1" },
      data: { S: "d1" },
    });
    expect(first.LastEvaluatedKey).toEqual({
      status: { S: "open" },
      rank: { N: "3" },
      pk: { S: "p" },
      sk: { S: "s3" },
    });
    expect(first.ConsumedCapacity).toEqual({
      TableName: "orders",
      CapacityUnits: 0.5,
      Table: { CapacityUnits: 0 },
      GlobalSecondaryIndexes: { byStatus: { CapacityUnits: 0.5 } },
    });
    const rest = engine.execute("Scan", {
      TableName: "orders",
      IndexName: "byStatus",
      ExclusiveStartKey: first.LastEvaluatedKey,
    });
    expect(strings(rest, "sk")).toEqual(["s4", "s5"]);
  });

  it("refuses ConsistentRead and ALL_ATTRIBUTES on a GSI that does not project everything", () => {
    const engine = orders();
    expect(
      errorOf(() =>
        engine.execute("Scan", { TableName: "orders", IndexName: "byRank", ConsistentRead: true }),
      ).message,
    ).toBe("Consistent reads are not supported on global secondary indexes");
    expect(
      errorOf(() =>
        engine.execute("Scan", { TableName: "orders", IndexName: "byStatusKeys", Select: "ALL_ATTRIBUTES" }),
      ).message,
    ).toBe(
      "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index byStatusKeys because its projection type is not ALL",
    );
    expect(
      errorOf(() => engine.execute("Scan", { TableName: "orders", Select: "ALL_PROJECTED_ATTRIBUTES" }))
        .message,
    ).toBe("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
  });

  it("fetches from the table for ALL_ATTRIBUTES on a KEYS_ONLY LSI", () => {
    const output = orders().execute("Scan", {
      TableName: "orders",
      IndexName: "byCode",
      Select: "ALL_ATTRIBUTES",
      Limit: 1,
      ReturnConsumedCapacity: "INDEXES",
    });
    expect(strings(output, "extra")).toEqual(["e1"]);
    expect(output.ConsumedCapacity).toEqual({
      TableName: "orders",
      CapacityUnits: 1,
      Table: { CapacityUnits: 0.5 },
      LocalSecondaryIndexes: { byCode: { CapacityUnits: 0.5 } },
    });
  });
});
