import { DynamoDBError, ValidationException } from "../errors/index.js";
import type { OperationHandler } from "../operation.js";
import type { ParsedStatement } from "./ast.js";
import { parseStatement } from "./parse-statement.js";
import { planRead, runRead, type ReadPlan } from "./plan-read.js";
import { planWrite, type WritePlan } from "./plan-write.js";
import { runWrite } from "./run-write.js";
import { statementError } from "./statement-outcome.js";
import { readParameters } from "./values.js";

const MIXED = "Read and write requests together in the same batch is not supported.";
const DUPLICATES = "Provided list of item keys contains duplicates";
const SINGLE_READ = {
  notSingleItem: "Only single item select is supported",
  onIndex: "Only single item select is supported",
};

interface Member {
  input: Record<string, unknown>;
  parsed?: ParsedStatement;
  read?: ReadPlan;
  write?: WritePlan;
  error?: unknown;
}

/**
 * BatchExecuteStatement: up to 25 single-item statements, all reads (each a GetItem by full key)
 * or all writes. Each statement succeeds or fails on its own and answers in its own position;
 * only mixing reads with writes, or naming one item twice, fails the whole request.
 */
export const batchExecuteStatement: OperationHandler = (db, input) => {
  const members: Member[] = (input.Statements as Record<string, unknown>[]).map((request) => {
    try {
      return { input: request, parsed: parseStatement(request.Statement as string) };
    } catch (error) {
      return { input: request, error };
    }
  });
  const kinds = new Set(members.flatMap((m) => (m.parsed ? [m.parsed.statement.kind === "select"] : [])));
  if (kinds.size > 1) throw new ValidationException(MIXED);

  for (const member of members) {
    if (!member.parsed) continue;
    try {
      const parameters = readParameters(member.input.Parameters, member.parsed.parameterCount);
      const { statement } = member.parsed;
      if (statement.kind === "select") member.read = planRead(db, statement, parameters, SINGLE_READ);
      else if (statement.kind === "exists") {
        throw new ValidationException("EXISTS can only be used in ExecuteTransaction write requests.");
      } else member.write = planWrite(db, statement, parameters);
    } catch (error) {
      member.error = error;
    }
  }
  checkDistinctItems(members);

  const capacity = new Map<string, number>();
  const charge = (tableName: string, units: number) =>
    capacity.set(tableName, (capacity.get(tableName) ?? 0) + units);
  const responses = members.map((member) => {
    if (member.read) {
      const { item, units } = runRead(member.read, member.input.ConsistentRead === true);
      charge(member.read.table.name, units);
      return item ? { TableName: member.read.table.name, Item: item } : { TableName: member.read.table.name };
    }
    if (member.write) {
      const tableName = member.write.table.name;
      try {
        const result = runWrite(member.write, {
          returnOldOnFailure: member.input.ReturnValuesOnConditionCheckFailure === "ALL_OLD",
          returnConsumedCapacity: "TOTAL",
        });
        charge(tableName, result.consumedCapacity?.CapacityUnits ?? 0);
        return result.items.length > 0
          ? { TableName: tableName, Item: result.items[0] }
          : { TableName: tableName };
      } catch (error) {
        if (!(error instanceof DynamoDBError)) throw error;
        return { TableName: tableName, Error: statementError(error) };
      }
    }
    if (member.error instanceof DynamoDBError) return { Error: statementError(member.error) };
    throw member.error;
  });
  const output: Record<string, unknown> = { Responses: responses };
  if (input.ReturnConsumedCapacity === "TOTAL" || input.ReturnConsumedCapacity === "INDEXES") {
    output.ConsumedCapacity = [...capacity].map(([TableName, CapacityUnits]) => ({
      TableName,
      CapacityUnits,
    }));
  }
  return output;
};

function checkDistinctItems(members: Member[]): void {
  const seen = new Set<string>();
  for (const member of members) {
    const plan = member.read ?? member.write;
    if (!plan) continue;
    const id = JSON.stringify([plan.table.name, plan.key.partition, plan.key.sort]);
    if (seen.has(id)) throw new ValidationException(DUPLICATES);
    seen.add(id);
  }
}
