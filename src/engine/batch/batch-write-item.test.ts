import { describe, expect, it } from "vitest";
import type { Engine } from "../engine.js";
import { batchTestEngine, hashKeys, rejectionOf } from "./test-support.js";

function get(engine: Engine, table: string, key: Record<string, unknown>): unknown {
  return engine.execute("GetItem", { TableName: table, Key: key }).Item;
}

function puts(keys: Record<string, unknown>[]): { PutRequest: { Item: Record<string, unknown> } }[] {
  return keys.map((key) => ({ PutRequest: { Item: key } }));
}

describe("BatchWriteItem writes", () => {
  it("puts and deletes over several tables and answers an empty UnprocessedItems", () => {
    const engine = batchTestEngine();
    engine.execute("PutItem", { TableName: "hash", Item: { pk: { S: "old" } } });
    const output = engine.execute("BatchWriteItem", {
      RequestItems: {
        hash: [
          { PutRequest: { Item: { pk: { S: "new" }, v: { N: "01.50" } } } },
          { DeleteRequest: { Key: { pk: { S: "old" } } } },
        ],
        comp: [{ PutRequest: { Item: { pk: { S: "p" }, sk: { S: "s" } } } }],
      },
    });
    expect(output).toEqual({ UnprocessedItems: {} });
    expect(get(engine, "hash", { pk: { S: "new" } })).toEqual({ pk: { S: "new" }, v: { N: "1.5" } });
    expect(get(engine, "hash", { pk: { S: "old" } })).toBeUndefined();
    expect(get(engine, "comp", { pk: { S: "p" }, sk: { S: "s" } })).toEqual({
      pk: { S: "p" },
      sk: { S: "s" },
    });
  });

  it("replaces an existing item whole and keeps the indexes in step", () => {
    const engine = batchTestEngine();
    engine.execute("PutItem", {
      TableName: "comp",
      Item: { pk: { S: "p" }, sk: { S: "s" }, gpk: { S: "g1" }, extra: { S: "gone" } },
    });
    engine.execute("BatchWriteItem", {
      RequestItems: {
        comp: [{ PutRequest: { Item: { pk: { S: "p" }, sk: { S: "s" }, gpk: { S: "g2" } } } }],
      },
    });
    expect(get(engine, "comp", { pk: { S: "p" }, sk: { S: "s" } })).toEqual({
      pk: { S: "p" },
      sk: { S: "s" },
      gpk: { S: "g2" },
    });
    const globalIndex = engine.db.tables.get("comp")!.globalIndexes[0]!.store;
    expect([...globalIndex.scan()].map((entry) => entry.stored.item)).toEqual([
      { pk: { S: "p" }, sk: { S: "s" }, gpk: { S: "g2" } },
    ]);
  });

  it("deletes a missing item without complaint", () => {
    const engine = batchTestEngine();
    expect(
      engine.execute("BatchWriteItem", {
        RequestItems: { hash: [{ DeleteRequest: { Key: { pk: { S: "none" } } } }] },
      }),
    ).toEqual({ UnprocessedItems: {} });
  });
});

describe("BatchWriteItem consumed capacity", () => {
  it("rounds each write up to 1 KB on its own; a put costs the larger of old and new, a missing delete one unit", () => {
    const engine = batchTestEngine();
    engine.execute("PutItem", {
      TableName: "hash",
      Item: { pk: { S: "was-big" }, d: { S: "x".repeat(3000) } },
    });
    const output = engine.execute("BatchWriteItem", {
      RequestItems: {
        hash: [
          { PutRequest: { Item: { pk: { S: "a" }, d: { S: "x".repeat(1500) } } } },
          { PutRequest: { Item: { pk: { S: "was-big" } } } },
          { DeleteRequest: { Key: { pk: { S: "missing" } } } },
        ],
      },
      ReturnConsumedCapacity: "TOTAL",
    });
    expect(output.ConsumedCapacity).toEqual([{ TableName: "hash", CapacityUnits: 2 + 3 + 1 }]);
  });

  it("adds index writes, broken down per index under INDEXES", () => {
    const engine = batchTestEngine();
    const output = engine.execute("BatchWriteItem", {
      RequestItems: {
        comp: [
          { PutRequest: { Item: { pk: { S: "a" }, sk: { S: "1" }, lsk: { N: "5" }, gpk: { S: "g" } } } },
          { PutRequest: { Item: { pk: { S: "a" }, sk: { S: "2" }, gpk: { S: "g" } } } },
        ],
        hash: [{ PutRequest: { Item: { pk: { S: "a" } } } }],
      },
      ReturnConsumedCapacity: "INDEXES",
    });
    expect(output.ConsumedCapacity).toEqual([
      {
        TableName: "comp",
        CapacityUnits: 5,
        Table: { CapacityUnits: 2 },
        GlobalSecondaryIndexes: { gsi: { CapacityUnits: 2 } },
        LocalSecondaryIndexes: { lsi: { CapacityUnits: 1 } },
      },
      { TableName: "hash", CapacityUnits: 1, Table: { CapacityUnits: 1 } },
    ]);
  });
});

