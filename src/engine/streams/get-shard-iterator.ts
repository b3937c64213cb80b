import { invalidParameter } from "../errors/index.js";
import type { OperationHandler } from "../operation.js";
import type { ShardIteratorType } from "./request-models.js";
import { encodeShardIterator } from "./shard-iterator.js";
import { TrimmedDataAccessException, requireStream, shardNotFound } from "./stream-errors.js";
import { streamRegistryOf } from "./stream-registry.js";

const NEEDS_SEQUENCE_NUMBER = new Set<ShardIteratorType>(["AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER"]);

/**
 * GetShardIterator: a position in the stream's shard, valid for 15 minutes. TRIM_HORIZON starts at
 * the oldest retained record, LATEST after the newest, AT/AFTER_SEQUENCE_NUMBER at or after one.
 */
export const getShardIterator: OperationHandler = (db, input) => {
  const type = input.ShardIteratorType as ShardIteratorType;
  const sequenceNumber = input.SequenceNumber as string | undefined;
  if (NEEDS_SEQUENCE_NUMBER.has(type)) {
    if (sequenceNumber === undefined || !/^\d+$/u.test(sequenceNumber)) {
      throw invalidParameter("Invalid SequenceNumber");
    }
  } else if (sequenceNumber !== undefined) {
    throw invalidParameter("SequenceNumber should not be passed for this iterator type");
  }
  const stream = requireStream(streamRegistryOf(db), input.StreamArn as string);
  if (input.ShardId !== stream.shardId) throw shardNotFound();
  let position: number;
  if (type === "TRIM_HORIZON") position = stream.trimmedThrough + 1;
  else if (type === "LATEST") position = stream.lastSequence + 1;
  else {
    const sequence = sequenceValue(sequenceNumber!);
    if (stream.trimmedThrough >= stream.startingSequence && sequence <= stream.trimmedThrough) {
      throw new TrimmedDataAccessException();
    }
    position = type === "AT_SEQUENCE_NUMBER" ? sequence : sequence + 1;
  }
  const iterator = encodeShardIterator({
    streamArn: stream.arn,
    shardId: stream.shardId,
    position,
    issuedAt: db.clock(),
  });
  return { ShardIterator: iterator };
};

/** A sequence number as a position; one beyond every number the engine can issue reads nothing. */
function sequenceValue(digits: string): number {
  const value = BigInt(digits);
  return value >= BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER - 1 : Number(value);
}
