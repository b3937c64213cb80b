import { describe, expect, it } from "vitest";
import { engineWithTables, failure, getItem, putItem } from "./transaction-test-support.js";

const S = (value: string) => ({ S: value });
// Pinned: the seed fixes which attempts the injected conflicts cancel.
const ATTEMPTS_WITH_SEED_15 = 4;

const twoPuts = (suffix: string) => [
  { Put: { TableName: "accounts", Item: { pk: S(`a-${suffix}`) } } },
  { Put: { TableName: "accounts", Item: { pk: S(`b-${suffix}`) } } },
];

describe("faults.transactionConflictFraction", () => {
  it("cancels every transaction at 1 with one TransactionConflict reason, changing nothing", () => {
    const engine = engineWithTables({ faults: { transactionConflictFraction: 1, seed: 7 } });
    const error = failure(() => engine.execute("TransactWriteItems", { TransactItems: twoPuts("x") }));
    expect(error.type).toBe("TransactionCanceledException");
    const reasons = (error.extra as { CancellationReasons: { Code: string; Message?: string }[] })
      .CancellationReasons;
    expect(reasons).toHaveLength(2);
    expect(reasons.filter((reason) => reason.Code === "None")).toHaveLength(1);
    expect(reasons.find((reason) => reason.Code !== "None")).toEqual({
      Code: "TransactionConflict",
      Message: "Transaction is ongoing for the item",
    });
    expect(error.message).toMatch(
      /^Transaction cancelled, please refer cancellation reasons for specific reasons \[(None, TransactionConflict|TransactionConflict, None)\]$/,
    );
    expect(getItem(engine, "accounts", { pk: S("a-x") })).toBeUndefined();
    expect(getItem(engine, "accounts", { pk: S("b-x") })).toBeUndefined();
  });

  it("cancels reads too", () => {
    const engine = engineWithTables({ faults: { transactionConflictFraction: 1 } });
    putItem(engine, "accounts", { pk: S("a") });
    const error = failure(() =>
      engine.execute("TransactGetItems", {
        TransactItems: [{ Get: { TableName: "accounts", Key: { pk: S("a") } } }],
      }),
    );
    expect(error.toWireBody()).toEqual({
      __type: "com.amazonaws.dynamodb.v20120810#TransactionCanceledException",
      Message:
        "Transaction cancelled, please refer cancellation reasons for specific reasons [TransactionConflict]",
      CancellationReasons: [{ Code: "TransactionConflict", Message: "Transaction is ongoing for the item" }],
    });
  });

  it("cancels the same transactions in every run with the same seed", () => {
    const outcomes = () => {
      const engine = engineWithTables({ faults: { transactionConflictFraction: 0.5, seed: 42 } });
      return Array.from({ length: 40 }, (_, i) => {
        try {
          engine.execute("TransactWriteItems", { TransactItems: twoPuts(String(i)) });
          return "ok";
        } catch {
          return "conflict";
        }
      });
    };
    const first = outcomes();
    expect(outcomes()).toEqual(first);
    expect(first).toContain("ok");
    expect(first).toContain("conflict");
  });

  it("leaves a retried transaction to succeed once the dice allow it", () => {
    const engine = engineWithTables({ faults: { transactionConflictFraction: 0.5, seed: 15 } });
    let attempts = 0;
    for (;;) {
      attempts++;
      try {
        engine.execute("TransactWriteItems", { TransactItems: twoPuts("retry") });
        break;
      } catch (error) {
        expect((error as { type: string }).type).toBe("TransactionCanceledException");
      }
    }
    expect(attempts).toBe(ATTEMPTS_WITH_SEED_15);
    expect(getItem(engine, "accounts", { pk: S("a-retry") })).toEqual({ pk: S("a-retry") });
  });

  it("never cancels when the fraction is absent", () => {
    const engine = engineWithTables();
    for (let i = 0; i < 20; i++) engine.execute("TransactWriteItems", { TransactItems: twoPuts(String(i)) });
    expect(getItem(engine, "accounts", { pk: S("b-19") })).toEqual({ pk: S("b-19") });
  });
});
