import { Engine } from "../engine.js";
import { DynamoDBError } from "../errors/index.js";
import type { EngineOptions } from "../database.js";
import type { AttributeValue, Item } from "../values/attribute-value.js";
import type { StreamRecord } from "./stream-record.js";

/** Helpers the stream and TTL tests share: an engine on a clock the test moves by hand. */

export const START = Date.UTC(2026, 0, 1, 12, 0, 0, 0);

export class TestClock {
  now = START;
  readonly read = (): number => this.now;
  advance(ms: number): void {
    this.now += ms;
  }
}

export function testEngine(options: EngineOptions = {}): { engine: Engine; clock: TestClock } {
  const clock = new TestClock();
  return { engine: new Engine({ clock: clock.read, ...options }), clock };
}

export function createStreamTable(
  engine: Engine,
  name: string,
  viewType: string | null = "NEW_AND_OLD_IMAGES",
  withSortKey = false,
): string | undefined {
  const attributes = [{ AttributeName: "pk", AttributeType: "S" }];
  const keys = [{ AttributeName: "pk", KeyType: "HASH" }];
  if (withSortKey) {
    attributes.push({ AttributeName: "sk", AttributeType: "N" });
    keys.push({ AttributeName: "sk", KeyType: "RANGE" });
  }
  const output = engine.execute("CreateTable", {
    TableName: name,
    AttributeDefinitions: attributes,
    KeySchema: keys,
    BillingMode: "PAY_PER_REQUEST",
    ...(viewType ? { StreamSpecification: { StreamEnabled: true, StreamViewType: viewType } } : {}),
  });
  return (output.TableDescription as Record<string, unknown>).LatestStreamArn as string | undefined;
}

export function put(engine: Engine, table: string, item: Item): void {
  engine.execute("PutItem", { TableName: table, Item: item });
}

export function remove(engine: Engine, table: string, key: Item): void {
  engine.execute("DeleteItem", { TableName: table, Key: key });
}

export function shardIdOf(engine: Engine, streamArn: string): string {
  const output = engine.executeStreams("DescribeStream", { StreamArn: streamArn });
  const description = output.StreamDescription as { Shards: { ShardId: string }[] };
  return description.Shards[0]!.ShardId;
}

export function iteratorFor(
  engine: Engine,
  streamArn: string,
  type: string,
  sequenceNumber?: string,
): string {
  const output = engine.executeStreams("GetShardIterator", {
    StreamArn: streamArn,
    ShardId: shardIdOf(engine, streamArn),
    ShardIteratorType: type,
    ...(sequenceNumber === undefined ? {} : { SequenceNumber: sequenceNumber }),
  });
  return output.ShardIterator as string;
}

/** Every record of the stream from TRIM_HORIZON, through a copy as it would cross the wire. */
export function allRecords(engine: Engine, streamArn: string): StreamRecord[] {
  const output = engine.executeStreams("GetRecords", {
    ShardIterator: iteratorFor(engine, streamArn, "TRIM_HORIZON"),
  });
  return JSON.parse(JSON.stringify(output.Records)) as StreamRecord[];
}

export function errorOf(run: () => unknown): DynamoDBError {
  try {
    run();
  } catch (error) {
    if (error instanceof DynamoDBError) return error;
    throw error;
  }
  throw new Error("expected a DynamoDBError");
}

/** The string or number inside a scalar attribute value, for terse assertions. */
export function scalarOf(value: AttributeValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if ("S" in value) return value.S;
  if ("N" in value) return value.N;
  return undefined;
}

/** The `pk` key of a record's item. */
export function pkOf(record: StreamRecord): string | undefined {
  return scalarOf(record.dynamodb.Keys.pk);
}
