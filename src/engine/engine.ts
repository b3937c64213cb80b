import { Database, type EngineOptions } from "./database.js";
import { DynamoDBError, InternalServerError, UnknownOperationException } from "./errors/index.js";
import type { OperationHandler } from "./operation.js";
import { OPERATIONS } from "./operations.js";
import { STREAM_OPERATIONS } from "./streams/operations.js";
import { validateStreamsRequest } from "./streams/request-models.js";
import { streamRegistryOf } from "./streams/stream-registry.js";
import type { StreamRecordsHandler, StreamSubscriptionOptions } from "./streams/subscriptions.js";
import { startTtlSweeper, sweepExpiredItems, type ExpiredItem } from "./ttl/sweep-expired-items.js";
import { validateRequest } from "./validation/validate-request.js";

/**
 * The engine's single entry point. Adapters (the HTTP server, the in-process SDK handler) call
 * `execute` with the operation name from `X-Amz-Target` and the parsed JSON body.
 */
export class Engine {
  readonly db: Database;
  private readonly stopTtlSweeper: (() => void) | undefined;

  constructor(options: EngineOptions = {}) {
    this.db = new Database(options);
    if (this.db.ttlSweepIntervalMs > 0) {
      this.stopTtlSweeper = startTtlSweeper(this.db, this.db.ttlSweepIntervalMs);
    }
  }

  /** Every operation the engine answers: DynamoDB's, then DynamoDB Streams'. */
  get operations(): string[] {
    return [...Object.keys(OPERATIONS), ...Object.keys(STREAM_OPERATIONS)];
  }

  /**
   * Runs one request. Throws only DynamoDBError; an engine bug surfaces as InternalServerError.
   * DynamoDB Streams operations are answered too (see `executeStreams`): their names do not clash
   * with DynamoDB's, and adapters keep the two target prefixes apart.
   *
   * Nothing is copied on the way in or out, which is what makes a call cheap: an item passed in
   * may be stored as it is, and items in an output are the stored objects themselves, shared with
   * every later read (the adapters also key cached JSON texts on them). Treat both as frozen: build
   * a new input for each call, and copy an output item before changing it.
   */
  execute(operation: string, input: Record<string, unknown>): Record<string, unknown> {
    if (Object.hasOwn(STREAM_OPERATIONS, operation)) return this.executeStreams(operation, input);
    const handler = Object.hasOwn(OPERATIONS, operation) ? OPERATIONS[operation] : undefined;
    if (!handler) throw new UnknownOperationException();
    return this.run(handler, input, validateRequest, operation);
  }

  /** Runs one DynamoDB Streams request (the operations under `DynamoDBStreams_20120810.`). */
  executeStreams(operation: string, input: Record<string, unknown>): Record<string, unknown> {
    const handler = Object.hasOwn(STREAM_OPERATIONS, operation) ? STREAM_OPERATIONS[operation] : undefined;
    if (!handler) throw new UnknownOperationException();
    return this.run(handler, input, validateStreamsRequest, operation);
  }

  /**
   * Deletes the items whose TTL has passed, now, instead of waiting for the background sweeper.
   * With a settable `clock` option this makes expiry deterministic in tests.
   *
   * @param now epoch milliseconds; the engine's clock by default.
   * @returns the tables and keys of the items deleted.
   */
  sweepExpiredItems(now?: number): ExpiredItem[] {
    return sweepExpiredItems(this.db, now);
  }

  /**
   * Calls `handler` with the records of every later change to the named table, in batches shaped
   * like the event a Lambda function subscribed to the table's stream receives (`{ Records }`).
   * The table needs a stream enabled (any view type: it decides which images the records carry).
   * Handlers run after the write has completed, never inside it, one batch at a time per
   * subscription (an async handler's batch is awaited before the next one is delivered).
   *
   * @example
   * const unsubscribe = engine.onStreamRecords("orders", async (event) => {
   *   for (const record of event.Records) await project(record);
   * });
   * @returns a function that ends the subscription.
   */
  onStreamRecords(
    tableName: string,
    handler: StreamRecordsHandler,
    options?: StreamSubscriptionOptions,
  ): () => void {
    return streamRegistryOf(this.db).subscriptions.subscribe(tableName, handler, options);
  }

  /** Resolves once every stream record written so far has been delivered to its subscribers. */
  streamRecordsDelivered(): Promise<void> {
    return streamRegistryOf(this.db).subscriptions.delivered();
  }

  /** Stops the engine's background work (the TTL sweeper). The data stays usable. */
  close(): void {
    this.stopTtlSweeper?.();
  }

  private run(
    handler: OperationHandler,
    input: Record<string, unknown>,
    validate: (operation: string, input: Record<string, unknown>) => void,
    operation: string,
  ): Record<string, unknown> {
    try {
      validate(operation, input);
      return handler(this.db, input);
    } catch (error) {
      if (error instanceof DynamoDBError) throw error;
      throw new InternalServerError(error instanceof Error ? error.message : String(error));
    }
  }
}
