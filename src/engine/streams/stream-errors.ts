import { DynamoDBError, ResourceNotFoundException, ValidationException } from "../errors/index.js";
import type { StreamRegistry } from "./stream-registry.js";
import type { TableStream } from "./table-stream.js";

/** DynamoDB Streams' failures and the lookups that raise them. */

export class ExpiredIteratorException extends DynamoDBError {
  constructor() {
    super("ExpiredIteratorException", "Iterator expired. Shard iterators are valid for 15 minutes");
  }
}

export class TrimmedDataAccessException extends DynamoDBError {
  constructor() {
    super(
      "TrimmedDataAccessException",
      "The operation attempted to read past the oldest stream record in a shard.",
    );
  }
}

export function streamNotFound(arn: string): ResourceNotFoundException {
  return new ResourceNotFoundException(`Requested resource not found: Stream: ${arn} not found`);
}

export function shardNotFound(): ResourceNotFoundException {
  return new ResourceNotFoundException("Requested resource not found: Shard does not exist");
}

const STREAM_ARN_FORM =
  /^arn:aws[a-z-]*:dynamodb:[^:/]+:[^:/]+:table\/[a-zA-Z0-9_.-]{3,255}\/stream\/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/u;

/** Whether the text has the form of a stream ARN (whether or not such a stream exists). */
export function isStreamArn(text: string): boolean {
  return STREAM_ARN_FORM.test(text);
}

export function checkStreamArn(arn: string): void {
  if (!isStreamArn(arn)) throw new ValidationException("Invalid StreamArn");
}

/**
 * The stream an ARN names, after trimming every stream to its retention window. A malformed ARN
 * is a ValidationException; a well-formed one naming no stream (or one gone for 24 hours) is
 * ResourceNotFoundException.
 */
export function requireStream(registry: StreamRegistry, arn: string): TableStream {
  checkStreamArn(arn);
  registry.expire(registry.clock());
  const stream = registry.byArn.get(arn);
  if (!stream) throw streamNotFound(arn);
  return stream;
}
