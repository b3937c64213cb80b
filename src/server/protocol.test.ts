import { describe, expect, it } from "vitest";
import { Engine } from "../engine/engine.js";
import {
  answerJsonRequest,
  errorResponse,
  ItemTextCache,
  itemTextsOf,
  outputText,
  resolveOperation,
  wireBytes,
} from "./protocol.js";
import { nextRequestId } from "./request-id.js";

const known = new Set(["PutItem", "ListTables", "GetRecords"]);

describe("resolveOperation", () => {
  it.each([
    ["DynamoDB_20120810.PutItem", "PutItem"],
    ["DynamoDB_20120810.ListTables", "ListTables"],
    ["DynamoDBStreams_20120810.GetRecords", "GetRecords"],
  ])("maps %s to %s", (target, operation) => {
    expect(resolveOperation(target, known)).toBe(operation);
  });

  it.each([
    [undefined],
    ["PutItem"],
    ["DynamoDB_20111205.PutItem"],
    ["dynamodb_20120810.PutItem"],
    ["DynamoDB_20120810.putItem"],
    ["DynamoDB_20120810.Query"],
    ["DynamoDB_20120810.GetRecords"],
    ["DynamoDBStreams_20120810.PutItem"],
    ["DynamoDB_20120810.PutItem "],
  ])("rejects %s", (target) => {
    expect(resolveOperation(target, known)).toBeUndefined();
  });
});

describe("answerJsonRequest", () => {
  const engine = new Engine();
  const operations = new Set(engine.operations);

  it("answers an operation the engine does not register with UnknownOperationException", () => {
    const reply = answerJsonRequest(engine, operations, {
      target: "DynamoDB_20120810.NoSuchThing",
      authenticated: true,
      body: "{}",
    });
    expect(reply).toEqual({
      statusCode: 400,
      body: '{"__type":"com.amazon.coral.service#UnknownOperationException"}',
    });
  });

  it("reports a missing token only once the target is valid", () => {
    const reply = answerJsonRequest(engine, operations, {
      target: "DynamoDB_20120810.ListTables",
      authenticated: false,
      body: "{}",
    });
    expect(reply.statusCode).toBe(400);
    expect(JSON.parse(reply.body)).toEqual({
      __type: "com.amazon.coral.service#MissingAuthenticationTokenException",
      message: "Request is missing Authentication Token",
    });
  });
});

describe("errorResponse", () => {
  it("hides non-DynamoDB failures behind a generic 500", () => {
    expect(errorResponse(new TypeError("secret detail"))).toEqual({
      statusCode: 500,
      body: '{"__type":"com.amazonaws.dynamodb.v20120810#InternalServerError","message":"Internal server error"}',
    });
  });
});

describe("nextRequestId", () => {
  it("makes distinct 52-character ids across pool refills", () => {
    const ids = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const id = nextRequestId();
      expect(id).toMatch(/^[A-Z0-9]{52}$/);
      ids.add(id);
    }
    expect(ids.size).toBe(1000);
  });
});

