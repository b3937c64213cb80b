import { DynamoDBError } from "./dynamodb-error.js";
import type { Item } from "../values/attribute-value.js";

/** Constructors for the exceptions the engine raises, named exactly as DynamoDB names them. */

export class ValidationException extends DynamoDBError {
  constructor(message: string) {
    super("ValidationException", message);
  }
}

export class SerializationException extends DynamoDBError {
  constructor(message: string) {
    super("SerializationException", message);
  }
}

export class UnknownOperationException extends DynamoDBError {
  constructor() {
    super("UnknownOperationException", "");
  }
}

export class ResourceNotFoundException extends DynamoDBError {
  constructor(message = "Requested resource not found") {
    super("ResourceNotFoundException", message);
  }
}

export class ResourceInUseException extends DynamoDBError {
  constructor(message: string) {
    super("ResourceInUseException", message);
  }
}

export class LimitExceededException extends DynamoDBError {
  constructor(message: string) {
    super("LimitExceededException", message);
  }
}

export class AccessDeniedException extends DynamoDBError {
  constructor(message: string) {
    super("AccessDeniedException", message);
  }
}

export class ConditionalCheckFailedException extends DynamoDBError {
  constructor(item?: Item) {
    super("ConditionalCheckFailedException", "The conditional request failed", {
      extra: item ? { Item: item } : undefined,
    });
  }
}

export class ItemCollectionSizeLimitExceededException extends DynamoDBError {
  constructor() {
    super("ItemCollectionSizeLimitExceededException", "Collection size exceeded.");
  }
}

export class InternalServerError extends DynamoDBError {
  constructor(message = "Internal server error") {
    super("InternalServerError", message, { statusCode: 500 });
  }
}

/** `1 validation error detected: ...` and `N validation errors detected: ...; ...` */
export function constraintViolations(violations: string[]): ValidationException {
  const count = violations.length;
  const head = count === 1 ? "1 validation error detected: " : `${count} validation errors detected: `;
  return new ValidationException(head + violations.join("; "));
}

/** `One or more parameter values were invalid: <detail>` */
export function invalidParameter(detail: string): ValidationException {
  return new ValidationException(`One or more parameter values were invalid: ${detail}`);
}
