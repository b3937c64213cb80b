/**
 * A DynamoDB data model, declared once as data. Every catalog entry declares its model with these
 * types; the entry's README tables, the CloudFormation resource, the seeding of `npm start`, the
 * tests, and later the access-pattern checker and the workbench all read the same declaration,
 * so none of them can disagree with another.
 *
 * The vocabulary follows DynamoDB's: tables and indexes have key attributes; entities are the
 * application's record types stored in a table, each writing its key attributes from key
 * templates such as `USER#{userId}`; access patterns are the reads and writes the application
 * performs, each served by one DynamoDB operation on the table or one of its indexes.
 */

export type ScalarAttributeType = "S" | "N" | "B";

export interface KeyAttributeModel {
  name: string;
  type: ScalarAttributeType;
}

export type ProjectionModel =
  { type: "ALL" } | { type: "KEYS_ONLY" } | { type: "INCLUDE"; nonKeyAttributes: string[] };

export interface IndexModel {
  name: string;
  partitionKey: KeyAttributeModel;
  sortKey?: KeyAttributeModel;
  projection: ProjectionModel;
  /** Why the index exists: which access patterns it serves and what it costs. */
  purpose?: string;
}

export type BillingModel =
  | { mode: "PAY_PER_REQUEST" }
  | { mode: "PROVISIONED"; readCapacityUnits: number; writeCapacityUnits: number };

export interface TableModel {
  name: string;
  partitionKey: KeyAttributeModel;
  sortKey?: KeyAttributeModel;
  billing: BillingModel;
  globalSecondaryIndexes?: IndexModel[];
  /** Local indexes share the table's partition key; only their sort key is declared. */
  localSecondaryIndexes?: (Omit<IndexModel, "partitionKey"> & { sortKey: KeyAttributeModel })[];
  /** The Number attribute holding each item's expiry in epoch seconds, when TTL is on. */
  timeToLiveAttribute?: string;
  stream?: "NEW_IMAGE" | "OLD_IMAGE" | "NEW_AND_OLD_IMAGES" | "KEYS_ONLY";
}

/**
 * A key template: literal text with `{attribute}` placeholders, each naming an attribute of the
 * entity, for example `ORDER#{orderId}` or `{country}#{city}`. A template without placeholders is
 * a constant (`PROFILE`).
 */
export type KeyTemplate = string;

export type AttributeKind =
  "string" | "number" | "boolean" | "binary" | "list" | "map" | "string set" | "number set";

export interface AttributeModel {
  kind: AttributeKind;
  required?: boolean;
  description?: string;
}

/** An example item in document form (the shape @aws-sdk/lib-dynamodb reads and writes). */
export type ExampleItem = Record<string, unknown>;

export interface EntityModel {
  name: string;
  description?: string;
  /** The table that stores the entity. */
  table: string;
  /**
   * The template for each key attribute the entity writes: the table's keys, and the keys of the
   * indexes it appears in. An index key the entity does not write leaves it out of that index
   * (a sparse index).
   */
  keys: Record<string, KeyTemplate>;
  /** The entity's own attributes (key attributes are derived from these through `keys`). */
  attributes: Record<string, AttributeModel>;
  /** Example items in document form, without key attributes: those come from `keys`. */
  examples: ExampleItem[];
}

export type SortKeyCondition =
  | { operator: "=" | "<" | "<=" | ">" | ">="; value: KeyTemplate }
  | { operator: "begins_with"; value: KeyTemplate }
  | { operator: "BETWEEN"; low: KeyTemplate; high: KeyTemplate };

export type AccessPatternOperation =
  | "GetItem"
  | "Query"
  | "Scan"
  | "PutItem"
  | "UpdateItem"
  | "DeleteItem"
  | "BatchGetItem"
  | "BatchWriteItem"
  | "TransactGetItems"
  | "TransactWriteItems";

export interface AccessPattern {
  /** A stable identifier, also the name of the function that implements it in the entry's code. */
  id: string;
  /** What the application needs, in its own words: "Get a customer's orders, newest first". */
  name: string;
  operation: AccessPatternOperation;
  table: string;
  index?: string;
  /** The entities the pattern reads or writes. */
  entities: string[];
  /** The key the operation addresses, written with the entities' key templates. */
  key?: { partition: KeyTemplate; sort?: SortKeyCondition };
  /** A FilterExpression the pattern applies after the key condition (documentation). */
  filter?: string;
  /** Query direction; defaults to ascending. */
  scanIndexForward?: boolean;
  /** Example arguments, used in the README and by the tests. */
  parameters?: Record<string, string | number | boolean>;
  notes?: string;
}

export interface DataModel {
  tables: TableModel[];
  entities: EntityModel[];
  accessPatterns: AccessPattern[];
}
