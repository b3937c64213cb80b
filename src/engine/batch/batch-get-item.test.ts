import { describe, expect, it } from "vitest";
import type { Engine } from "../engine.js";
import { MAX_BATCH_GET_RESPONSE_BYTES } from "./batch-get-item.js";
import { batchTestEngine, hashKeys, rejectionOf } from "./test-support.js";

function seeded(): Engine {
  const engine = batchTestEngine();
  engine.execute("PutItem", { TableName: "hash", Item: { pk: { S: "a" }, v: { S: "x" }, n: { N: "1" } } });
  engine.execute("PutItem", { TableName: "hash", Item: { pk: { S: "b" }, v: { S: "y" } } });
  engine.execute("PutItem", {
    TableName: "comp",
    Item: { pk: { S: "a" }, sk: { S: "1" }, m: { M: { inner: { S: "deep" }, other: { N: "2" } } } },
  });
  return engine;
}

describe("BatchGetItem reads", () => {
  it("reads from several tables, with an empty list for a table where nothing was found", () => {
    const output = seeded().execute("BatchGetItem", {
      RequestItems: {
        hash: { Keys: [{ pk: { S: "a" } }, { pk: { S: "missing" } }, { pk: { S: "b" } }] },
        comp: { Keys: [{ pk: { S: "nope" }, sk: { S: "1" } }], ConsistentRead: true },
      },
    });
    expect(output).toEqual({
      Responses: {
        hash: [
          { pk: { S: "a" }, v: { S: "x" }, n: { N: "1" } },
          { pk: { S: "b" }, v: { S: "y" } },
        ],
        comp: [],
      },
      UnprocessedKeys: {},
    });
  });

  it("projects each table with its own expression, without adding the key attributes", () => {
    const output = seeded().execute("BatchGetItem", {
      RequestItems: {
        hash: { Keys: [{ pk: { S: "a" } }], ProjectionExpression: "v, n" },
        comp: {
          Keys: [{ pk: { S: "a" }, sk: { S: "1" } }],
          ProjectionExpression: "#m.#i",
          ExpressionAttributeNames: { "#m": "m", "#i": "inner" },
        },
      },
    });
    expect(output.Responses).toEqual({
      hash: [{ v: { S: "x" }, n: { N: "1" } }],
      comp: [{ m: { M: { inner: { S: "deep" } } } }],
    });
  });

  it("projects AttributesToGet, keys included only when listed", () => {
    const output = seeded().execute("BatchGetItem", {
      RequestItems: {
        hash: { Keys: [{ pk: { S: "a" } }, { pk: { S: "b" } }], AttributesToGet: ["pk", "n"] },
      },
    });
    expect(output.Responses).toEqual({ hash: [{ pk: { S: "a" }, n: { N: "1" } }, { pk: { S: "b" } }] });
  });

  it("finds a number key whatever its spelling", () => {
    const engine = batchTestEngine();
    engine.execute("PutItem", { TableName: "num", Item: { pk: { N: "100" } } });
    const output = engine.execute("BatchGetItem", {
      RequestItems: { num: { Keys: [{ pk: { N: "1E2" } }] } },
    });
    expect(output.Responses).toEqual({ num: [{ pk: { N: "100" } }] });
  });
});

describe("BatchGetItem consumed capacity", () => {
  function sized(): Engine {
    const engine = batchTestEngine();
    // 5000 bytes: two 4 KB units; 100 bytes: one.
    engine.execute("PutItem", { TableName: "hash", Item: { pk: { S: "big" }, d: { S: "x".repeat(4995) } } });
    engine.execute("PutItem", { TableName: "hash", Item: { pk: { S: "small" }, d: { S: "x".repeat(95) } } });
    return engine;
  }

  it("rounds each item up to 4 KB on its own and charges a missing item one unit", () => {
    const output = sized().execute("BatchGetItem", {
      RequestItems: {
        hash: {
          Keys: [{ pk: { S: "big" } }, { pk: { S: "small" } }, { pk: { S: "missing" } }],
          ConsistentRead: true,
        },
      },
      ReturnConsumedCapacity: "TOTAL",
    });
    expect(output.ConsumedCapacity).toEqual([{ TableName: "hash", CapacityUnits: 4 }]);
  });

  it("halves eventually consistent reads and reports every table, under INDEXES with the table part", () => {
    const output = sized().execute("BatchGetItem", {
      RequestItems: {
        hash: { Keys: [{ pk: { S: "big" } }, { pk: { S: "missing" } }], ProjectionExpression: "pk" },
        comp: { Keys: [{ pk: { S: "x" }, sk: { S: "y" } }] },
      },
      ReturnConsumedCapacity: "INDEXES",
    });
    expect(output.ConsumedCapacity).toEqual([
      { TableName: "hash", CapacityUnits: 1.5, Table: { CapacityUnits: 1.5 } },
      { TableName: "comp", CapacityUnits: 0.5, Table: { CapacityUnits: 0.5 } },
    ]);
  });

  it("reports nothing unless asked", () => {
    const output = sized().execute("BatchGetItem", {
      RequestItems: { hash: { Keys: [{ pk: { S: "big" } }] } },
      ReturnConsumedCapacity: "NONE",
    });
    expect(output).not.toHaveProperty("ConsumedCapacity");
  });
});

