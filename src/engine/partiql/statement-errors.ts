import { DynamoDBError, ValidationException } from "../errors/index.js";

/**
 * DynamoDB's answer to a statement its parser cannot read. DynamoDB names what it stumbled on
 * after the colon (or nothing, for text it cannot even split into tokens). DynamoDB Local
 * instead repeats the whole statement after the colon.
 */
export function notWellFormed(detail: string): ValidationException {
  return new ValidationException(`Statement wasn't well formed, can't be processed: ${detail}`);
}

export const UNEXPECTED_TERM = "Unexpected term";
export const UNEXPECTED_KEYWORD = "Unexpected keyword";
export const UNEXPECTED_OPERATOR = "Unexpected operator";
export const LEFTOVER_TOKEN = "Unexpected token after expression";
export const MISSING_RIGHT_OPERAND = "Missing right-hand side expression of infix operator";
export const EXPECTED_TABLE = "Expected identifier for simple path";
export const EXPECTED_STATEMENT = "Expected data manipulation";

export const MISSING_KEY_EQUALITY =
  "Where clause does not contain a mandatory equality on all key attributes";
export const PARAMETER_COUNT = "Number of parameters in request and statement don't match.";

export function multipleKeyConditions(name: string): ValidationException {
  return new ValidationException(
    `Multiple conditions on same key ${name}. Only single item Update/Insert/Delete are supported`,
  );
}

export function keyTypeMismatch(name: string): ValidationException {
  return new ValidationException(
    `Key attribute's data type should match its data type in table's schema: Key ${name}`,
  );
}

/**
 * INSERT of a key that already holds an item. The documented type is DuplicateItemException;
 * DynamoDB Local answers `DuplicateItem` instead.
 */
export class DuplicateItemException extends DynamoDBError {
  constructor() {
    super("DuplicateItemException", "Duplicate primary key exists in table");
  }
}
