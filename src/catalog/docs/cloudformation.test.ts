import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  type TableDescription,
} from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDynamoDBLocal, type LocalServer } from "../../../differential/harness/local-server.js";
import { dynamoDBLocalUnavailable } from "../testing/backends.js";
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
      ? { ProjectionType: "INCLUDE", NonKeyAttributes: [...model.nonKeyAttributes].sort() }
      : { ProjectionType: model.type };
  const index = (model: Omit<IndexModel, "partitionKey">, partition: string) => ({
    IndexName: model.name,
    KeySchema: keySchema(partition, model.sortKey?.name),
    Projection: projection(model.projection),
  });
  const sorted = <T extends { name: string }>(indexes: T[]) =>
    [...indexes].sort((a, b) => a.name.localeCompare(b.name));
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
          GlobalSecondaryIndexes: sorted(table.globalSecondaryIndexes).map((model) =>
            expect.objectContaining(index(model, model.partitionKey.name)),
          ),
        }
      : {}),
    ...(table.localSecondaryIndexes
      ? {
          LocalSecondaryIndexes: sorted(table.localSecondaryIndexes).map((model) =>
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

/**
 * Creates the template's tables with the given client under a prefix, then checks each table's
 * DescribeTable and DescribeTimeToLive against the model.
 */
async function checkTemplate(client: DynamoDBClient, model: DataModel, templateText: string, prefix = "") {
  expect(tableResources(templateText).map((resource) => resource.logicalId)).toHaveLength(
    model.tables.length,
  );
  const names = await createTablesFromTemplate(client, templateText, prefix);
  expect(names).toEqual(model.tables.map((table) => `${prefix}${table.name}`));
  for (const table of model.tables) {
    const TableName = `${prefix}${table.name}`;
    const { Table } = await client.send(new DescribeTableCommand({ TableName }));
    // Indexes and NonKeyAttributes are sets: DescribeTable need not list them in declaration order
    // (DynamoDB Local reorders indexes; the engine sorts NonKeyAttributes).
    for (const index of [...(Table!.GlobalSecondaryIndexes ?? []), ...(Table!.LocalSecondaryIndexes ?? [])]) {
      index.Projection?.NonKeyAttributes?.sort();
    }
    Table!.GlobalSecondaryIndexes?.sort(byIndexName);
    Table!.LocalSecondaryIndexes?.sort(byIndexName);
    expect(Table).toMatchObject(expectedDescription(table));
    expect(Table!.StreamSpecification).toEqual(table.stream ? expect.anything() : undefined);
    expect(Table!.GlobalSecondaryIndexes?.length ?? 0).toBe(table.globalSecondaryIndexes?.length ?? 0);
    expect(Table!.LocalSecondaryIndexes?.length ?? 0).toBe(table.localSecondaryIndexes?.length ?? 0);
    const defined = Table!.AttributeDefinitions!.map((d) => `${d.AttributeName}:${d.AttributeType}`).sort();
    expect(defined).toEqual(keyAttributes(table));
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName }));
    expect(ttl.TimeToLiveDescription).toEqual(
      table.timeToLiveAttribute
        ? { TimeToLiveStatus: "ENABLED", AttributeName: table.timeToLiveAttribute }
        : { TimeToLiveStatus: "DISABLED" },
    );
  }
}

function byIndexName(a: { IndexName?: string }, b: { IndexName?: string }): number {
  return (a.IndexName ?? "").localeCompare(b.IndexName ?? "");
}

async function onFreshEngine(check: (client: DynamoDBClient) => Promise<void>) {
  const db = createDynamoDB({ env: {} });
  try {
    await check(db.client);
  } finally {
    await db.close();
  }
}

function committedTemplate(folder: string): string {
  const file = `${root}${folder}/template.yaml`;
  expect(existsSync(file), `${folder}/template.yaml is missing: run npm run docs`).toBe(true);
  return readFileSync(file, "utf8");
}

const entries = catalogEntries();
const entryCases = entries.map((entry) => [entryFolder(entry), entry] as const);

describe("CloudFormation templates", () => {
  it("create, on the engine, tables exactly as the sample model declares them", async () => {
    await onFreshEngine((client) => checkTemplate(client, sampleEntry.model, entryTemplate(sampleEntry)));
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

  it.runIf(entries.length > 0).each(entryCases)(
    "%s/template.yaml creates the entry's tables as its model declares them",
    async (folder, entry) => {
      const text = committedTemplate(folder);
      await onFreshEngine((client) => checkTemplate(client, entry.model, text));
    },
  );
});

// The same templates accepted by AWS's own emulator: a second opinion that they are valid tables.
const localUnavailable = dynamoDBLocalUnavailable();
describe.skipIf(localUnavailable !== undefined)(
  localUnavailable === undefined
    ? "CloudFormation templates on DynamoDB Local"
    : `CloudFormation templates on DynamoDB Local (skipped: ${localUnavailable})`,
  () => {
    let server: LocalServer | undefined;
    let db: ReturnType<typeof createDynamoDB> | undefined;
    beforeAll(async () => {
      server = await startDynamoDBLocal();
      db = createDynamoDB({ endpoint: server.endpoint });
    });
    afterAll(async () => {
      await db?.close();
      await server?.stop();
    });

    it("create the sample model's tables", async () => {
      await checkTemplate(db!.client, sampleEntry.model, entryTemplate(sampleEntry), "sample-");
    });

    it.runIf(entries.length > 0).each(entryCases)("create %s's tables", async (folder, entry) => {
      await checkTemplate(db!.client, entry.model, committedTemplate(folder), `${entry.id}-`);
    });
  },
);
