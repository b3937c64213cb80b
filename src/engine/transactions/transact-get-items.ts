import { readUnits, type ReturnConsumedCapacity } from "../capacity/consumed-capacity.js";
import type { Database } from "../database.js";
import { DynamoDBError, ResourceNotFoundException, ValidationException } from "../errors/index.js";
import { bindRequestExpressions, projectItem, type BoundProjection } from "../expressions/evaluate/index.js";
import { storageKeyFromKey, type StorageKey } from "../items/item-keys.js";
import type { OperationHandler } from "../operation.js";
import type { Table } from "../tables/table.js";
import type { Item } from "../values/attribute-value.js";
import { normalizeItem } from "../values/normalize.js";
import { TRANSACTION_CONFLICT, cancelAt, isRequestLevelValidation, validationError } from "./cancellation.js";
import { TransactionCapacity } from "./transaction-capacity.js";

interface GetAction {
  tableName: string;
  key: Item;
  projection: BoundProjection | undefined;
}

interface GetTarget {
  action: GetAction;
  table: Table;
  key: StorageKey;
}

/** Transactional reads cost twice a strongly consistent read. */
const TRANSACTIONAL_FACTOR = 2;

export const transactGetItems: OperationHandler = (db, input) => {
  const actions = (input.TransactItems as { Get: Record<string, unknown> }[]).map(({ Get }) =>
    prepareGet(Get),
  );
  const targets = resolveTargets(db, actions);
  const fraction = db.faults.transactionConflictFraction ?? 0;
  if (fraction > 0 && db.random() < fraction) {
    throw cancelAt(actions.length, Math.floor(db.random() * actions.length), TRANSACTION_CONFLICT);
  }

  const capacity = new TransactionCapacity("ReadCapacityUnits");
  const responses = targets.map(({ action, table, key }) => {
    const stored = table.store.get(key.partition, key.sort);
    // A missing item is still read, and a projection does not make the read cheaper.
    capacity.addTable(table.name, TRANSACTIONAL_FACTOR * readUnits(stored?.size ?? 0, true));
    if (!stored) return {};
    return { Item: action.projection ? projectItem(stored.item, action.projection) : stored.item };
  });

  const output: Record<string, unknown> = {};
  const consumed = capacity.report(input.ReturnConsumedCapacity as ReturnConsumedCapacity);
  if (consumed) output.ConsumedCapacity = consumed;
  output.Responses = responses;
  return output;
};

function prepareGet(get: Record<string, unknown>): GetAction {
  const key = normalizeItem(get.Key, { kind: "key" });
  const bound = bindRequestExpressions({
    ProjectionExpression: get.ProjectionExpression as string | undefined,
    ExpressionAttributeNames: get.ExpressionAttributeNames as Record<string, string> | undefined,
  });
  return { tableName: get.TableName as string, key, projection: bound.projection };
}

/**
 * Tables and keys, in DynamoDB's order: an empty key value fails the request, a duplicate item
 * fails it, a missing table fails it; a key that does not fit its table's schema cancels the
 * transaction with a ValidationError on the first such Get.
 */
function resolveTargets(db: Database, actions: readonly GetAction[]): GetTarget[] {
  const targets: (GetTarget | undefined)[] = [];
  let missingTable = false;
  let firstInvalid: { position: number; message: string } | undefined;
  actions.forEach((action, position) => {
    const table = db.tables.get(action.tableName);
    if (!table || table.status === "CREATING") {
      missingTable = true;
      targets.push(undefined);
      return;
    }
    try {
      targets.push({ action, table, key: storageKeyFromKey(table, action.key) });
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
  if (missingTable) throw new ResourceNotFoundException();
  if (firstInvalid) {
    throw cancelAt(actions.length, firstInvalid.position, validationError(firstInvalid.message));
  }
  return targets as GetTarget[];
}
