import { describe, expect, it } from "vitest";
import { TransactionCapacity } from "./transaction-capacity.js";

describe("TransactionCapacity", () => {
  const filled = () => {
    const capacity = new TransactionCapacity("WriteCapacityUnits");
    capacity.addTable("b", 2);
    capacity.addTable("a", 4);
    capacity.addIndexes("b", { global: { g: 1 }, local: { l: 2 } });
    capacity.addIndexes("b", { global: { g: 1 } });
    return capacity;
  };

  it("reports nothing unless asked", () => {
    expect(filled().report(undefined)).toBeUndefined();
    expect(filled().report("NONE")).toBeUndefined();
  });

  it("reports totals per table in first-use order under TOTAL", () => {
    expect(filled().report("TOTAL")).toEqual([
      { TableName: "b", CapacityUnits: 6, WriteCapacityUnits: 6 },
      { TableName: "a", CapacityUnits: 4, WriteCapacityUnits: 4 },
    ]);
  });

  it("adds the table and index arms under INDEXES", () => {
    expect(filled().report("INDEXES")).toEqual([
      {
        TableName: "b",
        CapacityUnits: 6,
        WriteCapacityUnits: 6,
        Table: { CapacityUnits: 2, WriteCapacityUnits: 2 },
        GlobalSecondaryIndexes: { g: { CapacityUnits: 2, WriteCapacityUnits: 2 } },
        LocalSecondaryIndexes: { l: { CapacityUnits: 2, WriteCapacityUnits: 2 } },
      },
      {
        TableName: "a",
        CapacityUnits: 4,
        WriteCapacityUnits: 4,
        Table: { CapacityUnits: 4, WriteCapacityUnits: 4 },
      },
    ]);
  });

  it("names read units for reads", () => {
    const capacity = new TransactionCapacity("ReadCapacityUnits");
    capacity.addTable("t", 2.5);
    expect(capacity.report("TOTAL")).toEqual([
      { TableName: "t", CapacityUnits: 2.5, ReadCapacityUnits: 2.5 },
    ]);
  });
});
