import { describe, expect, it } from "vitest";
import { engineWithTables, getItem } from "./transaction-test-support.js";
import { prepareWriteAction } from "./write-action.js";
import { replayCapacity, runWriteTransaction } from "./write-transaction.js";

const S = (value: string) => ({ S: value });

describe("runWriteTransaction", () => {
  it("applies prepared actions and reports what each was charged on", () => {
    const engine = engineWithTables();
    engine.execute("PutItem", { TableName: "accounts", Item: { pk: S("old"), p: S("x".repeat(2000)) } });
    const actions = [
      prepareWriteAction({ Put: { TableName: "accounts", Item: { pk: S("new") } } }),
      prepareWriteAction({ Delete: { TableName: "accounts", Key: { pk: S("old") } } }),
    ];
    const result = runWriteTransaction(engine.db, actions, { returnConsumedCapacity: "TOTAL" });
    expect(result).toEqual({
      consumedCapacity: [{ TableName: "accounts", CapacityUnits: 6, WriteCapacityUnits: 6 }],
      itemCollectionMetrics: undefined,
      charged: [
        { tableName: "accounts", sizeBytes: 5 },
        { tableName: "accounts", sizeBytes: 2006 },
      ],
    });
    expect(getItem(engine, "accounts", { pk: S("new") })).toEqual({ pk: S("new") });
    expect(getItem(engine, "accounts", { pk: S("old") })).toBeUndefined();
  });
});

describe("replayCapacity", () => {
  it("charges two strongly consistent reads per item, 4 KB at a time", () => {
    const charged = [
      { tableName: "a", sizeBytes: 9000 },
      { tableName: "a", sizeBytes: 0 },
      { tableName: "b", sizeBytes: 4096 },
    ];
    expect(replayCapacity(charged, "TOTAL")).toEqual([
      { TableName: "a", CapacityUnits: 8, ReadCapacityUnits: 8 },
      { TableName: "b", CapacityUnits: 2, ReadCapacityUnits: 2 },
    ]);
    expect(replayCapacity(charged, undefined)).toBeUndefined();
  });
});
