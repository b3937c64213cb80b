import { DynamoDBError } from "../errors/index.js";

/**
 * The short codes batch and transaction responses use for a statement's failure (BatchStatementError
 * and CancellationReason), from the exception the statement raised.
 */
const CODES: Record<string, string> = {
  ValidationException: "ValidationError",
  ResourceNotFoundException: "ResourceNotFound",
  ConditionalCheckFailedException: "ConditionalCheckFailed",
  DuplicateItemException: "DuplicateItem",
  ItemCollectionSizeLimitExceededException: "ItemCollectionSizeLimitExceeded",
  ProvisionedThroughputExceededException: "ProvisionedThroughputExceeded",
  RequestLimitExceeded: "RequestLimitExceeded",
  ThrottlingException: "ThrottlingError",
  AccessDeniedException: "AccessDenied",
  TransactionConflictException: "TransactionConflict",
};

export function statementErrorCode(error: DynamoDBError): string {
  return CODES[error.type] ?? "InternalServerError";
}

/** `{Code, Message[, Item]}` for one failed statement; engine bugs become InternalServerError. */
export function statementError(error: unknown): Record<string, unknown> {
  if (!(error instanceof DynamoDBError))
    return { Code: "InternalServerError", Message: "Internal server error" };
  const result: Record<string, unknown> = { Code: statementErrorCode(error), Message: error.message };
  const item = error.extra?.Item;
  if (item) result.Item = item;
  return result;
}
