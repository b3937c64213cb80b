import { ValidationException, invalidParameter } from "../errors/index.js";
import type { Database } from "../database.js";
import type { OperationHandler } from "../operation.js";
import { startBackfill } from "./backfill-index.js";
import {
  planGlobalIndexUpdates,
  throughputUnchangedMessage,
  type GlobalIndexPlan,
  type GlobalIndexUpdateInput,
} from "./global-index-updates.js";
import { buildIndex, indexStoreName, type BillingMode } from "./index-rules.js";
import { settleTransition } from "./lifecycle.js";
import type {
  AttributeDefinitionInput,
  OnDemandThroughputInput,
  SSESpecificationInput,
  StreamSpecificationInput,
  ThroughputInput,
  WarmThroughputInput,
} from "./request-shapes.js";
import type { ProvisionedThroughputDescription, Table } from "./table.js";
import { requireActive, requireControlTable } from "./table-errors.js";
import { describeTableDescription, type DescriptionOverrides } from "./table-description.js";
import {
  checkSse,
  checkTableClass,
  disableStream,
  enableStream,
  sseDescriptionFor,
} from "./table-options.js";

interface UpdateTableInput {
  TableName: string;
  AttributeDefinitions?: AttributeDefinitionInput[];
  BillingMode?: BillingMode;
  ProvisionedThroughput?: ThroughputInput;
  OnDemandThroughput?: OnDemandThroughputInput;
  WarmThroughput?: WarmThroughputInput;
  GlobalSecondaryIndexUpdates?: GlobalIndexUpdateInput[];
  StreamSpecification?: StreamSpecificationInput;
  SSESpecification?: SSESpecificationInput;
  TableClass?: string;
  DeletionProtectionEnabled?: boolean;
  ReplicaUpdates?: unknown;
  MultiRegionConsistency?: unknown;
}

const CHANGES = [
  "ProvisionedThroughput",
  "BillingMode",
  "StreamSpecification",
  "GlobalSecondaryIndexUpdates",
  "SSESpecification",
  "ReplicaUpdates",
  "DeletionProtectionEnabled",
  "OnDemandThroughput",
  "WarmThroughput",
  "TableClass",
] as const;

const NOTHING_TO_UPDATE =
  "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates, MultiAccountReplicaReady, ReplicaTransitRoleArn, MultiRegionConsistency, DeletionProtectionEnabled, OnDemandThroughput, WarmThroughput or TableClass is required";

/** Some changes must travel alone; others exclude each other. */
function checkCombinations(input: UpdateTableInput): void {
  const present = CHANGES.filter((member) => input[member] !== undefined);
  const alone = (member: (typeof CHANGES)[number], message: string) => {
    if (input[member] !== undefined && present.length > 1) throw invalidParameter(message);
  };
  alone("SSESpecification", "Server-Side Encryption modification must be the only operation in the request");
  alone("TableClass", "TableClass modification must be the only operation in the request");
  alone(
    "DeletionProtectionEnabled",
    "DeletionProtection modification must be the only operation in the request",
  );
  alone("WarmThroughput", "WarmThroughput must be the only operation in the request");
  if (input.OnDemandThroughput && present.some((m) => m !== "OnDemandThroughput" && m !== "BillingMode")) {
    throw invalidParameter(
      "OnDemandThroughput can only be combined with BillingMode in an UpdateTable request",
    );
  }
  const onlineIndexChange = input.GlobalSecondaryIndexUpdates?.some((u) => u.Create || u.Delete) ?? false;
  if (input.StreamSpecification && input.ProvisionedThroughput) {
    throw invalidParameter("You cannot modify stream status while updating table IOPS");
  }
  if (onlineIndexChange && input.ProvisionedThroughput) {
    throw invalidParameter("You cannot create or delete index while updating table IOPS");
  }
  if (onlineIndexChange && input.StreamSpecification) {
    throw invalidParameter("You cannot create or delete index while changing stream status");
  }
}

