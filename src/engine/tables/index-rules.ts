import { invalidParameter } from "../errors/index.js";
import type { Database } from "../database.js";
import {
  checkGlobalKeyOrder,
  checkKeyOrder,
  declaredKeySchema,
  resolveIndexKeySchema,
} from "./key-schema-rules.js";
import type {
  AttributeDefinitionInput,
  IndexInput,
  KeySchemaElementInput,
  ProjectionInput,
} from "./request-shapes.js";
import type { Projection, SecondaryIndex } from "./table.js";

export const MAX_GLOBAL_INDEXES = 20;
export const MAX_LOCAL_INDEXES = 5;
export const MAX_PROJECTED_ATTRIBUTES = 100;
/** What an on-demand index can absorb from the start; DescribeTable reports it as warm throughput. */
export const ON_DEMAND_WARM_THROUGHPUT = { ReadUnitsPerSecond: 12000, WriteUnitsPerSecond: 4000 };

export type BillingMode = "PROVISIONED" | "PAY_PER_REQUEST";

export function checkProjection(projection: ProjectionInput): Projection {
  const type = projection.ProjectionType;
  if (type === undefined) throw invalidParameter("Unknown ProjectionType: null");
  const nonKey = projection.NonKeyAttributes;
  if (type !== "INCLUDE") {
    if (nonKey) throw invalidParameter(`ProjectionType is ${type}, but NonKeyAttributes is specified`);
    return { ProjectionType: type as "ALL" | "KEYS_ONLY" };
  }
  if (!nonKey) throw invalidParameter("ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
  const seen = new Set<string>();
  for (const name of nonKey) {
    if (seen.has(name)) throw invalidParameter(`Duplicate element in NonKeyAttributes: ${name}`);
    seen.add(name);
  }
  return { ProjectionType: "INCLUDE", NonKeyAttributes: [...nonKey] };
}

export function checkLocalIndex(index: IndexInput, tableKeySchema: KeySchemaElementInput[]): Projection {
  checkKeyOrder(index.KeySchema);
  if (index.KeySchema.length !== 2) {
    throw invalidParameter(`Index KeySchema does not have a range key for index: ${index.IndexName}`);
  }
  const indexHash = index.KeySchema[0]!.AttributeName;
  const tableHash = tableKeySchema[0]!.AttributeName;
  if (indexHash !== tableHash) {
    throw invalidParameter(
      `Index KeySchema does not have the same leading hash key as table KeySchema for index: ${index.IndexName}. index hash key: ${indexHash}, table hash key: ${tableHash}`,
    );
  }
  return checkProjection(index.Projection);
}

/** A global index's key and projection, and its throughput against the table's billing mode. */
export function checkGlobalIndex(
  index: IndexInput,
  billingMode: BillingMode,
  operation: "CreateTable" | "UpdateTable" = "CreateTable",
): Projection {
  checkGlobalKeyOrder(index.KeySchema);
  const projection = checkProjection(index.Projection);
  if (billingMode === "PAY_PER_REQUEST" && index.ProvisionedThroughput) {
    throw invalidParameter(
      `ProvisionedThroughput should not be specified for index: ${index.IndexName} when BillingMode is PAY_PER_REQUEST`,
    );
  }
  if (billingMode === "PROVISIONED" && !index.ProvisionedThroughput) {
    // The two operations word the same rule differently.
    const verb = operation === "CreateTable" ? "is not specified" : "must be specified";
    throw invalidParameter(`ProvisionedThroughput ${verb} for index: ${index.IndexName}`);
  }
  if (billingMode === "PROVISIONED" && index.OnDemandThroughput) {
    throw invalidParameter(
      `MaxReadRequestUnits for OnDemandThroughput for index: ${index.IndexName} cannot be specified when table BillingMode is PROVISIONED.`,
    );
  }
  return projection;
}

/** Projected non-key attributes count once per index, across all of a table's indexes. */
export function checkProjectedAttributeTotal(projections: Projection[]): void {
  const total = projections.reduce((sum, p) => sum + (p.NonKeyAttributes?.length ?? 0), 0);
  if (total > MAX_PROJECTED_ATTRIBUTES) {
    throw invalidParameter(
      `The number of projected attributes in all secondary indexes exceeds the limit of ${MAX_PROJECTED_ATTRIBUTES}`,
    );
  }
}

export function indexStoreName(tableName: string, indexName: string): string {
  return `${tableName}/index/${indexName}`;
}

/** Builds the engine's model of one index, with an empty store. */
export function buildIndex(
  db: Database,
  tableName: string,
  kind: "global" | "local",
  input: IndexInput,
  projection: Projection,
  definitions: AttributeDefinitionInput[],
  billingMode: BillingMode,
): SecondaryIndex {
  const index: SecondaryIndex = {
    kind,
    name: input.IndexName,
    keySchema: resolveIndexKeySchema(input.KeySchema, definitions),
    declaredKeySchema: declaredKeySchema(input.KeySchema),
    projection,
    status: "ACTIVE",
    store: db.storage.createItemStore(indexStoreName(tableName, input.IndexName)),
    arn: `${db.tableArn(tableName)}/index/${input.IndexName}`,
  };
  if (kind === "global") {
    const throughput = input.ProvisionedThroughput;
    index.provisionedThroughput = {
      ReadCapacityUnits: billingMode === "PROVISIONED" ? (throughput?.ReadCapacityUnits ?? 0) : 0,
      WriteCapacityUnits: billingMode === "PROVISIONED" ? (throughput?.WriteCapacityUnits ?? 0) : 0,
      NumberOfDecreasesToday: 0,
    };
    if (input.OnDemandThroughput) index.onDemandThroughput = { ...input.OnDemandThroughput };
    if (input.WarmThroughput) index.warmThroughput = { ...input.WarmThroughput };
  }
  return index;
}
