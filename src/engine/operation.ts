import type { Database } from "./database.js";

/**
 * One DynamoDB operation: takes the request body (already shape-checked by validation) and the
 * database, returns the response body. Synchronous so that every operation is atomic.
 */
export type OperationHandler = (db: Database, input: Record<string, unknown>) => Record<string, unknown>;