function checkBilling(table: Table, input: UpdateTableInput, mode: BillingMode): void {
  const throughput = input.ProvisionedThroughput;
  if (mode === "PAY_PER_REQUEST" && throughput) {
    throw invalidParameter(
      input.BillingMode
        ? "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST"
        : "ProvisionedThroughput cannot be specified when BillingMode is PAY_PER_REQUEST",
    );
  }
  if (mode === "PROVISIONED" && input.OnDemandThroughput) {
    throw invalidParameter(
      "MaxReadRequestUnits for OnDemandThroughput cannot be specified when the table BillingMode is PROVISIONED",
    );
  }
  if (mode === "PROVISIONED" && table.billingMode === "PAY_PER_REQUEST") {
    if (!throughput)
      throw invalidParameter("ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
    for (const index of table.globalIndexes) {
      const update = input.GlobalSecondaryIndexUpdates?.find((u) => u.Update?.IndexName === index.name);
      if (!update?.Update?.ProvisionedThroughput) {
        throw invalidParameter(`ProvisionedThroughput must be specified for index: ${index.name}`);
      }
    }
    return;
  }
  const current = table.provisionedThroughput;
  if (
    throughput &&
    throughput.ReadCapacityUnits === current.ReadCapacityUnits &&
    throughput.WriteCapacityUnits === current.WriteCapacityUnits
  ) {
    throw new ValidationException(throughputUnchangedMessage("table", current, throughput));
  }
}

function checkIndexThroughput(table: Table, plan: GlobalIndexPlan, mode: BillingMode): void {
  for (const update of plan.updates) {
    const throughput = update.ProvisionedThroughput;
    if (!throughput) continue;
    if (mode === "PAY_PER_REQUEST") {
      throw invalidParameter(
        `Neither ReadCapacityUnits nor WriteCapacityUnits can be specified for index: ${update.IndexName} when BillingMode is PAY_PER_REQUEST`,
      );
    }
    const current = table.findIndex(update.IndexName)?.provisionedThroughput;
    if (
      table.billingMode === "PROVISIONED" &&
      current &&
      throughput.ReadCapacityUnits === current.ReadCapacityUnits &&
      throughput.WriteCapacityUnits === current.WriteCapacityUnits
    ) {
      throw new ValidationException(throughputUnchangedMessage(update.IndexName, current, throughput));
    }
  }
}

function checkStream(table: Table, spec: StreamSpecificationInput): void {
  if (spec.StreamEnabled && !spec.StreamViewType) {
    throw invalidParameter("If stream is being enabled then UpdateViewType is required");
  }
  if (!spec.StreamEnabled && spec.StreamViewType) {
    throw invalidParameter("If stream is being disabled, then UpdateViewType must not be specified");
  }
  const enabled = table.streamSpecification?.StreamEnabled === true;
  if (spec.StreamEnabled && enabled) {
    throw new ValidationException(`Table already has an enabled stream: TableName: ${table.name}`);
  }
  if (!spec.StreamEnabled && !enabled) {
    throw new ValidationException(`Table has no stream to disable: TableName: ${table.name}`);
  }
}

/** Sets new capacity, counting decreases and stamping increases as DescribeTable reports them. */
function setThroughput(
  target: ProvisionedThroughputDescription,
  requested: ThroughputInput,
  now: number,
): void {
  const read = requested.ReadCapacityUnits ?? target.ReadCapacityUnits;
  const write = requested.WriteCapacityUnits ?? target.WriteCapacityUnits;
  if (read > target.ReadCapacityUnits || write > target.WriteCapacityUnits) target.LastIncreaseDateTime = now;
  if (read < target.ReadCapacityUnits || write < target.WriteCapacityUnits) {
    target.LastDecreaseDateTime = now;
    target.NumberOfDecreasesToday++;
  }
  target.ReadCapacityUnits = read;
  target.WriteCapacityUnits = write;
}

function applyBilling(table: Table, input: UpdateTableInput, mode: BillingMode, now: number): void {
  const switched = mode !== table.billingMode;
  table.billingMode = mode;
  if (switched) table.onDemandThroughput = undefined;
  if (mode === "PAY_PER_REQUEST") {
    if (switched) {
      table.billingModeChangedAt = now;
      table.provisionedThroughput = {
        ReadCapacityUnits: 0,
        WriteCapacityUnits: 0,
        NumberOfDecreasesToday: 0,
      };
      for (const index of table.globalIndexes) {
        index.provisionedThroughput = {
          ReadCapacityUnits: 0,
          WriteCapacityUnits: 0,
          NumberOfDecreasesToday: 0,
        };
        index.onDemandThroughput = undefined;
      }
    }
  } else if (input.ProvisionedThroughput) {
    if (switched) table.provisionedThroughput = { ...table.provisionedThroughput, NumberOfDecreasesToday: 0 };
    setThroughput(table.provisionedThroughput, input.ProvisionedThroughput, now);
  }
  if (input.OnDemandThroughput)
    table.onDemandThroughput = { ...table.onDemandThroughput, ...input.OnDemandThroughput };
}

function applyIndexPlan(
  db: Database,
  table: Table,
  plan: GlobalIndexPlan,
  now: number,
): DescriptionOverrides {
  const statuses: Record<string, string> = {};
  for (const update of plan.updates) {
    const index = table.findIndex(update.IndexName)!;
    if (update.ProvisionedThroughput) {
      index.provisionedThroughput ??= {
        ReadCapacityUnits: 0,
        WriteCapacityUnits: 0,
        NumberOfDecreasesToday: 0,
      };
      setThroughput(index.provisionedThroughput, update.ProvisionedThroughput, now);
    }
    if (update.OnDemandThroughput) index.onDemandThroughput = { ...update.OnDemandThroughput };
    statuses[index.name] = "UPDATING";
  }
  if (plan.delete) {
    const index = table.findIndex(plan.delete)!;
    index.status = "DELETING";
    statuses[index.name] = "DELETING";
  }
  if (plan.create) {
    for (const definition of plan.create.definitions) {
      if (!table.attributeDefinitions.some((d) => d.AttributeName === definition.AttributeName)) {
        table.attributeDefinitions.push(definition);
      }
    }
    const { input, projection, definitions } = plan.create;
    const index = buildIndex(db, table.name, "global", input, projection, definitions, table.billingMode);
    index.status = "CREATING";
    index.backfilling = false;
    // From here on every item write maintains the new index too, so whatever the backfill
    // copies later, items written meanwhile are already in place.
    table.globalIndexes.push(index);
  }
  return { indexStatuses: statuses };
}

/**
 * Ends the UPDATING phase of an index change: a deleted index goes, updated ones are ACTIVE, and
 * a new one, its resources allocated, starts its backfill.
 */
function finishIndexChanges(db: Database, table: Table, plan: GlobalIndexPlan): void {
  if (plan.delete) dropIndex(db, table, plan.delete);
  for (const index of table.globalIndexes) if (index.status !== "CREATING") index.status = "ACTIVE";
  if (table.status === "UPDATING") table.status = "ACTIVE";
  const created = plan.create && table.findIndex(plan.create.input.IndexName);
  if (created) startBackfill(db, table, created);
}

/** Removes a deleted index and the definitions no key uses any more. */
function dropIndex(db: Database, table: Table, name: string): void {
  const dropped = table.findIndex(name);
  if (dropped?.pendingBackfill) clearTimeout(dropped.pendingBackfill);
  table.globalIndexes = table.globalIndexes.filter((index) => index.name !== name);
  db.storage.dropItemStore(indexStoreName(table.name, name));
  const used = new Set(
    [...table.declaredKeySchema, ...table.indexes.flatMap((i) => i.declaredKeySchema)].map(
      (k) => k.AttributeName,
    ),
  );
  table.attributeDefinitions = table.attributeDefinitions.filter((d) => used.has(d.AttributeName));
}

export const updateTable: OperationHandler = (db, request) => {
  const input = request as unknown as UpdateTableInput;
  if (!CHANGES.some((member) => input[member] !== undefined))
    throw new ValidationException(NOTHING_TO_UPDATE);
  const table = requireControlTable(db, input.TableName);
  requireActive(table);
  checkCombinations(input);
  const mode = input.BillingMode ?? table.billingMode;
  checkBilling(table, input, mode);
  if (input.StreamSpecification) checkStream(table, input.StreamSpecification);
  if (input.SSESpecification) checkSse(input.SSESpecification);
  if (input.TableClass !== undefined) checkTableClass(input.TableClass);
  const plan = input.GlobalSecondaryIndexUpdates
    ? planGlobalIndexUpdates(table, input.GlobalSecondaryIndexUpdates, input.AttributeDefinitions, mode)
    : { updates: [] };
  checkIndexThroughput(table, plan, mode);

  const now = db.clock();
  applyBilling(table, input, mode, now);
  const stream = input.StreamSpecification;
  if (stream?.StreamEnabled) {
    const viewType = stream.StreamViewType as NonNullable<Table["streamSpecification"]>["StreamViewType"];
    enableStream(db, table, { StreamEnabled: true, StreamViewType: viewType });
  } else if (stream) {
    disableStream(db, table);
  }
  if (input.SSESpecification) table.sseDescription = sseDescriptionFor(db, input.SSESpecification);
  if (input.DeletionProtectionEnabled !== undefined) {
    table.deletionProtectionEnabled = input.DeletionProtectionEnabled;
    table.deletionProtectionChangedAt = now;
  }
  if (input.TableClass !== undefined) {
    table.tableClass = checkTableClass(input.TableClass);
    table.tableClassNamed = true;
    table.tableClassChangedAt = now;
  }
  if (input.WarmThroughput) {
    table.warmThroughput = {
      ReadUnitsPerSecond:
        input.WarmThroughput.ReadUnitsPerSecond ?? table.warmThroughput?.ReadUnitsPerSecond ?? 0,
      WriteUnitsPerSecond:
        input.WarmThroughput.WriteUnitsPerSecond ?? table.warmThroughput?.WriteUnitsPerSecond ?? 0,
    };
  }
  const overrides = applyIndexPlan(db, table, plan, now);
  // Deletion protection alone is a metadata change; everything else puts the table through UPDATING.
  const onlyProtection = input.DeletionProtectionEnabled !== undefined && !input.GlobalSecondaryIndexUpdates;
  if (!onlyProtection) table.status = "UPDATING";
  const response = describeTableDescription(table, overrides);
  settleTransition(db, table, "update", () => finishIndexChanges(db, table, plan));
  return { TableDescription: response };
};
