import { readUnits, type ReturnConsumedCapacity } from "../capacity/consumed-capacity.js";
import { ValidationException } from "../errors/index.js";
import { bindRequestExpressions, projectItem, type BoundProjection } from "../expressions/evaluate/index.js";
import { checkParameterMixing, convertAttributesToGet } from "../expressions/legacy/index.js";
import { storageKeyFromKey, type StorageKey } from "../items/item-keys.js";
import type { OperationHandler } from "../operation.js";
import type { Table } from "../tables/table.js";
import type { Item } from "../values/attribute-value.js";
import { normalizeItem } from "../values/normalize.js";
import { BatchCapacity } from "./batch-capacity.js";
import { assertNoDuplicateKeys } from "./duplicate-keys.js";
import { injectUnprocessed } from "./unprocessed-faults.js";

/** Keys one request may name, over all its tables. */
export const MAX_BATCH_GET_KEYS = 100;

/** Item bytes one response may carry; the rest comes back as UnprocessedKeys. */
export const MAX_BATCH_GET_RESPONSE_BYTES = 16 * 1024 * 1024;

/** One table's entry of RequestItems (KeysAndAttributes), shape-checked by request validation. */
type KeysAndAttributes = Record<string, unknown> & { Keys: unknown[] };

interface TableRead {
  /** The name as the request spelled it: the key of Responses and UnprocessedKeys. */
  requestName: string;
  entry: KeysAndAttributes;
  keys: Item[];
  projection: BoundProjection | undefined;
  table?: Table;
  storageKeys?: StorageKey[];
}

/**
 * BatchGetItem: up to 100 keys over one or more tables, each table with its own projection and
 * consistency. Everything is validated before anything is read (key count, the expression and
 * legacy parameter rules, duplicate keys, unknown tables, key schemas); then each key is read like
 * a GetItem and charged like one (each item rounded up to 4 KB on its own, a missing item still
 * costing one unit, half for eventually consistent reads).
 *
 * `Responses` holds an entry, possibly empty, for every requested table, with its items in no
 * promised order. Keys not read come back in `UnprocessedKeys`, in the request's own shape
 * (the table's projection, names and consistency included) so it can be sent again as is:
 * - once the items read reach 16 MB, the remaining keys;
 * - with the `faults.unprocessedFraction` engine option (0..1), that share of keys picked by the
 *   engine's random source (seeded by `faults.seed`, so runs repeat exactly), to exercise the
 *   retry-with-backoff loop clients need against real DynamoDB.
 * `UnprocessedKeys` is `{}` when every key was read.
 */
export const batchGetItem: OperationHandler = (db, input) => {
  const requestItems = input.RequestItems as Record<string, KeysAndAttributes>;
  const reads = prepareReads(requestItems);
  // DynamoDB Local looks tables up (and answers `Cannot do operations on a non-existent table`)
  // before checking projections; DynamoDB validates the request first.
  for (const read of reads) read.table = db.requireTable(read.requestName);
  // Key-schema mismatches get GetItem's message, as in DynamoDB; DynamoDB Local answers `The number
  // of conditions on the keys is invalid` or `Type mismatch for key` here instead.
  for (const read of reads) read.storageKeys = read.keys.map((key) => storageKeyFromKey(read.table!, key));

  const responses: Record<string, Item[]> = {};
  const unprocessed: Record<string, KeysAndAttributes> = {};
  const capacity = new BatchCapacity();
  let responseBytes = 0;
  let sizeLimitReached = false;
  for (const read of reads) {
    const items: Item[] = [];
    responses[read.requestName] = items;
    capacity.include(read.table!.name);
    const consistent = read.entry.ConsistentRead === true;
    read.keys.forEach((key, position) => {
      if (sizeLimitReached || injectUnprocessed(db)) {
        addUnprocessedKey(unprocessed, read, key);
        return;
      }
      const { partition, sort } = read.storageKeys![position]!;
      const stored = read.table!.store.get(partition, sort);
      if (stored && responseBytes + stored.size > MAX_BATCH_GET_RESPONSE_BYTES) {
        sizeLimitReached = true;
        addUnprocessedKey(unprocessed, read, key);
        return;
      }
      // Projection does not reduce cost, nor the response budget: the whole item is read. A missing
      // item costs a read as in GetItem; DynamoDB Local 1.25.1 charges it nothing, which DynamoDB
      // does not (its charge for a missing key matches GetItem's).
      capacity.charge(read.table!.name, readUnits(stored?.size ?? 0, consistent));
      if (!stored) return;
      responseBytes += stored.size;
      items.push(read.projection ? projectItem(stored.item, read.projection) : stored.item);
    });
  }

  const output: Record<string, unknown> = { Responses: responses, UnprocessedKeys: unprocessed };
  const consumed = capacity.report(input.ReturnConsumedCapacity as ReturnConsumedCapacity);
  if (consumed) output.ConsumedCapacity = consumed;
  return output;
};

/**
 * The checks that need no table, in DynamoDB's order: the key count over all tables, key values,
 * duplicate keys within a table, then each table's projection parameters.
 */
function prepareReads(requestItems: Record<string, KeysAndAttributes>): TableRead[] {
  const entries = Object.entries(requestItems);
  let keyCount = 0;
  for (const [, entry] of entries) keyCount += entry.Keys.length;
  if (keyCount > MAX_BATCH_GET_KEYS) {
    throw new ValidationException("Too many items requested for the BatchGetItem call");
  }
  const reads: TableRead[] = entries.map(([requestName, entry]) => ({
    requestName,
    entry,
    keys: entry.Keys.map((key) => normalizeItem(key, { kind: "key" })),
    projection: undefined,
  }));
  for (const read of reads) assertNoDuplicateKeys(read.keys);
  checkProjectionStyleAcrossTables(entries.map(([, entry]) => entry));
  for (const read of reads) read.projection = prepareProjection(read.entry);
  return reads;
}

/**
 * One request speaks either expressions or legacy parameters: a ProjectionExpression on one table
 * and AttributesToGet on another is the same mixing error as both on one table.
 */
function checkProjectionStyleAcrossTables(entries: KeysAndAttributes[]): void {
  const expression = entries.find((entry) => present(entry.ProjectionExpression));
  const legacy = entries.find((entry) => present(entry.AttributesToGet));
  if (!expression || !legacy) return;
  checkParameterMixing("BatchGetItem", {
    ProjectionExpression: expression.ProjectionExpression,
    AttributesToGet: legacy.AttributesToGet,
  });
}

function prepareProjection(entry: KeysAndAttributes): BoundProjection | undefined {
  checkParameterMixing("BatchGetItem", entry);
  const attributesToGet = convertAttributesToGet({ AttributesToGet: entry.AttributesToGet }, "BatchGetItem");
  const bound = bindRequestExpressions({
    ProjectionExpression: attributesToGet ?? (entry.ProjectionExpression as string | undefined),
    ExpressionAttributeNames: entry.ExpressionAttributeNames as Record<string, string> | undefined,
  });
  return bound.projection;
}

function addUnprocessedKey(unprocessed: Record<string, KeysAndAttributes>, read: TableRead, key: Item): void {
  let entry = unprocessed[read.requestName];
  if (!entry) {
    entry = { ...withoutKeys(read.entry), Keys: [] };
    unprocessed[read.requestName] = entry;
  }
  entry.Keys.push(key);
}

/** The table's request members other than Keys, as sent (absent and null members left out). */
function withoutKeys(entry: KeysAndAttributes): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const [member, value] of Object.entries(entry)) {
    if (member !== "Keys" && present(value)) rest[member] = value;
  }
  return rest;
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}
