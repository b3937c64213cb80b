import { invalidParameter } from "../errors/index.js";
import type { OperationHandler } from "../operation.js";
import { requireStream } from "./stream-errors.js";
import { streamRegistryOf } from "./stream-registry.js";

const MAX_LIMIT = 100;

/**
 * DescribeStream: the stream's status, view type, key schema and shards. Each stream has one
 * shard; a disabled stream's shard is closed and carries an EndingSequenceNumber.
 */
export const describeStream: OperationHandler = (db, input) => {
  const limit = (input.Limit as number | undefined) ?? MAX_LIMIT;
  if (limit > MAX_LIMIT) throw invalidParameter(`Limit cannot be greater than the maximum: ${MAX_LIMIT}`);
  const stream = requireStream(streamRegistryOf(db), input.StreamArn as string);
  const exclusiveStart = input.ExclusiveStartShardId as string | undefined;
  // Shards are listed in shard-id order; paging resumes after any id, listed or not.
  const shards = [stream.shardDescription()].filter(
    (shard) => exclusiveStart === undefined || (shard.ShardId as string) > exclusiveStart,
  );
  const page = shards.slice(0, limit);
  const description: Record<string, unknown> = {
    StreamArn: stream.arn,
    StreamLabel: stream.label,
    StreamStatus: stream.status,
    StreamViewType: stream.viewType,
    CreationRequestDateTime: stream.createdAt / 1000,
    TableName: stream.tableName,
    KeySchema: stream.keySchema.map((element) => ({ ...element })),
    Shards: page,
  };
  if (shards.length > page.length) description.LastEvaluatedShardId = page[page.length - 1]!.ShardId;
  return { StreamDescription: description };
};
