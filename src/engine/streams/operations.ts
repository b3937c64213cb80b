import type { OperationHandler } from "../operation.js";
import { describeStream } from "./describe-stream.js";
import { getRecords } from "./get-records.js";
import { getShardIterator } from "./get-shard-iterator.js";
import { listStreams } from "./list-streams.js";

/** The DynamoDB Streams operations, by the name that follows `DynamoDBStreams_20120810.` on the wire. */
export const STREAM_OPERATIONS: Record<string, OperationHandler> = {
  ListStreams: listStreams,
  DescribeStream: describeStream,
  GetShardIterator: getShardIterator,
  GetRecords: getRecords,
};
