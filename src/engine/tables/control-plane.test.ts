import { describe, expect, it } from "vitest";
import { Engine } from "../engine.js";
import { engineWithTables, errorOf } from "./test-support.js";

const ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/orders";

function expectError(run: () => unknown, type: string, message: string): void {
  const error = errorOf(run);
  expect(error.type).toBe(type);
  expect(error.message).toBe(message);
}

describe("ListTables", () => {
  it("pages through names in ascending order", () => {
    const engine = engineWithTables(["zeta", "alpha", "Beta", "mid"]);
    expect(engine.execute("ListTables", {})).toEqual({ TableNames: ["Beta", "alpha", "mid", "zeta"] });
    expect(engine.execute("ListTables", { Limit: 2 })).toEqual({
      TableNames: ["Beta", "alpha"],
      LastEvaluatedTableName: "alpha",
    });
    expect(engine.execute("ListTables", { Limit: 2, ExclusiveStartTableName: "alpha" })).toEqual({
      TableNames: ["mid", "zeta"],
    });
  });
});

describe("DeleteTable", () => {
  it("answers DELETING and removes the table", () => {
    const engine = engineWithTables(["orders"]);
    const { TableDescription } = engine.execute("DeleteTable", { TableName: "orders" }) as {
      TableDescription: Record<string, unknown>;
    };
    expect(TableDescription.TableStatus).toBe("DELETING");
    expect(TableDescription.TableName).toBe("orders");
    expectError(
      () => engine.execute("DescribeTable", { TableName: "orders" }),
      "ResourceNotFoundException",
      "Requested resource not found: Table: orders not found",
    );
    expect(engine.execute("ListTables", {})).toEqual({ TableNames: [] });
  });

  it("refuses protected and missing tables", () => {
    const engine = engineWithTables(["orders"]);
    engine.execute("UpdateTable", { TableName: "orders", DeletionProtectionEnabled: true });
    expectError(
      () => engine.execute("DeleteTable", { TableName: "orders" }),
      "ValidationException",
      "Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.",
    );
    expectError(
      () => engine.execute("DeleteTable", { TableName: "missing" }),
      "ResourceNotFoundException",
      "Requested resource not found: Table: missing not found",
    );
  });

  it("stays DELETING for the configured delay", async () => {
    const engine = new Engine({ lifecycleDelays: { createMs: 0, deleteMs: 20 } });
    engine.execute("CreateTable", {
      TableName: "orders",
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      BillingMode: "PAY_PER_REQUEST",
    });
    engine.execute("DeleteTable", { TableName: "orders" });
    const { Table } = engine.execute("DescribeTable", { TableName: "orders" }) as {
      Table: { TableStatus: string };
    };
    expect(Table.TableStatus).toBe("DELETING");
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(engine.execute("ListTables", {})).toEqual({ TableNames: [] });
  });
});

