import type { CreateTableCommandInput } from "@aws-sdk/client-dynamodb";
import type { IndexModel, KeyAttributeModel, ProjectionModel, TableModel } from "./model.js";

/**
 * The CreateTable request for a table model: attribute definitions derived from every key the
 * table and its indexes use, so they can never drift from the key schemas.
 */
export function createTableInput(table: TableModel, tableName = table.name): CreateTableCommandInput {
  const input: CreateTableCommandInput = {
    TableName: tableName,
    AttributeDefinitions: attributeDefinitions(table),
    KeySchema: keySchema(table.partitionKey, table.sortKey),
    BillingMode: table.billing.mode,
  };
  if (table.billing.mode === "PROVISIONED") {
    input.ProvisionedThroughput = {
      ReadCapacityUnits: table.billing.readCapacityUnits,
      WriteCapacityUnits: table.billing.writeCapacityUnits,
    };
  }
  if (table.globalSecondaryIndexes?.length) {
    input.GlobalSecondaryIndexes = table.globalSecondaryIndexes.map((index) => ({
      IndexName: index.name,
      KeySchema: keySchema(index.partitionKey, index.sortKey),
      Projection: projection(index.projection),
      ...(table.billing.mode === "PROVISIONED"
        ? {
            ProvisionedThroughput: {
              ReadCapacityUnits: table.billing.readCapacityUnits,
              WriteCapacityUnits: table.billing.writeCapacityUnits,
            },
          }
        : {}),
    }));
  }
  if (table.localSecondaryIndexes?.length) {
    input.LocalSecondaryIndexes = table.localSecondaryIndexes.map((index) => ({
      IndexName: index.name,
      KeySchema: keySchema(table.partitionKey, index.sortKey),
      Projection: projection(index.projection),
    }));
  }
  if (table.stream) input.StreamSpecification = { StreamEnabled: true, StreamViewType: table.stream };
  return input;
}

/** Each key attribute of the table and its indexes, once, in order of first use. */
export function attributeDefinitions(
  table: TableModel,
): { AttributeName: string; AttributeType: KeyAttributeModel["type"] }[] {
  const keys: KeyAttributeModel[] = [table.partitionKey];
  if (table.sortKey) keys.push(table.sortKey);
  for (const index of table.globalSecondaryIndexes ?? []) keys.push(...indexKeys(index));
  for (const index of table.localSecondaryIndexes ?? []) keys.push(index.sortKey);
  const seen = new Map<string, KeyAttributeModel["type"]>();
  for (const key of keys) {
    const declared = seen.get(key.name);
    if (declared && declared !== key.type) {
      throw new Error(`Key attribute ${key.name} is declared as both ${declared} and ${key.type}`);
    }
    seen.set(key.name, key.type);
  }
  return [...seen].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType }));
}

function indexKeys(index: IndexModel): KeyAttributeModel[] {
  return index.sortKey ? [index.partitionKey, index.sortKey] : [index.partitionKey];
}

function keySchema(partition: KeyAttributeModel, sort: KeyAttributeModel | undefined) {
  const schema: { AttributeName: string; KeyType: "HASH" | "RANGE" }[] = [
    { AttributeName: partition.name, KeyType: "HASH" },
  ];
  if (sort) schema.push({ AttributeName: sort.name, KeyType: "RANGE" });
  return schema;
}

function projection(model: ProjectionModel) {
  if (model.type === "INCLUDE")
    return { ProjectionType: "INCLUDE" as const, NonKeyAttributes: model.nonKeyAttributes };
  return { ProjectionType: model.type };
}
