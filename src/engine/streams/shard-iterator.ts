import { ValidationException } from "../errors/index.js";
import { isStreamArn } from "./stream-errors.js";

/** A shard iterator stays usable this long after GetShardIterator or GetRecords handed it out. */
export const ITERATOR_LIFETIME_MS = 15 * 60 * 1000;

/** What an iterator says: a position in one shard of one stream, and when it was handed out. */
export interface ShardPosition {
  streamArn: string;
  shardId: string;
  /** The sequence number of the first record the iterator may return. */
  position: number;
  /** Epoch milliseconds. */
  issuedAt: number;
}

const VERSION = "1";

/** An opaque iterator string: the stream ARN, a version, and the (ASCII) position in base64. */
export function encodeShardIterator(position: ShardPosition): string {
  const payload = JSON.stringify([position.shardId, position.position, position.issuedAt]);
  return `${position.streamArn}|${VERSION}|${btoa(payload)}`;
}

/** Reads an iterator this engine handed out; anything else is DynamoDB's `Invalid ShardIterator`. */
export function decodeShardIterator(iterator: string): ShardPosition {
  const parts = iterator.split("|");
  if (parts.length !== 3 || parts[1] !== VERSION || !isStreamArn(parts[0]!)) throw invalidIterator();
  let payload: unknown;
  try {
    payload = JSON.parse(atob(parts[2]!));
  } catch {
    throw invalidIterator();
  }
  if (
    !Array.isArray(payload) ||
    payload.length !== 3 ||
    typeof payload[0] !== "string" ||
    !Number.isSafeInteger(payload[1]) ||
    !Number.isSafeInteger(payload[2])
  ) {
    throw invalidIterator();
  }
  return {
    streamArn: parts[0]!,
    shardId: payload[0],
    position: payload[1] as number,
    issuedAt: payload[2] as number,
  };
}

function invalidIterator(): ValidationException {
  return new ValidationException("Invalid ShardIterator");
}