describe("BatchGetItem 16 MB response limit", () => {
  it("stops at 16 MB of items and returns the rest as UnprocessedKeys in the request's shape", () => {
    const engine = batchTestEngine();
    const itemBytes = 307_200;
    const keys = hashKeys(60, "r");
    for (const key of keys) {
      const payload = "x".repeat(itemBytes - 2 - key.pk.S.length - 1);
      engine.execute("PutItem", { TableName: "hash", Item: { ...key, d: { S: payload } } });
    }
    const entry = {
      ProjectionExpression: "#p",
      ExpressionAttributeNames: { "#p": "pk" },
      ConsistentRead: true,
    };
    const output = engine.execute("BatchGetItem", {
      RequestItems: { hash: { Keys: keys, ...entry } },
      ReturnConsumedCapacity: "TOTAL",
    });
    const fitting = Math.floor(MAX_BATCH_GET_RESPONSE_BYTES / itemBytes);
    expect(fitting).toBe(54);
    expect(output.Responses).toEqual({ hash: keys.slice(0, fitting) });
    expect(output.UnprocessedKeys).toEqual({ hash: { ...entry, Keys: keys.slice(fitting) } });
    // 300 KB is 75 units of 4 KB, for each item read and none for the keys left over.
    expect(output.ConsumedCapacity).toEqual([{ TableName: "hash", CapacityUnits: fitting * 75 }]);
  });
});

