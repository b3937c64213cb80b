import { readUnits, writeUnits, type ReturnConsumedCapacity } from "../capacity/consumed-capacity.js";
import type { Database } from "../database.js";
import { DynamoDBError, ResourceNotFoundException, ValidationException } from "../errors/index.js";
import {
  applyUpdate,
  assertKeyAttributesUntouched,
  evaluateCondition,
} from "../expressions/evaluate/index.js";
import { checkItemKeys, storageKeyFromKey, type StorageKey } from "../items/item-keys.js";
import { MAX_ITEM_BYTES } from "../items/put-item.js";
import { collectionSizeBytes, itemCollectionMetrics, writeItem } from "../items/write-item.js";
import type { StoredItem } from "../storage/item-store.js";
import type { Table } from "../tables/table.js";
import type { Item } from "../values/attribute-value.js";
import { itemSize } from "../values/size.js";
import {
  NO_REASON,
  TRANSACTION_CONFLICT,
  TransactionCanceledException,
  cancelAt,
  conditionalCheckFailed,
  isRequestLevelValidation,
  validationError,
  type CancellationReason,
} from "./cancellation.js";
import { TransactionCapacity } from "./transaction-capacity.js";
import type { WriteAction } from "./write-action.js";

/** A transaction's actions together may carry 4 MB. */
export const MAX_TRANSACTION_PAYLOAD_BYTES = 4 * 1024 * 1024;
const ITEM_COLLECTION_LIMIT_BYTES = 10 * 1024 * 1024 * 1024;
/** Every item in a transaction is touched twice: once to prepare, once to commit. */
const TRANSACTIONAL_FACTOR = 2;

export interface WriteTransactionOptions {
  returnConsumedCapacity?: ReturnConsumedCapacity;
  returnItemCollectionMetrics?: unknown;
}

export interface WriteTransactionResult {
  consumedCapacity: Record<string, unknown>[] | undefined;
  itemCollectionMetrics: Record<string, unknown[]> | undefined;
  /** Per action, the table and the size its table arm was charged on (for idempotent retries). */
  charged: { tableName: string; sizeBytes: number }[];
}

/** An action bound to its table and item, ready to be judged. */
interface Target {
  action: WriteAction;
  table: Table;
  key: StorageKey;
  /** The key attributes, as an item (Put: the key attributes of its item). */
  keyItem: Item;
}

/** What an action will do once every action has been judged. */
interface Decision {
  existing: StoredItem | undefined;
  next: StoredItem | undefined;
}

/**
 * Runs a write transaction whose actions are already prepared: checks them against their tables,
 * judges every condition against the current items, and only when every action can go ahead
 * applies them all. Any failure leaves every table exactly as it was. Synchronous, so nothing
 * else runs between the first read and the last write.
 */
export function runWriteTransaction(
  db: Database,
  actions: readonly WriteAction[],
  options: WriteTransactionOptions = {},
): WriteTransactionResult {
  let payload = 0;
  for (const action of actions) payload += action.payloadBytes;
  if (payload > MAX_TRANSACTION_PAYLOAD_BYTES) {
    throw new ValidationException(`Transaction payload size cannot exceed 4MB. Payload Size: ${payload}`);
  }
  const targets = resolveTargets(db, actions);
  if (shouldInjectConflict(db)) {
    throw cancelAt(actions.length, Math.floor(db.random() * actions.length), TRANSACTION_CONFLICT);
  }

  const reasons: CancellationReason[] = [];
  const decisions: Decision[] = [];
  let cancelled = false;
  for (const target of targets) {
    const judged = judge(target);
    if ("reason" in judged) {
      reasons.push(judged.reason);
      cancelled = true;
    } else {
      reasons.push(NO_REASON);
      decisions.push(judged);
    }
  }
  if (cancelled) throw new TransactionCanceledException(reasons);
  return apply(targets, decisions, options);
}

function shouldInjectConflict(db: Database): boolean {
  const fraction = db.faults.transactionConflictFraction ?? 0;
  return fraction > 0 && db.random() < fraction;
}

/**
 * The checks that need each action's table but no item: the table exists, the key matches its
 * schema, no two actions name one item, an update leaves the key alone. Key problems become the
 * action's ValidationError (DynamoDB reports only the first of them); an empty key value is the
 * request's own fault and fails it as a whole.
 */
function resolveTargets(db: Database, actions: readonly WriteAction[]): Target[] {
  const tables = actions.map((action) => db.tables.get(action.tableName));
  const targets: (Target | undefined)[] = [];
  let firstInvalid: { position: number; message: string } | undefined;
  actions.forEach((action, position) => {
    const table = tables[position];
    if (!table || table.status === "CREATING") {
      targets.push(undefined);
      return;
    }
    try {
      targets.push(bindTarget(action, table));
    } catch (error) {
      if (!(error instanceof DynamoDBError) || isRequestLevelValidation(error)) throw error;
      targets.push(undefined);
      firstInvalid ??= { position, message: error.message };
    }
  });

  const seen = new Set<string>();
  for (const target of targets) {
    if (!target) continue;
    const identity = `${target.table.name}\u0000${target.key.partition}\u0000${target.key.sort}`;
    if (seen.has(identity)) {
      throw new ValidationException("Transaction request cannot include multiple operations on one item");
    }
    seen.add(identity);
  }
  for (const table of tables) {
    if (!table || table.status === "CREATING") throw new ResourceNotFoundException();
  }
  if (firstInvalid) {
    throw cancelAt(actions.length, firstInvalid.position, validationError(firstInvalid.message));
  }
  return targets as Target[];
}

