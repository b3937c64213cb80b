import { describe, expect, it } from "vitest";
import { Engine } from "../engine.js";

const NOW = 1_700_000_000_000;
const PT = { ReadCapacityUnits: 5, WriteCapacityUnits: 3 };

function engineWith(extra: Record<string, unknown>): Engine {
  const engine = new Engine({ clock: () => NOW });
  engine.execute("CreateTable", {
    TableName: "orders",
    AttributeDefinitions: [
      { AttributeName: "pk", AttributeType: "S" },
      { AttributeName: "Owner", AttributeType: "S" },
      { AttributeName: "date", AttributeType: "N" },
    ],
    KeySchema: [
      { AttributeName: "pk", KeyType: "HASH" },
      { AttributeName: "date", KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: "byOwner",
        KeySchema: [{ AttributeName: "Owner", KeyType: "HASH" }],
        Projection: { ProjectionType: "KEYS_ONLY" },
        ...(extra["BillingMode"] === "PAY_PER_REQUEST" ? {} : { ProvisionedThroughput: PT }),
      },
    ],
    ...extra,
  });
  return engine;
}

const describeOrders = (engine: Engine) =>
  (engine.execute("DescribeTable", { TableName: "orders" }) as { Table: Record<string, unknown> }).Table;

describe("table description", () => {
  it("lists attribute definitions by name (code-unit order), not in request order", () => {
    const table = describeOrders(engineWith({ BillingMode: "PAY_PER_REQUEST" }));
    expect(table["AttributeDefinitions"]).toEqual([
      { AttributeName: "Owner", AttributeType: "S" },
      { AttributeName: "date", AttributeType: "N" },
      { AttributeName: "pk", AttributeType: "S" },
    ]);
  });

  it("gives an on-demand table a billing mode summary", () => {
    const table = describeOrders(engineWith({ BillingMode: "PAY_PER_REQUEST" }));
    expect(table["BillingModeSummary"]).toEqual({
      BillingMode: "PAY_PER_REQUEST",
      LastUpdateToPayPerRequestDateTime: NOW / 1000,
    });
  });

  it("omits the summary on a provisioned table, whether or not BillingMode was named", () => {
    expect(describeOrders(engineWith({ ProvisionedThroughput: PT }))).not.toHaveProperty(
      "BillingModeSummary",
    );
    const named = engineWith({ BillingMode: "PROVISIONED", ProvisionedThroughput: PT });
    expect(describeOrders(named)).not.toHaveProperty("BillingModeSummary");
    named.execute("UpdateTable", {
      TableName: "orders",
      BillingMode: "PROVISIONED",
      ProvisionedThroughput: { ReadCapacityUnits: 7, WriteCapacityUnits: 8 },
    });
    expect(describeOrders(named)).not.toHaveProperty("BillingModeSummary");
  });

  it("keeps the summary once a provisioned table has been on demand", () => {
    const engine = engineWith({ ProvisionedThroughput: PT });
    engine.execute("UpdateTable", { TableName: "orders", BillingMode: "PAY_PER_REQUEST" });
    engine.execute("UpdateTable", {
      TableName: "orders",
      BillingMode: "PROVISIONED",
      ProvisionedThroughput: PT,
      GlobalSecondaryIndexUpdates: [{ Update: { IndexName: "byOwner", ProvisionedThroughput: PT } }],
    });
    expect(describeOrders(engine)["BillingModeSummary"]).toEqual({
      BillingMode: "PROVISIONED",
      LastUpdateToPayPerRequestDateTime: NOW / 1000,
    });
  });
});
