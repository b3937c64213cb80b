import { ResourceInUseException, invalidParameter } from "../errors/index.js";
import type { Database } from "../database.js";
import type { OperationHandler } from "../operation.js";
import {
  MAX_GLOBAL_INDEXES,
  MAX_LOCAL_INDEXES,
  buildIndex,
  checkGlobalIndex,
  checkLocalIndex,
  checkProjectedAttributeTotal,
  type BillingMode,
} from "./index-rules.js";
import {
  checkDefinitionsUsed,
  checkDuplicateDefinitions,
  checkTableKeySchema,
  declaredKeySchema,
  resolveKeySchema,
} from "./key-schema-rules.js";
import { settleTransition } from "./lifecycle.js";
import type {
  AttributeDefinitionInput,
  IndexInput,
  KeySchemaElementInput,
  OnDemandThroughputInput,
  SSESpecificationInput,
  StreamSpecificationInput,
  TagInput,
  ThroughputInput,
  WarmThroughputInput,
} from "./request-shapes.js";
import { Table, type Projection } from "./table.js";
import { describeTableDescription } from "./table-description.js";
import {
  checkCreateStream,
  checkSse,
  checkTableClass,
  enableStream,
  sseDescriptionFor,
} from "./table-options.js";
import { checkTagsToAdd } from "./tag-rules.js";

interface CreateTableInput {
  TableName: string;
  AttributeDefinitions: AttributeDefinitionInput[];
  KeySchema: KeySchemaElementInput[];
  BillingMode?: BillingMode;
  ProvisionedThroughput?: ThroughputInput;
  OnDemandThroughput?: OnDemandThroughputInput;
  WarmThroughput?: WarmThroughputInput;
  LocalSecondaryIndexes?: IndexInput[];
  GlobalSecondaryIndexes?: IndexInput[];
  StreamSpecification?: StreamSpecificationInput;
  SSESpecification?: SSESpecificationInput;
  TableClass?: string;
  DeletionProtectionEnabled?: boolean;
  Tags?: TagInput[];
}

function checkBilling(input: CreateTableInput): BillingMode {
  const mode = input.BillingMode ?? "PROVISIONED";
  if (mode === "PAY_PER_REQUEST" && input.ProvisionedThroughput) {
    throw invalidParameter(
      "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST",
    );
  }
  if (mode === "PROVISIONED" && !input.ProvisionedThroughput) {
    throw invalidParameter(
      "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED",
    );
  }
  if (mode === "PROVISIONED" && input.OnDemandThroughput) {
    throw invalidParameter(
      "MaxReadRequestUnits for OnDemandThroughput cannot be specified when the table BillingMode is PROVISIONED",
    );
  }
  return mode;
}

/** Index rules in DynamoDB's order: list shapes, key definitions, then each index, then limits. */
function checkIndexes(input: CreateTableInput, billingMode: BillingMode): Map<string, Projection> {
  const locals = input.LocalSecondaryIndexes;
  const globals = input.GlobalSecondaryIndexes;
  if (locals) {
    if (locals.length === 0) throw invalidParameter("List of LocalSecondaryIndexes is empty");
    if (input.KeySchema.length !== 2) {
      throw invalidParameter(
        "Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex",
      );
    }
  }
  if (globals && globals.length === 0) throw invalidParameter("List of GlobalSecondaryIndexes is empty");
  checkDefinitionsUsed(input.KeySchema, [...(locals ?? []), ...(globals ?? [])], input.AttributeDefinitions);

  const projections = new Map<string, Projection>();
  const claim = (name: string, projection: Projection) => {
    if (projections.has(name)) throw invalidParameter(`Duplicate index name: ${name}`);
    projections.set(name, projection);
  };
  for (const index of locals ?? []) claim(index.IndexName, checkLocalIndex(index, input.KeySchema));
  if (locals && locals.length > MAX_LOCAL_INDEXES) {
    throw invalidParameter(`Number of LocalSecondaryIndexes exceeds per-table limit of ${MAX_LOCAL_INDEXES}`);
  }
  for (const index of globals ?? []) claim(index.IndexName, checkGlobalIndex(index, billingMode));
  if (globals && globals.length > MAX_GLOBAL_INDEXES) {
    throw invalidParameter(`GlobalSecondaryIndex count exceeds the per-table limit of ${MAX_GLOBAL_INDEXES}`);
  }
  checkProjectedAttributeTotal([...projections.values()]);
  return projections;
}

