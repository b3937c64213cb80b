import { constraintViolations } from "../errors/index.js";
import { ViolationCollector, checkMembers } from "../validation/check-constraints.js";
import { checkSerialization } from "../validation/check-serialization.js";
import { TABLE_NAME } from "../validation/models/common-shapes.js";
import {
  enumeration,
  integer,
  optional,
  required,
  string,
  structure,
  type StructureShape,
} from "../validation/shape.js";

/**
 * The input models of the DynamoDB Streams operations, as its service model declares them. Limits
 * have only a minimum there: the maxima are checked by each operation with its own message.
 */

const STREAM_ARN = string({ min: 37, max: 1024 });
const SHARD_ID = string({ min: 28, max: 65 });
const SEQUENCE_NUMBER = string({ min: 21, max: 40 });
const POSITIVE_INTEGER = integer(1);

export const SHARD_ITERATOR_TYPES = [
  "TRIM_HORIZON",
  "LATEST",
  "AT_SEQUENCE_NUMBER",
  "AFTER_SEQUENCE_NUMBER",
] as const;
export type ShardIteratorType = (typeof SHARD_ITERATOR_TYPES)[number];

const STREAMS_INPUT_MODELS: Record<string, StructureShape> = {
  ListStreams: structure("ListStreamsInput", [
    optional("TableName", TABLE_NAME),
    optional("Limit", POSITIVE_INTEGER),
    optional("ExclusiveStartStreamArn", STREAM_ARN),
  ]),
  DescribeStream: structure("DescribeStreamInput", [
    required("StreamArn", STREAM_ARN),
    optional("Limit", POSITIVE_INTEGER),
    optional("ExclusiveStartShardId", SHARD_ID),
  ]),
  GetShardIterator: structure("GetShardIteratorInput", [
    required("StreamArn", STREAM_ARN),
    required("ShardId", SHARD_ID),
    required("ShardIteratorType", enumeration(SHARD_ITERATOR_TYPES)),
    optional("SequenceNumber", SEQUENCE_NUMBER),
  ]),
  GetRecords: structure("GetRecordsInput", [
    required("ShardIterator", string({ min: 1, max: 2048 })),
    optional("Limit", POSITIVE_INTEGER),
  ]),
};

/**
 * Checks a Streams request's JSON types (SerializationException) and member constraints (the
 * `N validation error(s) detected` envelope), as for the DynamoDB operations.
 */
export function validateStreamsRequest(operation: string, input: Record<string, unknown>): void {
  const shape = Object.hasOwn(STREAMS_INPUT_MODELS, operation) ? STREAMS_INPUT_MODELS[operation] : undefined;
  if (!shape) return;
  checkSerialization(input, shape);
  const collector = new ViolationCollector();
  checkMembers(input, shape, undefined, collector);
  if (collector.violations.length > 0) throw constraintViolations(collector.violations);
}
