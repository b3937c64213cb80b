import { writeUnits, type ReturnConsumedCapacity } from "../capacity/consumed-capacity.js";
import type { Database } from "../database.js";
import { ValidationException } from "../errors/index.js";
import { checkItemKeys, storageKeyFromKey, type StorageKey } from "../items/item-keys.js";
import { MAX_ITEM_BYTES } from "../items/put-item.js";
import { itemCollectionMetrics, writeItem } from "../items/write-item.js";
import type { OperationHandler } from "../operation.js";
import type { Table } from "../tables/table.js";
import type { Item } from "../values/attribute-value.js";
import { normalizeItem } from "../values/normalize.js";
import { itemSize } from "../values/size.js";
import { BatchCapacity } from "./batch-capacity.js";
import { assertNoDuplicateStorageKeys } from "./duplicate-keys.js";
import { injectUnprocessed } from "./unprocessed-faults.js";

/** Writes one request may carry, over all its tables. */
export const MAX_BATCH_WRITE_REQUESTS = 25;

/** One WriteRequest, shape-checked by request validation. */
interface WriteRequestInput {
  PutRequest?: { Item: unknown } | null;
  DeleteRequest?: { Key: unknown } | null;
}

/** One write, validated: the item to store (a put) or the key to remove (a delete). */
type Write =
  | { kind: "put"; item: Item; size: number; key: StorageKey }
  | { kind: "delete"; keyItem: Item; key: StorageKey };

interface TableWrites {
  /** The name as the request spelled it: the key of UnprocessedItems and metrics. */
  requestName: string;
  table: Table;
  writes: Write[];
}

/**
 * BatchWriteItem: up to 25 puts and deletes over one or more tables. The batch is not atomic but
 * it is all-or-nothing on validation: every table, key, item and the no-two-writes-on-one-item
 * rule is checked before the first write, so a rejected batch changes nothing. Each write then
 * happens exactly as a PutItem or DeleteItem without condition would (indexes maintained in the
 * same step) and is charged like one: its own item rounded up to 1 KB (a put the larger of the
 * old and new item, a delete of a missing item one unit), plus its index writes.
 *
 * `UnprocessedItems` has the shape of RequestItems and is `{}` when every write was done. With
 * the `faults.unprocessedFraction` engine option (0..1), that share of writes, picked by the
 * engine's random source (seeded by `faults.seed`, so runs repeat exactly), is skipped and handed
 * back there instead, as DynamoDB does under throttling, so retry-with-backoff code can be
 * tested against it. `ItemCollectionMetrics` (with `ReturnItemCollectionMetrics: SIZE`) lists,
 * per table with local secondary indexes, each item collection the batch wrote to.
 */
export const batchWriteItem: OperationHandler = (db, input) => {
  const requestItems = input.RequestItems as Record<string, WriteRequestInput[]>;
  const batch = prepareWrites(db, requestItems);

  const unprocessed: Record<string, unknown[]> = {};
  const capacity = new BatchCapacity();
  const metrics: Record<string, unknown[]> = {};
  for (const { requestName, table, writes } of batch) {
    capacity.include(table.name);
    const collections = new Map<string, Item>();
    for (const write of writes) {
      if (injectUnprocessed(db)) {
        (unprocessed[requestName] ??= []).push(asWriteRequest(write));
        continue;
      }
      if (write.kind === "put") {
        const { previous, indexUnits } = writeItem(table, write.key, { item: write.item, size: write.size });
        capacity.charge(table.name, writeUnits(Math.max(write.size, previous?.size ?? 0)), indexUnits);
        collections.set(write.key.partition, write.item);
      } else {
        const existing = table.store.get(write.key.partition, write.key.sort);
        const { previous, indexUnits } = existing
          ? writeItem(table, write.key, undefined)
          : { previous: undefined, indexUnits: {} };
        // A missing item costs one unit, as DeleteItem; DynamoDB Local 1.25.1 charges two.
        capacity.charge(table.name, writeUnits(previous?.size ?? 0), indexUnits);
        collections.set(write.key.partition, write.keyItem);
      }
    }
    const tableMetrics = collectionMetrics(table, input.ReturnItemCollectionMetrics, collections);
    if (tableMetrics.length > 0) metrics[requestName] = tableMetrics;
  }

  const output: Record<string, unknown> = { UnprocessedItems: unprocessed };
  const consumed = capacity.report(input.ReturnConsumedCapacity as ReturnConsumedCapacity);
  if (consumed) output.ConsumedCapacity = consumed;
  if (Object.keys(metrics).length > 0) output.ItemCollectionMetrics = metrics;
  return output;
};

