import { describe, expect, it } from "vitest";
import { BatchCapacity } from "./batch-capacity.js";

describe("BatchCapacity", () => {
  it("sums per table and per index, tables in the order first met", () => {
    const capacity = new BatchCapacity();
    capacity.include("empty");
    capacity.charge("orders", 2, { global: { byDate: 1 } });
    capacity.charge("orders", 1.5, { global: { byDate: 2, byUser: 1 }, local: { recent: 1 } });
    expect(capacity.report("INDEXES")).toEqual([
      { TableName: "empty", CapacityUnits: 0, Table: { CapacityUnits: 0 } },
      {
        TableName: "orders",
        CapacityUnits: 8.5,
        Table: { CapacityUnits: 3.5 },
        GlobalSecondaryIndexes: { byDate: { CapacityUnits: 3 }, byUser: { CapacityUnits: 1 } },
        LocalSecondaryIndexes: { recent: { CapacityUnits: 1 } },
      },
    ]);
    expect(capacity.report("TOTAL")).toEqual([
      { TableName: "empty", CapacityUnits: 0 },
      { TableName: "orders", CapacityUnits: 8.5 },
    ]);
  });

  it.each(["NONE", undefined] as const)("reports nothing for %s", (mode) => {
    const capacity = new BatchCapacity();
    capacity.charge("orders", 1);
    expect(capacity.report(mode)).toBeUndefined();
  });
});
