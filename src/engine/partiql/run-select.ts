import { consumedCapacity, readUnits, type ReturnConsumedCapacity } from "../capacity/consumed-capacity.js";
import type { Database } from "../database.js";
import { ValidationException, invalidParameter } from "../errors/index.js";
import { evaluateCondition, type BoundCondition } from "../expressions/evaluate/index.js";
import { storageKeyOf } from "../items/item-keys.js";
import { conditionPaths } from "../reads/target-checks.js";
import type { ItemStore, StoredItem } from "../storage/item-store.js";
import {
  isCompositeKeySchema,
  keyAttributesOf,
  type KeySchema,
  type SecondaryIndex,
  type Table,
} from "../tables/table.js";
import type { AttributeValue, Item } from "../values/attribute-value.js";
import { encodeKeyValue } from "../values/key-encoding.js";
import type { Expr, PathSteps, SelectStatement } from "./ast.js";
import { allOf, checkKeyOperands, conditionOf, conjunctsOf, equalityOn, mentions } from "./conditions.js";
import { checkDistinctPaths, projectPaths } from "./projection.js";

/** A read stops once it has looked at this much data, as Query and Scan do. */
const PAGE_BYTES = 1024 * 1024;

export interface SelectOptions {
  consistentRead: boolean;
  limit: number | undefined;
  nextToken: string | undefined;
  returnConsumedCapacity: unknown;
}

export interface SelectResult {
  items: Item[];
  nextToken?: string;
  consumedCapacity?: ReturnType<typeof consumedCapacity>;
}

interface Source {
  table: Table;
  index: SecondaryIndex | undefined;
  keySchema: KeySchema;
  store: ItemStore;
}

/**
 * SELECT: a Query of one partition when the WHERE pins the partition key with an equality at its
 * top level, otherwise a Scan; every other condition filters. Conditions on the sort key bound the
 * read (items outside them are not read, so they count neither toward Limit nor toward the 1 MB
 * page); the rest filter items that were read.
 */
export function runSelect(
  db: Database,
  statement: SelectStatement,
  parameters: AttributeValue[],
  options: SelectOptions,
): SelectResult {
  if (statement.projection) checkDistinctPaths(statement.projection);
  const source = resolveSource(db, statement, options.consistentRead);
  const conjuncts = conjunctsOf(statement.where);
  const partitionName = source.keySchema.partition.name;
  const sortName = source.keySchema.sort?.name;
  // An index key composed of several attributes is not planned as a key read: its SELECTs scan.
  const partitionMatch = isCompositeKeySchema(source.keySchema)
    ? undefined
    : conjuncts.find((expr) => equalityOn(expr, partitionName, parameters) !== undefined);
  const keyConjuncts = partitionMatch
    ? conjuncts.filter(
        (expr) => expr === partitionMatch || (sortName !== undefined && onlyAbout(expr, sortName)),
      )
    : [];
  const filterConjuncts = conjuncts.filter((expr) => !keyConjuncts.includes(expr));
  for (const expr of keyConjuncts) {
    const { partition, sort } = source.keySchema;
    checkKeyOperands(expr, expr === partitionMatch ? partition : sort!, parameters);
  }
  const keyCondition = allOf(keyConjuncts.map((expr) => conditionOf(expr, parameters)));
  const filter = allOf(filterConjuncts.map((expr) => conditionOf(expr, parameters)));
  checkIndexProjects(source, statement.projection, filter);

  const start = decodeNextToken(options.nextToken);
  let entries: Iterable<{ partition: string; sort: string; stored: StoredItem }>;
  if (partitionMatch) {
    const partition = encodeKeyValue(equalityOn(partitionMatch, partitionName, parameters)!);
    if (start && start.partition !== partition) throw new ValidationException("Invalid NextToken");
    entries = partitionEntries(source.store, partition, !statement.descending, start?.sort);
  } else {
    entries = source.store.scan(start ? { exclusiveStart: start } : {});
  }
  return collect(source, entries, { keyCondition, filter, statement, options });
}

function collect(
  source: Source,
  entries: Iterable<{ partition: string; sort: string; stored: StoredItem }>,
  context: {
    keyCondition: BoundCondition | undefined;
    filter: BoundCondition | undefined;
    statement: SelectStatement;
    options: SelectOptions;
  },
): SelectResult {
  const { keyCondition, filter, statement, options } = context;
  const items: Item[] = [];
  let bytes = 0;
  let evaluated = 0;
  let last: { partition: string; sort: string } | undefined;
  let more = false;
  for (const entry of entries) {
    if (evaluated === options.limit || bytes >= PAGE_BYTES) {
      more = true;
      break;
    }
    const item = fullItem(source, entry.stored.item);
    if (keyCondition && !evaluateCondition(keyCondition, item)) continue;
    evaluated++;
    bytes += entry.stored.size;
    last = { partition: entry.partition, sort: entry.sort };
    if (filter && !evaluateCondition(filter, item)) continue;
    items.push(statement.projection ? projectPaths(item, statement.projection) : item);
  }
  const result: SelectResult = { items };
  // A page cut short by Limit hands back a token even when nothing follows, as DynamoDB does.
  if (last && (more || evaluated === options.limit)) result.nextToken = encodeNextToken(last);
  const units = readUnits(bytes, options.consistentRead);
  const capacity = consumedCapacity(
    options.returnConsumedCapacity as ReturnConsumedCapacity,
    source.index
      ? {
          tableName: source.table.name,
          table: 0,
          [source.index.kind === "global" ? "globalIndexes" : "localIndexes"]: { [source.index.name]: units },
        }
      : { tableName: source.table.name, table: units },
  );
  if (capacity) result.consumedCapacity = capacity;
  return result;
}

