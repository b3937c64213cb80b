import { ValidationException } from "../errors/index.js";
import type { OperationHandler } from "../operation.js";
import { parseStatement } from "./parse-statement.js";
import { planWrite } from "./plan-write.js";
import { runSelect } from "./run-select.js";
import { runWrite } from "./run-write.js";
import { readParameters } from "./values.js";

/**
 * ExecuteStatement: one PartiQL statement. SELECT reads through a Query or a Scan (with Limit,
 * NextToken and ConsistentRead); INSERT, UPDATE and DELETE are single-item writes through the
 * same write path as PutItem, UpdateItem and DeleteItem.
 */
export const executeStatement: OperationHandler = (db, input) => {
  const { statement, parameterCount } = parseStatement(input.Statement as string);
  const parameters = readParameters(input.Parameters, parameterCount);
  if (statement.kind === "select") {
    const result = runSelect(db, statement, parameters, {
      consistentRead: input.ConsistentRead === true,
      limit: input.Limit as number | undefined,
      nextToken: input.NextToken as string | undefined,
      returnConsumedCapacity: input.ReturnConsumedCapacity,
    });
    const output: Record<string, unknown> = { Items: result.items };
    if (result.nextToken !== undefined) output.NextToken = result.nextToken;
    if (result.consumedCapacity) output.ConsumedCapacity = result.consumedCapacity;
    return output;
  }
  if (statement.kind === "exists") {
    throw new ValidationException("EXISTS can only be used in ExecuteTransaction write requests.");
  }
  const result = runWrite(planWrite(db, statement, parameters), {
    returnOldOnFailure: input.ReturnValuesOnConditionCheckFailure === "ALL_OLD",
    returnConsumedCapacity: input.ReturnConsumedCapacity,
  });
  const output: Record<string, unknown> = { Items: result.items };
  if (result.consumedCapacity) output.ConsumedCapacity = result.consumedCapacity;
  return output;
};