function bindTarget(action: WriteAction, table: Table): Target {
  if (action.kind === "Put") {
    const item = action.item!;
    const key = checkItemKeys(table, item);
    return { action, table, key, keyItem: keyAttributesOf(table, item) };
  }
  const key = storageKeyFromKey(table, action.key!);
  if (action.update) assertKeyAttributesUntouched(action.update, table.keyAttributeNames);
  return { action, table, key, keyItem: action.key! };
}

function keyAttributesOf(table: Table, item: Item): Item {
  const { partition, sort } = table.keySchema;
  const key: Item = { [partition.name]: item[partition.name]! };
  if (sort) key[sort.name] = item[sort.name]!;
  return key;
}

/** Reads the action's item and decides: go ahead with this new image, or cancel for this reason. */
function judge(target: Target): Decision | { reason: CancellationReason } {
  const { action, table, key } = target;
  const existing = table.store.get(key.partition, key.sort);
  if (action.condition && !evaluateCondition(action.condition, existing?.item)) {
    return { reason: conditionalCheckFailed(action.returnItemOnFailure ? existing?.item : undefined) };
  }
  // An update that cannot be applied to the item (an operand of the wrong type, say) fails the
  // whole request, as DynamoDB Local answers; only the checks of the resulting image are reasons.
  const image = candidateImage(target, existing);
  try {
    const next = image && checkedImage(target, image);
    if (next && exceedsCollectionLimit(table, key, existing, next)) {
      return { reason: { Code: "ItemCollectionSizeLimitExceeded", Message: "Collection size exceeded." } };
    }
    return { existing, next };
  } catch (error) {
    if (!(error instanceof DynamoDBError) || isRequestLevelValidation(error)) throw error;
    return { reason: validationError(error.message) };
  }
}

function candidateImage(target: Target, existing: StoredItem | undefined): Item | undefined {
  const { action } = target;
  switch (action.kind) {
    case "ConditionCheck":
      return existing?.item;
    case "Delete":
      return undefined;
    case "Put":
      return action.item;
    case "Update":
      // An update of a missing item starts from its key, as UpdateItem's upsert does.
      return applyUpdate(action.update!, existing?.item ?? target.keyItem, false);
  }
}

function checkedImage(target: Target, item: Item): StoredItem {
  const { action, table } = target;
  const size = itemSize(item);
  if (action.kind === "Update") {
    checkItemKeys(table, item);
    if (size > MAX_ITEM_BYTES) {
      throw new ValidationException("Item size to update has exceeded the maximum allowed size");
    }
  } else if (action.kind === "Put" && size > MAX_ITEM_BYTES) {
    throw new ValidationException("Item size has exceeded the maximum allowed size");
  }
  return { item, size };
}

function exceedsCollectionLimit(
  table: Table,
  key: StorageKey,
  existing: StoredItem | undefined,
  next: StoredItem,
): boolean {
  if (table.localIndexes.length === 0) return false;
  const current = collectionSizeBytes(table, key.partition);
  return current - (existing?.size ?? 0) + next.size > ITEM_COLLECTION_LIMIT_BYTES;
}

function apply(
  targets: readonly Target[],
  decisions: readonly Decision[],
  options: WriteTransactionOptions,
): WriteTransactionResult {
  const capacity = new TransactionCapacity("WriteCapacityUnits");
  const charged: WriteTransactionResult["charged"] = [];
  const written: Target[] = [];
  targets.forEach((target, position) => {
    const { existing, next } = decisions[position]!;
    const { action, table, key } = target;
    const sizeBytes = Math.max(existing?.size ?? 0, action.kind === "ConditionCheck" ? 0 : (next?.size ?? 0));
    // Only the table arm doubles; an index costs what the same write costs outside a transaction.
    capacity.addTable(table.name, TRANSACTIONAL_FACTOR * writeUnits(sizeBytes));
    charged.push({ tableName: table.name, sizeBytes });
    if (action.kind === "ConditionCheck" || (action.kind === "Delete" && !existing)) return;
    capacity.addIndexes(table.name, writeItem(table, key, next).indexUnits);
    written.push(target);
  });
  return {
    consumedCapacity: capacity.report(options.returnConsumedCapacity),
    itemCollectionMetrics: collectionMetrics(written, options.returnItemCollectionMetrics),
    charged,
  };
}

function collectionMetrics(written: readonly Target[], mode: unknown): Record<string, unknown[]> | undefined {
  if (mode !== "SIZE") return undefined;
  const byTable: Record<string, unknown[]> = {};
  let any = false;
  for (const { table, key, keyItem } of written) {
    const metrics = itemCollectionMetrics(table, mode, keyItem, key.partition);
    if (!metrics) continue;
    (byTable[table.name] ??= []).push(metrics);
    any = true;
  }
  return any ? byTable : undefined;
}

/**
 * What a retry with a completed transaction's token reports: DynamoDB reads the items again
 * instead of writing them, so the same items are charged as transactional reads.
 */
export function replayCapacity(
  charged: readonly { tableName: string; sizeBytes: number }[],
  mode: ReturnConsumedCapacity,
): Record<string, unknown>[] | undefined {
  const capacity = new TransactionCapacity("ReadCapacityUnits");
  for (const { tableName, sizeBytes } of charged) {
    capacity.addTable(tableName, TRANSACTIONAL_FACTOR * readUnits(sizeBytes, true));
  }
  return capacity.report(mode);
}
