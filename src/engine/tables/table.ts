import type { ItemStore } from "../storage/item-store.js";
import type { Item, ScalarKeyType } from "../values/attribute-value.js";

/**
 * A table as the engine holds it: its definition (what CreateTable/UpdateTable said, kept in the
 * shapes DescribeTable answers with) and its stores. Operations read and change tables through
 * the Database; nothing outside the engine touches a Table directly.
 */

export interface KeyAttribute {
  name: string;
  type: ScalarKeyType;
}

/** A table's or an index's primary key: a partition key and an optional sort key. */
export interface KeySchema {
  partition: KeyAttribute;
  sort?: KeyAttribute;
}

/**
 * An index's key. A global index may compose its partition key and its sort key of up to four
 * attributes each (multi-attribute keys); `partition` and `sort` are then the first of each, and
 * only readers that handle composed keys may look at them alone.
 */
export interface IndexKeySchema extends KeySchema {
  partitionAttributes: KeyAttribute[];
  sortAttributes: KeyAttribute[];
  /** More than one attribute in either role: the key is composed of several values. */
  composite: boolean;
}

/** Every attribute of a key schema, partition attributes first, in declared order. */
export function keyAttributesOf(schema: KeySchema): KeyAttribute[] {
  if (isIndexKeySchema(schema)) return [...schema.partitionAttributes, ...schema.sortAttributes];
  return schema.sort ? [schema.partition, schema.sort] : [schema.partition];
}

export function isIndexKeySchema(schema: KeySchema): schema is IndexKeySchema {
  return (schema as Partial<IndexKeySchema>).partitionAttributes !== undefined;
}

/** A key schema whose partition or sort key is composed of several attributes. */
export function isCompositeKeySchema(schema: KeySchema): schema is IndexKeySchema {
  return (schema as Partial<IndexKeySchema>).composite === true;
}

export interface Projection {
  ProjectionType: "ALL" | "KEYS_ONLY" | "INCLUDE";
  NonKeyAttributes?: string[];
}

export interface ProvisionedThroughputDescription {
  ReadCapacityUnits: number;
  WriteCapacityUnits: number;
  NumberOfDecreasesToday: number;
  LastIncreaseDateTime?: number;
  LastDecreaseDateTime?: number;
}

export interface SecondaryIndex {
  kind: "global" | "local";
  name: string;
  keySchema: IndexKeySchema;
  /** KeySchema exactly as declared, for DescribeTable. */
  declaredKeySchema: { AttributeName: string; KeyType: "HASH" | "RANGE" }[];
  projection: Projection;
  status: "CREATING" | "UPDATING" | "DELETING" | "ACTIVE";
  backfilling?: boolean;
  /** The end of a backfill under way, when lifecycle delays are on. */
  pendingBackfill?: ReturnType<typeof setTimeout>;
  provisionedThroughput?: ProvisionedThroughputDescription;
  onDemandThroughput?: { MaxReadRequestUnits?: number; MaxWriteRequestUnits?: number };
  warmThroughput?: Record<string, unknown>;
  store: ItemStore;
  arn: string;
}

export interface StreamSpecification {
  StreamEnabled: boolean;
  StreamViewType?: "NEW_IMAGE" | "OLD_IMAGE" | "NEW_AND_OLD_IMAGES" | "KEYS_ONLY";
}

export interface TimeToLiveState {
  status: "ENABLING" | "DISABLING" | "ENABLED" | "DISABLED";
  attributeName?: string;
  /** Epoch milliseconds of the last UpdateTimeToLive, for the once-an-hour rule. */
  lastChangedAt?: number;
}

export type TableStatus = "CREATING" | "UPDATING" | "DELETING" | "ACTIVE";

export class Table {
  status: TableStatus = "ACTIVE";
  billingMode: "PROVISIONED" | "PAY_PER_REQUEST" = "PROVISIONED";
  /** Epoch milliseconds. */
  billingModeChangedAt: number | undefined;
  provisionedThroughput: ProvisionedThroughputDescription = {
    ReadCapacityUnits: 0,
    WriteCapacityUnits: 0,
    NumberOfDecreasesToday: 0,
  };
  onDemandThroughput: { MaxReadRequestUnits?: number; MaxWriteRequestUnits?: number } | undefined;
  attributeDefinitions: { AttributeName: string; AttributeType: ScalarKeyType }[] = [];
  declaredKeySchema: { AttributeName: string; KeyType: "HASH" | "RANGE" }[] = [];
  globalIndexes: SecondaryIndex[] = [];
  localIndexes: SecondaryIndex[] = [];
  streamSpecification: StreamSpecification | undefined;
  latestStreamLabel: string | undefined;
  deletionProtectionEnabled = false;
  tableClass: "STANDARD" | "STANDARD_INFREQUENT_ACCESS" = "STANDARD";
  tags = new Map<string, string>();
  timeToLive: TimeToLiveState = { status: "DISABLED" };
  sseDescription: Record<string, unknown> | undefined;
  /** DescribeTable shows TableClassSummary once a table class was named. */
  tableClassNamed = false;
  /** Epoch milliseconds of the last UpdateTable that changed the table class. */
  tableClassChangedAt: number | undefined;
  warmThroughput: { ReadUnitsPerSecond: number; WriteUnitsPerSecond: number } | undefined;
  /** Epoch milliseconds of the last deletion-protection change. */
  deletionProtectionChangedAt: number | undefined;
  /** Pending CREATING/UPDATING/DELETING transition, when lifecycle delays are on. */
  pendingTransition: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly name: string,
    readonly keySchema: KeySchema,
    readonly store: ItemStore,
    readonly arn: string,
    readonly tableId: string,
    /** Epoch milliseconds. */
    readonly createdAt: number,
  ) {}

  /** The key schema never changes, so its names are worked out once. */
  get keyAttributeNames(): readonly string[] {
    return (this.keyNames ??= Object.freeze(
      this.keySchema.sort
        ? [this.keySchema.partition.name, this.keySchema.sort.name]
        : [this.keySchema.partition.name],
    ));
  }

  private keyNames: readonly string[] | undefined;

  get indexes(): SecondaryIndex[] {
    return this.globalIndexes.length === 0
      ? this.localIndexes
      : this.localIndexes.length === 0
        ? this.globalIndexes
        : [...this.globalIndexes, ...this.localIndexes];
  }

  findIndex(name: string): SecondaryIndex | undefined {
    return (
      this.globalIndexes.find((index) => index.name === name) ??
      this.localIndexes.find((i) => i.name === name)
    );
  }

  /** The item's primary-key attributes only. */
  keyOf(item: Item): Item {
    const key: Item = {};
    for (const name of this.keyAttributeNames) {
      const value = item[name];
      if (value) key[name] = value;
    }
    return key;
  }
}
