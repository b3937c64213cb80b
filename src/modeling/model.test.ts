import { describe, expect, it } from "vitest";
import { createTableInput } from "./create-table-input.js";
import { renderKeyTemplate, templateAttributes } from "./key-template.js";
import type { DataModel } from "./model.js";
import { storedItemsOfTable } from "./stored-items.js";

const model: DataModel = {
  tables: [
    {
      name: "Shop",
      partitionKey: { name: "PK", type: "S" },
      sortKey: { name: "SK", type: "S" },
      billing: { mode: "PAY_PER_REQUEST" },
      globalSecondaryIndexes: [
        {
          name: "GSI1",
          partitionKey: { name: "GSI1PK", type: "S" },
          sortKey: { name: "GSI1SK", type: "S" },
          projection: { type: "INCLUDE", nonKeyAttributes: ["total"] },
        },
      ],
      localSecondaryIndexes: [
        { name: "ByTotal", sortKey: { name: "total", type: "N" }, projection: { type: "KEYS_ONLY" } },
      ],
    },
  ],
  entities: [
    {
      name: "Order",
      table: "Shop",
      keys: {
        PK: "CUSTOMER#{customerId}",
        SK: "ORDER#{orderId}",
        GSI1PK: "STATUS#{openStatus}",
        GSI1SK: "{placedAt}",
      },
      attributes: {
        customerId: { kind: "string", required: true },
        orderId: { kind: "string", required: true },
        total: { kind: "number" },
      },
      examples: [
        { customerId: "c1", orderId: "o1", total: 30, openStatus: "OPEN", placedAt: "2026-01-02" },
        { customerId: "c1", orderId: "o2", total: 12 },
      ],
    },
  ],
  accessPatterns: [],
};

describe("key templates", () => {
  it("lists the attributes a template reads", () => {
    expect(templateAttributes("ORDER#{orderId}#{line}")).toEqual(["orderId", "line"]);
    expect(templateAttributes("PROFILE")).toEqual([]);
  });

  it("renders text, keeps a lone placeholder's own type, and yields nothing when an attribute is missing", () => {
    expect(renderKeyTemplate("ORDER#{orderId}#{line}", { orderId: "o1", line: 3 })).toBe("ORDER#o1#3");
    expect(renderKeyTemplate("{total}", { total: 30 })).toBe(30);
    expect(renderKeyTemplate("PROFILE", {})).toBe("PROFILE");
    expect(renderKeyTemplate("STATUS#{status}", {})).toBeUndefined();
  });
});

describe("stored items", () => {
  it("renders each example's key attributes, leaving unset index keys out (sparse index)", () => {
    expect(storedItemsOfTable(model, "Shop").map(({ item }) => item)).toEqual([
      {
        PK: "CUSTOMER#c1",
        SK: "ORDER#o1",
        GSI1PK: "STATUS#OPEN",
        GSI1SK: "2026-01-02",
        customerId: "c1",
        orderId: "o1",
        total: 30,
        openStatus: "OPEN",
        placedAt: "2026-01-02",
      },
      { PK: "CUSTOMER#c1", SK: "ORDER#o2", customerId: "c1", orderId: "o2", total: 12 },
    ]);
  });
});

describe("createTableInput", () => {
  it("derives attribute definitions from every key schema, once each", () => {
    const input = createTableInput(model.tables[0]!);
    expect(input.AttributeDefinitions).toEqual([
      { AttributeName: "PK", AttributeType: "S" },
      { AttributeName: "SK", AttributeType: "S" },
      { AttributeName: "GSI1PK", AttributeType: "S" },
      { AttributeName: "GSI1SK", AttributeType: "S" },
      { AttributeName: "total", AttributeType: "N" },
    ]);
    expect(input.LocalSecondaryIndexes).toEqual([
      {
        IndexName: "ByTotal",
        KeySchema: [
          { AttributeName: "PK", KeyType: "HASH" },
          { AttributeName: "total", KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "KEYS_ONLY" },
      },
    ]);
    expect(input.GlobalSecondaryIndexes?.[0]?.Projection).toEqual({
      ProjectionType: "INCLUDE",
      NonKeyAttributes: ["total"],
    });
  });

  it("refuses a key attribute declared with two types", () => {
    const table = { ...model.tables[0]!, sortKey: { name: "total", type: "S" as const } };
    expect(() => createTableInput(table)).toThrow("Key attribute total is declared as both S and N");
  });
});