describe("BatchWriteItem item collection metrics", () => {
  it("lists each item collection written in a table with local indexes, when asked", () => {
    const engine = batchTestEngine();
    const output = engine.execute("BatchWriteItem", {
      RequestItems: {
        comp: [
          { PutRequest: { Item: { pk: { S: "a" }, sk: { S: "1" } } } },
          { PutRequest: { Item: { pk: { S: "a" }, sk: { S: "2" } } } },
          { DeleteRequest: { Key: { pk: { S: "b" }, sk: { S: "1" } } } },
        ],
        hash: [{ PutRequest: { Item: { pk: { S: "a" } } } }],
      },
      ReturnItemCollectionMetrics: "SIZE",
    });
    expect(output.ItemCollectionMetrics).toEqual({
      comp: [
        { ItemCollectionKey: { pk: { S: "a" } }, SizeEstimateRangeGB: [0, 1] },
        { ItemCollectionKey: { pk: { S: "b" } }, SizeEstimateRangeGB: [0, 1] },
      ],
    });
  });

  it("leaves them out unless asked, and for tables without local indexes", () => {
    const engine = batchTestEngine();
    const write = (mode: string, table: string, item: Record<string, unknown>) =>
      engine.execute("BatchWriteItem", {
        RequestItems: { [table]: [{ PutRequest: { Item: item } }] },
        ReturnItemCollectionMetrics: mode,
      });
    expect(write("NONE", "comp", { pk: { S: "a" }, sk: { S: "1" } })).toEqual({ UnprocessedItems: {} });
    expect(write("SIZE", "hash", { pk: { S: "a" } })).toEqual({ UnprocessedItems: {} });
  });
});

describe("BatchWriteItem validation", () => {
  it("limits the writes to 25 over all tables", () => {
    const error = rejectionOf(batchTestEngine(), "BatchWriteItem", {
      RequestItems: {
        hash: puts(hashKeys(13)),
        num: puts([...Array(13).keys()].map((n) => ({ pk: { N: `${n}` } }))),
      },
    });
    expect(error).toEqual({
      type: "ValidationException",
      message: "Too many items requested for the BatchWriteItem call",
    });
  });

  it.each([
    ["no action", {}],
    [
      "both actions",
      { PutRequest: { Item: { pk: { S: "a" } } }, DeleteRequest: { Key: { pk: { S: "a" } } } },
    ],
  ])("rejects a request with %s", (_label, request) => {
    const error = rejectionOf(batchTestEngine(), "BatchWriteItem", { RequestItems: { hash: [request] } });
    expect(error).toEqual({
      type: "ValidationException",
      message:
        "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes",
    });
  });

  it.each([
    [
      "two puts",
      [
        { PutRequest: { Item: { pk: { S: "a" }, v: { S: "1" } } } },
        { PutRequest: { Item: { pk: { S: "a" } } } },
      ],
    ],
    [
      "a put and a delete",
      [{ PutRequest: { Item: { pk: { S: "a" } } } }, { DeleteRequest: { Key: { pk: { S: "a" } } } }],
    ],
  ])("rejects %s of one item", (_label, requests) => {
    const error = rejectionOf(batchTestEngine(), "BatchWriteItem", { RequestItems: { hash: requests } });
    expect(error).toEqual({
      type: "ValidationException",
      message: "Provided list of item keys contains duplicates",
    });
  });

  it("counts two spellings of one number key as one item", () => {
    const error = rejectionOf(batchTestEngine(), "BatchWriteItem", {
      RequestItems: {
        num: [{ PutRequest: { Item: { pk: { N: "1" } } } }, { DeleteRequest: { Key: { pk: { N: "1.0" } } } }],
      },
    });
    expect(error.message).toBe("Provided list of item keys contains duplicates");
  });

  it("allows one key in two tables", () => {
    const engine = batchTestEngine();
    engine.execute("BatchWriteItem", {
      RequestItems: {
        hash: [{ PutRequest: { Item: { pk: { S: "a" }, t: { S: "hash" } } } }],
        comp: [{ PutRequest: { Item: { pk: { S: "a" }, sk: { S: "a" } } } }],
      },
    });
    expect(get(engine, "hash", { pk: { S: "a" } })).toEqual({ pk: { S: "a" }, t: { S: "hash" } });
  });

  it("answers ResourceNotFoundException for an unknown table, writing nothing", () => {
    const engine = batchTestEngine();
    const error = rejectionOf(engine, "BatchWriteItem", {
      RequestItems: { hash: puts([{ pk: { S: "a" } }]), no_such_table: puts([{ pk: { S: "a" } }]) },
    });
    expect(error).toEqual({ type: "ResourceNotFoundException", message: "Requested resource not found" });
    expect(get(engine, "hash", { pk: { S: "a" } })).toBeUndefined();
  });

  it.each([
    [
      "a wrongly typed table key",
      "hash",
      { pk: { N: "5" } },
      "The provided key element does not match the schema",
    ],
    [
      "a non-scalar table key",
      "hash",
      { pk: { L: [{ S: "x" }] } },
      "The provided key element does not match the schema",
    ],
    [
      "a missing partition key",
      "hash",
      { other: { S: "x" } },
      "The provided key element does not match the schema",
    ],
    ["a missing sort key", "comp", { pk: { S: "x" } }, "The provided key element does not match the schema"],
    [
      "an empty table key",
      "hash",
      { pk: { S: "" } },
      "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk",
    ],
    [
      "a wrongly typed index key",
      "comp",
      { pk: { S: "x" }, sk: { S: "y" }, lsk: { S: "5" } },
      "One or more parameter values were invalid: Type mismatch for Index Key lsk Expected: N Actual: S IndexName: lsi",
    ],
    [
      "an empty index key",
      "comp",
      { pk: { S: "x" }, sk: { S: "y" }, gpk: { S: "" } },
      "One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: gsi, IndexKey: gpk",
    ],
    [
      "an item over 400 KB",
      "hash",
      { pk: { S: "x" }, d: { S: "x".repeat(409_600) } },
      "Item size has exceeded the maximum allowed size",
    ],
  ])("rejects a put with %s, before any write", (_label, table, item, message) => {
    const engine = batchTestEngine();
    const error = rejectionOf(engine, "BatchWriteItem", {
      RequestItems: {
        num: [{ PutRequest: { Item: { pk: { N: "1" } } } }],
        [table]: [{ PutRequest: { Item: item } }],
      },
    });
    expect(error).toEqual({ type: "ValidationException", message });
    expect(get(engine, "num", { pk: { N: "1" } })).toBeUndefined();
  });

  it.each([
    ["a wrongly typed key", { pk: { N: "1" } }],
    ["an extra attribute", { pk: { S: "a" }, v: { S: "b" } }],
  ])("rejects a delete with %s", (_label, key) => {
    const error = rejectionOf(batchTestEngine(), "BatchWriteItem", {
      RequestItems: { hash: [{ DeleteRequest: { Key: key } }] },
    });
    expect(error).toEqual({
      type: "ValidationException",
      message: "The provided key element does not match the schema",
    });
  });

  it("accepts an item of exactly 400 KB", () => {
    const engine = batchTestEngine();
    const item = { pk: { S: "x" }, d: { S: "x".repeat(409_600 - 4) } };
    expect(engine.execute("BatchWriteItem", { RequestItems: { hash: puts([item]) } })).toEqual({
      UnprocessedItems: {},
    });
  });
});

