import { describe, expect, it } from "vitest";
import { IDEMPOTENCY_WINDOW_MS, requestSignature } from "./idempotency.js";
import { engineWithTables, failure, getItem, putItem } from "./transaction-test-support.js";

const S = (value: string) => ({ S: value });
const N = (value: string) => ({ N: value });

const deposit = (amount: string) => [
  {
    Update: {
      TableName: "accounts",
      Key: { pk: S("alice") },
      UpdateExpression: "ADD balance :amount",
      ExpressionAttributeValues: { ":amount": N(amount) },
    },
  },
  { Put: { TableName: "orders", Item: { pk: S("alice"), sk: N("1"), status: S("paid") } } },
];

function setup() {
  let now = 1_700_000_000_000;
  const engine = engineWithTables({ clock: () => now });
  putItem(engine, "accounts", { pk: S("alice"), balance: N("100") });
  const send = (extra: Record<string, unknown>, items: unknown[] = deposit("10")) =>
    engine.execute("TransactWriteItems", { TransactItems: items, ...extra });
  return { engine, send, advance: (ms: number) => (now += ms) };
}

describe("ClientRequestToken", () => {
  it("answers a retry with success without applying it again", () => {
    const { engine, send } = setup();
    expect(send({ ClientRequestToken: "t-1" })).toEqual({});
    expect(send({ ClientRequestToken: "t-1" })).toEqual({});
    expect(getItem(engine, "accounts", { pk: S("alice") })).toEqual({ pk: S("alice"), balance: N("110") });
  });

  it("charges a retry as transactional reads of the items the first call wrote", () => {
    const { engine, send } = setup();
    putItem(engine, "accounts", { pk: S("alice"), balance: N("100"), notes: S("x".repeat(5000)) });
    const first = send({ ClientRequestToken: "t-2", ReturnConsumedCapacity: "TOTAL" });
    expect(first.ConsumedCapacity).toEqual([
      { TableName: "accounts", CapacityUnits: 10, WriteCapacityUnits: 10 },
      { TableName: "orders", CapacityUnits: 3, WriteCapacityUnits: 3 },
    ]);
    const retry = send({ ClientRequestToken: "t-2", ReturnConsumedCapacity: "INDEXES" });
    expect(retry).toEqual({
      ConsumedCapacity: [
        {
          TableName: "accounts",
          CapacityUnits: 4,
          ReadCapacityUnits: 4,
          Table: { CapacityUnits: 4, ReadCapacityUnits: 4 },
        },
        {
          TableName: "orders",
          CapacityUnits: 2,
          ReadCapacityUnits: 2,
          Table: { CapacityUnits: 2, ReadCapacityUnits: 2 },
        },
      ],
    });
    expect(send({ ClientRequestToken: "t-2" })).toEqual({});
  });

  it("refuses the token with a different request", () => {
    const { engine, send } = setup();
    send({ ClientRequestToken: "t-3" });
    const error = failure(() => send({ ClientRequestToken: "t-3" }, deposit("20")));
    expect(error.toWireBody()).toEqual({
      __type: "com.amazonaws.dynamodb.v20120810#IdempotentParameterMismatchException",
      message:
        "Specified idempotent token was used with different request parameters within the idempotency window",
    });
    expect(getItem(engine, "accounts", { pk: S("alice") })).toEqual({ pk: S("alice"), balance: N("110") });
  });

  it("forgets the token ten minutes after the request finished", () => {
    const { engine, send, advance } = setup();
    send({ ClientRequestToken: "t-4" });
    advance(IDEMPOTENCY_WINDOW_MS - 1);
    send({ ClientRequestToken: "t-4" });
    expect(getItem(engine, "accounts", { pk: S("alice") })).toEqual({ pk: S("alice"), balance: N("110") });
    advance(1);
    send({ ClientRequestToken: "t-4" }, deposit("20"));
    expect(getItem(engine, "accounts", { pk: S("alice") })).toEqual({ pk: S("alice"), balance: N("130") });
  });

  it("does not bind a token to a cancelled transaction", () => {
    const { engine, send } = setup();
    const failing = [
      {
        ConditionCheck: {
          TableName: "accounts",
          Key: { pk: S("alice") },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
    ];
    expect(failure(() => send({ ClientRequestToken: "t-5" }, failing)).type).toBe(
      "TransactionCanceledException",
    );
    send({ ClientRequestToken: "t-5" });
    expect(getItem(engine, "accounts", { pk: S("alice") })).toEqual({ pk: S("alice"), balance: N("110") });
  });

  it("keeps tokens apart between engines", () => {
    const first = setup();
    const second = setup();
    first.send({ ClientRequestToken: "shared" });
    second.send({ ClientRequestToken: "shared" }, deposit("20"));
    expect(getItem(second.engine, "accounts", { pk: S("alice") })).toEqual({
      pk: S("alice"),
      balance: N("120"),
    });
  });
});

describe("requestSignature", () => {
  it("ignores member order and ReturnConsumedCapacity", () => {
    const a = { TransactItems: [{ Put: { TableName: "t", Item: { a: S("1"), b: S("2") } } }] };
    const b = {
      ReturnConsumedCapacity: "TOTAL",
      TransactItems: [{ Put: { Item: { b: S("2"), a: S("1") }, TableName: "t" } }],
    };
    expect(requestSignature(a)).toBe(requestSignature(b));
  });

  it("tells different values apart", () => {
    const a = { TransactItems: [{ Put: { TableName: "t", Item: { a: S("1") } } }] };
    const b = { TransactItems: [{ Put: { TableName: "t", Item: { a: S("2") } } }] };
    expect(requestSignature(a)).not.toBe(requestSignature(b));
  });
});
