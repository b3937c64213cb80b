import { beforeEach, describe, expect, it } from "vitest";
import type { Engine } from "../engine.js";
import { engineWithTables, failure, getItem, putItem } from "./transaction-test-support.js";

const S = (value: string) => ({ S: value });
const N = (value: string) => ({ N: value });
const CANCELLED = "Transaction cancelled, please refer cancellation reasons for specific reasons";

let engine: Engine;
const transact = (TransactItems: unknown[], extra: Record<string, unknown> = {}) =>
  engine.execute("TransactWriteItems", { TransactItems, ...extra });

beforeEach(() => {
  engine = engineWithTables();
  putItem(engine, "accounts", { pk: S("alice"), balance: N("100") });
  putItem(engine, "accounts", { pk: S("bob"), balance: N("5") });
});

describe("TransactWriteItems applies every action together", () => {
  it("puts, updates, deletes and checks across tables, answering an empty body", () => {
    const output = transact([
      { Put: { TableName: "accounts", Item: { pk: S("carol"), balance: N("1") } } },
      {
        Update: {
          TableName: "accounts",
          Key: { pk: S("alice") },
          UpdateExpression: "SET balance = balance - :amount",
          ExpressionAttributeValues: { ":amount": N("30") },
        },
      },
      { Delete: { TableName: "accounts", Key: { pk: S("bob") } } },
      {
        Put: {
          TableName: "orders",
          Item: { pk: S("alice"), sk: N("1"), status: S("open"), placed: S("2024") },
        },
      },
      {
        ConditionCheck: {
          TableName: "accounts",
          Key: { pk: S("nobody") },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
    ]);
    expect(output).toEqual({});
    expect(getItem(engine, "accounts", { pk: S("carol") })).toEqual({ pk: S("carol"), balance: N("1") });
    expect(getItem(engine, "accounts", { pk: S("alice") })).toEqual({ pk: S("alice"), balance: N("70") });
    expect(getItem(engine, "accounts", { pk: S("bob") })).toBeUndefined();
    expect(getItem(engine, "orders", { pk: S("alice"), sk: N("1") })).toEqual({
      pk: S("alice"),
      sk: N("1"),
      status: S("open"),
      placed: S("2024"),
    });
    expect(getItem(engine, "accounts", { pk: S("nobody") })).toBeUndefined();
  });

  it("upserts an update of a missing item whose condition holds", () => {
    transact([
      {
        Update: {
          TableName: "accounts",
          Key: { pk: S("dave") },
          UpdateExpression: "SET #s = :s",
          ConditionExpression: "attribute_not_exists(pk)",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: { ":s": S("created") },
        },
      },
    ]);
    expect(getItem(engine, "accounts", { pk: S("dave") })).toEqual({ pk: S("dave"), status: S("created") });
  });

  it("accepts 100 actions", () => {
    const actions = Array.from({ length: 100 }, (_, i) => ({
      Put: { TableName: "accounts", Item: { pk: S(`bulk-${i}`) } },
    }));
    expect(transact(actions)).toEqual({});
    expect(getItem(engine, "accounts", { pk: S("bulk-99") })).toEqual({ pk: S("bulk-99") });
  });

  it("keeps secondary indexes in step with the items", () => {
    transact([
      {
        Put: {
          TableName: "orders",
          Item: { pk: S("alice"), sk: N("1"), status: S("open"), placed: S("2024") },
        },
      },
    ]);
    const output = transact(
      [
        {
          Update: {
            TableName: "orders",
            Key: { pk: S("alice"), sk: N("1") },
            UpdateExpression: "SET #s = :s",
            ExpressionAttributeNames: { "#s": "status" },
            ExpressionAttributeValues: { ":s": S("shipped") },
          },
        },
      ],
      { ReturnConsumedCapacity: "INDEXES" },
    );
    // The GSI key moved (delete + put: 2 units); the LSI entry kept its key and projection: 0.
    expect(output.ConsumedCapacity).toEqual([
      {
        TableName: "orders",
        CapacityUnits: 4,
        WriteCapacityUnits: 4,
        Table: { CapacityUnits: 2, WriteCapacityUnits: 2 },
        GlobalSecondaryIndexes: { "by-status": { CapacityUnits: 2, WriteCapacityUnits: 2 } },
      },
    ]);
  });
});

describe("TransactWriteItems cancels as a whole", () => {
  it("reports a reason per action in request order and changes nothing", () => {
    const error = failure(() =>
      transact([
        {
          Put: {
            TableName: "accounts",
            Item: { pk: S("carol") },
            ConditionExpression: "attribute_not_exists(pk)",
          },
        },
        {
          Update: {
            TableName: "accounts",
            Key: { pk: S("alice") },
            UpdateExpression: "SET balance = :zero",
            ExpressionAttributeValues: { ":zero": N("0") },
          },
        },
        {
          Put: {
            TableName: "accounts",
            Item: { pk: S("bob") },
            ConditionExpression: "attribute_not_exists(pk)",
          },
        },
      ]),
    );
    expect(error.type).toBe("TransactionCanceledException");
    expect(error.toWireBody()).toEqual({
      __type: "com.amazonaws.dynamodb.v20120810#TransactionCanceledException",
      Message: `${CANCELLED} [None, None, ConditionalCheckFailed]`,
      CancellationReasons: [
        { Code: "None" },
        { Code: "None" },
        { Code: "ConditionalCheckFailed", Message: "The conditional request failed" },
      ],
    });
    expect(getItem(engine, "accounts", { pk: S("carol") })).toBeUndefined();
    expect(getItem(engine, "accounts", { pk: S("alice") })).toEqual({ pk: S("alice"), balance: N("100") });
    expect(getItem(engine, "accounts", { pk: S("bob") })).toEqual({ pk: S("bob"), balance: N("5") });
  });

  it("reports every failed condition and the old item where ALL_OLD was asked", () => {
    const error = failure(() =>
      transact([
        {
          ConditionCheck: {
            TableName: "accounts",
            Key: { pk: S("alice") },
            ConditionExpression: "balance > :min",
            ExpressionAttributeValues: { ":min": N("500") },
            ReturnValuesOnConditionCheckFailure: "ALL_OLD",
          },
        },
        {
          Delete: {
            TableName: "accounts",
            Key: { pk: S("ghost") },
            ConditionExpression: "attribute_exists(pk)",
            ReturnValuesOnConditionCheckFailure: "ALL_OLD",
          },
        },
        {
          Update: {
            TableName: "accounts",
            Key: { pk: S("bob") },
            UpdateExpression: "SET balance = :v",
            ConditionExpression: "balance > :v",
            ExpressionAttributeValues: { ":v": N("10") },
          },
        },
      ]),
    );
    expect(error.message).toBe(
      `${CANCELLED} [ConditionalCheckFailed, ConditionalCheckFailed, ConditionalCheckFailed]`,
    );
    expect(error.extra).toEqual({
      CancellationReasons: [
        {
          Code: "ConditionalCheckFailed",
          Message: "The conditional request failed",
          Item: { pk: S("alice"), balance: N("100") },
        },
        { Code: "ConditionalCheckFailed", Message: "The conditional request failed" },
        { Code: "ConditionalCheckFailed", Message: "The conditional request failed" },
      ],
    });
  });

  it("creates no item for an update whose condition fails on a missing key", () => {
    const error = failure(() =>
      transact([
        {
          Update: {
            TableName: "accounts",
            Key: { pk: S("ghost") },
            UpdateExpression: "ADD hits :one",
            ConditionExpression: "attribute_exists(pk)",
            ExpressionAttributeValues: { ":one": N("1") },
          },
        },
      ]),
    );
    expect(error.message).toBe(`${CANCELLED} [ConditionalCheckFailed]`);
    expect(getItem(engine, "accounts", { pk: S("ghost") })).toBeUndefined();
  });

  it("turns a wrong-typed Put key into the action's ValidationError", () => {
    const error = failure(() =>
      transact([
        { Put: { TableName: "accounts", Item: { pk: S("carol") } } },
        { Put: { TableName: "accounts", Item: { pk: N("5") } } },
      ]),
    );
    expect(error.extra).toEqual({
      CancellationReasons: [
        { Code: "None" },
        {
          Code: "ValidationError",
          Message:
            "One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N",
        },
      ],
    });
    expect(getItem(engine, "accounts", { pk: S("carol") })).toBeUndefined();
  });

  it("reports a non-scalar Put key by its type", () => {
    const error = failure(() =>
      transact([{ Put: { TableName: "accounts", Item: { pk: { L: [S("x")] } } } }]),
    );
    expect(error.extra).toEqual({
      CancellationReasons: [
        {
          Code: "ValidationError",
          Message:
            "One or more parameter values were invalid: Type mismatch for key pk expected: S actual: L",
        },
      ],
    });
  });

  it.each([
    ["Update", { UpdateExpression: "SET a = :v", ExpressionAttributeValues: { ":v": S("x") } }],
    ["Delete", {}],
    ["ConditionCheck", { ConditionExpression: "attribute_not_exists(pk)" }],
  ])("gives a %s with a wrong-typed Key the schema-mismatch reason", (kind, members) => {
    const error = failure(() =>
      transact([{ [kind]: { TableName: "accounts", Key: { pk: N("5") }, ...members } }]),
    );
    expect(error.message).toBe(`${CANCELLED} [ValidationError]`);
    expect(error.extra).toEqual({
      CancellationReasons: [
        { Code: "ValidationError", Message: "The provided key element does not match the schema" },
      ],
    });
  });

  it("reports only the first action whose key does not fit", () => {
    const error = failure(() =>
      transact([
        { Put: { TableName: "accounts", Item: { pk: S("carol") } } },
        { Delete: { TableName: "accounts", Key: { pk: N("1") } } },
        { Put: { TableName: "accounts", Item: { pk: N("2") } } },
      ]),
    );
    expect(error.message).toBe(`${CANCELLED} [None, ValidationError, None]`);
  });

  it("reports a key problem before judging any condition", () => {
    const error = failure(() =>
      transact([
        {
          ConditionCheck: {
            TableName: "accounts",
            Key: { pk: S("ghost") },
            ConditionExpression: "attribute_exists(pk)",
          },
        },
        { Put: { TableName: "accounts", Item: { pk: N("1") } } },
      ]),
    );
    expect(error.message).toBe(`${CANCELLED} [None, ValidationError]`);
  });

  it("refuses an update of a key attribute as the action's ValidationError", () => {
    const error = failure(() =>
      transact([
        {
          Update: {
            TableName: "accounts",
            Key: { pk: S("alice") },
            UpdateExpression: "SET pk = :v",
            ExpressionAttributeValues: { ":v": S("x") },
          },
        },
      ]),
    );
    expect(error.extra).toEqual({
      CancellationReasons: [
        {
          Code: "ValidationError",
          Message:
            "One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key",
        },
      ],
    });
  });

  it("refuses a wrong-typed index key as the action's ValidationError", () => {
    const error = failure(() =>
      transact([{ Put: { TableName: "orders", Item: { pk: S("a"), sk: N("1"), status: N("3") } } }]),
    );
    expect(error.extra).toEqual({
      CancellationReasons: [
        {
          Code: "ValidationError",
          Message:
            "One or more parameter values were invalid: Type mismatch for Index Key status Expected: S Actual: N IndexName: by-status",
        },
      ],
    });
  });

  it("refuses an oversized item as the action's ValidationError", () => {
    const error = failure(() =>
      transact([{ Put: { TableName: "accounts", Item: { pk: S("big"), blob: S("x".repeat(409_600)) } } }]),
    );
    expect(error.extra).toEqual({
      CancellationReasons: [
        { Code: "ValidationError", Message: "Item size has exceeded the maximum allowed size" },
      ],
    });
  });

  it("fails the whole request when an update cannot be applied, whatever other actions say", () => {
    putItem(engine, "accounts", { pk: S("text"), balance: S("many") });
    const error = failure(() =>
      transact([
        {
          ConditionCheck: {
            TableName: "accounts",
            Key: { pk: S("ghost") },
            ConditionExpression: "attribute_exists(pk)",
          },
        },
        {
          Update: {
            TableName: "accounts",
            Key: { pk: S("text") },
            UpdateExpression: "SET balance = balance + :one",
            ExpressionAttributeValues: { ":one": N("1") },
          },
        },
      ]),
    );
    expect(error.type).toBe("ValidationException");
    expect(error.message).toBe("An operand in the update expression has an incorrect data type");
  });
});

describe("TransactWriteItems request-level refusals", () => {
  it.each([
    ["Put", { Item: { pk: S("") } }],
    [
      "Update",
      { Key: { pk: S("") }, UpdateExpression: "SET a = :v", ExpressionAttributeValues: { ":v": S("x") } },
    ],
    ["Delete", { Key: { pk: S("") } }],
    ["ConditionCheck", { Key: { pk: S("") }, ConditionExpression: "attribute_not_exists(pk)" }],
  ])("refuses an empty-string key on a %s outright", (kind, members) => {
    const error = failure(() => transact([{ [kind]: { TableName: "accounts", ...members } }]));
    expect(error.type).toBe("ValidationException");
    expect(error.message).toBe(
      "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk",
    );
  });

  it("refuses two actions on one item, comparing numbers by value", () => {
    const error = failure(() =>
      transact([
        { Put: { TableName: "orders", Item: { pk: S("a"), sk: N("10") } } },
        {
          ConditionCheck: {
            TableName: "orders",
            Key: { pk: S("a"), sk: N("1E1") },
            ConditionExpression: "attribute_exists(pk)",
          },
        },
      ]),
    );
    expect(error.type).toBe("ValidationException");
    expect(error.message).toBe("Transaction request cannot include multiple operations on one item");
    expect(getItem(engine, "orders", { pk: S("a"), sk: N("10") })).toBeUndefined();
  });

  it("allows one key in two tables", () => {
    transact([
      { Put: { TableName: "accounts", Item: { pk: S("x") } } },
      { Put: { TableName: "orders", Item: { pk: S("x"), sk: N("1") } } },
    ]);
    expect(getItem(engine, "accounts", { pk: S("x") })).toEqual({ pk: S("x") });
  });

  it("answers a missing table with ResourceNotFoundException and writes nothing", () => {
    const error = failure(() =>
      transact([
        { Put: { TableName: "accounts", Item: { pk: S("carol") } } },
        { Put: { TableName: "missing", Item: { pk: S("x") } } },
      ]),
    );
    expect([error.type, error.message]).toEqual([
      "ResourceNotFoundException",
      "Requested resource not found",
    ]);
    expect(getItem(engine, "accounts", { pk: S("carol") })).toBeUndefined();
  });

  it("checks a later action's expression before an earlier action's table", () => {
    const error = failure(() =>
      transact([
        { Put: { TableName: "missing", Item: { pk: S("x") } } },
        {
          ConditionCheck: {
            TableName: "accounts",
            Key: { pk: S("a") },
            ConditionExpression: "attribute_not_exists(",
          },
        },
      ]),
    );
    expect(error.message).toBe('Invalid ConditionExpression: Syntax error; token: "<EOF>", near: "("');
  });

  it("refuses an unused expression value before looking at tables or duplicates", () => {
    const error = failure(() =>
      transact([
        { Put: { TableName: "accounts", Item: { pk: S("a") } } },
        {
          ConditionCheck: {
            TableName: "accounts",
            Key: { pk: S("a") },
            ConditionExpression: "attribute_not_exists(pk)",
            ExpressionAttributeValues: { ":v": S("x") },
          },
        },
      ]),
    );
    expect(error.message).toBe(
      "Value provided in ExpressionAttributeValues unused in expressions: keys: {:v}",
    );
  });

  it("reports the first action's problem when two actions have one", () => {
    let deep: Record<string, unknown> = S("leaf");
    for (let i = 0; i < 32; i++) deep = { M: { n: deep } };
    const error = failure(() =>
      transact([
        { Put: { TableName: "accounts", Item: { pk: S("deep"), data: deep } } },
        {
          ConditionCheck: {
            TableName: "accounts",
            Key: { pk: S("a") },
            ConditionExpression: "attribute_not_exists(",
          },
        },
      ]),
    );
    expect(error.message).toBe(
      "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit",
    );
  });

  it("refuses an action naming no operation, or two", () => {
    expect(failure(() => transact([{}])).message).toBe(
      "Invalid Request: TransactWriteRequest should contain Delete or Put or Update request",
    );
    const two = {
      Put: { TableName: "accounts", Item: { pk: S("a") } },
      Delete: { TableName: "accounts", Key: { pk: S("b") } },
    };
    expect(failure(() => transact([two])).message).toBe(
      "TransactItems can only contain one of Check, Put, Update or Delete",
    );
  });

  it("refuses more than 4 MB of items, naming the payload size", () => {
    const actions = Array.from({ length: 12 }, (_, i) => ({
      Put: { TableName: "accounts", Item: { pk: S(`big${i}`), p: S("x".repeat(350_000)) } },
    }));
    const error = failure(() => transact(actions));
    expect(error.type).toBe("ValidationException");
    // Items of "pk" + "bigN"/"bigNN" + "p" + 350,000 bytes.
    expect(error.message).toBe("Transaction payload size cannot exceed 4MB. Payload Size: 4200086");
    expect(getItem(engine, "accounts", { pk: S("big0") })).toBeUndefined();
  });

  it("accepts ten items of 350 KB", () => {
    const actions = Array.from({ length: 10 }, (_, i) => ({
      Put: { TableName: "accounts", Item: { pk: S(`big${i}`), p: S("x".repeat(350_000)) } },
    }));
    expect(transact(actions)).toEqual({});
  });
});

describe("TransactWriteItems capacity", () => {
  it("charges each item twice, write units per table, a ConditionCheck included", () => {
    const output = transact(
      [
        { Put: { TableName: "accounts", Item: { pk: S("carol"), p: S("x".repeat(1500)) } } },
        {
          ConditionCheck: {
            TableName: "accounts",
            Key: { pk: S("alice") },
            ConditionExpression: "attribute_exists(pk)",
          },
        },
        { Delete: { TableName: "accounts", Key: { pk: S("ghost") } } },
      ],
      { ReturnConsumedCapacity: "TOTAL" },
    );
    expect(output).toEqual({
      ConsumedCapacity: [{ TableName: "accounts", CapacityUnits: 8, WriteCapacityUnits: 8 }],
    });
  });

  it("sizes an update on the larger of the old and new images", () => {
    putItem(engine, "accounts", { pk: S("fat"), p: S("x".repeat(3000)) });
    const output = transact(
      [{ Update: { TableName: "accounts", Key: { pk: S("fat") }, UpdateExpression: "REMOVE p" } }],
      { ReturnConsumedCapacity: "TOTAL" },
    );
    expect(output.ConsumedCapacity).toEqual([
      { TableName: "accounts", CapacityUnits: 6, WriteCapacityUnits: 6 },
    ]);
  });

  it("breaks units down by table and index under INDEXES, doubling only the table arm", () => {
    const output = transact(
      [
        { Put: { TableName: "accounts", Item: { pk: S("carol") } } },
        {
          Put: {
            TableName: "orders",
            Item: { pk: S("a"), sk: N("1"), status: S("open"), placed: S("2024") },
          },
        },
      ],
      { ReturnConsumedCapacity: "INDEXES" },
    );
    expect(output.ConsumedCapacity).toEqual([
      {
        TableName: "accounts",
        CapacityUnits: 2,
        WriteCapacityUnits: 2,
        Table: { CapacityUnits: 2, WriteCapacityUnits: 2 },
      },
      {
        TableName: "orders",
        CapacityUnits: 4,
        WriteCapacityUnits: 4,
        Table: { CapacityUnits: 2, WriteCapacityUnits: 2 },
        GlobalSecondaryIndexes: { "by-status": { CapacityUnits: 1, WriteCapacityUnits: 1 } },
        LocalSecondaryIndexes: { "by-placed": { CapacityUnits: 1, WriteCapacityUnits: 1 } },
      },
    ]);
  });

  it("returns item collection metrics for tables with local indexes", () => {
    const output = transact(
      [
        { Put: { TableName: "accounts", Item: { pk: S("carol") } } },
        { Put: { TableName: "orders", Item: { pk: S("a"), sk: N("1"), placed: S("2024") } } },
      ],
      { ReturnItemCollectionMetrics: "SIZE" },
    );
    expect(output).toEqual({
      ItemCollectionMetrics: { orders: [{ ItemCollectionKey: { pk: S("a") }, SizeEstimateRangeGB: [0, 1] }] },
    });
  });
});
