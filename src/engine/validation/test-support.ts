import { DynamoDBError } from "../errors/index.js";
import { validateRequest } from "./validate-request.js";

/** The exception validateRequest throws for a request, as `{ type, message }`; fails if none. */
export function rejection(
  operation: string,
  input: Record<string, unknown>,
): { type: string; message: string } {
  try {
    validateRequest(operation, input);
  } catch (error) {
    if (error instanceof DynamoDBError) return { type: error.type, message: error.message };
    throw error;
  }
  throw new Error(`${operation} passed validation: ${JSON.stringify(input)}`);
}

/** The message of the ValidationException validateRequest throws for a request. */
export function validationMessage(operation: string, input: Record<string, unknown>): string {
  const { type, message } = rejection(operation, input);
  if (type !== "ValidationException")
    throw new Error(`expected ValidationException, got ${type}: ${message}`);
  return message;
}

export const VALID_KEY_SCHEMA = [{ AttributeName: "pk", KeyType: "HASH" }];
export const VALID_ATTRIBUTE_DEFINITIONS = [{ AttributeName: "pk", AttributeType: "S" }];
