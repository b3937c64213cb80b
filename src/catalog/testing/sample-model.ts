import type { DataModel } from "../../modeling/model.js";

/** A small model exercising every part of a table declaration, for the framework's own tests. */
export const sampleModel: DataModel = {
  tables: [
    {
      name: "SampleOrders",
      partitionKey: { name: "PK", type: "S" },
      sortKey: { name: "SK", type: "S" },
      billing: { mode: "PAY_PER_REQUEST" },
      globalSecondaryIndexes: [
        {
          name: "ByStatus",
          partitionKey: { name: "GSI1PK", type: "S" },
          sortKey: { name: "GSI1SK", type: "S" },
          projection: { type: "INCLUDE", nonKeyAttributes: ["total"] },
          purpose: "Open orders across customers, oldest first.",
        },
      ],
      localSecondaryIndexes: [
        { name: "ByTotal", sortKey: { name: "total", type: "N" }, projection: { type: "KEYS_ONLY" } },
      ],
      timeToLiveAttribute: "expiresAt",
      stream: "NEW_AND_OLD_IMAGES",
    },
    {
      name: "SampleCounters",
      partitionKey: { name: "counter", type: "S" },
      billing: { mode: "PROVISIONED", readCapacityUnits: 2, writeCapacityUnits: 1 },
    },
  ],
  entities: [
    {
      name: "Customer",
      table: "SampleOrders",
      keys: { PK: "CUSTOMER#{customerId}", SK: "PROFILE" },
      attributes: { customerId: { kind: "string", required: true }, name: { kind: "string" } },
      examples: [{ customerId: "c1", name: "Ada" }],
    },
    {
      name: "Order",
      table: "SampleOrders",
      keys: {
        PK: "CUSTOMER#{customerId}",
        SK: "ORDER#{createdAt}",
        GSI1PK: "STATUS#{openStatus}",
        GSI1SK: "{createdAt}",
      },
      attributes: {
        customerId: { kind: "string", required: true },
        createdAt: { kind: "string", required: true },
        total: { kind: "number" },
        openStatus: { kind: "string", description: "Present only while the order is open." },
        tags: { kind: "string set" },
      },
      examples: [
        { customerId: "c1", createdAt: "2026-01-02", total: 30, openStatus: "OPEN", tags: new Set(["gift"]) },
        { customerId: "c1", createdAt: "2026-01-05", total: 12.5 },
      ],
    },
    {
      name: "Counter",
      table: "SampleCounters",
      keys: { counter: "{counter}" },
      attributes: { counter: { kind: "string", required: true }, value: { kind: "number" } },
      examples: [{ counter: "visits", value: 41 }],
    },
  ],
  accessPatterns: [
    {
      id: "getCustomerOrders",
      name: "A customer's orders, newest first",
      operation: "Query",
      table: "SampleOrders",
      entities: ["Order"],
      key: { partition: "CUSTOMER#{customerId}", sort: { operator: "begins_with", value: "ORDER#" } },
      scanIndexForward: false,
      parameters: { customerId: "c1" },
    },
    {
      id: "getOpenOrders",
      name: "Open orders, oldest first",
      operation: "Query",
      table: "SampleOrders",
      index: "ByStatus",
      entities: ["Order"],
      key: { partition: "STATUS#OPEN" },
      filter: "total > :min",
    },
    {
      id: "incrementCounter",
      name: "Count a visit",
      operation: "UpdateItem",
      table: "SampleCounters",
      entities: ["Counter"],
      key: { partition: "{counter}" },
    },
  ],
};