function resolveSource(db: Database, statement: SelectStatement, consistentRead: boolean): Source {
  const table = db.requireTable(statement.target.table);
  const indexName = statement.target.index;
  if (indexName === undefined)
    return { table, index: undefined, keySchema: table.keySchema, store: table.store };
  const index = table.indexes.find((candidate) => candidate.name === indexName);
  if (!index) throw new ValidationException("The table does not have the specified index");
  if (index.kind === "global" && consistentRead) {
    throw new ValidationException("Strongly consistent read is not supported on Global Secondary Indexes");
  }
  return { table, index, keySchema: index.keySchema, store: index.store };
}

/**
 * What an index read may name: a global index refuses attributes it does not hold; a local one
 * answers from the table for projected attributes, but not for filter attributes.
 */
function checkIndexProjects(
  source: Source,
  projection: PathSteps[] | undefined,
  filter: BoundCondition | undefined,
): void {
  const index = source.index;
  if (!index || index.projection.ProjectionType === "ALL") return;
  const held = new Set([
    ...source.table.keyAttributeNames,
    ...keyAttributesOf(index.keySchema).map((attribute) => attribute.name),
  ]);
  if (index.projection.ProjectionType === "INCLUDE") {
    for (const name of index.projection.NonKeyAttributes ?? []) held.add(name);
  }
  const missing = (paths: readonly (readonly (string | number)[])[]) =>
    [...new Set(paths.map((path) => path[0] as string).filter((name) => !held.has(name)))].sort();
  const unprojected = missing(projection ?? []);
  if (unprojected.length > 0 && index.kind === "global") {
    throw invalidParameter(
      `Global secondary index ${index.name} does not project [${unprojected.join(", ")}]`,
    );
  }
  const unfiltered = filter ? missing(conditionPaths(filter)) : [];
  if (unfiltered.length > 0) {
    throw invalidParameter(
      `Secondary index ${index.name} does not project one or more filter attributes: [${unfiltered.join(", ")}]`,
    );
  }
}

/** A local index that does not project everything answers with the table's item, as Query does. */
function fullItem(source: Source, item: Item): Item {
  const index = source.index;
  if (!index || index.kind !== "local" || index.projection.ProjectionType === "ALL") return item;
  const key = storageKeyOf(source.table, item);
  return source.table.store.get(key.partition, key.sort)?.item ?? item;
}

function* partitionEntries(
  store: ItemStore,
  partition: string,
  forward: boolean,
  exclusiveStart: string | undefined,
): Generator<{ partition: string; sort: string; stored: StoredItem }> {
  for (const [sort, stored] of store.query(partition, { forward, exclusiveStart })) {
    yield { partition, sort, stored };
  }
}

/** Whether a conjunct reads only the sort key, so it bounds the read rather than filtering. */
function onlyAbout(expr: Expr, sortName: string): boolean {
  const usesSortKey = mentions(expr, sortName);
  if (!usesSortKey) return false;
  switch (expr.kind) {
    case "compare":
      return isSortPath(expr.left, sortName) !== isSortPath(expr.right, sortName) && expr.operator !== "<>";
    case "between":
      return isSortPath(expr.operand, sortName);
    case "call":
      return expr.name === "begins_with" && expr.args.length === 2 && isSortPath(expr.args[0]!, sortName);
    default:
      return false;
  }
}

function isSortPath(expr: Expr, sortName: string): boolean {
  return expr.kind === "path" && expr.steps.length === 1 && expr.steps[0] === sortName;
}

function encodeNextToken(position: { partition: string; sort: string }): string {
  return Buffer.from(JSON.stringify({ p: position.partition, s: position.sort }), "utf8").toString("base64");
}

function decodeNextToken(token: string | undefined): { partition: string; sort: string } | undefined {
  if (token === undefined) return undefined;
  try {
    const decoded = JSON.parse(Buffer.from(token, "base64").toString("utf8")) as unknown;
    if (
      typeof decoded === "object" &&
      decoded !== null &&
      typeof (decoded as { p?: unknown }).p === "string" &&
      typeof (decoded as { s?: unknown }).s === "string"
    ) {
      return { partition: (decoded as { p: string }).p, sort: (decoded as { s: string }).s };
    }
  } catch {
    // falls through to DynamoDB's answer for a token it did not issue
  }
  throw new ValidationException("Invalid NextToken");
}
