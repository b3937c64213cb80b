import { describe, expect, it } from "vitest";
import { Database } from "../database.js";
import {
  findCompleted,
  IDEMPOTENCY_WINDOW_MS,
  recordCompleted,
  rememberedTokenCount,
  requestSignature,
} from "./idempotency.js";
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

describe("the token window", () => {
  function windowAt(start: number) {
    let now = start;
    const db = new Database({ clock: () => now });
    return { db, advance: (ms: number) => (now += ms), setTime: (ms: number) => (now = ms) };
  }
  const charged = [{ tableName: "accounts", sizeBytes: 10 }];

  it("finds each token among many by its own entry", () => {
    const { db, advance } = windowAt(0);
    for (let index = 0; index < 1000; index++) {
      recordCompleted(db, `token-${index}`, `signature-${index}`, charged);
      advance(1);
    }
    expect(findCompleted(db, "token-0")?.signature).toBe("signature-0");
    expect(findCompleted(db, "token-999")?.signature).toBe("signature-999");
    expect(findCompleted(db, "token-1000")).toBeUndefined();
  });

  it("drops expired tokens, oldest first, and keeps the live ones", () => {
    const { db, advance } = windowAt(0);
    for (let index = 0; index < 5000; index++) {
      recordCompleted(db, `token-${index}`, "signature", charged);
      advance(100);
    }
    // Now 500,000 ms: tokens recorded before 0 ms + 500,000 - 600,000 are all live.
    expect(rememberedTokenCount(db)).toBe(5000);
    advance(IDEMPOTENCY_WINDOW_MS - 500_000);
    // Exactly ten minutes after token-0 was recorded: token-0 is gone, token-1 is not.
    expect(findCompleted(db, "token-1")?.expiresAt).toBe(100 + IDEMPOTENCY_WINDOW_MS);
    expect(rememberedTokenCount(db)).toBe(4999);
    expect(findCompleted(db, "token-0")).toBeUndefined();
    advance(250_000);
    findCompleted(db, "any");
    expect(rememberedTokenCount(db)).toBe(2499);
    expect(findCompleted(db, "token-2500")).toBeUndefined();
    expect(findCompleted(db, "token-2501")?.signature).toBe("signature");
  });

  it("stays bounded by the calls of the last ten minutes under a steady stream", () => {
    const { db, advance } = windowAt(0);
    // One call per second for an hour: at most 600 tokens are alive at once.
    let mostRemembered = 0;
    for (let index = 0; index < 3600; index++) {
      findCompleted(db, `token-${index}`);
      recordCompleted(db, `token-${index}`, "signature", charged);
      mostRemembered = Math.max(mostRemembered, rememberedTokenCount(db));
      advance(1000);
    }
    expect(mostRemembered).toBe(600);
    // At 3,600 s, token-3000 (recorded at 3,000 s) has just expired.
    findCompleted(db, "any");
    expect(rememberedTokenCount(db)).toBe(599);
    expect(findCompleted(db, "token-3000")).toBeUndefined();
    expect(findCompleted(db, "token-3001")?.expiresAt).toBe(3001 * 1000 + IDEMPOTENCY_WINDOW_MS);
  });

  it("binds a token again once its first use expired, and keeps only the new binding", () => {
    const { db, advance } = windowAt(0);
    recordCompleted(db, "reused", "first", charged);
    advance(IDEMPOTENCY_WINDOW_MS);
    expect(findCompleted(db, "reused")).toBeUndefined();
    recordCompleted(db, "reused", "second", charged);
    advance(IDEMPOTENCY_WINDOW_MS - 1);
    expect(findCompleted(db, "reused")?.signature).toBe("second");
    advance(1);
    expect(findCompleted(db, "reused")).toBeUndefined();
    expect(rememberedTokenCount(db)).toBe(0);
  });

  it("treats an entry as expired by its own time even when the clock stepped back", () => {
    const { db, setTime } = windowAt(IDEMPOTENCY_WINDOW_MS);
    recordCompleted(db, "later", "signature", charged);
    setTime(0);
    recordCompleted(db, "earlier", "signature", charged);
    setTime(IDEMPOTENCY_WINDOW_MS);
    // "earlier" sits behind the live "later" in recording order, yet is not answered.
    expect(findCompleted(db, "earlier")).toBeUndefined();
    expect(findCompleted(db, "later")?.signature).toBe("signature");
    // Once the recording that came first expires, the one behind it is dropped as well.
    setTime(2 * IDEMPOTENCY_WINDOW_MS);
    findCompleted(db, "any");
    expect(rememberedTokenCount(db)).toBe(0);
  });
});

describe("requestSignature", () => {
  it("keeps a fixed-size digest however large the request is", () => {
    const small = { TransactItems: [{ Put: { TableName: "t", Item: { a: S("1") } } }] };
    const large = { TransactItems: [{ Put: { TableName: "t", Item: { a: S("x".repeat(100_000)) } } }] };
    expect(requestSignature(small)).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(requestSignature(large)).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it("counts ReturnItemCollectionMetrics NONE and absent as the same request", () => {
    const items = [{ Put: { TableName: "t", Item: { a: S("1") } } }];
    expect(requestSignature({ TransactItems: items })).toBe(
      requestSignature({ TransactItems: items, ReturnItemCollectionMetrics: "NONE" }),
    );
    expect(requestSignature({ TransactItems: items })).not.toBe(
      requestSignature({ TransactItems: items, ReturnItemCollectionMetrics: "SIZE" }),
    );
  });

  it("tells apart values that differ only in where a member sits", () => {
    const a = { TransactItems: [{ Put: { TableName: "t", Item: { a: S("1"), b: S("2") } } }] };
    const b = { TransactItems: [{ Put: { TableName: "t", Item: { a: S("2"), b: S("1") } } }] };
    expect(requestSignature(a)).not.toBe(requestSignature(b));
  });

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
