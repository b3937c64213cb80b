import type { Database } from "../database.js";
import { DynamoDBError, ValidationException } from "../errors/index.js";
import type { OperationHandler } from "../operation.js";
import type { AttributeValue } from "../values/attribute-value.js";
import type { ParsedStatement } from "./ast.js";
import { parseStatement } from "./parse-statement.js";
import { planRead, runRead, type ReadPlan } from "./plan-read.js";
import { planWrite, type WritePlan } from "./plan-write.js";
import { applyWrite, prepareWrite, type PreparedWrite } from "./run-write.js";
import { statementErrorCode } from "./statement-outcome.js";
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
 * (INSERT, UPDATE, DELETE and EXISTS checks), all-or-nothing. Every write is checked against the
 * current items before any is applied; one failure cancels the whole transaction with a reason
 * per statement, and nothing changes.
 */
export const executeTransaction: OperationHandler = (db, input) => {
  const requests = input.TransactStatements as Record<string, unknown>[];
  const parsed = requests.map((request, i) => inMember(i, () => parseStatement(request.Statement as string)));
  const reads = parsed.filter((p) => p.statement.kind === "select").length;
  if (reads > 0 && reads < parsed.length) throw new ValidationException(MIXED);
  const plans = parsed.map((p, i) => inMember(i, () => plan(db, p, requests[i]!)));
  checkDistinctItems(plans);
  const consistent = true;
  if (reads > 0) {
    const responses = plans.map(({ read }) => {
      const { item } = runRead(read!, consistent);
      return item ? { Item: item } : {};
    });
    return withCapacity({ Responses: responses }, input, plans, "read");
  }
  const prepared = plans.map(({ write }, i) =>
    prepareWrite(write!, requests[i]!.ReturnValuesOnConditionCheckFailure === "ALL_OLD"),
  );
  cancelIfAnyFailed(db, prepared);
  for (const write of prepared) applyWrite(write as PreparedWrite & { error?: undefined });
  // DynamoDB Local answers a write transaction with an empty Responses list.
  return withCapacity({ Responses: [] }, input, plans, "write");
};

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

function cancelIfAnyFailed(db: Database, prepared: PreparedWrite[]): void {
  const reasons: Record<string, unknown>[] = prepared.map((write) => {
    if (!write.error) return { Code: "None" };
    const reason: Record<string, unknown> = {
      Code: statementErrorCode(write.error),
      Message: write.error.message,
    };
    if (write.error.extra?.Item) reason.Item = write.error.extra.Item;
    return reason;
  });
  const conflictFraction = db.faults.transactionConflictFraction ?? 0;
  if (conflictFraction > 0 && db.random() < conflictFraction && reasons.every((r) => r.Code === "None")) {
    const victim = Math.floor(db.random() * reasons.length);
    reasons[victim] = { Code: "TransactionConflict", Message: "Transaction is ongoing for the item" };
  }
  if (reasons.every((reason) => reason.Code === "None")) return;
  const codes = reasons.map((reason) => reason.Code as string).join(", ");
  throw new DynamoDBError(
    "TransactionCanceledException",
    `Transaction cancelled, please refer cancellation reasons for specific reasons [${codes}]`,
    { extra: { CancellationReasons: reasons } },
  );
}

/** Transactional reads and writes cost twice their plain units, reported per table. */
function withCapacity(
  output: Record<string, unknown>,
  input: Record<string, unknown>,
  plans: Planned[],
  kind: "read" | "write",
): Record<string, unknown> {
  if (input.ReturnConsumedCapacity !== "TOTAL" && input.ReturnConsumedCapacity !== "INDEXES") return output;
  const units = new Map<string, number>();
  for (const planned of plans) {
    const target = planned.read ?? planned.write!;
    const stored = target.table.store.get(target.key.partition, target.key.sort);
    const size = stored?.size ?? 0;
    const cost =
      kind === "read" ? 2 * Math.max(1, Math.ceil(size / 4096)) : 2 * Math.max(1, Math.ceil(size / 1024));
    units.set(target.table.name, (units.get(target.table.name) ?? 0) + cost);
  }
  output.ConsumedCapacity = [...units].map(([TableName, total]) => ({
    TableName,
    CapacityUnits: total,
    [kind === "read" ? "ReadCapacityUnits" : "WriteCapacityUnits"]: total,
  }));
  return output;
}
