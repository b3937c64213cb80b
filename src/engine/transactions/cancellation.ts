import { DynamoDBError } from "../errors/index.js";
import type { Item } from "../values/attribute-value.js";

/** One entry of CancellationReasons, positionally matching the request's actions. */
export interface CancellationReason {
  Code: string;
  Message?: string;
  Item?: Item;
}

export const NO_REASON: CancellationReason = Object.freeze({ Code: "None" });

export function conditionalCheckFailed(item: Item | undefined): CancellationReason {
  // DynamoDB Local ends this message with a period on a ConditionCheck action; DynamoDB does not.
  const reason: CancellationReason = {
    Code: "ConditionalCheckFailed",
    Message: "The conditional request failed",
  };
  if (item) reason.Item = item;
  return reason;
}

export function validationError(message: string): CancellationReason {
  return { Code: "ValidationError", Message: message };
}

export const TRANSACTION_CONFLICT: CancellationReason = Object.freeze({
  Code: "TransactionConflict",
  Message: "Transaction is ongoing for the item",
});

/**
 * The whole transaction was cancelled; nothing it asked for was applied. The message lists every
 * action's code in request order, and the wire body spells its message member `Message`.
 */
export class TransactionCanceledException extends DynamoDBError {
  readonly reasons: readonly CancellationReason[];

  constructor(reasons: readonly CancellationReason[]) {
    const codes = reasons.map((reason) => reason.Code).join(", ");
    super(
      "TransactionCanceledException",
      `Transaction cancelled, please refer cancellation reasons for specific reasons [${codes}]`,
      { extra: { CancellationReasons: reasons.map((reason) => ({ ...reason })) } },
    );
    this.reasons = reasons;
  }
}

/** A ClientRequestToken seen within the last ten minutes came back with a different request. */
export class IdempotentParameterMismatchException extends DynamoDBError {
  constructor() {
    super(
      "IdempotentParameterMismatchException",
      "Specified idempotent token was used with different request parameters within the idempotency window",
    );
  }
}

/** Cancels with `reason` at `position` and None everywhere else. */
export function cancelAt(
  count: number,
  position: number,
  reason: CancellationReason,
): TransactionCanceledException {
  const reasons = Array.from({ length: count }, (_, index) => (index === position ? reason : NO_REASON));
  return new TransactionCanceledException(reasons);
}

/**
 * Problems found in a value the request itself supplies (an empty key string, for one) are the
 * request's fault as a whole: DynamoDB refuses it with a top-level ValidationException instead
 * of a per-action ValidationError.
 */
export function isRequestLevelValidation(error: DynamoDBError): boolean {
  return (
    error.type !== "ValidationException" ||
    error.message.startsWith("One or more parameter values are not valid.")
  );
}