/**
 * Every check, before any write, in DynamoDB's order: the request count over all tables, each
 * request naming exactly one action, the attribute values, the tables, each put's and delete's
 * keys (and a put's index keys and size), then repeats of one item within a table.
 */
function prepareWrites(db: Database, requestItems: Record<string, WriteRequestInput[]>): TableWrites[] {
  const entries = Object.entries(requestItems);
  let requestCount = 0;
  for (const [, requests] of entries) requestCount += requests.length;
  if (requestCount > MAX_BATCH_WRITE_REQUESTS) {
    throw new ValidationException("Too many items requested for the BatchWriteItem call");
  }
  const normalized = entries.map(([requestName, requests]) => ({
    requestName,
    requests: requests.map(normalizeRequest),
  }));
  const tables = normalized.map(({ requestName }) => db.requireTable(requestName));
  return normalized.map(({ requestName, requests }, position) => {
    const table = tables[position]!;
    const writes = requests.map((request) => validateWrite(table, request));
    assertNoDuplicateStorageKeys(writes.map((write) => write.key));
    return { requestName, table, writes };
  });
}

type NormalizedRequest = { kind: "put"; item: Item } | { kind: "delete"; keyItem: Item };

function normalizeRequest(request: WriteRequestInput): NormalizedRequest {
  const put = request.PutRequest ?? undefined;
  const del = request.DeleteRequest ?? undefined;
  if ((put === undefined) === (del === undefined)) {
    // The wording DynamoDB Local 1.25.1 gives a WriteRequest with neither or both actions (the
    // service's text for a union without exactly one member set, shared with attribute values).
    throw new ValidationException(
      "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes",
    );
  }
  return put
    ? { kind: "put", item: normalizeItem(put.Item, { kind: "item" }) }
    : { kind: "delete", keyItem: normalizeItem(del!.Key, { kind: "key" }) };
}

/**
 * A put's table key is checked as a Key would be: inside a batch DynamoDB reports a missing or
 * wrongly typed table key attribute with the key-schema message, not PutItem's item-level text.
 * Index keys, empty key values and the item size are checked as PutItem checks them.
 */
function validateWrite(table: Table, request: NormalizedRequest): Write {
  if (request.kind === "delete") {
    return { kind: "delete", keyItem: request.keyItem, key: storageKeyFromKey(table, request.keyItem) };
  }
  const { item } = request;
  const key = storageKeyFromKey(table, tableKeyOf(table, item));
  checkItemKeys(table, item);
  const size = itemSize(item);
  if (size > MAX_ITEM_BYTES) throw new ValidationException("Item size has exceeded the maximum allowed size");
  return { kind: "put", item, size, key };
}

/** The table key attributes an item carries (those it lacks are simply absent). */
function tableKeyOf(table: Table, item: Item): Item {
  const key: Item = {};
  const { partition, sort } = table.keySchema;
  for (const attribute of sort ? [partition, sort] : [partition]) {
    const value = item[attribute.name];
    if (value !== undefined) key[attribute.name] = value;
  }
  return key;
}

function asWriteRequest(write: Write): Record<string, unknown> {
  return write.kind === "put"
    ? { PutRequest: { Item: write.item } }
    : { DeleteRequest: { Key: write.keyItem } };
}

/**
 * One entry per item collection written, measured after the batch's writes to the table.
 * (DynamoDB Local 1.25.1 never returns ItemCollectionMetrics; this follows the API reference.)
 */
function collectionMetrics(table: Table, mode: unknown, collections: Map<string, Item>): unknown[] {
  const entries: unknown[] = [];
  for (const [partition, item] of collections) {
    const entry = itemCollectionMetrics(table, mode, item, partition);
    if (entry) entries.push(entry);
  }
  return entries;
}
