import type { ReturnConsumedCapacity } from "../capacity/consumed-capacity.js";
import type { OperationHandler } from "../operation.js";
import { IdempotentParameterMismatchException } from "./cancellation.js";
import { findCompleted, recordCompleted, requestSignature } from "./idempotency.js";
import { prepareWriteAction } from "./write-action.js";
import { replayCapacity, runWriteTransaction } from "./write-transaction.js";

export const transactWriteItems: OperationHandler = (db, input) => {
  // Every action's values and expressions are checked, in request order, before any table is.
  const actions = (input.TransactItems as Record<string, unknown>[]).map(prepareWriteAction);
  const mode = input.ReturnConsumedCapacity as ReturnConsumedCapacity;
  const token = input.ClientRequestToken as string | undefined;
  const signature = token === undefined ? undefined : requestSignature(input);
  if (token !== undefined) {
    const completed = findCompleted(db, token);
    if (completed) {
      if (completed.signature !== signature) throw new IdempotentParameterMismatchException();
      const output: Record<string, unknown> = {};
      const capacity = replayCapacity(completed.charged, mode);
      if (capacity) output.ConsumedCapacity = capacity;
      return output;
    }
  }

  const result = runWriteTransaction(db, actions, {
    returnConsumedCapacity: mode,
    returnItemCollectionMetrics: input.ReturnItemCollectionMetrics,
  });
  if (token !== undefined) recordCompleted(db, token, signature!, result.charged);

  const output: Record<string, unknown> = {};
  if (result.consumedCapacity) output.ConsumedCapacity = result.consumedCapacity;
  if (result.itemCollectionMetrics) output.ItemCollectionMetrics = result.itemCollectionMetrics;
  return output;
};
