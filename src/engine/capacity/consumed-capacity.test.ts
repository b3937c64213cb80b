import { describe, expect, it } from "vitest";
import { consumedCapacity, readUnits, writeUnits } from "./consumed-capacity.js";

describe("capacity units", () => {
  it("charges reads per started 4 KB, halving eventually consistent reads", () => {
    expect(readUnits(0, true)).toBe(1);
    expect(readUnits(4096, true)).toBe(1);
    expect(readUnits(4097, true)).toBe(2);
    expect(readUnits(4097, false)).toBe(1);
    expect(readUnits(100, false)).toBe(0.5);
    // 40.8 KB read as one unit of work: 11 strongly consistent units, 5.5 eventually consistent.
    expect(readUnits(41779, true)).toBe(11);
    expect(readUnits(41779, false)).toBe(5.5);
  });

  it("charges writes per started 1 KB", () => {
    expect(writeUnits(0)).toBe(1);
    expect(writeUnits(1024)).toBe(1);
    expect(writeUnits(1025)).toBe(2);
    expect(writeUnits(409600)).toBe(400);
  });
});

describe("consumedCapacity", () => {
  const usage = { tableName: "t", table: 2, globalIndexes: { g1: 1, g2: 2 }, localIndexes: { l1: 1 } };

  it("reports nothing unless asked", () => {
    expect(consumedCapacity(undefined, usage)).toBeUndefined();
    expect(consumedCapacity("NONE", usage)).toBeUndefined();
  });

  it("reports the aggregate alone for TOTAL", () => {
    expect(consumedCapacity("TOTAL", usage)).toEqual({ TableName: "t", CapacityUnits: 6 });
  });

  it("breaks the aggregate down by table and index for INDEXES", () => {
    expect(consumedCapacity("INDEXES", usage)).toEqual({
      TableName: "t",
      CapacityUnits: 6,
      Table: { CapacityUnits: 2 },
      GlobalSecondaryIndexes: { g1: { CapacityUnits: 1 }, g2: { CapacityUnits: 2 } },
      LocalSecondaryIndexes: { l1: { CapacityUnits: 1 } },
    });
    expect(consumedCapacity("INDEXES", { tableName: "t", table: 1 })).toEqual({
      TableName: "t",
      CapacityUnits: 1,
      Table: { CapacityUnits: 1 },
    });
  });
});
