import { invalidParameter } from "../errors/index.js";
import type { OperationHandler } from "../operation.js";
import { ITERATOR_LIFETIME_MS, decodeShardIterator, encodeShardIterator } from "./shard-iterator.js";
import {
  ExpiredIteratorException,
  TrimmedDataAccessException,
  shardNotFound,
  streamNotFound,
} from "./stream-errors.js";
import { streamRegistryOf } from "./stream-registry.js";

const MAX_LIMIT = 1000;

/**
 * GetRecords: up to `Limit` records (default and most 1,000, and at most 1 MB) from the iterator's
 * position, and the iterator for the next call. A closed shard read to its end has no next
 * iterator; an open one always does, even when no record is waiting.
 */
export const getRecords: OperationHandler = (db, input) => {
  const limit = (input.Limit as number | undefined) ?? MAX_LIMIT;
  if (limit > MAX_LIMIT) throw invalidParameter(`Limit should be less than or equal to ${MAX_LIMIT}`);
  const iterator = decodeShardIterator(input.ShardIterator as string);
  const now = db.clock();
  if (now - iterator.issuedAt > ITERATOR_LIFETIME_MS) throw new ExpiredIteratorException();
  const registry = streamRegistryOf(db);
  registry.expire(now);
  const stream = registry.byArn.get(iterator.streamArn);
  if (!stream) throw streamNotFound(iterator.streamArn);
  if (iterator.shardId !== stream.shardId) throw shardNotFound();
  if (stream.trimmedThrough >= stream.startingSequence && iterator.position <= stream.trimmedThrough) {
    throw new TrimmedDataAccessException();
  }
  const { records, next } = stream.read(iterator.position, limit);
  const output: Record<string, unknown> = { Records: records };
  if (!stream.exhaustedAt(next)) {
    output.NextShardIterator = encodeShardIterator({ ...iterator, position: next, issuedAt: now });
  }
  return output;
};
