import type { ReturnConsumedCapacity } from "../capacity/consumed-capacity.js";
import type { Database } from "../database.js";
import { ValidationException } from "../errors/index.js";
import type { BoundCondition } from "../expressions/evaluate/index.js";
import type { OperationHandler } from "../operation.js";
import { TransactionCanceledException } from "../transactions/cancellation.js";
import { transactGetItems } from "../transactions/transact-get-items.js";
import type { WriteAction } from "../transactions/write-action.js";
import { runWriteTransaction, type WriteTransactionResult } from "../transactions/write-transaction.js";
import type { AttributeValue, Item } from "../values/attribute-value.js";
import { itemSize } from "../values/size.js";
import type { ParsedStatement } from "./ast.js";
import { parseStatement } from "./parse-statement.js";
import { planRead, type ReadPlan } from "./plan-read.js";
import { planWrite, type WritePlan } from "./plan-write.js";
import { projectPaths } from "./projection.js";
import { DuplicateItemException } from "./statement-errors.js";
import { readParameters } from "./values.js";

const MIXED = "ExecuteTransaction API does not support both read and write operations in the same request.";
const SAME_ITEM = "Transaction request cannot include multiple operations on one item";
const SINGLE_READ = {
  notSingleItem:
    "Select statements within ExecuteTransaction must specify the primary key in the where clause.",
  onIndex: "Reads on indices are not supported within transactions.",
};

interface Planned {
  read?: ReadPlan;
  write?: WritePlan;
}

/**
 * ExecuteTransaction: up to 100 statements, all reads (each one item by full key) or all writes
 * (INSERT, UPDATE, DELETE and EXISTS checks), all-or-nothing. The statements become the actions
 * of TransactGetItems / TransactWriteItems and run through the same transaction code: every write
 * is judged against the current items before any is applied, and one failure cancels the whole
 * transaction with a reason per statement, changing nothing.
 */
export const executeTransaction: OperationHandler = (db, input) => {
  const requests = input.TransactStatements as Record<string, unknown>[];
  const parsed = requests.map((request, i) => inMember(i, () => parseStatement(request.Statement as string)));
  const reads = parsed.filter((p) => p.statement.kind === "select").length;
  if (reads > 0 && reads < parsed.length) throw new ValidationException(MIXED);
  const plans = parsed.map((p, i) => inMember(i, () => plan(db, p, requests[i]!)));
  checkDistinctItems(plans);
  if (reads > 0) {
    return runReads(
      db,
      input,
      plans.map(({ read }) => read!),
    );
  }
  const writes = plans.map(({ write }) => write!);
  const actions = writes.map((write, i) =>
    writeAction(write, requests[i]!.ReturnValuesOnConditionCheckFailure === "ALL_OLD"),
  );
  let result: WriteTransactionResult;
  try {
    result = runWriteTransaction(db, actions, {
      returnConsumedCapacity: input.ReturnConsumedCapacity as ReturnConsumedCapacity,
    });
  } catch (error) {
    throw error instanceof TransactionCanceledException ? withDuplicateItems(error, writes) : error;
  }
  // DynamoDB Local answers a write transaction with an empty Responses list.
  const output: Record<string, unknown> = { Responses: [] };
  if (result.consumedCapacity) output.ConsumedCapacity = result.consumedCapacity;
  return output;
};

/** Reads go through TransactGetItems by key; the SELECT list is applied to what it returns. */
function runReads(db: Database, input: Record<string, unknown>, reads: ReadPlan[]): Record<string, unknown> {
  const answer = transactGetItems(db, {
    TransactItems: reads.map((read) => ({ Get: { TableName: read.table.name, Key: read.keyItem } })),
    ReturnConsumedCapacity: input.ReturnConsumedCapacity,
  });
  const responses = (answer.Responses as { Item?: Item }[]).map((response, i) => {
    const projection = reads[i]!.projection;
    return response.Item && projection ? { Item: projectPaths(response.Item, projection) } : response;
  });
  const output: Record<string, unknown> = { Responses: responses };
  if (answer.ConsumedCapacity) output.ConsumedCapacity = answer.ConsumedCapacity;
  return output;
}

/** A statement's write as TransactWriteItems would have written it. */
function writeAction(plan: WritePlan, returnItemOnFailure: boolean): WriteAction {
  const base = { tableName: plan.table.name, returnItemOnFailure, payloadBytes: itemSize(plan.keyItem) };
  switch (plan.kind) {
    case "insert": {
      const absent: BoundCondition = {
        kind: "attribute_not_exists",
        path: [plan.table.keySchema.partition.name],
      };
      return { ...base, kind: "Put", item: plan.item, condition: absent, payloadBytes: itemSize(plan.item) };
    }
    case "update":
      return { ...base, kind: "Update", key: plan.keyItem, update: plan.update, condition: plan.condition };
    case "delete":
      return { ...base, kind: "Delete", key: plan.keyItem, condition: plan.condition };
    case "check":
      return { ...base, kind: "ConditionCheck", key: plan.keyItem, condition: plan.condition };
  }
}

/** An INSERT cancelled by its own condition found its key taken: DynamoDB reports DuplicateItem. */
function withDuplicateItems(
  error: TransactionCanceledException,
  writes: WritePlan[],
): TransactionCanceledException {
  const reasons = error.reasons.map((reason, i) =>
    writes[i]!.kind === "insert" && reason.Code === "ConditionalCheckFailed"
      ? { Code: "DuplicateItem", Message: new DuplicateItemException().message }
      : reason,
  );
  return new TransactionCanceledException(reasons);
}

function plan(db: Database, parsed: ParsedStatement, request: Record<string, unknown>): Planned {
  const parameters: AttributeValue[] = readParameters(request.Parameters, parsed.parameterCount);
  const { statement } = parsed;
  if (statement.kind === "select") return { read: planRead(db, statement, parameters, SINGLE_READ) };
  if ((statement.kind === "update" || statement.kind === "delete") && statement.returning !== undefined) {
    throw new ValidationException("RETURNING clause is not supported in ExecuteTransaction.");
  }
  return { write: planWrite(db, statement, parameters) };
}

/** A member's validation failure names the member: `Validation failed in TransactStatements[i]: ...`. */
function inMember<T>(index: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ValidationException) {
      throw new ValidationException(`Validation failed in TransactStatements[${index}]: ${error.message}`);
    }
    throw error;
  }
}

function checkDistinctItems(plans: Planned[]): void {
  const seen = new Set<string>();
  for (const planned of plans) {
    const target = planned.read ?? planned.write!;
    const id = JSON.stringify([target.table.name, target.key.partition, target.key.sort]);
    if (seen.has(id)) throw new ValidationException(SAME_ITEM);
    seen.add(id);
  }
}
