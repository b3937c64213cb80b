import { Database, type EngineOptions } from "./database.js";
import { DynamoDBError, InternalServerError, UnknownOperationException } from "./errors/index.js";
import { OPERATIONS } from "./operations.js";
import { validateRequest } from "./validation/validate-request.js";

/**
 * The engine's single entry point. Adapters (the HTTP server, the in-process SDK handler) call
 * `execute` with the operation name from `X-Amz-Target` and the parsed JSON body.
 */
export class Engine {
  readonly db: Database;

  constructor(options: EngineOptions = {}) {
    this.db = new Database(options);
  }

  get operations(): string[] {
    return Object.keys(OPERATIONS);
  }

  /** Runs one request. Throws only DynamoDBError; an engine bug surfaces as InternalServerError. */
  execute(operation: string, input: Record<string, unknown>): Record<string, unknown> {
    const handler = Object.hasOwn(OPERATIONS, operation) ? OPERATIONS[operation] : undefined;
    if (!handler) throw new UnknownOperationException();
    try {
      validateRequest(operation, input);
      return handler(this.db, input);
    } catch (error) {
      if (error instanceof DynamoDBError) throw error;
      throw new InternalServerError(error instanceof Error ? error.message : String(error));
    }
  }
}