describe("BatchWriteItem unprocessed-items switch", () => {
  function writeAll(seed: number, fraction: number) {
    const engine = batchTestEngine({ faults: { unprocessedFraction: fraction, seed } });
    engine.execute("PutItem", { TableName: "hash", Item: { pk: { S: "doomed" } } });
    const requests = [...puts(hashKeys(20)), { DeleteRequest: { Key: { pk: { S: "doomed" } } } }];
    const output = engine.execute("BatchWriteItem", {
      RequestItems: { hash: requests },
      ReturnConsumedCapacity: "TOTAL",
    });
    return { engine, requests, output };
  }

  it("skips a share of writes and hands them back in RequestItems' shape", () => {
    const { engine, requests, output } = writeAll(3, 0.5);
    const left = (output.UnprocessedItems as Record<string, unknown[]>).hash!;
    expect(left.length).toBeGreaterThan(3);
    expect(left.length).toBeLessThan(requests.length - 3);
    for (const request of requests) {
      const skipped = left.some((entry) => JSON.stringify(entry) === JSON.stringify(request));
      const key = "PutRequest" in request ? request.PutRequest.Item : request.DeleteRequest.Key;
      const present = get(engine, "hash", key) !== undefined;
      // A skipped put left nothing behind; a skipped delete left its item.
      expect(present).toBe("PutRequest" in request ? !skipped : skipped);
    }
    expect(output.ConsumedCapacity).toEqual([
      { TableName: "hash", CapacityUnits: requests.length - left.length },
    ]);
  });

  it("repeats exactly with the same seed", () => {
    expect(writeAll(3, 0.5).output).toEqual(writeAll(3, 0.5).output);
    expect(writeAll(3, 0.5).output).not.toEqual(writeAll(4, 0.5).output);
  });

  it("does nothing at 1 and everything at 0", () => {
    expect((writeAll(1, 1).output.UnprocessedItems as Record<string, unknown[]>).hash).toHaveLength(21);
    expect(writeAll(1, 0).output.UnprocessedItems).toEqual({});
  });
});
