import {
  LimitExceededException,
  ResourceNotFoundException,
  ValidationException,
  invalidParameter,
} from "../errors/index.js";
import { keysNotDefined } from "./key-schema-rules.js";
import { MAX_GLOBAL_INDEXES, checkGlobalIndex, type BillingMode } from "./index-rules.js";
import type { AttributeDefinitionInput, IndexInput, ThroughputInput } from "./request-shapes.js";
import type { Projection, Table } from "./table.js";

export interface GlobalIndexUpdateInput {
  Create?: IndexInput;
  Update?: { IndexName: string; ProvisionedThroughput?: ThroughputInput; OnDemandThroughput?: object };
  Delete?: { IndexName: string };
}

/** What an UpdateTable does to global indexes, checked in full before anything changes. */
export interface GlobalIndexPlan {
  create?: { input: IndexInput; projection: Projection; definitions: AttributeDefinitionInput[] };
  delete?: string;
  updates: { IndexName: string; ProvisionedThroughput?: ThroughputInput; OnDemandThroughput?: object }[];
}

export function throughputUnchangedMessage(
  subject: string,
  current: { ReadCapacityUnits: number; WriteCapacityUnits: number },
  requested: ThroughputInput,
): string {
  const noun = subject === "table" ? "the table" : `the index ${subject}`;
  const where = subject === "table" ? "the table" : "the index";
  return (
    `The provisioned throughput for ${noun} will not change. The requested value equals the current value. ` +
    `Current ReadCapacityUnits provisioned for ${where}: ${current.ReadCapacityUnits}. Requested ReadCapacityUnits: ${requested.ReadCapacityUnits}. ` +
    `Current WriteCapacityUnits provisioned for ${where}: ${current.WriteCapacityUnits}. Requested WriteCapacityUnits: ${requested.WriteCapacityUnits}. ` +
    "Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits."
  );
}

function requireGlobalIndex(table: Table, name: string, verb: "delete" | "update"): void {
  if (table.localIndexes.some((index) => index.name === name)) {
    throw new ValidationException(`Cannot ${verb} an index that is not a GlobalSecondaryIndex: ${name}`);
  }
  if (!table.globalIndexes.some((index) => index.name === name)) {
    throw new ResourceNotFoundException(
      `Requested resource not found: Index ${name} for table ${table.name} not found`,
    );
  }
}

export function planGlobalIndexUpdates(
  table: Table,
  updates: GlobalIndexUpdateInput[],
  definitions: AttributeDefinitionInput[] | undefined,
  billingMode: BillingMode,
): GlobalIndexPlan {
  if (updates.length === 0) throw invalidParameter("List of GlobalSecondaryIndexUpdates is empty");
  const plan: GlobalIndexPlan = { updates: [] };
  const named = new Set<string>();
  let onlineChanges = 0;
  for (const update of updates) {
    const actions = [update.Create, update.Update, update.Delete].filter((action) => action !== undefined);
    if (actions.length === 0) {
      throw invalidParameter(
        "One of GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null",
      );
    }
    if (actions.length > 1) {
      throw invalidParameter(
        "Only one global secondary index action is allowed per GlobalSecondaryIndexUpdate object",
      );
    }
    const name = actions[0]!.IndexName;
    if (named.has(name)) {
      throw invalidParameter(
        `Only one global secondary index update per index is allowed simultaneously. Index: ${name}`,
      );
    }
    named.add(name);
    if (update.Create || update.Delete) onlineChanges++;
  }
  if (onlineChanges > 1) {
    throw new LimitExceededException(
      "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table",
    );
  }
  for (const update of updates) {
    if (update.Delete) {
      requireGlobalIndex(table, update.Delete.IndexName, "delete");
      plan.delete = update.Delete.IndexName;
    } else if (update.Update) {
      requireGlobalIndex(table, update.Update.IndexName, "update");
      plan.updates.push(update.Update);
    } else if (update.Create) {
      plan.create = planCreate(table, update.Create, definitions, billingMode);
    }
  }
  return plan;
}

function planCreate(
  table: Table,
  input: IndexInput,
  definitions: AttributeDefinitionInput[] | undefined,
  billingMode: BillingMode,
): NonNullable<GlobalIndexPlan["create"]> {
  if (table.findIndex(input.IndexName)) {
    throw new ValidationException("Attempting to create an index which already exists");
  }
  if (!definitions)
    throw invalidParameter(`AttributeDefinitions is not specified for index: ${input.IndexName}`);
  const keys = input.KeySchema.map((k) => k.AttributeName);
  // A key attribute the table already defines keeps its type; the request only adds new ones.
  const resolved: AttributeDefinitionInput[] = [];
  for (const key of keys) {
    const known =
      table.attributeDefinitions.find((d) => d.AttributeName === key) ??
      definitions.find((d) => d.AttributeName === key);
    if (!known)
      throw keysNotDefined(
        keys,
        definitions.map((d) => d.AttributeName),
      );
    resolved.push({ AttributeName: known.AttributeName, AttributeType: known.AttributeType });
  }
  const projection = checkGlobalIndex(input, billingMode, "UpdateTable");
  if (table.globalIndexes.length + 1 > MAX_GLOBAL_INDEXES) {
    throw new LimitExceededException(
      `GlobalSecondaryIndex count exceeds the per-table limit of ${MAX_GLOBAL_INDEXES}`,
    );
  }
  return { input, projection, definitions: resolved };
}