describe("outputText", () => {
  const item = (pk: string, extra: Record<string, unknown> = {}) => ({ pk: { S: pk }, ...extra });

  it.each<[string, Record<string, unknown>]>([
    ["an empty output", {}],
    ["a page with its members around it", { Items: [item("a"), item("b")], Count: 2, ScannedCount: 2 }],
    ["an empty page", { Items: [], Count: 0, LastEvaluatedKey: item("z") }],
    [
      "text that needs escaping",
      { Items: [item('q"\\\n\u0001é😀\uD800', { ["__proto__"]: { N: "1" }, 'a"b': { SS: ["x", "y"] } })] },
    ],
    ["members left undefined", { Items: [item("a")], LastEvaluatedKey: undefined, Count: 1 }],
    ["list elements that are not items", { Items: [null, 1, "x", [item("a")]] }],
    [
      "BatchGetItem responses",
      {
        Responses: { one: [item("a")], two: [], three: undefined },
        UnprocessedKeys: { one: { Keys: [item("b")] } },
        ConsumedCapacity: [{ TableName: "one", CapacityUnits: 0.5 }],
      },
    ],
    ["TransactGetItems responses", { Responses: [{ Item: item("a") }, {}] }],
    ["an item alone", { Item: item("a", { n: { N: "-1.5E+3" } }) }],
  ])("writes %s exactly as JSON.stringify does", (_case, output) => {
    for (const operation of ["Query", "Scan", "BatchGetItem", "GetItem", "ExecuteStatement", undefined]) {
      expect(outputText(output, operation)).toBe(JSON.stringify(output));
      expect(outputText(output, operation)).toBe(JSON.stringify(output));
    }
  });

  it.each<[string, Record<string, unknown>]>([
    ["a projection", { ProjectionExpression: "pk" }],
    ["legacy attributes", { AttributesToGet: ["pk"] }],
    ["specific attributes", { Select: "SPECIFIC_ATTRIBUTES" }],
    [
      "a batch mixing projected and whole tables",
      { RequestItems: { one: { ProjectionExpression: "pk" }, two: {}, three: "not an object" } },
    ],
  ])("writes pages for %s exactly as JSON.stringify does", (_case, input) => {
    const output = {
      Items: [item("a"), item("b")],
      Responses: { one: [item("c")], two: [item("d")], three: [item("e")], four: [item("f")] },
    };
    for (const operation of ["Scan", "BatchGetItem"]) {
      expect(outputText(output, operation, input)).toBe(JSON.stringify(output));
      expect(outputText(output, operation, input)).toBe(JSON.stringify(output));
    }
  });

  it("answers a page again with the items as they are now, after one was rewritten", () => {
    const engine = new Engine();
    engine.execute("CreateTable", {
      TableName: "pages",
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
      BillingMode: "PAY_PER_REQUEST",
    });
    const request = (target: string, input: Record<string, unknown>) =>
      answerJsonRequest(engine, new Set(engine.operations), {
        target: `DynamoDB_20120810.${target}`,
        authenticated: true,
        body: JSON.stringify(input),
      });
    for (const pk of ["a", "b", "c"])
      request("PutItem", { TableName: "pages", Item: { pk: { S: pk }, v: { N: "1" } } });
    const scan = { TableName: "pages" };
    const firstGet = request("GetItem", { TableName: "pages", Key: { pk: { S: "b" } } }).body;
    expect(request("GetItem", { TableName: "pages", Key: { pk: { S: "b" } } }).body).toBe(firstGet);
    const before = request("Scan", scan).body;
    expect(request("Scan", scan).body).toBe(before);
    request("UpdateItem", {
      TableName: "pages",
      Key: { pk: { S: "b" } },
      UpdateExpression: "SET v = :two",
      ExpressionAttributeValues: { ":two": { N: "2" } },
    });
    request("DeleteItem", { TableName: "pages", Key: { pk: { S: "c" } } });
    const after = JSON.parse(request("Scan", scan).body) as { Items: unknown[]; Count: number };
    expect(after.Count).toBe(2);
    expect(after.Items).toEqual(
      expect.arrayContaining([
        { pk: { S: "a" }, v: { N: "1" } },
        { pk: { S: "b" }, v: { N: "2" } },
      ]),
    );
    const get = request("GetItem", { TableName: "pages", Key: { pk: { S: "b" } } });
    expect(JSON.parse(get.body)).toEqual({ Item: { pk: { S: "b" }, v: { N: "2" } } });
    const batch = request("BatchGetItem", { RequestItems: { pages: { Keys: [{ pk: { S: "b" } }] } } });
    expect(JSON.parse(batch.body)).toEqual({
      Responses: { pages: [{ pk: { S: "b" }, v: { N: "2" } }] },
      UnprocessedKeys: {},
    });
  });
});

