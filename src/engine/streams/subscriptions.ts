import type { StreamRecord } from "./stream-record.js";

/** A stream record as a DynamoDB Streams event source hands it to a Lambda function. */
export interface StreamEventRecord extends StreamRecord {
  /** The ARN of the stream the record was read from. */
  eventSourceARN: string;
}

/** The event a Lambda function subscribed to a table's stream receives. */
export interface StreamEvent {
  Records: StreamEventRecord[];
}

export type StreamRecordsHandler = (event: StreamEvent) => void | Promise<void>;

export interface StreamSubscriptionOptions {
  /** Most records per event; default 100, as for a Lambda event source mapping. */
  batchSize?: number;
  /**
   * Called when the handler throws or rejects; the batch is then dropped and delivery goes on.
   * Without it the error is rethrown outside the write, so a test runner reports it.
   */
  onError?: (error: unknown, event: StreamEvent) => void;
}

const DEFAULT_BATCH_SIZE = 100;

class Subscription {
  private readonly pending: StreamEventRecord[] = [];
  private draining: Promise<void> | undefined;
  active = true;

  constructor(
    private readonly handler: StreamRecordsHandler,
    private readonly batchSize: number,
    private readonly onError: StreamSubscriptionOptions["onError"],
  ) {}

  /** Queues a record and starts delivery after the current synchronous step has finished. */
  push(record: StreamEventRecord): void {
    this.pending.push(record);
    if (!this.draining) {
      this.draining = new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => this.drain());
    }
  }

  /** The delivery under way, if any; it ends once the queue is empty. */
  get delivery(): Promise<void> | undefined {
    return this.draining;
  }

  private async drain(): Promise<void> {
    while (this.active && this.pending.length > 0) {
      // A copy: the handler may keep or change what it receives without touching the table.
      const event: StreamEvent = { Records: structuredClone(this.pending.splice(0, this.batchSize)) };
      try {
        await this.handler(event);
      } catch (error) {
        if (this.onError) this.onError(error, event);
        else
          queueMicrotask(() => {
            throw error;
          });
      }
    }
    this.draining = undefined;
  }
}

/** In-process subscribers to tables' streams, keyed by table name. */
export class StreamSubscriptions {
  private readonly byTable = new Map<string, Set<Subscription>>();

  subscribe(
    tableName: string,
    handler: StreamRecordsHandler,
    options: StreamSubscriptionOptions = {},
  ): () => void {
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(batchSize) || batchSize < 1) {
      throw new RangeError(`batchSize must be a positive integer, got ${String(options.batchSize)}`);
    }
    const subscription = new Subscription(handler, batchSize, options.onError);
    let set = this.byTable.get(tableName);
    if (!set) this.byTable.set(tableName, (set = new Set()));
    set.add(subscription);
    return () => {
      subscription.active = false;
      set.delete(subscription);
      if (set.size === 0 && this.byTable.get(tableName) === set) this.byTable.delete(tableName);
    };
  }

  /** Whether anyone listens to this table: lets writers skip building event records. */
  has(tableName: string): boolean {
    return this.byTable.has(tableName);
  }

  publish(tableName: string, streamArn: string, record: StreamRecord): void {
    const set = this.byTable.get(tableName);
    if (!set) return;
    for (const subscription of set) subscription.push({ ...record, eventSourceARN: streamArn });
  }

  /** Resolves once every record published so far has been handed to its handlers. */
  async delivered(): Promise<void> {
    for (;;) {
      const deliveries: Promise<void>[] = [];
      for (const set of this.byTable.values()) {
        for (const subscription of set) if (subscription.delivery) deliveries.push(subscription.delivery);
      }
      if (deliveries.length === 0) return;
      await Promise.all(deliveries);
    }
  }
}
