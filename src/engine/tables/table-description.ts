import { ON_DEMAND_WARM_THROUGHPUT } from "./index-rules.js";
import type { ProvisionedThroughputDescription, SecondaryIndex, Table } from "./table.js";

/**
 * The TableDescription DynamoDB answers CreateTable, DescribeTable, UpdateTable and DeleteTable
 * with. Times are epoch seconds with a fraction. Overrides let an operation report the status its
 * response carries (CREATING, UPDATING, DELETING) without changing the table.
 */
export interface DescriptionOverrides {
  tableStatus?: string;
  /** Status reported for every global index (e.g. CREATING in the CreateTable response). */
  indexStatus?: string;
  /** Status reported for named global indexes only. */
  indexStatuses?: Record<string, string>;
}

const seconds = (ms: number): number => ms / 1000;

export function streamLabel(ms: number): string {
  return new Date(ms).toISOString().slice(0, 23);
}

function throughputDescription(throughput: ProvisionedThroughputDescription): Record<string, unknown> {
  const description: Record<string, unknown> = {};
  if (throughput.LastIncreaseDateTime !== undefined) {
    description.LastIncreaseDateTime = seconds(throughput.LastIncreaseDateTime);
  }
  if (throughput.LastDecreaseDateTime !== undefined) {
    description.LastDecreaseDateTime = seconds(throughput.LastDecreaseDateTime);
  }
  description.NumberOfDecreasesToday = throughput.NumberOfDecreasesToday;
  description.ReadCapacityUnits = throughput.ReadCapacityUnits;
  description.WriteCapacityUnits = throughput.WriteCapacityUnits;
  return description;
}

function projectionDescription(index: SecondaryIndex): Record<string, unknown> {
  const { ProjectionType, NonKeyAttributes } = index.projection;
  return NonKeyAttributes
    ? { ProjectionType, NonKeyAttributes: [...NonKeyAttributes].sort() }
    : { ProjectionType };
}

function warmThroughputOf(
  table: Table,
  own: Record<string, unknown> | undefined,
  provisioned: ProvisionedThroughputDescription | undefined,
): Record<string, unknown> {
  const base =
    table.billingMode === "PAY_PER_REQUEST"
      ? ON_DEMAND_WARM_THROUGHPUT
      : {
          ReadUnitsPerSecond: provisioned?.ReadCapacityUnits ?? 0,
          WriteUnitsPerSecond: provisioned?.WriteCapacityUnits ?? 0,
        };
  const read = Math.max(base.ReadUnitsPerSecond, Number(own?.ReadUnitsPerSecond ?? 0));
  const write = Math.max(base.WriteUnitsPerSecond, Number(own?.WriteUnitsPerSecond ?? 0));
  return { ReadUnitsPerSecond: read, WriteUnitsPerSecond: write, Status: "ACTIVE" };
}

function globalIndexDescription(
  table: Table,
  index: SecondaryIndex,
  overrides: DescriptionOverrides,
): Record<string, unknown> {
  const status = overrides.indexStatuses?.[index.name] ?? overrides.indexStatus ?? index.status;
  const description: Record<string, unknown> = {
    IndexName: index.name,
    KeySchema: index.declaredKeySchema.map((k) => ({ ...k })),
    Projection: projectionDescription(index),
    IndexStatus: status,
  };
  if (status === "CREATING" && index.backfilling !== undefined) description.Backfilling = index.backfilling;
  description.ProvisionedThroughput = throughputDescription(
    index.provisionedThroughput ?? { ReadCapacityUnits: 0, WriteCapacityUnits: 0, NumberOfDecreasesToday: 0 },
  );
  // A new index being allocated (before its backfill starts) has no size yet, and one being
  // deleted reports none any more (as DynamoDB Local describes both).
  const allocating = status === "CREATING" && index.backfilling === false;
  if (!allocating && status !== "DELETING") {
    description.IndexSizeBytes = index.store.sizeBytes;
    description.ItemCount = index.store.itemCount;
  }
  description.IndexArn = index.arn;
  if (index.onDemandThroughput) description.OnDemandThroughput = { ...index.onDemandThroughput };
  description.WarmThroughput = warmThroughputOf(table, index.warmThroughput, index.provisionedThroughput);
  return description;
}

function localIndexDescription(index: SecondaryIndex): Record<string, unknown> {
  return {
    IndexName: index.name,
    KeySchema: index.declaredKeySchema.map((k) => ({ ...k })),
    Projection: projectionDescription(index),
    IndexSizeBytes: index.store.sizeBytes,
    ItemCount: index.store.itemCount,
    IndexArn: index.arn,
  };
}

export function describeTableDescription(
  table: Table,
  overrides: DescriptionOverrides = {},
): Record<string, unknown> {
  const description: Record<string, unknown> = {
    // DynamoDB lists definitions by name, not in request order (the AWS CLI reference's create-table
    // examples: UserId, GameTitle, TopScore come back as GameTitle, TopScore, UserId).
    AttributeDefinitions: [...table.attributeDefinitions]
      .sort((a, b) => (a.AttributeName < b.AttributeName ? -1 : a.AttributeName > b.AttributeName ? 1 : 0))
      .map((d) => ({ ...d })),
    TableName: table.name,
    KeySchema: table.declaredKeySchema.map((k) => ({ ...k })),
    TableStatus: overrides.tableStatus ?? table.status,
    CreationDateTime: seconds(table.createdAt),
    ProvisionedThroughput: throughputDescription(table.provisionedThroughput),
    TableSizeBytes: table.store.sizeBytes,
    ItemCount: table.store.itemCount,
    TableArn: table.arn,
    TableId: table.tableId,
  };
  // The API reference (BillingModeSummary): "You may need to switch to on-demand mode at least once
  // in order to return a BillingModeSummary response". A table that has only ever been provisioned,
  // even one created with an explicit BillingMode PROVISIONED, is described without it.
  if (table.billingMode === "PAY_PER_REQUEST" || table.billingModeChangedAt !== undefined) {
    const summary: Record<string, unknown> = { BillingMode: table.billingMode };
    if (table.billingModeChangedAt !== undefined) {
      summary.LastUpdateToPayPerRequestDateTime = seconds(table.billingModeChangedAt);
    }
    description.BillingModeSummary = summary;
  }
  if (table.localIndexes.length > 0)
    description.LocalSecondaryIndexes = table.localIndexes.map(localIndexDescription);
  if (table.globalIndexes.length > 0) {
    description.GlobalSecondaryIndexes = table.globalIndexes.map((index) =>
      globalIndexDescription(table, index, overrides),
    );
  }
  if (table.streamSpecification?.StreamEnabled)
    description.StreamSpecification = { ...table.streamSpecification };
  if (table.latestStreamLabel) {
    description.LatestStreamLabel = table.latestStreamLabel;
    description.LatestStreamArn = `${table.arn}/stream/${table.latestStreamLabel}`;
  }
  if (table.sseDescription) description.SSEDescription = { ...table.sseDescription };
  if (table.tableClassNamed) {
    const summary: Record<string, unknown> = { TableClass: table.tableClass };
    if (table.tableClassChangedAt !== undefined)
      summary.LastUpdateDateTime = seconds(table.tableClassChangedAt);
    description.TableClassSummary = summary;
  }
  description.DeletionProtectionEnabled = table.deletionProtectionEnabled;
  if (table.onDemandThroughput) description.OnDemandThroughput = { ...table.onDemandThroughput };
  description.WarmThroughput = warmThroughputOf(table, table.warmThroughput, table.provisionedThroughput);
  return description;
}
