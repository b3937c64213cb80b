import { ValidationException } from "../errors/index.js";
import type { ItemStore } from "../storage/item-store.js";
import { keyAttributesOf, type KeySchema, type SecondaryIndex, type Table } from "../tables/table.js";

/** What a Query or Scan reads: the table itself, or one of its secondary indexes. */
export interface ReadTarget {
  table: Table;
  index: SecondaryIndex | undefined;
  store: ItemStore;
  keySchema: KeySchema;
  /** Attribute names of a LastEvaluatedKey / ExclusiveStartKey: the read key, then the table's. */
  startKeyNames: readonly string[];
  /** Reads on a global secondary index are always eventually consistent. */
  consistent: boolean;
}

export type ReadOperation = "Query" | "Scan";

/**
 * Resolves IndexName and checks ConsistentRead against it. DynamoDB Local words the GSI refusal
 * per operation ("Consistent read cannot be true when querying a GSI"); DynamoDB itself answers
 * with the one text used here.
 */
export function readTargetOf(table: Table, input: Record<string, unknown>): ReadTarget {
  const indexName = input.IndexName as string | undefined;
  const consistentRead = input.ConsistentRead === true;
  if (indexName === undefined || indexName === null) {
    return {
      table,
      index: undefined,
      store: table.store,
      keySchema: table.keySchema,
      startKeyNames: table.keyAttributeNames,
      consistent: consistentRead,
    };
  }
  const index = table.findIndex(indexName);
  // An index being deleted no longer answers reads (DynamoDB's text for that case is unverified).
  if (!index || index.status === "DELETING") {
    throw new ValidationException(`The table does not have the specified index: ${indexName}`);
  }
  if (index.kind === "global" && consistentRead) {
    throw new ValidationException("Consistent reads are not supported on global secondary indexes");
  }
  // DynamoDB Local answers reads of a backfilling index; DynamoDB refuses them.
  if (index.status === "CREATING") {
    throw new ValidationException(`Cannot read from backfilling global secondary index: ${index.name}`);
  }
  const startKeyNames = keyAttributesOf(index.keySchema).map((attribute) => attribute.name);
  for (const name of table.keyAttributeNames) if (!startKeyNames.includes(name)) startKeyNames.push(name);
  return {
    table,
    index,
    store: index.store,
    keySchema: index.keySchema,
    startKeyNames,
    consistent: consistentRead,
  };
}

/** Whether the index holds `name` for its items (an ALL index holds everything). */
export function indexProjects(target: ReadTarget, name: string): boolean {
  const index = target.index;
  if (!index || index.projection.ProjectionType === "ALL") return true;
  if (target.startKeyNames.includes(name)) return true;
  return (
    index.projection.ProjectionType === "INCLUDE" && (index.projection.NonKeyAttributes ?? []).includes(name)
  );
}