describe("BatchGetItem validation", () => {
  it("limits the keys to 100 over all tables", () => {
    const engine = batchTestEngine();
    const error = rejectionOf(engine, "BatchGetItem", {
      RequestItems: {
        hash: { Keys: hashKeys(50) },
        comp: { Keys: hashKeys(51).map((key) => ({ ...key, sk: { S: "s" } })) },
      },
    });
    expect(error).toEqual({
      type: "ValidationException",
      message: "Too many items requested for the BatchGetItem call",
    });
  });

  it.each([
    ["the same key twice", [{ pk: { S: "a" } }, { pk: { S: "a" } }]],
    ["one number spelled two ways", [{ pk: { N: "1" } }, { pk: { N: "1.0" } }]],
    [
      "attributes in another order",
      [
        { pk: { S: "a" }, x: { S: "b" } },
        { x: { S: "b" }, pk: { S: "a" } },
      ],
    ],
  ])("rejects duplicate keys in one table (%s) before looking at the table", (_label, keys) => {
    const error = rejectionOf(batchTestEngine(), "BatchGetItem", {
      RequestItems: { hash: { Keys: keys }, missing_table: { Keys: [{ pk: { S: "a" } }] } },
    });
    expect(error).toEqual({
      type: "ValidationException",
      message: "Provided list of item keys contains duplicates",
    });
  });

  it("allows one key in two tables", () => {
    const engine = seeded();
    engine.execute("PutItem", { TableName: "num", Item: { pk: { N: "1" } } });
    const output = engine.execute("BatchGetItem", {
      RequestItems: {
        hash: { Keys: [{ pk: { S: "b" } }] },
        comp: { Keys: [{ pk: { S: "b" }, sk: { S: "1" } }] },
      },
    });
    expect(output.Responses).toEqual({ hash: [{ pk: { S: "b" }, v: { S: "y" } }], comp: [] });
  });

  it("answers ResourceNotFoundException for an unknown table", () => {
    const error = rejectionOf(batchTestEngine(), "BatchGetItem", {
      RequestItems: { hash: { Keys: [{ pk: { S: "a" } }] }, no_such_table: { Keys: [{ pk: { S: "a" } }] } },
    });
    expect(error).toEqual({ type: "ResourceNotFoundException", message: "Requested resource not found" });
  });

  it.each([
    ["a wrong type", { pk: { N: "1" } }],
    ["an extra attribute", { pk: { S: "a" }, v: { S: "x" } }],
    ["a missing attribute", { other: { S: "a" } }],
  ])("rejects a key with %s with the key-schema message", (_label, key) => {
    const error = rejectionOf(batchTestEngine(), "BatchGetItem", { RequestItems: { hash: { Keys: [key] } } });
    expect(error).toEqual({
      type: "ValidationException",
      message: "The provided key element does not match the schema",
    });
  });

  it("rejects a key without its sort key", () => {
    const error = rejectionOf(batchTestEngine(), "BatchGetItem", {
      RequestItems: { comp: { Keys: [{ pk: { S: "a" } }] } },
    });
    expect(error.message).toBe("The provided key element does not match the schema");
  });

  it("rejects an empty key value", () => {
    const error = rejectionOf(batchTestEngine(), "BatchGetItem", {
      RequestItems: { hash: { Keys: [{ pk: { S: "" } }] } },
    });
    expect(error).toEqual({
      type: "ValidationException",
      message:
        "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk",
    });
  });

  it.each([
    [
      "AttributesToGet beside ProjectionExpression",
      { hash: { Keys: [{ pk: { S: "a" } }], AttributesToGet: ["v"], ProjectionExpression: "v" } },
      "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}",
    ],
    [
      "ProjectionExpression on one table and AttributesToGet on another",
      {
        hash: { Keys: [{ pk: { S: "a" } }], ProjectionExpression: "v" },
        comp: { Keys: [{ pk: { S: "a" }, sk: { S: "1" } }], AttributesToGet: ["v"] },
      },
      "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}",
    ],
    [
      "names without an expression",
      { hash: { Keys: [{ pk: { S: "a" } }], ExpressionAttributeNames: { "#v": "v" } } },
      "ExpressionAttributeNames can only be specified when using expressions",
    ],
    [
      "an unused name",
      {
        hash: {
          Keys: [{ pk: { S: "a" } }],
          ProjectionExpression: "v",
          ExpressionAttributeNames: { "#x": "x" },
        },
      },
      "Value provided in ExpressionAttributeNames unused in expressions: keys: {#x}",
    ],
    [
      "a syntax error",
      { hash: { Keys: [{ pk: { S: "a" } }], ProjectionExpression: "a b" } },
      'Invalid ProjectionExpression: Syntax error; token: "b", near: "a b"',
    ],
    [
      "overlapping paths",
      { hash: { Keys: [{ pk: { S: "a" } }], ProjectionExpression: "a, a.b" } },
      "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]",
    ],
    [
      "a repeated AttributesToGet name",
      { hash: { Keys: [{ pk: { S: "a" } }], AttributesToGet: ["v", "v"] } },
      "One or more parameter values were invalid: Duplicate value in attribute name: v",
    ],
  ])("rejects %s", (_label, requestItems, message) => {
    const error = rejectionOf(batchTestEngine(), "BatchGetItem", { RequestItems: requestItems });
    expect(error).toEqual({ type: "ValidationException", message });
  });

  it("checks projections before looking tables up", () => {
    const error = rejectionOf(batchTestEngine(), "BatchGetItem", {
      RequestItems: {
        no_such_table: { Keys: [{ pk: { S: "a" } }] },
        hash: { Keys: [{ pk: { S: "a" } }], ProjectionExpression: "a b" },
      },
    });
    expect(error.message).toBe('Invalid ProjectionExpression: Syntax error; token: "b", near: "a b"');
  });
});

describe("BatchGetItem unprocessed-keys switch", () => {
  function readAll(seed: number, fraction: number) {
    const engine = batchTestEngine({ faults: { unprocessedFraction: fraction, seed } });
    const keys = hashKeys(40);
    for (const key of keys) engine.execute("PutItem", { TableName: "hash", Item: key });
    const output = engine.execute("BatchGetItem", {
      RequestItems: { hash: { Keys: keys, ConsistentRead: true } },
      ReturnConsumedCapacity: "TOTAL",
    });
    return { keys, output };
  }

  it("returns a share of keys unprocessed, in the request's shape, and charges only the keys read", () => {
    const { keys, output } = readAll(7, 0.5);
    const read = (output.Responses as Record<string, { pk: { S: string } }[]>).hash!;
    const left = (output.UnprocessedKeys as Record<string, { Keys: { pk: { S: string } }[] }>).hash!;
    expect(read.length).toBeGreaterThan(5);
    expect(left.Keys.length).toBeGreaterThan(5);
    expect(left).toEqual({ ConsistentRead: true, Keys: expect.any(Array) });
    const names = [...read, ...left.Keys].map((key) => key.pk.S).sort();
    expect(names).toEqual(keys.map((key) => key.pk.S).sort());
    expect(output.ConsumedCapacity).toEqual([{ TableName: "hash", CapacityUnits: read.length }]);
  });

  it("repeats exactly with the same seed and differs with another", () => {
    expect(readAll(7, 0.5).output).toEqual(readAll(7, 0.5).output);
    expect(readAll(7, 0.5).output).not.toEqual(readAll(8, 0.5).output);
  });

  it("leaves every key unprocessed at 1 and none at 0", () => {
    expect(readAll(1, 1).output.Responses).toEqual({ hash: [] });
    expect(readAll(1, 0).output.UnprocessedKeys).toEqual({});
  });
});