describe("tags", () => {
  it("adds, overwrites, lists and removes tags", () => {
    const engine = engineWithTables(["orders"]);
    expect(engine.execute("ListTagsOfResource", { ResourceArn: ARN })).toEqual({ Tags: [] });
    engine.execute("TagResource", {
      ResourceArn: ARN,
      Tags: [
        { Key: "env", Value: "test" },
        { Key: "team", Value: "a" },
      ],
    });
    engine.execute("TagResource", { ResourceArn: ARN, Tags: [{ Key: "env", Value: "prod" }] });
    engine.execute("UntagResource", { ResourceArn: ARN, TagKeys: ["team", "absent"] });
    expect(engine.execute("ListTagsOfResource", { ResourceArn: ARN })).toEqual({
      Tags: [{ Key: "env", Value: "prod" }],
    });
  });

  it("checks ARNs and tag rules", () => {
    const engine = engineWithTables(["orders"]);
    const tag = (arn: string, tags = [{ Key: "a", Value: "b" }]) =>
      engine.execute("TagResource", { ResourceArn: arn, Tags: tags });
    expectError(
      () => tag("not-a-valid-arn"),
      "ValidationException",
      "One or more parameter values were invalid: ARNs must start with 'arn:': not-a-valid-arn",
    );
    expectError(
      () => tag(`${ARN}/index/byG`),
      "ValidationException",
      `One or more parameter values were invalid: Invalid resource arn provided, only table or stream is accepted. Provided resource arn: ${ARN}/index/byG`,
    );
    const missing = "arn:aws:dynamodb:us-east-1:000000000000:table/missing";
    expect(errorOf(() => engine.execute("ListTagsOfResource", { ResourceArn: missing })).type).toBe(
      "AccessDeniedException",
    );
    expectError(() => tag(ARN, []), "ValidationException", "Atleast one Tag needs to be provided as Input.");
    expectError(
      () => tag(ARN, [{ Key: "aws:x", Value: "b" }]),
      "ValidationException",
      "Tag Key cannot be prefixed with aws:, Key: aws:x",
    );
    expectError(
      () =>
        tag(ARN, [
          { Key: "x", Value: "1" },
          { Key: "x", Value: "2" },
        ]),
      "ValidationException",
      "Duplicate Tag Keys provided as input: Duplicate Tag Key found x",
    );
    expectError(
      () =>
        tag(
          ARN,
          Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: "v" })),
        ),
      "ValidationException",
      "Number of Tags exceed the current limit for the provided ResourceArn",
    );
    expectError(
      () => engine.execute("UntagResource", { ResourceArn: ARN, TagKeys: [] }),
      "ValidationException",
      "Atleast one Tag Key needs to be provided as Input.",
    );
  });
});

describe("time to live", () => {
  it("enables, describes and disables once an hour", () => {
    let now = 1_700_000_000_000;
    const engine = engineWithTables(["orders"], () => now);
    const describe = () => engine.execute("DescribeTimeToLive", { TableName: "orders" });
    const set = (Enabled: boolean, AttributeName = "ttl") =>
      engine.execute("UpdateTimeToLive", {
        TableName: "orders",
        TimeToLiveSpecification: { Enabled, AttributeName },
      });
    expect(describe()).toEqual({ TimeToLiveDescription: { TimeToLiveStatus: "DISABLED" } });
    expect(set(true)).toEqual({ TimeToLiveSpecification: { Enabled: true, AttributeName: "ttl" } });
    expect(describe()).toEqual({
      TimeToLiveDescription: { TimeToLiveStatus: "ENABLED", AttributeName: "ttl" },
    });
    expectError(() => set(true), "ValidationException", "TimeToLive is already enabled");
    expectError(
      () => set(true, "expires"),
      "ValidationException",
      "TimeToLive is active on a different AttributeName: current AttributeName is ttl",
    );
    expectError(
      () => set(false),
      "ValidationException",
      "Time to live has been modified multiple times within a fixed interval",
    );
    now += 60 * 60 * 1000;
    expect(set(false)).toEqual({ TimeToLiveSpecification: { Enabled: false, AttributeName: "ttl" } });
    expect(describe()).toEqual({ TimeToLiveDescription: { TimeToLiveStatus: "DISABLED" } });
    expectError(() => set(false), "ValidationException", "TimeToLive is already disabled");
    expectError(
      () => engine.execute("DescribeTimeToLive", { TableName: "missing" }),
      "ResourceNotFoundException",
      "Requested resource not found: Table: missing not found",
    );
  });
});

describe("account information", () => {
  it("reports the default quotas and the regional endpoint", () => {
    const engine = new Engine({ region: "eu-west-2" });
    expect(engine.execute("DescribeLimits", {})).toEqual({
      AccountMaxReadCapacityUnits: 80000,
      AccountMaxWriteCapacityUnits: 80000,
      TableMaxReadCapacityUnits: 40000,
      TableMaxWriteCapacityUnits: 40000,
    });
    expect(engine.execute("DescribeEndpoints", {})).toEqual({
      Endpoints: [{ Address: "dynamodb.eu-west-2.amazonaws.com", CachePeriodInMinutes: 1440 }],
    });
  });
});