function buildTable(db: Database, input: CreateTableInput, billingMode: BillingMode): Table {
  const now = db.clock();
  const definitions = input.AttributeDefinitions;
  const table = new Table(
    input.TableName,
    resolveKeySchema(input.KeySchema, definitions),
    db.storage.createItemStore(input.TableName),
    db.tableArn(input.TableName),
    globalThis.crypto.randomUUID(),
    now,
  );
  table.attributeDefinitions = definitions.map((d) => ({ ...d }));
  table.declaredKeySchema = declaredKeySchema(input.KeySchema);
  table.billingMode = billingMode;
  if (billingMode === "PAY_PER_REQUEST") table.billingModeChangedAt = now;
  table.provisionedThroughput = {
    ReadCapacityUnits: input.ProvisionedThroughput?.ReadCapacityUnits ?? 0,
    WriteCapacityUnits: input.ProvisionedThroughput?.WriteCapacityUnits ?? 0,
    NumberOfDecreasesToday: 0,
  };
  if (input.OnDemandThroughput) table.onDemandThroughput = { ...input.OnDemandThroughput };
  if (input.WarmThroughput) {
    table.warmThroughput = {
      ReadUnitsPerSecond: input.WarmThroughput.ReadUnitsPerSecond ?? 0,
      WriteUnitsPerSecond: input.WarmThroughput.WriteUnitsPerSecond ?? 0,
    };
  }
  if (input.TableClass !== undefined) {
    table.tableClass = checkTableClass(input.TableClass);
    table.tableClassNamed = true;
  }
  table.deletionProtectionEnabled = input.DeletionProtectionEnabled ?? false;
  if (input.SSESpecification) table.sseDescription = sseDescriptionFor(db, input.SSESpecification);
  for (const tag of input.Tags ?? []) table.tags.set(tag.Key, tag.Value);
  return table;
}

export const createTable: OperationHandler = (db, request) => {
  const input = request as unknown as CreateTableInput;
  const billingMode = checkBilling(input);
  checkTableKeySchema(input.KeySchema, input.AttributeDefinitions);
  checkDuplicateDefinitions(input.AttributeDefinitions);
  const projections = checkIndexes(input, billingMode);
  const stream = input.StreamSpecification ? checkCreateStream(input.StreamSpecification) : undefined;
  if (input.SSESpecification) checkSse(input.SSESpecification);
  if (input.TableClass !== undefined) checkTableClass(input.TableClass);
  if (input.Tags) checkTagsToAdd(input.Tags, new Map());
  if (db.tables.has(input.TableName))
    throw new ResourceInUseException(`Table already exists: ${input.TableName}`);

  const table = buildTable(db, input, billingMode);
  const definitions = input.AttributeDefinitions;
  for (const index of input.LocalSecondaryIndexes ?? []) {
    const projection = projections.get(index.IndexName)!;
    table.localIndexes.push(buildIndex(db, table.name, "local", index, projection, definitions, billingMode));
  }
  for (const index of input.GlobalSecondaryIndexes ?? []) {
    const projection = projections.get(index.IndexName)!;
    table.globalIndexes.push(
      buildIndex(db, table.name, "global", index, projection, definitions, billingMode),
    );
  }
  if (stream) enableStream(db, table, stream);

  db.tables.set(table.name, table);
  table.status = "CREATING";
  for (const index of table.globalIndexes) index.status = "CREATING";
  const response = describeTableDescription(table);
  settleTransition(db, table, "create", () => {
    table.status = "ACTIVE";
    for (const index of table.globalIndexes) index.status = "ACTIVE";
  });
  return { TableDescription: response };
};
