import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type TableDescription,
} from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { createDynamoDB } from "../../client/create-dynamodb.js";
import type { DataModel, IndexModel, ProjectionModel, TableModel } from "../../modeling/model.js";
import { catalogEntries, entryFolder } from "../registry.js";
import { sampleEntry } from "../testing/sample-entry.js";
import { entryTemplate } from "./generated-files.js";
import { createTablesFromTemplate, tableResources } from "./template-tables.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** What DescribeTable must show for a table model, written from the model's own fields. */
function expectedDescription(table: TableModel): Partial<TableDescription> {
  const keySchema = (partition: string, sort?: string) => [
    { AttributeName: partition, KeyType: "HASH" },
    ...(sort ? [{ AttributeName: sort, KeyType: "RANGE" }] : []),
  ];
  const projection = (model: ProjectionModel) =>
    model.type === "INCLUDE"
      ? { ProjectionType: "INCLUDE", NonKeyAttributes: model.nonKeyAttributes }
      : { ProjectionType: model.type };
  const index = (model: Omit<IndexModel, "partitionKey">, partition: string) => ({
    IndexName: model.name,
    KeySchema: keySchema(partition, model.sortKey?.name),
    Projection: projection(model.projection),
  });
  return {
    KeySchema: keySchema(table.partitionKey.name, table.sortKey?.name) as TableDescription["KeySchema"],
    ...(table.billing.mode === "PROVISIONED"
      ? {
          ProvisionedThroughput: expect.objectContaining({
            ReadCapacityUnits: table.billing.readCapacityUnits,
            WriteCapacityUnits: table.billing.writeCapacityUnits,
          }),
        }
      : { BillingModeSummary: expect.objectContaining({ BillingMode: "PAY_PER_REQUEST" }) }),
    ...(table.globalSecondaryIndexes
      ? {
          GlobalSecondaryIndexes: table.globalSecondaryIndexes.map((model) =>
            expect.objectContaining(index(model, model.partitionKey.name)),
          ),
        }
      : {}),
    ...(table.localSecondaryIndexes
      ? {
          LocalSecondaryIndexes: table.localSecondaryIndexes.map((model) =>
            expect.objectContaining(index(model, table.partitionKey.name)),
          ),
        }
      : {}),
    ...(table.stream ? { StreamSpecification: { StreamEnabled: true, StreamViewType: table.stream } } : {}),
  };
}

function keyAttributes(table: TableModel): string[] {
  const names = [
    table.partitionKey,
    table.sortKey,
    ...(table.globalSecondaryIndexes ?? []).flatMap((i) => [i.partitionKey, i.sortKey]),
    ...(table.localSecondaryIndexes ?? []).map((i) => i.sortKey),
  ]
    .filter((key) => key !== undefined)
    .map((key) => `${key.name}:${key.type}`);
  return [...new Set(names)].sort();
}

async function checkTemplate(model: DataModel, templateText: string) {
  const db = createDynamoDB({ env: {} });
  try {
    expect(tableResources(templateText).map((resource) => resource.logicalId)).toHaveLength(
      model.tables.length,
    );
    const names = await createTablesFromTemplate(db.client, templateText);
    expect(names).toEqual(model.tables.map((table) => table.name));
    for (const table of model.tables) {
      const { Table } = await db.client.send(new DescribeTableCommand({ TableName: table.name }));
      expect(Table).toMatchObject(expectedDescription(table));
      expect(Table!.StreamSpecification).toEqual(table.stream ? expect.anything() : undefined);
      expect(Table!.GlobalSecondaryIndexes?.length ?? 0).toBe(table.globalSecondaryIndexes?.length ?? 0);
      expect(Table!.LocalSecondaryIndexes?.length ?? 0).toBe(table.localSecondaryIndexes?.length ?? 0);
      const defined = Table!.AttributeDefinitions!.map((d) => `${d.AttributeName}:${d.AttributeType}`).sort();
      expect(defined).toEqual(keyAttributes(table));
      const ttl = await db.client.send(new DescribeTimeToLiveCommand({ TableName: table.name }));
      expect(ttl.TimeToLiveDescription).toEqual(
        table.timeToLiveAttribute
          ? { TimeToLiveStatus: "ENABLED", AttributeName: table.timeToLiveAttribute }
          : { TimeToLiveStatus: "DISABLED" },
      );
    }
  } finally {
    await db.close();
  }
}

describe("CloudFormation templates", () => {
  it("create, on the engine, tables exactly as the sample model declares them", async () => {
    await checkTemplate(sampleEntry.model, entryTemplate(sampleEntry));
  });

  it("resolve the table prefix parameter in table names", async () => {
    const db = createDynamoDB({ env: {} });
    expect(await createTablesFromTemplate(db.client, entryTemplate(sampleEntry), "dev-")).toEqual([
      "dev-SampleOrders",
      "dev-SampleCounters",
    ]);
    await db.close();
  });

  it("write the CloudFormation shapes for TTL and streams", () => {
    const [orders] = tableResources(entryTemplate(sampleEntry));
    expect(orders).toMatchObject({
      logicalId: "SampleOrdersTable",
      properties: {
        TableName: { "Fn::Sub": "${TablePrefix}SampleOrders" },
        BillingMode: "PAY_PER_REQUEST",
        TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
        StreamSpecification: { StreamViewType: "NEW_AND_OLD_IMAGES" },
      },
    });
  });

  const entries = catalogEntries();
  it.runIf(entries.length > 0).each(entries.map((entry) => [entryFolder(entry), entry] as const))(
    "%s/template.yaml creates the entry's tables as its model declares them",
    async (folder, entry) => {
      const file = `${root}${folder}/template.yaml`;
      expect(existsSync(file), `${folder}/template.yaml is missing: run npm run docs`).toBe(true);
      const text = readFileSync(file, "utf8");
      await checkTemplate(entry.model, text);
    },
  );
});