describe("wireBytes", () => {
  const engine = new Engine();
  engine.execute("CreateTable", {
    TableName: "bytes",
    KeySchema: [
      { AttributeName: "pk", KeyType: "HASH" },
      { AttributeName: "sk", KeyType: "RANGE" },
    ],
    AttributeDefinitions: [
      { AttributeName: "pk", AttributeType: "S" },
      { AttributeName: "sk", AttributeType: "S" },
    ],
    BillingMode: "PAY_PER_REQUEST",
  });
  const operations = new Set(engine.operations);
  const request = (target: string, input: Record<string, unknown>) =>
    answerJsonRequest(engine, operations, {
      target: `DynamoDB_20120810.${target}`,
      authenticated: true,
      body: JSON.stringify(input),
    });
  const values = { plain: "plain", accented: "é", astral: "😀", latin1: "\u00ff", escaped: '"\\\u0001' };
  for (const [pk, value] of Object.entries(values)) {
    for (const sk of ["a", "b"])
      request("PutItem", { TableName: "bytes", Item: { pk: { S: pk }, sk: { S: sk }, v: { S: value } } });
  }
  request("PutItem", { TableName: "bytes", Item: { pk: { S: "mixed" }, sk: { S: "a" }, v: { S: "plain" } } });
  request("PutItem", { TableName: "bytes", Item: { pk: { S: "mixed" }, sk: { S: "b" }, v: { S: "ü" } } });

  it.each([...Object.keys(values), "mixed"])(
    "gives the UTF-8 bytes of a Query page of %s values, read first and again from cached texts",
    (pk) => {
      const query = {
        TableName: "bytes",
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": { S: pk } },
      };
      for (let read = 0; read < 2; read++) {
        const reply = request("Query", query);
        expect(reply.statusCode).toBe(200);
        expect(reply.asciiPieces !== undefined).toBe(pk === "plain" || pk === "escaped");
        expect(wireBytes(reply).equals(Buffer.from(reply.body, "utf8"))).toBe(true);
        expect(JSON.parse(reply.body)).toMatchObject({ Count: 2 });
      }
    },
  );

  it.each([...Object.keys(values), "mixed"])(
    "gives the UTF-8 bytes of GetItem of a %s value, read first and again from its cached text",
    (pk) => {
      for (let read = 0; read < 2; read++) {
        const reply = request("GetItem", { TableName: "bytes", Key: { pk: { S: pk }, sk: { S: "b" } } });
        expect(reply.asciiPieces !== undefined).toBe(pk === "plain" || pk === "escaped");
        expect(wireBytes(reply).equals(Buffer.from(reply.body, "utf8"))).toBe(true);
        expect(JSON.parse(reply.body)).toMatchObject({ Item: { pk: { S: pk } } });
      }
    },
  );

  it("takes a page as not ASCII when its last key is not, though its items are", () => {
    request("PutItem", { TableName: "bytes", Item: { pk: { S: "key" }, sk: { S: "ß" }, v: { S: "plain" } } });
    request("PutItem", { TableName: "bytes", Item: { pk: { S: "key" }, sk: { S: "ü" }, v: { S: "plain" } } });
    const query = {
      TableName: "bytes",
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": { S: "key" } },
      ProjectionExpression: "v",
      Limit: 1,
    };
    const projected = request("Query", query);
    expect(projected.asciiPieces !== undefined).toBe(false);
    expect(JSON.parse(projected.body)).toEqual({
      Items: [{ v: { S: "plain" } }],
      Count: 1,
      ScannedCount: 1,
      LastEvaluatedKey: { pk: { S: "key" }, sk: { S: "ß" } },
    });
    const whole = request("Query", { ...query, ProjectionExpression: undefined });
    expect(whole.asciiPieces !== undefined).toBe(false);
    expect(wireBytes(whole).equals(Buffer.from(whole.body, "utf8"))).toBe(true);
  });

  it("writes a page of many pieces from pieces that join to its body", () => {
    for (let index = 0; index < 150; index++) {
      const sk = { S: String(index).padStart(3, "0") };
      request("PutItem", { TableName: "bytes", Item: { pk: { S: "big" }, sk, v: { S: "x".repeat(1000) } } });
    }
    const query = {
      TableName: "bytes",
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": { S: "big" } },
    };
    for (let read = 0; read < 2; read++) {
      const reply = request("Query", query);
      expect(reply.asciiPieces?.length).toBeGreaterThan(150);
      expect(reply.asciiPieces?.join("")).toBe(reply.body);
      expect(wireBytes(reply).equals(Buffer.from(reply.body, "utf8"))).toBe(true);
      expect(JSON.parse(reply.body)).toMatchObject({ Count: 150, ScannedCount: 150 });
    }
  });

  it("gives the UTF-8 bytes of BatchGetItem pages and of answers nobody checked", () => {
    const batch = request("BatchGetItem", {
      RequestItems: {
        bytes: {
          Keys: [
            { pk: { S: "astral" }, sk: { S: "a" } },
            { pk: { S: "plain" }, sk: { S: "a" } },
          ],
        },
      },
    });
    expect(batch.asciiPieces !== undefined).toBe(false);
    expect(wireBytes(batch).equals(Buffer.from(batch.body, "utf8"))).toBe(true);
    const plain = request("BatchGetItem", {
      RequestItems: { bytes: { Keys: [{ pk: { S: "plain" }, sk: { S: "b" } }] } },
    });
    expect(plain.asciiPieces !== undefined).toBe(true);
    const item = request("GetItem", { TableName: "bytes", Key: { pk: { S: "accented" }, sk: { S: "a" } } });
    expect(item.asciiPieces !== undefined).toBe(false);
    expect(wireBytes(item).equals(Buffer.from(item.body, "utf8"))).toBe(true);
    expect(wireBytes(item).toString("utf8")).toContain('"é"');
  });
});

