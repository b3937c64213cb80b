import type { Engine } from "../engine/engine.js";
import type { TableModel } from "../modeling/model.js";
import { storedItemsOfTable } from "../modeling/stored-items.js";
import type { CatalogEntry } from "./entry.js";
import { connect, createModelTables, seedModel } from "./runtime/connect.js";

export interface LoadedTable {
  entry: string;
  table: string;
  items: number;
}

/**
 * Creates every entry's tables on an engine and writes their example items, the way the entries'
 * own code sees them: through the SDK, with the tables' real names. Entries are loaded one after
 * another, so a name two entries share fails on CreateTable (ResourceInUseException).
 */
export async function loadCatalog(engine: Engine, entries: CatalogEntry[]): Promise<LoadedTable[]> {
  const connection = await connect({ engine, env: {} });
  const loaded: LoadedTable[] = [];
  try {
    for (const entry of entries) {
      await createModelTables(connection, entry.model);
      await seedModel(connection, entry.model);
      for (const table of entry.model.tables) {
        const items = storedItemsOfTable(entry.model, table.name).length;
        loaded.push({ entry: `${entry.section}/${entry.id}`, table: table.name, items });
      }
    }
  } finally {
    await connection.close();
  }
  return loaded;
}

/**
 * What `npm start` prints once the catalog is loaded: the tables and their item counts, then how
 * to reach them from the AWS CLI and the SDK, with a real query on the first seeded table.
 */
export function catalogGuide(endpoint: string, loaded: LoadedTable[], entries: CatalogEntry[]): string {
  const lines: string[] = [];
  const total = loaded.reduce((sum, table) => sum + table.items, 0);
  lines.push(
    `Loaded ${count(loaded.length, "table")} with ${count(total, "example item")} from ` +
      `${count(entries.length, "catalog entry", "catalog entries")}:`,
  );
  const width = Math.max(0, ...loaded.map((table) => table.entry.length));
  for (const table of loaded) {
    lines.push(`  ${table.entry.padEnd(width)}  ${table.table} (${count(table.items, "item")})`);
  }
  // AWS_DEFAULT_REGION, not AWS_REGION: version 1 of the AWS CLI reads only the former.
  const cli = `AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local AWS_DEFAULT_REGION=us-east-1 aws dynamodb`;
  lines.push(
    "",
    "AWS CLI (any credentials are accepted):",
    `  ${cli} list-tables --endpoint-url ${endpoint}`,
  );
  const query = sampleQuery(entries);
  if (query) lines.push(`  ${cli} query --endpoint-url ${endpoint} \\`, `    ${query}`);
  lines.push(
    "",
    "AWS SDK for JavaScript v3:",
    `  new DynamoDBClient({ endpoint: "${endpoint}", region: "us-east-1",`,
    `    credentials: { accessKeyId: "local", secretAccessKey: "local" } })`,
    "",
    `Anything else: set the endpoint URL to ${endpoint}. Data lives in memory and is gone when this stops.`,
    "Ctrl-C stops it.",
  );
  return `${lines.join("\n")}\n`;
}

/** CLI arguments querying the first table that has an item, by that item's partition key. */
function sampleQuery(entries: CatalogEntry[]): string | undefined {
  for (const entry of entries) {
    for (const table of entry.model.tables) {
      const [first] = storedItemsOfTable(entry.model, table.name);
      const value = first?.item[table.partitionKey.name];
      if (value === undefined) continue;
      return [
        `--table-name ${table.name} --key-condition-expression '#pk = :pk'`,
        `--expression-attribute-names '${JSON.stringify({ "#pk": table.partitionKey.name })}'`,
        `--expression-attribute-values '${JSON.stringify({ ":pk": attributeValue(table, value) })}'`,
      ].join(" ");
    }
  }
  return undefined;
}

function attributeValue(table: TableModel, value: unknown): Record<string, string> {
  if (table.partitionKey.type === "N") return { N: String(value) };
  if (table.partitionKey.type === "B") return { B: Buffer.from(value as Uint8Array).toString("base64") };
  return { S: String(value) };
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
