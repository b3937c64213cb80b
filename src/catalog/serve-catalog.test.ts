import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { createDynamoDB } from "../client/create-dynamodb.js";
import { Engine } from "../engine/engine.js";
import { catalogGuide, loadCatalog } from "./serve-catalog.js";
import { sampleEntry } from "./testing/sample-entry.js";

describe("loadCatalog", () => {
  it("creates and seeds every entry's tables on the engine, counting items per table", async () => {
    const engine = new Engine();
    expect(await loadCatalog(engine, [sampleEntry])).toEqual([
      { entry: "basics/01-sample", table: "SampleOrders", items: 3 },
      { entry: "basics/01-sample", table: "SampleCounters", items: 1 },
    ]);
    const db = createDynamoDB({ engine });
    const { Items } = await db.documentClient.send(
      new QueryCommand({
        TableName: "SampleOrders",
        KeyConditionExpression: "PK = :pk",
        ExpressionAttributeValues: { ":pk": "CUSTOMER#c1" },
        ProjectionExpression: "SK",
      }),
    );
    expect(Items).toEqual([{ SK: "ORDER#2026-01-02" }, { SK: "ORDER#2026-01-05" }, { SK: "PROFILE" }]);
    await db.close();
    engine.close();
  });

  it("fails when two entries declare the same table", async () => {
    const twin = { ...sampleEntry, id: "02-twin" };
    await expect(loadCatalog(new Engine(), [sampleEntry, twin])).rejects.toThrow(
      "Table already exists: SampleOrders",
    );
  });
});

describe("catalogGuide", () => {
  it("lists what was loaded and shows working CLI and SDK snippets", () => {
    const guide = catalogGuide(
      "http://127.0.0.1:8000",
      [
        { entry: "basics/01-sample", table: "SampleOrders", items: 3 },
        { entry: "basics/01-sample", table: "SampleCounters", items: 1 },
      ],
      [sampleEntry],
    );
    const cli =
      "AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local AWS_DEFAULT_REGION=us-east-1 aws dynamodb";
    expect(guide).toBe(
      [
        "Loaded 2 tables with 4 example items from 1 catalog entry:",
        "  basics/01-sample  SampleOrders (3 items)",
        "  basics/01-sample  SampleCounters (1 item)",
        "",
        "AWS CLI (any credentials are accepted):",
        `  ${cli} list-tables --endpoint-url http://127.0.0.1:8000`,
        `  ${cli} query --endpoint-url http://127.0.0.1:8000 \\`,
        `    --table-name SampleOrders --key-condition-expression '#pk = :pk' --expression-attribute-names '{"#pk":"PK"}' --expression-attribute-values '{":pk":{"S":"CUSTOMER#c1"}}'`,
        "",
        "AWS SDK for JavaScript v3:",
        '  new DynamoDBClient({ endpoint: "http://127.0.0.1:8000", region: "us-east-1",',
        '    credentials: { accessKeyId: "local", secretAccessKey: "local" } })',
        "",
        "Anything else: set the endpoint URL to http://127.0.0.1:8000. Data lives in memory and is gone when this stops.",
        "Ctrl-C stops it.",
        "",
      ].join("\n"),
    );
  });
});