describe("itemTextsOf", () => {
  it("keeps the texts an engine's answers were written from in that engine's own cache", () => {
    const engines = [new Engine(), new Engine()];
    const [first, second] = engines as [Engine, Engine];
    for (const engine of engines) {
      engine.execute("CreateTable", {
        TableName: "own",
        KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
        AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
        BillingMode: "PAY_PER_REQUEST",
      });
      engine.execute("PutItem", { TableName: "own", Item: { pk: { S: "a" } } });
    }
    expect(itemTextsOf(first)).toBe(itemTextsOf(first));
    expect(itemTextsOf(first)).not.toBe(itemTextsOf(second));
    const reply = answerJsonRequest(first, new Set(first.operations), {
      target: "DynamoDB_20120810.Scan",
      authenticated: true,
      body: JSON.stringify({ TableName: "own" }),
    });
    expect(JSON.parse(reply.body)).toMatchObject({ Count: 1 });
    const stored = (engine: Engine) =>
      (engine.execute("GetItem", { TableName: "own", Key: { pk: { S: "a" } } }) as { Item: object }).Item;
    expect(itemTextsOf(first).find(stored(first))?.text).toBe('{"pk":{"S":"a"}}');
    expect(itemTextsOf(second).find(stored(second))).toBeUndefined();
  });
});

describe("ItemTextCache", () => {
  // What a page does for each of its items.
  function textOf(cache: ItemTextCache, item: object): string {
    const text = cache.find(item)?.text ?? JSON.stringify(item);
    cache.keep(item, text);
    return text;
  }
  const readOnce = () => ({ pk: { S: "read once, never again!" } });

  // The cache relies on items never changing once written; changing one here shows which text it serves.
  it("serves an object's first text while it stays cached, and forgets it after two budgets of others", () => {
    const cache = new ItemTextCache(100);
    const kept = { pk: { S: "kept" } };
    const first = textOf(cache, kept);
    expect(first).toBe('{"pk":{"S":"kept"}}');
    kept.pk.S = "changed";
    expect(cache.find(kept)?.text).toBe(first);
    const others = Array.from({ length: 20 }, (_, index) => ({ pk: { S: `other-${index}` } }));
    for (const other of others) expect(textOf(cache, other)).toBe(JSON.stringify(other));
    expect(cache.find(kept)).toBeUndefined();
  });

  it("keeps an object read again recently through a change of generation", () => {
    const cache = new ItemTextCache(100);
    const kept = { pk: { S: "kept" } };
    const first = textOf(cache, kept);
    kept.pk.S = "changed";
    // Four of these (23 characters each) fill the young generation of 100.
    for (let index = 0; index < 5; index++) textOf(cache, { pk: { S: `other-${index}0` } });
    expect(textOf(cache, kept)).toBe(first);
    for (let index = 0; index < 5; index++) textOf(cache, { pk: { S: `again-${index}0` } });
    expect(textOf(cache, kept)).toBe(first);
  });

  it("stops taking pages of items read once, but for one page in 32, and serves pages it holds whole", () => {
    const cache = new ItemTextCache(1000);
    const hot = { pk: { S: "hot" } };
    cache.keep(hot, JSON.stringify(hot));
    // 38 characters each: the first generation fills with items nobody reads twice.
    for (let page = 0; page < 30; page++) textOf(cache, readOnce());
    const admitted = Array.from({ length: 64 }, () => cache.admits());
    expect(admitted.flatMap((admits, page) => (admits ? [page] : []))).toEqual([31, 63]);
    expect(cache.find(hot)?.text).toBe('{"pk":{"S":"hot"}}');
  });

  it("takes pages again once a generation fills while most lookups hit", () => {
    const cache = new ItemTextCache(1000);
    for (let page = 0; page < 30; page++) textOf(cache, readOnce());
    expect(cache.admits()).toBe(false);
    const hot = Array.from({ length: 30 }, (_, index) => ({ pk: { S: `hot item number ${index}` } }));
    for (const item of hot) cache.keep(item, JSON.stringify(item));
    for (let read = 0; read < 3; read++) for (const item of hot) cache.find(item);
    expect(cache.admits()).toBe(false);
    for (let page = 0; page < 30; page++) textOf(cache, readOnce());
    expect(cache.admits()).toBe(true);
  });
});
